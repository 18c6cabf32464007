import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Slice } from './line-slices.js'
import type { EntrySettings } from './screen-entry.js'

/**
 * What every worker of `screen --jobs` starts from: the criteria file to load and compile once
 * (its hash, to be sure it is the file the main thread compiled), how to screen, and the reader's limit.
 */
export interface WorkerSetup {
  criteria: string
  hash: string
  /** `now` in milliseconds since 1970 (--now, or the main thread's clock read once), or 'arrival'. */
  settings: Omit<EntrySettings, 'now'> & { now: number | 'arrival' }
  /** The criteria or --messages may put DEL, C1 or bidirectional controls in a result: JSON is escaped for a terminal from the start. */
  controls: boolean
  maxLine: number
  /** This worker's slots of memory shared with the main thread, to write a slice's output in (none: each in memory of its own). */
  slots?: SharedArrayBuffer[]
}

/** A slice of input sent to a worker: whole lines as UTF-8 bytes. */
export interface SliceRequest {
  seq: number
  bytes: Uint8Array
}

/**
 * What a line told, besides its result, at its line within the slice (from 1): an error (kind
 * 0), bytes that are not UTF-8 (1), a submission after --now (2, with its submittedAt).
 */
export type SliceEvent =
  | [kind: 0, line: number, message: string]
  | [kind: 1, line: number]
  | [kind: 2, line: number, submittedAt: string]

/** A worker's answer for a slice: its results as one JSON Lines text in UTF-8, and what to say and count for its lines, all numbered within the slice. */
export interface SliceDone {
  seq: number
  /** The output as UTF-8: in memory of its own, or in a slot shared with the main thread (the first `used` bytes). */
  out?: Uint8Array
  slot?: number
  used?: number
  /** Lines in the slice; entries read from them (blank lines are none); the line of the last entry (0 without one). */
  lines: number
  entries: number
  lastLine: number
  /**
   * Per result, {@link ROW} numbers: its line, the entries and the errors up to it, where it ends
   * in `out` (in bytes, and in UTF-16 code units), and the line, entries and errors up to the last
   * of the lines after it that gave no result (0, 0, 0: none).
   */
  rows: Int32Array
  /** The line, entries and errors up to the last of the lines before the first result that gave none (0, 0, 0: none). */
  lead: [number, number, number]
  events: SliceEvent[]
}
export type SliceReply = SliceDone | { seq: number; fault: string }

/** Slots of shared memory per worker beyond the slices it may have out, and the size of each (a slice's output is 3 MB of 256 kB of input). */
const SLOTS = 3
const SLOT_BYTES = 8 << 20

/** The numbers per result in {@link SliceDone.rows}. */
export const ROW = 8

/** What the main thread takes, in input order: a worker's slice (`written` gives its memory back once it is out), or a line too long to read. */
export type Screened = (Omit<SliceDone, 'out'> & { out: Uint8Array; written: () => void }) | { tooLong: number }

/**
 * Screens slices of input in `jobs` worker threads, each compiling the criteria once, and hands
 * what each slice gave to `take` strictly in input order. At most `perWorker` slices per worker
 * are out (sent, or screened and not yet taken): the input is read no faster than the results
 * are written, so memory stays flat whatever the input's size. `take` returns false to stop (a
 * signal, output that failed); the workers are ended then, at the end of the slices, and on a
 * fault, which is thrown. `recycle`: the output keeps no chunk once it has taken it (the
 * process's standard output), so workers write into memory shared with this thread, used again
 * once written ({@link SLOTS} per worker).
 */
