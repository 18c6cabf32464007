import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { syntheticApplications } from './synthetic'

// `autoscreen screen` as a whole process over a generated JSONL file (1,000,000 lines unless
// AUTOSCREEN_BENCH_LINES says otherwise) against the bare read-parse-write loop in bare-loop.mjs,
// both writing to /dev/null. vitest prints the wall-time ratio; peak RSS of each process is
// printed after the run. Needs the built CLI (`npm run bench` builds first).
const LINES = Number(process.env.AUTOSCREEN_BENCH_LINES ?? 1_000_000)
const RULES = 'rules/frontend-developer.yaml'
const cli = join(process.cwd(), 'dist/cli.cjs')
if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run `npm run build` first (npm run bench does)')

const dir = mkdtempSync(join(tmpdir(), 'autoscreen-bench-'))
const input = join(dir, 'applications.jsonl')
const oneResult = join(dir, 'result.json')
const screener = compileCriteria(await loadCriteria(RULES))
const fd = openSync(input, 'w')
for (let i = 0; i < LINES; i += 10_000) {
  const apps = syntheticApplications(screener.criteria, Math.min(10_000, LINES - i), i + 1)
  writeSync(fd, apps.map((a, j) => JSON.stringify({ ...a, id: `a${i + j}` })).join('\n') + '\n')
}
closeSync(fd)
// The bare loop writes lines of a real result's shape and size: the CLI's result for line one.
const first = readFileSync(input, 'utf8').slice(0, 4096).split('\n')[0]!
writeFileSync(join(dir, 'one.jsonl'), first + '\n')
writeFileSync(
  oneResult,
  execFileSync(process.execPath, [cli, 'screen', '--criteria', RULES, join(dir, 'one.jsonl')], {
    encoding: 'utf8',
  }).split('\n')[0]!,
)

// One time of decision for both runs, so that their outputs can be compared byte for byte.
const NOW = '2026-12-01T10:00:00Z'
const peak: Record<string, number> = {}
const workers: Record<string, number[]> = {}
const wall: Record<string, number> = {}
function run(name: string, args: string[]) {
  const rssFile = join(dir, `${name}.rss`)
  rmSync(`${rssFile}.workers`, { force: true })
  const out = openSync('/dev/null', 'w')
  const start = performance.now()
  const r = spawnSync(process.execPath, ['--require', join(import.meta.dirname, 'max-rss.cjs'), ...args], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, AUTOSCREEN_MAX_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 1 << 26,
  })
  closeSync(out)
  wall[name] = performance.now() - start
  if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`)
  peak[name] = Math.max(peak[name] ?? 0, Number(readFileSync(rssFile, 'utf8')))
  if (existsSync(`${rssFile}.workers`))
    workers[name] = readFileSync(`${rssFile}.workers`, 'utf8').trim().split('\n').map(Number)
}

// Async functions: tinybench calls a plain one once more in its warmup and once more before its
// run, to see whether it returns a promise (each 1,000,000-line process ran three times).
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }
const screen = (jobs: number) => [cli, 'screen', '--criteria', RULES, '--now', NOW, '--jobs', String(jobs)]
describe(`CLI over ${LINES.toLocaleString('en')} JSONL applications (${RULES}), whole processes`, () => {
  bench('autoscreen screen --jobs 1 (JSONL results)', async () => run('--jobs 1', [...screen(1), input]), once)
  bench('autoscreen screen --jobs 2', async () => run('--jobs 2', [...screen(2), input]), once)
  bench(
    'bare loop: read line, JSON.parse, write a result-sized JSON line',
    async () => run('bare loop', [join(import.meta.dirname, 'bare-loop.mjs'), input, oneResult]),
    once,
  )
})

afterAll(() => {
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`
  const lines = Object.entries(peak).map(([name, b]) => `  ${name}: peak RSS ${mb(b)}`)
  const [cliRss, bareRss] = [peak['--jobs 1'], peak['bare loop']]
  if (cliRss && bareRss) lines.push(`  ratio: ${(cliRss / bareRss).toFixed(2)}x the bare loop's peak RSS`)
  for (const [name, peaks] of Object.entries(workers))
    lines.push(`  ${name}: each worker thread's peak memory (V8 heap and buffers): ${peaks.map(mb).join(', ')}`)
  console.log(`\nPeak resident memory over ${LINES.toLocaleString('en')} lines:\n${lines.join('\n')}`)
  if (wall['--jobs 1'] && wall['--jobs 2'])
    console.log(
      `--jobs 2 took ${(wall['--jobs 2'] / 1000).toFixed(1)} s, --jobs 1 ${(wall['--jobs 1'] / 1000).toFixed(1)} s: ${(wall['--jobs 1'] / wall['--jobs 2']).toFixed(2)}x faster`,
    )
  // The same output, checked apart from the timed runs (reading 2.5 GB of results here would take a core from them).
  const head = join(dir, 'head.jsonl')
  writeFileSync(
    head,
    readFileSync(input)
      .subarray(0, 12 << 20)
      .toString('latin1')
      .replace(/[^\n]*$/, ''),
    'latin1',
  )
  const [one, two] = [1, 2].map((jobs) =>
    execFileSync(process.execPath, [...screen(jobs), head], { maxBuffer: 1 << 30 }),
  )
  console.log(
    `--jobs 2 and --jobs 1 over the first 12 MB of the input: ${one!.equals(two!) ? 'the same output' : 'OUTPUTS DIFFER'} (${one!.length.toLocaleString('en')} bytes)`,
  )
  rmSync(dir, { recursive: true, force: true })
}, 600_000)
