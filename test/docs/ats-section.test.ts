import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import { resultJson } from '../../src/screen/result-json'
import type { Application } from '../../src/screen/application'
import type { ScreeningResult } from '../../src/screen/result'
import type { ReviewTask } from '../../src/schedule/review-task'

// Issue #25: the integration guide's storage note (section 3) and its section 10, "The parts
// every ATS writes", as written: their TypeScript type-checks with the project's settings, and
// runs: the re-check of a stored result holds on the text as written and tells a jsonb read-back
// apart; the intake screens each application once, answers duplicates and refuses conflicts.
const root = join(__dirname, '../..')
const guide = readFileSync(join(root, 'docs/integration.md'), 'utf8')
const section = (title: string) => {
  const start = guide.indexOf(`\n## ${title}`)
  return guide.slice(start, guide.indexOf('\n## ', start + 5))
}
const tsBlocks = (text: string) => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)
const index = JSON.stringify(join(root, 'src/index.js'))
const dir = mkdtempSync(join(tmpdir(), 'autoscreen-ats-'))
const write = (name: string, code: string) => {
  const file = join(dir, name)
  writeFileSync(file, code.replaceAll("from 'autoscreen'", `from ${index}`))
  return file
}
const storage = tsBlocks(section('3. Store the result')).find((b) => b.includes('function recheck'))!
const parts = tsBlocks(section('10. The parts every ATS writes'))
const storageFile = write('recheck.ts', storage)
const partsFile = write('parts.ts', parts.join('\n'))

