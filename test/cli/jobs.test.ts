import { spawnSync } from 'node:child_process'
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { run } from '../../src/cli/main'
import { RELEASES_CHUNKS } from '../../src/cli/standard-output'

// `autoscreen screen --jobs N`: the same bytes on stdout and stderr, and the same exit code, as
// --jobs 1, whatever the input holds, and whatever becomes of the output. In process, with the
// worker bundled from source once (screen-pool.ts); AUTOSCREEN_SCREEN_SLICE=4096 makes workers
// take a small file, in slices of 4 kB (a few dozen lines): hundreds of slices, each way a line
// can fall in one (first, last, alone, after a line too long to hold), in a few seconds.
const root = resolve(__dirname, '../..')
const RULES = 'rules/frontend-developer.yaml'
const NOW = '2026-12-01T10:00:00Z'
const MAX_LINE = 2_000
const LINES = 2_000
const SLICE = { AUTOSCREEN_SCREEN_SLICE: '4096' }
const dir = mkdtempSync(join(tmpdir(), 'autoscreen-jobs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const app = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: `a${i}`,
    submittedAt: i % 11 ? '2026-11-20T10:00:00+01:00' : '2026-12-20T10:00:00+01:00',
    answers: { workPermit: i % 3 !== 0, experienceYears: i % 7, skills: ['React', 'Åsa'], englishLevel: 'C1' },
    ...extra,
  })
// Every kind of line a batch can hold, each many times over the file.
const ODD: ((i: number) => string | Buffer)[] = [
  () => 'this is not JSON',
  (i) => `{"id":"b${i}","submittedAt":"2026-11-20T10:00:00+01:00",`,
  () => '[1,2]',
  () => 'null',
  () => '{"submittedAt":"2026-11-20T10:00:00+01:00","answers":{}}', // no id: not an application
  (i) => `{"id":"b${i}","submittedAt":"2026-02-30T10:00:00+01:00"}`, // no such day
  (i) => app(i, { answers: { workPermit: 'maybe', experienceYears: -4 } }), // bad answers
  (i) => app(i - 13), // a duplicate id
  () => '',
  () => '   ',
  (i) => app(i, { note: 'raw \u009b2J and \u202e' }), // controls, raw
  (i) => app(i, { note: 'escaped \\u009b' }).replace('\\\\u009b', '\\u009b'), // controls, as JSON escapes
  (i) => app(i).replace(',"answers"', ',\r"answers"'), // a lone \r inside a line
  (i) => app(i, { note: 'x'.repeat(MAX_LINE) }), // too long, within a slice
  (i) => app(i, { note: 'ä'.repeat(4 * MAX_LINE) }), // too long to hold: counted as it goes by
  (i) => Buffer.concat([Buffer.from(app(i).slice(0, -1)), Buffer.from(',"n":"\xff\xfe"}', 'latin1')]), // bytes that are not UTF-8
]

function batchFile(name: string, lines: number): string {
  const parts: Buffer[] = [Buffer.from('\uFEFF')]
  for (let n = 1; n <= lines; n++) {
    const line = n % 13 === 5 ? ODD[Math.floor(n / 13) % ODD.length]!(n) : app(n)
    parts.push(Buffer.from(line), Buffer.from(n % 2 ? '\r\n' : '\n'))
  }
  const file = join(dir, name)
  writeFileSync(file, Buffer.concat(parts.slice(0, -1))) // no line end after the last line
  return file
}
const file = batchFile('batch.jsonl', LINES)

/**
 * Standard output that takes `limit` bytes and then fails with `code`; `partly`: the failing
 * write takes what fits, as a filling disk does. `releases`: it copies each chunk and is marked
 * as keeping none, as the process's standard output is, so workers write into memory shared
 * with the main thread, used again once written (the path of a real run, to a file or a pipe).
 */
class Out extends Writable {
  chunks: Buffer[] = []
  taken = 0
  declare [RELEASES_CHUNKS]?: boolean
  constructor(
    private readonly limit = Infinity,
    private readonly code = 'ENOSPC',
    private readonly partly = false,
    releases = false,
  ) {
    super()
    this.on('error', () => {}) // what Node's own stdout has: the error is reported, not thrown
    if (releases) this[RELEASES_CHUNKS] = true
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    if (this[RELEASES_CHUNKS]) chunk = Buffer.from(chunk)
    if (this.taken + chunk.length > this.limit) {
      const fits = this.partly ? this.limit - this.taken : 0
      this.chunks.push(chunk.subarray(0, fits))
      this.taken += fits
      return cb(
        Object.assign(new Error(`${this.code}: write failed`), {
          code: this.code,
          syscall: 'write',
          bytesWritten: fits,
        }),
      )
    }
    this.taken += chunk.length
    this.chunks.push(chunk)
    cb()
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks)
  }
}
class Err extends Writable {
  text = ''
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += String(chunk)
    cb()
  }
}

