import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parse, stringify } from 'yaml'
import { FINAL_STAGES } from '../../src/schedule/stages'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import type { Application } from '../../src/screen/application'
import type { ScreeningResult } from '../../src/screen/result'
import type { Stage } from '../../src/criteria/schema'

// Section 9 of the integration guide, "The whole lifecycle", as written: its TypeScript
// type-checks with the project's settings, and run against an in-memory ATS it does what the
// text says (received at once; a person's decision with its reasons; after an interview; the
// job closed with one answer for everyone; the survey link), with the criteria file's
// `messages` from the section's YAML.
const root = join(__dirname, '../..')
const guide = readFileSync(join(root, 'docs/integration.md'), 'utf8')
const section = guide.slice(
  guide.indexOf('\n## 9. The whole lifecycle'),
  guide.indexOf('\n## ', guide.indexOf('\n## 9. The whole lifecycle') + 5),
)
const blocks = (lang: string) =>
  [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!)
const index = join(root, 'src/index.js')
const code = blocks('ts')
  .join('\n')
  .replaceAll("from 'autoscreen'", `from ${JSON.stringify(index)}`)
const file = join(mkdtempSync(join(tmpdir(), 'autoscreen-lifecycle-')), 'lifecycle.ts')
writeFileSync(file, code)

