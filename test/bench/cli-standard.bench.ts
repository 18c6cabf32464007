import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, bench, describe } from 'vitest'
import { syntheticAnswers } from './fixture'
import { STANDARD_CRITERIA } from './standard-set'

// Issue #24: `autoscreen screen --jobs 1` over 1,000,000 lines (AUTOSCREEN_BENCH_LINES) of the
// 12-criterion set, as a whole process, against the bare loop with the hand-written equivalent
// (bare-screen-loop.ts: read a line, JSON.parse, the result standard-set.ts builds by hand with the
// audit hash, JSON.stringify, write), on the same generated input, both writing to /dev/null. Done
// when the CLI's wall time is at most 1.25x the loop's. The two are timed interleaved, ROUNDS pairs
// (AUTOSCREEN_BENCH_ROUNDS, default 3) alternating which goes first: the pairs but the last before
// vitest's benches, the last as vitest's benches (its table); the ratio of the medians is printed
// after the run with each pair's ratio, the ratio of their CPU time (cpu-time.cjs: steadier than
// wall time on a shared machine) and their peak memory. Then both screen the first 2,000 lines
// again and their results are compared (statuses, score, outcome, audit hash): the same screening.
// Needs the built CLI (`npm run bench` builds first); alone:
//   npm run build && npx vitest bench --run test/bench/cli-standard.bench.ts
const LINES = Number(process.env.AUTOSCREEN_BENCH_LINES ?? 1_000_000)
const ROUNDS = Math.max(1, Number(process.env.AUTOSCREEN_BENCH_ROUNDS ?? 3))
const cli = join(process.cwd(), 'dist/cli.cjs')
if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run `npm run build` first (npm run bench does)')

const dir = mkdtempSync(join(tmpdir(), 'autoscreen-bench-standard-'))
const criteria = join(dir, 'benchmark.json')
writeFileSync(criteria, JSON.stringify(STANDARD_CRITERIA, null, 2))
const input = join(dir, 'applications.jsonl')
const fd = openSync(input, 'w')
for (let i = 0; i < LINES; i += 10_000) {
  const answers = syntheticAnswers(Math.min(10_000, LINES - i), 42 + i, true)
  const lines = answers.map((a, j) =>
    JSON.stringify({ id: `a${i + j}`, submittedAt: '2026-11-20T10:00:00+01:00', answers: a }),
  )
  writeSync(fd, `${lines.join('\n')}\n`)
}
closeSync(fd)
// The loop as plain JavaScript, run by node as the built CLI is.
const loop = join(dir, 'bare-screen-loop.mjs')
await build({
  entryPoints: [join(import.meta.dirname, 'bare-screen-loop.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: loop,
  logLevel: 'error',
})

// One time of decision for both.
const NOW = '2026-12-01T10:00:00.000Z'
const runs = {
  'autoscreen screen --jobs 1': (file: string) => [
    cli,
    'screen',
    '--criteria',
    criteria,
    '--now',
    NOW,
    '--jobs',
    '1',
    file,
  ],
  'bare loop + hand-written equivalent': (file: string) => [loop, file, NOW],
}
type Name = keyof typeof runs
const names = Object.keys(runs) as Name[]
const wall: Record<Name, number[]> = { 'autoscreen screen --jobs 1': [], 'bare loop + hand-written equivalent': [] }
const cpu: Record<Name, number[]> = { 'autoscreen screen --jobs 1': [], 'bare loop + hand-written equivalent': [] }
const peak: Record<Name, number[]> = { 'autoscreen screen --jobs 1': [], 'bare loop + hand-written equivalent': [] }
const preload = (file: string) => ['--require', join(import.meta.dirname, file)]

function run(name: Name) {
  const [rssFile, cpuFile] = [join(dir, 'rss'), join(dir, 'cpu')]
  const out = openSync('/dev/null', 'w')
  const start = performance.now()
  const r = spawnSync(process.execPath, [...preload('max-rss.cjs'), ...preload('cpu-time.cjs'), ...runs[name](input)], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, AUTOSCREEN_MAX_RSS_FILE: rssFile, AUTOSCREEN_CPU_TIME_FILE: cpuFile, NO_COLOR: '1' },
    maxBuffer: 1 << 26,
  })
  wall[name].push(performance.now() - start)
  closeSync(out)
  if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`)
  cpu[name].push(Number(readFileSync(cpuFile, 'utf8')))
  peak[name].push(Number(readFileSync(rssFile, 'utf8')))
}

for (let i = 0; i < ROUNDS - 1; i++) for (const name of i % 2 ? [...names].reverse() : names) run(name)
// An async function: tinybench calls a plain one once more (warmup and run each) to see whether it returns a promise.
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }
describe(`CLI over ${LINES.toLocaleString('en')} JSONL applications × 12 criteria (standard set), whole processes`, () => {
  for (const name of (ROUNDS - 1) % 2 ? [...names].reverse() : names) bench(name, async () => run(name), once)
})

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
afterAll(() => {
  const [a, b] = names as [Name, Name]
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const lines = names.map(
    (n) =>
      `  ${n.padEnd(36)} wall median ${s(median(wall[n]))} (${wall[n].map(s).join(', ')}), CPU median ${s(median(cpu[n]))}, peak RSS ${(Math.max(...peak[n]) / 2 ** 20).toFixed(0)} MB`,
  )
  const pairs = wall[a].map((t, i) => (t / wall[b][i]!).toFixed(2)).join(', ')
  console.log(
    `\n--jobs 1 against the bare loop, ${LINES.toLocaleString('en')} lines, ${ROUNDS} interleaved rounds on Node ${process.versions.node} (done when <= 1.25x):\n${lines.join('\n')}\n` +
      `  ratio of wall medians ${(median(wall[a]) / median(wall[b])).toFixed(2)}x (each round: ${pairs}), of CPU medians ${(median(cpu[a]) / median(cpu[b])).toFixed(2)}x`,
  )
  // The same screening, checked apart from the timed runs: the first 2,000 lines through both.
  const head = join(dir, 'head.jsonl')
  writeFileSync(
    head,
    `${readFileSync(input, 'utf8')
      .slice(0, 1 << 20)
      .split('\n')
      .slice(0, 2000)
      .join('\n')}\n`,
  )
  const [cliOut, loopOut] = names.map((n) =>
    execFileSync(process.execPath, runs[n](head), { encoding: 'utf8', maxBuffer: 1 << 28 })
      .trim()
      .split('\n'),
  )
  const gist = (line: string) => {
    const r = JSON.parse(line)
    return JSON.stringify([
      r.application,
      r.outcome,
      r.score,
      r.unmet,
      r.criteria.map((c: { id: string; status: string }) => [c.id, c.status]),
      r.audit.applicationHash,
      r.audit.evaluatedAt,
    ])
  }
  const differ = cliOut!.filter((line, i) => gist(line) !== gist(loopOut![i] ?? 'null')).length
  console.log(
    `  the same screening on the first 2,000 lines: ${cliOut!.length === loopOut!.length && !differ ? 'yes' : `NO (${differ} differ, ${cliOut!.length} and ${loopOut!.length} lines)`}`,
  )
  rmSync(dir, { recursive: true, force: true })
}, 600_000)