export async function screenInWorkers(
  slices: AsyncIterable<Slice>,
  options: { jobs: number; perWorker: number; setup: WorkerSetup; recycle: boolean },
  take: (s: Screened) => Promise<boolean> | boolean,
): Promise<void> {
  const file = await workerFile()
  const slots = () => Array.from({ length: options.perWorker + SLOTS }, () => new SharedArrayBuffer(SLOT_BYTES))
  const workers = Array.from({ length: options.jobs }, () =>
    startWorker(file, options.recycle ? { ...options.setup, slots: slots() } : options.setup),
  )
  const queue: Promise<Screened>[] = []
  const limit = options.perWorker * options.jobs
  let ended = false
  let stopped = false
  let readFault: { e: unknown } | undefined
  let seq = 0
  let wakeTaker: (() => void) | undefined
  let wakeReader: (() => void) | undefined
  const sleep = (set: (wake: () => void) => void) => new Promise<void>((resolve) => set(resolve))
  void (async () => {
    for await (const slice of slices) {
      while (queue.length >= limit && !stopped) await sleep((w) => (wakeReader = w))
      if (stopped) return
      const done =
        slice instanceof Uint8Array
          ? workers.reduce((a, b) => (b.out < a.out ? b : a)).send(seq++, slice)
          : Promise.resolve(slice)
      done.catch(() => {}) // taken in order; a fault is thrown when its turn comes
      queue.push(done)
      wakeTaker?.()
    }
  })().then(
    () => {
      ended = true
      wakeTaker?.()
    },
    (e: unknown) => {
      readFault = { e }
      wakeTaker?.()
    },
  )
  let clean = false
  try {
    for (;;) {
      while (!queue.length && !ended && !readFault) await sleep((w) => (wakeTaker = w))
      if (!queue.length) {
        if (readFault) throw readFault.e
        clean = true
        return
      }
      const screened = await queue.shift()!
      wakeReader?.()
      if (!(await take(screened))) return
    }
  } finally {
    stopped = true
    wakeReader?.()
    await Promise.all(workers.map((w) => w.end(clean)))
  }
}

interface PoolWorker {
  out: number
  send(seq: number, bytes: Uint8Array): Promise<Screened>
  /** Ends the worker: asks it to finish (after a whole run, so that it exits as a program does), or stops it at once. */
  end(gently: boolean): Promise<void>
}

function startWorker(file: string, setup: WorkerSetup): PoolWorker {
  const views = (setup.slots ?? []).map((s) => new Uint8Array(s))
  const worker = new Worker(file, { workerData: setup })
  const waiting = new Map<number, { resolve: (d: Screened) => void; reject: (e: unknown) => void }>()
  let fault: unknown
  const failAll = (e: unknown) => {
    fault ??= e
    for (const w of waiting.values()) w.reject(fault)
    waiting.clear()
  }
  let ending = false
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  worker.on('message', (reply: SliceReply) => {
    const w = waiting.get(reply.seq)
    if (!w) return
    waiting.delete(reply.seq)
    self.out--
    if ('fault' in reply) w.reject(new Error(reply.fault))
    else if (reply.slot === undefined) w.resolve({ ...reply, out: reply.out!, written: () => {} })
    else {
      const slot = reply.slot
      w.resolve({
        ...reply,
        out: views[slot]!.subarray(0, reply.used),
        written: () => ending || worker.postMessage({ free: slot }),
      })
    }
  })
  worker.on('error', failAll)
  worker.on('exit', (code) => ending || failAll(new Error(`a worker of screen --jobs ended early (exit code ${code})`)))
  const self: PoolWorker = {
    out: 0,
    send(seq, bytes) {
      if (fault) return Promise.reject(fault)
      self.out++
      const done = new Promise<Screened>((resolve, reject) => waiting.set(seq, { resolve, reject }))
      worker.postMessage({ seq, bytes } satisfies SliceRequest, [bytes.buffer as ArrayBuffer])
      return done
    },
    async end(gently) {
      ending = true
      if (gently && !fault) worker.postMessage(null)
      else await worker.terminate()
      await exited
    },
  }
  return self
}

let bundled: Promise<string> | undefined

/**
 * The worker's file: dist/screen-worker.cjs beside the built CLI. From source (the tests, `tsx
 * src/cli/main.ts`) it is bundled with esbuild, a dev dependency, once per process.
 */
function workerFile(): Promise<string> {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)
  if (here.endsWith('.cjs')) return Promise.resolve(join(dirname(here), 'screen-worker.cjs'))
  return (bundled ??= (async () => {
    const name = 'esbuild' // not a dependency of the package: never bundled into it
    const { build } = (await import(name)) as typeof import('esbuild')
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-worker-'))
    const file = join(dir, 'screen-worker.cjs')
    await build({
      entryPoints: [join(dirname(here), 'screen-worker.ts')],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
    })
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    return file
  })())
}