interface Ran {
  code: number
  stdout: Buffer
  stderr: string
}
/** `autoscreen screen` in process, with small slices; stdin is `stdin` read as a file would be. */
async function screen(
  flags: string[],
  jobs: number,
  options: { input?: string; stdout?: Out; stdin?: string; signal?: AbortSignal } = {},
): Promise<Ran> {
  const stdout = options.stdout ?? new Out()
  const stderr = new Err()
  const argv = [
    'screen',
    '--criteria',
    RULES,
    '--max-line',
    String(MAX_LINE),
    ...flags,
    '--jobs',
    String(jobs),
    options.input ?? file,
  ]
  const stdin = options.stdin ? createReadStream(options.stdin) : Readable.from([])
  const code = await run(argv, {
    stdout,
    stderr,
    stdin,
    env: SLICE,
    cwd: root,
    now: () => new Date('2026-12-16T08:00:00+01:00'),
    ...(options.signal ? { signal: options.signal } : {}),
  })
  return { code, stdout: stdout.bytes, stderr: stderr.text }
}
const same = (many: Ran, one: Ran, what: string) => {
  expect(many.stderr, what).toBe(one.stderr)
  expect(many.stdout.equals(one.stdout), `${what}: stdout differs`).toBe(true)
  expect(many.code, what).toBe(one.code)
}