const text = readFileSync(join(root, 'rules/frontend-developer.yaml'), 'utf8')
const apps = readFileSync(join(root, 'examples/applications/frontend-developer.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Application)

describe('integration guide: storing results, and the parts every ATS writes', () => {
  it('has the code it describes', () => {
    expect(storage).toBeDefined()
    expect(parts).toHaveLength(1)
    for (const name of ['createScreenerCache(', 'applicationHash(', 'scheduleMessage(', 'reviewTask(', 'checkUpgrade('])
      expect(parts[0]).toContain(name)
  })

  it('type-checks with the project’s compiler settings', () => {
    const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
    const program = ts.createProgram([storageFile, partsFile], { ...options, noEmit: true })
    const problems = [storageFile, partsFile].flatMap((file) => {
      const source = program.getSourceFile(file)!
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
        (d) =>
          `${file}:${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      )
    })
    expect(problems).toEqual([])
  }, 120_000)

  it('re-checks a stored result: every check holds on the text as written; after jsonb only the hashes do', async () => {
    const { recheck } = (await import(/* @vite-ignore */ storageFile)) as {
      recheck: (row: { result_json: string; application_json: string }, s: unknown) => Record<string, boolean>
    }
    const screener = compileCriteria(loadCriteriaText(text))
    const application = apps.find((a) => screener.screen(a, { now: 'arrival' }).outcome === 'review')!
    const result = screener.screen(application, { now: 'arrival' })
    const at = Date.parse(result.audit.evaluatedAt)
    const passed = recordDecision(result, { outcome: 'pass', by: 'Sara', at: new Date(at + 3_600_000) }, { screener })
    const decided = recordDecision(
      passed,
      {
        outcome: 'reject',
        by: 'Sara',
        at: new Date(at + 7_200_000),
        interviewAt: new Date(at + 5_400_000),
        reasons: { text: { sv: 'Vi valde en annan.', en: 'We chose another.' } },
      },
      { screener },
    )
    const row = { result_json: resultJson(decided), application_json: JSON.stringify(application) }
    expect(recheck(row, screener)).toEqual({ answers: true, criteria: true, decisions: true, sameDecision: true })
    // As jsonb reads it back: every object's keys shorter first, then by bytes.
    const jsonb = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(jsonb)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))
                .map(([k, x]) => [k, jsonb(x)]),
            )
          : v
    const readBack = {
      result_json: JSON.stringify(jsonb(JSON.parse(row.result_json))),
      application_json: row.application_json,
    }
    expect(readBack.result_json).not.toBe(row.result_json)
    expect(recheck(readBack, screener)).toEqual({ answers: true, criteria: true, decisions: true, sameDecision: false })
    // A tampered record fails its checks.
    const tampered = JSON.parse(row.result_json) as ScreeningResult
    tampered.audit.decisions![0]!.by = 'Someone else'
    expect(recheck({ ...row, result_json: JSON.stringify(tampered) }, screener).decisions).toBe(false)
    expect(
      recheck(
        {
          ...row,
          application_json: JSON.stringify({
            ...application,
            answers: { ...application.answers, experienceYears: 40 },
          }),
        },
        screener,
      ),
    ).toMatchObject({ answers: false, sameDecision: false })
  })

  describe('the intake, run against an in-memory ATS', () => {
    const rows = new Map<string, { hash: string; result?: ScreeningResult; task?: ReviewTask | null }>()
    const jobs: { when: string; job: string; data: Record<string, unknown> }[] = []
    let receive: (jobId: string, a: Application, email: string) => Promise<string>
    let checkAfterUpgrade: () => Promise<string[]>
    const criteria = { text, hash: compileCriteria(loadCriteriaText(text)).hash }
    beforeAll(async () => {
      // The intake reads the clock at the edge: a fixed one, after every example was submitted.
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date('2026-12-16T09:00:00+01:00'))
      Object.assign(globalThis, {
        db: {
          activeCriteria: async () => criteria,
          activeVersions: async () => [{ jobId: 'fe', ...criteria }],
          sample: async () =>
            [...rows.values()]
              .filter((r) => r.result)
              .map((r) => ({ result: r.result!, application: apps.find((a) => a.id === r.result!.application.id)! })),
          claim: async (jobId: string, id: string, hash: string) => {
            await new Promise((r) => setTimeout(r, Math.random() * 5)) // requests interleave
            const key = `${jobId}/${id}`
            const there = rows.get(key)
            if (there) return { inserted: false, hash: there.hash }
            rows.set(key, { hash })
            return { inserted: true, hash }
          },
          save: async (
            jobId: string,
            a: Application,
            result: ScreeningResult,
            _outbox: object,
            task: ReviewTask | null,
          ) => Object.assign(rows.get(`${jobId}/${a.id}`)!, { result, task }),
        },
        queue: {
          at: async (when: string, job: string, data: Record<string, unknown>) => void jobs.push({ when, job, data }),
        },
      })
      ;({ receive, checkAfterUpgrade } = await import(/* @vite-ignore */ partsFile))
    })
    afterAll(() => void vi.useRealTimers())

    it('screens 20 identical posts once, answers the rest as duplicates, refuses other answers under the same id', async () => {
      const a = apps[0]!
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => receive('fe', structuredClone(a), 'maja@example.se')),
      )
      expect(answers.filter((x) => x === 'screened')).toHaveLength(1)
      expect(answers.filter((x) => x === 'duplicate')).toHaveLength(19)
      expect(jobs.filter((j) => j.job === 'send-email' && j.data.applicationId === a.id)).toHaveLength(1)
      // The same answers in another key order: still a duplicate.
      const reordered = { ...a, answers: Object.fromEntries(Object.entries(a.answers ?? {}).reverse()) }
      expect(await receive('fe', reordered, 'maja@example.se')).toBe('duplicate')
      expect(await receive('fe', { ...a, answers: { ...a.answers, experienceYears: 12 } }, 'maja@example.se')).toBe(
        'conflict',
      )
    })

    it('queues each message at its send time and a reminder at the review task’s remindAt', async () => {
      for (const a of apps.slice(1)) expect(await receive('fe', a, 'c@example.se')).toBe('screened')
      const inReview = [...rows.values()].filter((r) => r.result?.outcome === 'review')
      expect(inReview.length).toBeGreaterThan(0)
      for (const r of inReview) {
        expect(r.task).toMatchObject({
          applicationId: r.result!.application.id,
          overdue: Date.now() > Date.parse(r.task!.dueAt),
        })
        expect(Date.parse(r.task!.remindAt)).toBeGreaterThanOrEqual(Date.now())
        expect(jobs).toContainEqual({
          when: r.task!.remindAt,
          job: 'remind-recruiter',
          data: { applicationId: r.task!.applicationId, dueAt: r.task!.dueAt },
        })
      }
      for (const r of [...rows.values()].filter((x) => x.result && x.result.outcome !== 'review'))
        expect(r.task).toBeNull()
      expect(jobs.filter((j) => j.job === 'send-email')).toHaveLength(apps.length)
      expect(await checkAfterUpgrade()).toEqual([])
    })
  })
})
