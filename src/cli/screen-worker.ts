// A worker of `autoscreen screen --jobs N`: loads and compiles the criteria once, then screens
// the slices of input the main thread sends (whole lines, as UTF-8 bytes) with the same
// function as the main thread (screen-entry.ts), and sends back one JSON Lines text per slice,
// as UTF-8 bytes (transferred, not copied), with what its lines told: errors and warnings at
// their lines within the slice, which the main thread says and counts in input order. Built as
// dist/screen-worker.cjs beside the CLI.
import { compileCriteria, loadCriteria, readApplications, type Screener } from '../node/index.js'
import { parentPort, workerData } from 'node:worker_threads'
import { entryScreener, jsonLine, type EntryReport, type MessagesFor } from './screen-entry.js'
import { holdsControls } from './safe-json.js'
import type { SliceDone, SliceEvent, SliceReply, SliceRequest, WorkerSetup } from './screen-pool.js'

const setup = workerData as WorkerSetup
const port = parentPort!
// A line before the slice's first: the reader reads the slice as the middle of a stream (no byte
// order mark, no UTF-16 check, both the main thread's), and the slice's first line is its line 2.
const NEWLINE = Uint8Array.of(0x0a)

let events: SliceEvent[] = []
let errors = 0
const report: EntryReport = {
  error: (line, message) => {
    errors++
    events.push([0, line - 1, message])
  },
  notUtf8: (line) => events.push([1, line - 1]),
  early: (line, submittedAt) => events.push([2, line - 1, submittedAt]),
}

async function prepare(): Promise<(request: SliceRequest) => Promise<SliceDone>> {
  const screener: Screener = compileCriteria(await loadCriteria(setup.criteria))
  if (screener.hash !== setup.hash) throw new Error(`${setup.criteria} changed while it was being screened: run again`)
  // Messages need Handlebars: loaded only when asked for.
  const messagesFor: MessagesFor | undefined = setup.settings.messages
    ? (await import('./messages.js')).messagesFor(screener, () => setup.settings.lang)
    : undefined
  const { now } = setup.settings
  const screenEntry = entryScreener(
    screener,
    { ...setup.settings, now: now === 'arrival' ? now : new Date(now) },
    report,
    messagesFor,
  )
  return async ({ seq, bytes }) => {
    // Controls in a result come from its own line (or from the criteria): a slice without them needs no escaping.
    const controls = setup.controls || holdsControls(bytes)
    events = []
    errors = 0
    const rows: number[] = []
    let out = slots.pop() ?? Buffer.allocUnsafeSlow(1 << 20)
    const lead: [number, number, number] = [0, 0, 0]
    let used = 0
    let chars = 0
    let entries = 0
    let lastLine = 0
    for await (const entry of readApplications([NEWLINE, bytes], { format: 'jsonl', maxLineLength: setup.maxLine })) {
      entries++
      lastLine = entry.line - 1
      const screened = screenEntry(entry)
      if (!screened) {
        // A line without a result: the mark after the result before it (or before the first).
        const at = rows.length ? rows.length - 3 : -1
        if (at < 0) lead.splice(0, 3, lastLine, entries, errors)
        else rows.splice(at, 3, lastLine, entries, errors)
        continue
      }
      // Each result goes into the output as UTF-8 at once: its text dies young, and a slice's
      // output is outside the heap (a worker whose heap held a slice's texts grew to 250 MB).
      const text = jsonLine(screened.full, controls)
      if (out.length - used < 3 * text.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.max(2 * out.length, used + 3 * text.length))
        out.copy(bigger, 0, 0, used)
        if (out.buffer instanceof SharedArrayBuffer) slots.push(out)
        out = bigger
      }
      used += out.write(text, used)
      chars += text.length
      rows.push(lastLine, entries, errors, used, chars, 0, 0, 0)
    }
    let lines = bytes.length && bytes[bytes.length - 1] !== 0x0a ? 1 : 0
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++
    const slot = setup.slots?.indexOf(out.buffer as SharedArrayBuffer) ?? -1
    return {
      seq,
      ...(slot === -1 ? { out: out.subarray(0, used) } : { slot, used }),
      lines,
      entries,
      lastLine,
      rows: Int32Array.from(rows),
      lead,
      events,
    }
  }
}

// The output of a slice is written as UTF-8 (at most three bytes per UTF-16 code unit) into a
// slot of memory shared with the main thread, which writes it from there and says when the slot
// is free again: nothing is copied or transferred, and no thread allocates memory per slice
// (fresh memory per slice cost the kernel's page faults, and the main thread's collector ran to
// account for buffers handed to it: 1.6 s of CPU per 200,000 results). A slice too big for its
// slot, or with no slot free, goes in memory of its own, transferred.
const slots: Buffer[] = (setup.slots ?? []).map((s) => Buffer.from(s))

const ready = prepare()
ready.catch(() => {}) // said in the answer to each slice
let queue: Promise<unknown> = Promise.resolve()
port.on('message', (request: SliceRequest | { free: number } | null) => {
  // null: the run is over; the worker ends when it has answered every slice.
  if (request === null) {
    void queue.finally(() => port.close())
    return
  }
  if ('free' in request) {
    slots.push(Buffer.from(setup.slots![request.free]!))
    return
  }
  queue = queue.then(async () => {
    let reply: SliceReply
    try {
      reply = await (await ready)(request)
    } catch (e) {
      reply = { seq: request.seq, fault: e instanceof Error ? (e.stack ?? e.message) : String(e) }
    }
    if ('fault' in reply) port.postMessage(reply)
    else
      port.postMessage(reply, [
        ...(reply.out ? [reply.out.buffer as ArrayBuffer] : []),
        reply.rows.buffer as ArrayBuffer,
      ])
  })
})