describe('autoscreen screen --jobs N', () => {
  it('writes what --jobs 1 writes, byte for byte, on stdout and stderr, with the same exit code', async () => {
    const runs = [
      ['--now', NOW],
      ['--explain', '--messages', '--lang', 'sv', '--now', 'arrival'],
    ]
    for (const [k, flags] of runs.entries()) {
      const one = await screen(flags, 1)
      expect(one.code, one.stderr).toBe(1)
      for (const jobs of k === 0 ? [2, 3] : [2]) {
        same(await screen(flags, jobs), one, `${flags.join(' ')} --jobs ${jobs}`)
        const out = new Out(Infinity, 'ENOSPC', false, true)
        same(await screen(flags, jobs, { stdout: out }), one, `${flags.join(' ')} --jobs ${jobs}, memory used again`)
      }
      if (k) continue
      // Results in input order, errors at their own line numbers.
      const ids = one.stdout
        .toString()
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { application: { id: string } }).application.id)
      expect(ids.length).toBeGreaterThan(1_800)
      const errors = one.stderr
        .split('\n')
        .filter((l) => /:\d+:1 {2}error/.test(l))
        .map((l) => Number(/:(\d+):1/.exec(l)![1]))
      expect(errors.length).toBeGreaterThan(60)
      expect(errors).toEqual([...errors].sort((a, b) => a - b))
      for (const line of errors) expect(line % 13, `line ${line}`).toBe(5)
      expect(one.stderr).toMatch(
        /batch\.jsonl:\d+:1 {2}error {2}the line is 8,\d{3} characters long; the limit is 2,000/,
      )
    }
  }, 60_000)

  it('as a process writing to a file or a pipe (memory shared with the workers, used again once written): what --jobs 1 writes', () => {
    const results = (jobs: number, to: 'file' | 'pipe') => {
      const argv = [inject('cliBundle'), 'screen', '--criteria', RULES, '--max-line', String(MAX_LINE), '--now', NOW]
      const options = { cwd: root, env: { ...process.env, ...SLICE, NO_COLOR: '1' }, maxBuffer: 1 << 28 }
      if (to === 'pipe') return spawnSync(process.execPath, [...argv, '--jobs', String(jobs), file], options).stdout
      const out = join(dir, `out-${jobs}.jsonl`)
      const fd = openSync(out, 'w')
      spawnSync(process.execPath, [...argv, '--jobs', String(jobs), file], {
        ...options,
        stdio: ['ignore', fd, 'ignore'],
      })
      closeSync(fd)
      return readFileSync(out)
    }
    const one = results(1, 'file')
    expect(one.length).toBeGreaterThan(1_000_000)
    expect(results(2, 'file').equals(one), 'to a file').toBe(true)
    expect(results(2, 'pipe').equals(one), 'to a pipe').toBe(true)
  }, 60_000)

  it('screens standard input as it screens a file; a short input, one JSON document and a table stay in the main thread, as they were', async () => {
    same(
      await screen(['--now', NOW], 2, { input: '-', stdin: file }),
      await screen(['--now', NOW], 1, { input: '-', stdin: file }),
      'stdin',
    )
    const document = join(dir, 'document.json')
    writeFileSync(document, `[\n${Array.from({ length: 200 }, (_, i) => app(i + 1)).join(',\n')}\n]\n`)
    same(
      await screen(['--now', 'arrival'], 2, { input: document }),
      await screen(['--now', 'arrival'], 1, { input: document }),
      'document',
    )
    const table = ['--format', 'table', '--now', NOW]
    same(await screen(table, 2), await screen(table, 1), 'table')
  }, 60_000)

  it('output that cannot be written, at once, after a while or in the middle of a result: the same message, the same output, the same resume command', async () => {
    for (const [limit, partly] of [
      [0, false],
      [150_000, false],
      [150_000, true],
    ] as const) {
      const one = await screen(['--now', NOW], 1, { stdout: new Out(limit, 'ENOSPC', partly) })
      expect(one.code).toBe(2)
      expect(one.stderr).toMatch(/cannot write the results to standard output: .*\(ENOSPC\)/)
      for (const releases of [false, true]) {
        const two = await screen(['--now', NOW], 2, { stdout: new Out(limit, 'ENOSPC', partly, releases) })
        // The count of late submissions at the end is of what was screened when the write failed, not of what was written.
        const said = (r: Ran) => r.stderr.replace(/ {2}warning {2}\d+ applications were submitted after .*\n/, '')
        const what = `${limit} ${partly} ${releases ? 'memory used again' : ''}`
        expect([two.code, said(two)], what).toEqual([one.code, said(one)])
        expect(two.stdout.equals(one.stdout), `${what}: stdout differs`).toBe(true)
      }
    }
  }, 60_000)

  it('stops on SIGTERM after whole results, and says how to screen the rest', async () => {
    const big = join(dir, 'big.jsonl')
    writeFileSync(
      big,
      Array.from({ length: 20_000 }, (_, i) => app(i + 1, { submittedAt: '2026-11-20T10:00:00+01:00' })).join('\n') +
        '\n',
    )
    // SIGTERM as main.ts passes it on, when the first results are out.
    const stop = new AbortController()
    const stdout = new Out()
    const write = stdout._write.bind(stdout)
    stdout._write = (chunk: Buffer, enc: BufferEncoding, cb: (e?: Error | null) => void) => {
      stop.abort('SIGTERM')
      write(chunk, enc, cb)
    }
    const r = await screen(['--now', NOW], 2, { input: big, stdout, signal: stop.signal })
    expect(r.code, r.stderr).toBe(143)
    const m = /stopped by SIGTERM after line ([\d,]+) of \S+ .*tail -n \+(\d+) /.exec(r.stderr)
    expect(m, r.stderr).not.toBeNull()
    const line = Number(m![1]!.replace(/,/g, ''))
    expect(Number(m![2])).toBe(line + 1)
    const ids = r.stdout
      .toString()
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { application: { id: string } }).application.id)
    expect(ids).toEqual(Array.from({ length: line }, (_, i) => `a${i + 1}`))
    expect(line).toBeLessThan(20_000)
  }, 60_000)

  it('takes a whole number of threads from 1 to 64, else it is a usage error (exit 2), in English and Swedish', async () => {
    for (const bad of ['0', '-1', 'x', '65', '1.5', '']) {
      const u = await usage(['--jobs=' + bad])
      expect([u.code, u.stdout], bad).toEqual([2, ''])
      expect(u.stderr, bad).toContain('--jobs takes a whole number of worker threads from 1 to 64')
    }
    const sv = await usage(['--lang', 'sv', '--jobs', '0'])
    expect([sv.code, sv.stderr]).toEqual([2, expect.stringContaining('--jobs tar ett heltal trådar, från 1 till 64')])
  })
})

/** `autoscreen screen` with these options on the example batch, in process, for its usage errors. */
async function usage(flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Err()
  const stderr = new Err()
  const code = await run(['screen', '--criteria', RULES, ...flags, 'examples/applications/frontend-developer.jsonl'], {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env: {},
    cwd: root,
    now: () => new Date(NOW),
  })
  return { code, stdout: stdout.text, stderr: stderr.text }
}
