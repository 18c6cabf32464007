import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, bench, describe } from 'vitest'

// Issue #24: a cold start of the built CLI screening one application, as whole processes, against
// `node -e 0` (the floor: starting Node itself). Done when the ratio of the medians is at most
// 2.5. On a shared machine a run of one after a run of the other measures the load as much as the
// code, so the two are timed interleaved (ROUNDS pairs, alternating which goes first) and the
// ratio of the medians is printed with the spread of the per-pair ratios (quartiles); the benches
// below are for vitest's own table. `--version` is timed the same way, as the CLI's own floor.
// Each process also runs once more with cpu-time.cjs preloaded (into `node -e 0` too), and the
// ratio of the medians of their CPU time is printed beside: on a shared machine the wall time is
// mostly the others' load (with the load at 8-12 on two cores, `node -e 0` took 250-400 ms).
// AUTOSCREEN_BENCH_NODE runs the processes on another Node binary (CI's 22 and 24 live in
// /tmp/autoscreen-ci/node-<major>, .ci/run). Needs the built CLI (`npm run bench` builds first).
const ROUNDS = Number(process.env.AUTOSCREEN_BENCH_COLD_ROUNDS ?? 40)
const node = process.env.AUTOSCREEN_BENCH_NODE ?? process.execPath
const cli = join(process.cwd(), 'dist/cli.cjs')
if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run `npm run build` first (npm run bench does)')
const RULES = 'rules/frontend-developer.yaml'
const dir = mkdtempSync(join(tmpdir(), 'autoscreen-cold-'))
const one = join(dir, 'one.jsonl')
writeFileSync(one, `${readFileSync('examples/applications/frontend-developer.jsonl', 'utf8').split('\n')[0]}\n`)

const runs = {
  'node -e 0': ['-e', '0'],
  'autoscreen --version': [cli, '--version'],
  'autoscreen screen (one application)': [cli, 'screen', '--criteria', RULES, one],
} satisfies Record<string, string[]>
type Name = keyof typeof runs

const cpuFile = join(dir, 'cpu-time')
const cpuPreload = join(import.meta.dirname, 'cpu-time.cjs')

/** One whole process, its wall time in ms, or with `cpu` its CPU time as it measured it; it must succeed. */
function time(name: Name, cpu = false): number {
  const out = openSync('/dev/null', 'w')
  const args = cpu ? ['--require', cpuPreload, ...runs[name]] : runs[name]
  const start = process.hrtime.bigint()
  const r = spawnSync(node, args, {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, NO_COLOR: '1', AUTOSCREEN_CPU_TIME_FILE: cpuFile },
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  closeSync(out)
  if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`)
  return cpu ? Number(readFileSync(cpuFile, 'utf8')) : ms
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}
const names = Object.keys(runs) as Name[]
// One untimed run each: the files are in the page cache, as for a user's second command.
for (const name of names) time(name)
const empty = () =>
  ({ 'node -e 0': [], 'autoscreen --version': [], 'autoscreen screen (one application)': [] }) as Record<Name, number[]>
const times = empty()
const cpuTimes = empty()
for (let i = 0; i < ROUNDS; i++) {
  for (const name of i % 2 ? [...names].reverse() : names) times[name].push(time(name))
  for (const name of i % 2 ? names : [...names].reverse()) cpuTimes[name].push(time(name, true))
}
/** A process's median and its ratio to node -e 0's, with the quartiles of the per-round ratios. */
const row = (of: Record<Name, number[]>, name: Name) => {
  const base = of['node -e 0']
  const ratios = of[name].map((t, i) => t / base[i]!)
  const median = quantile(of[name], 0.5)
  return `median ${median.toFixed(0).padStart(4)} ms ${(median / quantile(base, 0.5)).toFixed(2)}x (rounds: ${quantile(ratios, 0.25).toFixed(2)}-${quantile(ratios, 0.75).toFixed(2)}x)`
}
const lines = names.map((name) => `  ${name.padEnd(36)} wall ${row(times, name)}   CPU ${row(cpuTimes, name)}`)
console.log(
  `\nCold start, ${ROUNDS} interleaved rounds on Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ratio of medians to node -e 0 (done when screen's wall time <= 2.5x):\n${lines.join('\n')}`,
)

const once = { iterations: 5, warmupIterations: 0, time: 0, warmupTime: 0 }
describe('cold start, whole processes', () => {
  for (const name of names) bench(name, () => void time(name), once)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))
