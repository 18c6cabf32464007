import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, parseDocument } from 'yaml'

// The GitHub Actions workflow of docs/ci.md, as a team copies it: valid YAML shaped as a
// workflow, autoscreen as a pinned dev dependency (npm ci, then the installed command only),
// the permission the JUnit report's check run needs, a current Node and current versions of the
// actions it uses. The versions below are the newest majors when this was written (checkout v7
// and setup-node v7 run on Node 24, action-junit-report v6); a newer one passes, an older fails.
const CURRENT: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'mikepenz/action-junit-report': 6,
}
const NODE = [22, 24] // the maintained Node versions autoscreen supports (20 reached its end of life in April 2026)

const guide = readFileSync(join(__dirname, '../../docs/ci.md'), 'utf8')
const section = guide.slice(
  guide.indexOf('## GitHub Actions'),
  guide.indexOf('\n## ', guide.indexOf('## GitHub Actions') + 1),
)
const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; name?: string }
type Workflow = {
  name?: string
  on?: unknown
  permissions?: Record<string, string>
  jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Step[] }>
}
const workflow = parse(block) as Workflow
const jobs = Object.values(workflow.jobs ?? {})
const steps = jobs.flatMap((j) => j.steps ?? [])

describe("docs/ci.md's GitHub Actions workflow", () => {
  it('is one YAML document shaped as a workflow: keys GitHub knows, every job on a runner, every step a run or a uses', () => {
    const doc = parseDocument(block)
    expect(doc.errors).toEqual([])
    expect(doc.warnings).toEqual([])
    expect(
      Object.keys(workflow).filter(
        (k) => !['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'].includes(k),
      ),
    ).toEqual([])
    expect(workflow.on).toBeDefined()
    expect(jobs.length).toBeGreaterThan(0)
    for (const job of jobs) {
      expect(
        Object.keys(job).filter(
          (k) =>
            ![
              'name',
              'runs-on',
              'permissions',
              'needs',
              'if',
              'env',
              'defaults',
              'strategy',
              'timeout-minutes',
              'steps',
              'services',
              'container',
              'continue-on-error',
              'concurrency',
              'outputs',
              'environment',
            ].includes(k),
        ),
      ).toEqual([])
      expect(typeof job['runs-on']).toBe('string')
      for (const step of job.steps) {
        expect(
          Object.keys(step).filter(
            (k) =>
              ![
                'name',
                'id',
                'uses',
                'run',
                'with',
                'env',
                'if',
                'shell',
                'working-directory',
                'continue-on-error',
                'timeout-minutes',
              ].includes(k),
          ),
        ).toEqual([])
        expect(Number(step.uses !== undefined) + Number(step.run !== undefined), JSON.stringify(step)).toBe(1)
      }
    }
  })

  it('uses autoscreen as a pinned dev dependency: the guide says how to add it, npm ci installs it, and only the installed command runs', () => {
    expect(section).toContain('npm install --save-dev --save-exact autoscreen')
    const runs = steps.filter((s) => s.run !== undefined).map((s) => s.run!)
    const install = runs.indexOf('npm ci')
    const ours = runs.filter((r) => /\bautoscreen\b/.test(r))
    expect(install).toBeGreaterThanOrEqual(0)
    expect(ours.length).toBeGreaterThanOrEqual(3)
    for (const r of ours) {
      expect(r, 'never downloads another version').toMatch(/^npx --no-install autoscreen /)
      expect(runs.indexOf(r)).toBeGreaterThan(install)
    }
    expect(runs.some((r) => /npm (install|i) /.test(r) || /npx (?!--no-install)/.test(r))).toBe(false)
    // The guide's other commands run the installed one too.
    expect(guide.match(/npx autoscreen/g)).toBeNull()
  })

  it('grants the JUnit report its check run (checks: write), and reads the code only', () => {
    const permissions = { ...workflow.permissions, ...jobs[0]!.permissions }
    expect(permissions.checks).toBe('write')
    expect(permissions.contents).toBe('read')
    expect(Object.entries(permissions).filter(([k, v]) => v === 'write' && k !== 'checks')).toEqual([])
  })

  it('reports the JUnit file the test step writes, also when the test step fails', () => {
    const test = steps.find((s) => s.run?.includes('autoscreen test'))!
    const output = /--format junit --output (\S+)/.exec(test.run!)?.[1]
    expect(output).toBeDefined()
    const report = steps.find((s) => s.uses?.startsWith('mikepenz/action-junit-report@'))!
    expect(report.with?.report_paths).toBe(output)
    expect(report.if).toBe('always()')
    expect(test.run).toContain('--coverage-threshold')
  })

  it('runs a current Node and current versions of the actions it uses', () => {
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!
    const versions = ([] as unknown[]).concat(setup.with?.['node-version'] ?? [])
    expect(versions.length).toBeGreaterThan(0)
    for (const v of versions) expect(NODE).toContain(Number(String(v).split('.')[0]))
    for (const step of steps.filter((s) => s.uses)) {
      const [action, ref] = step.uses!.split('@') as [string, string]
      expect(CURRENT[action], `${action} is not one this test knows`).toBeDefined()
      expect(Number(/^v(\d+)$/.exec(ref)?.[1]), step.uses).toBeGreaterThanOrEqual(CURRENT[action]!)
    }
  })
})