const apps = Object.fromEntries(
  readFileSync(join(root, 'examples/applications/frontend-developer.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Application)
    .map((a) => [a.id, a]),
)

describe('integration guide, section 9: the whole lifecycle', () => {
  it('has the code and the criteria keys it describes', () => {
    expect(blocks('ts')).toHaveLength(4)
    expect(code).toContain('recordDecision(')
    expect(code).toContain('closeJob(')
    expect(blocks('yaml')).toHaveLength(1)
    expect(section).toContain('autoscreen report results.jsonl --survey answers.csv')
    expect(section).toContain('`applicationId,score,comment`')
  })

  it('type-checks with the project’s compiler settings', () => {
    const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
    const program = ts.createProgram([file], { ...options, noEmit: true })
    // The section's own diagnostics (what getPreEmitDiagnostics reports for it), without checking
    // every other file of the program.
    const source = program.getSourceFile(file)!
    const problems = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
      ...(options.declaration || options.composite ? program.getDeclarationDiagnostics(source) : []),
    ]
      .filter((d) => d.file?.fileName === file)
      .map(
        (d) =>
          `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      )
    expect(problems).toEqual([])
  }, 120_000)

  describe('run against an in-memory ATS', () => {
    const results = new Map<string, ScreeningResult>()
    const sent = new Map<string, Stage[]>()
    const outbox: { to: string; subject: string; text: string; sendAt: string; headers: Record<string, string> }[] = []
    let screener: Screener
    let lifecycle: {
      onApplication: (a: Application) => Promise<ScreeningResult>
      onDecision: (
        id: string,
        d: object,
      ) => Promise<{ ok: true; stage: Stage } | { ok: false; field: string; problem: string }>
      onJobClosed: (jobId: string, reason?: 'filled' | 'closed') => Promise<string[]>
    }
    const at = (iso: string) => vi.setSystemTime(new Date(iso))
    const mailsTo = (id: string) => outbox.filter((m) => m.to === apps[id]!.candidate!.email)

    beforeAll(async () => {
      // The rules with the section's messages (the survey links).
      const rules = parse(readFileSync(join(root, 'rules/frontend-developer.yaml'), 'utf8'))
      screener = compileCriteria(loadCriteriaText(stringify({ ...rules, ...parse(blocks('yaml')[0]!) })))
      const ats = {
        save: async (r: ScreeningResult) => void results.set(r.application.id, r),
        result: async (id: string) => results.get(id)!,
        email: async (id: string) => apps[id]!.candidate!.email!,
        markSent: async (id: string, stage: Stage) => void sent.set(id, [...(sent.get(id) ?? []), stage]),
        applications: async () =>
          [...results.values()].map((result) => ({ result, sent: sent.get(result.application.id) ?? [] })),
      }
      Object.assign(globalThis, {
        screener,
        ats,
        outbox: { put: async (m: (typeof outbox)[number]) => void outbox.push(m) },
      })
      vi.useFakeTimers({ toFake: ['Date'] })
      lifecycle = await import(/* @vite-ignore */ file)
    })
    afterAll(() => {
      vi.useRealTimers()
      for (const k of ['screener', 'ats', 'outbox']) delete (globalThis as Record<string, unknown>)[k]
    })

    it('on arrival: the program decides, or the acknowledgement goes out at once for a person to decide', async () => {
      for (const id of ['fe-1001', 'fe-1002', 'fe-1004', 'fe-1007']) {
        at(new Date(Date.parse(apps[id]!.submittedAt) + 60_000).toISOString())
        await lifecycle.onApplication(apps[id]!)
      }
      expect(Object.fromEntries(sent)).toEqual({
        'fe-1001': ['advance'],
        'fe-1002': ['rejected'],
        'fe-1004': ['received'],
        'fe-1007': ['received'],
      })
      const [ack] = mailsTo('fe-1004')
      expect(ack!.sendAt).toBe('2026-11-23T07:31:00.000Z')
      expect(ack!.subject).toContain('Frontendutvecklare')
    })

    it('a person decides: a rejection without reasons is refused at its field; a pass, then a rejection after the interview', async () => {
      at('2026-11-25T09:30:00+01:00')
      expect(await lifecycle.onDecision('fe-1004', { outcome: 'reject', by: 'Sara Lind' })).toEqual({
        ok: false,
        field: 'reasons',
        problem: 'no_reasons',
      })
      expect(
        await lifecycle.onDecision('fe-1004', {
          outcome: 'reject',
          reasons: { text: { sv: 'Vi valde en annan kandidat.' } },
          by: 'Sara Lind',
        }),
      ).toEqual({ ok: false, field: 'reasons.text', problem: 'missing_language' })
      expect(results.get('fe-1004')!.decision).toBeUndefined()
      expect(await lifecycle.onDecision('fe-1004', { outcome: 'pass', by: 'Sara Lind' })).toEqual({
        ok: true,
        stage: 'advance',
      })

      at('2026-12-02T15:00:00+01:00')
      expect(
        await lifecycle.onDecision('fe-1004', {
          outcome: 'reject',
          reasons: { criteria: ['english'] },
          by: 'Omar Said',
          interviewAt: '2026-12-02T10:00:00+01:00',
        }),
      ).toEqual({ ok: true, stage: 'rejected-after-interview' })
      const stored = results.get('fe-1004')!
      expect(stored.outcome).toBe('review') // the program's, kept
      expect(stored.audit.decisions!.map((d) => [d.outcome, d.by])).toEqual([
        ['pass', 'Sara Lind'],
        ['reject', 'Omar Said'],
      ])
      const last = mailsTo('fe-1004').at(-1)!
      // The reason the person gave, not sent before 24 h after the interview, and never as automatic.
      expect(last.text).toContain(screener.reason('english', 'sv'))
      expect(Date.parse(last.sendAt)).toBeGreaterThanOrEqual(Date.parse('2026-12-03T10:00:00+01:00'))
      expect(last.headers['Auto-Submitted']).toBeUndefined()
      expect(sent.get('fe-1004')).toEqual(['received', 'advance', 'rejected-after-interview'])
    })

    it('the job closes: everyone without a final answer gets exactly one, with the survey link; a second run sends nothing', async () => {
      at('2026-12-10T09:00:00+01:00')
      const before = outbox.length
      expect((await lifecycle.onJobClosed('frontend-developer')).sort()).toEqual(['fe-1002', 'fe-1004'])
      expect(Object.fromEntries(sent)).toMatchObject({
        'fe-1001': ['advance', 'job-closed'],
        'fe-1007': ['received', 'job-closed'],
      })
      const closing = outbox.slice(before)
      expect(closing.map((m) => m.to).sort()).toEqual(
        [apps['fe-1001']!.candidate!.email, apps['fe-1007']!.candidate!.email].sort(),
      )
      expect(closing.find((m) => m.to === apps['fe-1007']!.candidate!.email)!.text).toContain(
        'https://forms.acme.se/ansokan?id=fe-1007',
      )
      // Again: everyone already had their answer.
      expect((await lifecycle.onJobClosed('frontend-developer')).sort()).toEqual([
        'fe-1001',
        'fe-1002',
        'fe-1004',
        'fe-1007',
      ])
      expect(outbox.length).toBe(before + 2)
      for (const [id, stages] of sent)
        expect(
          stages.filter((s) => FINAL_STAGES.includes(s)),
          id,
        ).toHaveLength(1)
    })
  })
})
