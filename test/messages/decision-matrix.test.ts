import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { STAGES, type Locale, type Stage } from '../../src/criteria/schema'
import { ScreeningError } from '../../src/errors'
import { renderMessage } from '../../src/messages/render-message'
import { toEmail } from '../../src/messages/to-email'
import { loadCriteria } from '../../src/node/load-criteria'
import { stageProblem } from '../../src/schedule/stages'
import type { Application } from '../../src/screen/application'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import type { ScreeningResult } from '../../src/screen/result'

// Issue #21, "Done when": every stage, for every automatic result (pass, reject, late, review,
// near miss) of every bundled rule set and every decision of a person (none, pass, a rejection
// naming criteria, a rejection in the person's own words, each rejection also after an
// interview), in every language the rule set's messages go out in. A stage either renders, and
// then names as unmet exactly what the deciding party named and never says a person's decision
// was automatic, or it is refused (stage_mismatch) exactly where the table below says it must be.

const root = join(__dirname, '../..')
const DAY = 86_400_000

type Kind = 'pass' | 'reject' | 'late' | 'review' | 'near miss'
type Decision =
  | 'none'
  | 'pass'
  | 'reject: criteria'
  | 'reject: own words'
  | 'reject: criteria, after interview'
  | 'reject: own words, after interview'
const DECISIONS: readonly Decision[] = [
  'none',
  'pass',
  'reject: criteria',
  'reject: own words',
  'reject: criteria, after interview',
  'reject: own words, after interview',
]
const OWN_WORDS = {
  sv: 'Vi har valt att gå vidare med kandidater som har längre erfarenhet av liknande uppdrag.',
  en: "We've chosen to go ahead with candidates who have longer experience of similar work.",
}

/**
 * Whether a stage must be refused, written out from what each message says (not from
 * stageProblem): a message never tells a candidate something that was not decided.
 */
function mustRefuse(kind: Kind, decision: Decision, stage: Stage): boolean {
  const person =
    decision === 'none'
      ? null
      : decision === 'pass'
        ? 'pass'
        : decision.endsWith('after interview')
          ? 'reject after interview'
          : 'reject'
  const standing =
    person === null
      ? kind === 'pass'
        ? 'pass'
        : kind === 'review'
          ? 'review'
          : 'reject'
      : person === 'pass'
        ? 'pass'
        : 'reject'
  switch (stage) {
    case 'received': // "we have your application": true of every application
      return false
    case 'advance': // "we'd like to go on with you": only for a pass, the program's or a person's
      return standing !== 'pass'
    case 'rejected': // "we compared your answers with the requirements": the program's rejection, on time, that no person overruled or made
      return person !== null || (kind !== 'reject' && kind !== 'near miss')
    case 'late': // "your application came in after the closing date"
      return person !== null || kind !== 'late'
    case 'talent-pool': // "you came close": the program's near miss
      return person !== null || kind !== 'near miss'
    case 'rejected-by-person': // "we have gone through your application": a person's rejection
      return person !== 'reject'
    case 'rejected-after-interview': // "thank you for the interview": a person's rejection after one
      return person !== 'reject after interview'
    case 'job-closed': // "the position is filled": for anyone not already turned down
      return standing === 'reject'
  }
}

/** The applications of a rule set: its examples, or the applications of its test cases when it has no examples. */
function applicationsOf(name: string): Application[] {
  const examples = join(root, 'examples/applications', `${name}.jsonl`)
  if (existsSync(examples))
    return readFileSync(examples, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Application)
  const cases = parse(readFileSync(join(root, 'rules', `${name}.test.yaml`), 'utf8')) as {
    cases: { application: Application }[]
  }
  return cases.cases.map((c) => c.application)
}

/** One real result of each kind; a near miss is made from a rejection on one requirement if the data has none. */
function resultsByKind(screener: Screener, apps: Application[]): Map<Kind, ScreeningResult> {
  const kinds = new Map<Kind, ScreeningResult>()
  const results = apps.map((a) => screener.screen(a, { now: 'arrival' }))
  for (const r of results) {
    const kind: Kind =
      r.outcome === 'pass'
        ? 'pass'
        : r.outcome === 'review'
          ? 'review'
          : r.unmet.includes('deadline')
            ? 'late'
            : r.nearMiss
              ? 'near miss'
              : 'reject'
    if (!kinds.has(kind)) kinds.set(kind, r)
  }
  if (!kinds.has('near miss')) {
    const close = results.find((r) => r.outcome === 'reject' && !r.unmet.includes('deadline') && r.unmet.length === 1)
    if (close) kinds.set('near miss', { ...close, nearMiss: true })
  }
  return kinds
}

/** The result with a person's decision recorded on it, if any; and the criteria the person named. */
function decide(
  screener: Screener,
  r: ScreeningResult,
  decision: Decision,
): { result: ScreeningResult; named: string[] } {
  if (decision === 'none') return { result: r, named: [] }
  const submitted = Date.parse(r.application.submittedAt)
  const at = new Date(submitted + 2 * DAY)
  const interview = decision.endsWith('after interview') ? { interviewAt: new Date(submitted + DAY) } : {}
  if (decision === 'pass')
    return {
      result: recordDecision(r, { outcome: 'pass', by: 'Sara Lind', at, ...interview }, { screener }),
      named: [],
    }
  // A requirement the program found met (and, if there is one, a preference it found met):
  // the person's reasons replace the program's, and the message must say so.
  const notUnmet = screener.criteria.criteria.filter((c) => !r.unmet.includes(c.id))
  const named = [notUnmet.find((c) => c.required), notUnmet.find((c) => !c.required)].flatMap((c) => (c ? [c.id] : []))
  const reasons = decision.startsWith('reject: criteria') ? { criteria: named } : { text: OWN_WORDS }
  return {
    result: recordDecision(r, { outcome: 'reject', reasons, by: 'Sara Lind', at, ...interview }, { screener }),
    named: decision.startsWith('reject: criteria') ? named : [],
  }
}

/** What the program found unmet and names in its own rejections: the unmet requirements, or else the unmet preferences. */
function programUnmet(r: ScreeningResult): string[] {
  const unmet = r.criteria.filter((c) => c.status === 'unmet' && c.id !== 'deadline')
  const required = unmet.filter((c) => c.required)
  return (required.length ? required : unmet).map((c) => c.id)
}

const sets = readdirSync(join(root, 'rules'))
  .filter((n) => /\.yaml$/.test(n) && !n.includes('.test.'))
  .map((n) => n.replace(/\.yaml$/, ''))

describe('every stage, for every automatic result and every decision of a person, in every language', async () => {
  it('covers the bundled rule sets', () => {
    expect(sets).toEqual(['b2b-saljare', 'frontend-developer', 'lagerarbetare', 'underskoterska-hemtjanst'])
  })
  for (const name of sets) {
    const screener = compileCriteria(await loadCriteria(join(root, 'rules', `${name}.yaml`)))
    const kinds = resultsByKind(screener, applicationsOf(name))
    it(`${name}: real results of every kind`, () => {
      expect([...kinds.keys()].sort()).toEqual(['late', 'near miss', 'pass', 'reject', 'review'])
      expect(screener.locales).toEqual(['sv', 'en'])
    })
    const ids = [...new Set([...screener.criteria.criteria.map((c) => c.id)])]
    for (const [kind, program] of kinds)
      for (const decision of DECISIONS)
        it(`${name}: ${kind}, a person's decision: ${decision}`, () => {
          const { result, named } = decide(screener, program, decision)
          const byPerson = decision !== 'none'
          for (const stage of STAGES) {
            const refuse = mustRefuse(kind, decision, stage)
            expect(stageProblem(result, stage) !== null, `${stage}: stageProblem`).toBe(refuse)
            for (const locale of screener.locales as Locale[]) {
              const where = `${stage}, ${locale}`
              const render = () =>
                renderMessage(result, {
                  screener,
                  now: new Date(Date.parse(program.application.submittedAt) + 3 * DAY),
                  stage,
                  locale,
                })
              if (refuse) {
                let error: unknown
                try {
                  render()
                } catch (e) {
                  error = e
                }
                expect(error, where).toBeInstanceOf(ScreeningError)
                expect((error as ScreeningError).code, where).toBe('stage_mismatch')
                continue
              }
              const m = render()
              expect(m.stage).toBe(stage)
              // (a) The requirements named are exactly the deciding party's: the person's criteria,
              // else the program's unmet ones in its own rejections, else none.
              const personStage = stage === 'rejected-by-person' || stage === 'rejected-after-interview'
              const decided = byPerson
                ? personStage
                  ? named
                  : []
                : stage === 'rejected' || stage === 'talent-pool'
                  ? programUnmet(result)
                  : []
              const reason = (id: string) => screener.reason(id, locale)!
              let rest = m.text
              for (const id of decided) {
                expect(m.text, `${where}: names ${id}`).toContain(reason(id))
                rest = rest.split(reason(id)).join('')
              }
              for (const id of ids.filter((x) => !decided.includes(x)))
                expect(rest, `${where}: does not name ${id}`).not.toContain(reason(id))
              // Advice only to a candidate found short of that criterion.
              for (const c of screener.criteria.criteria) {
                const advice = c.advice?.[locale]
                if (!advice) continue
                const body = advice.slice(1, -1)
                if (
                  decided.includes(c.id) &&
                  (stage === 'rejected' || stage === 'talent-pool' || stage === 'rejected-by-person')
                )
                  expect(m.text, `${where}: advice of ${c.id}`).toContain(body)
                else expect(m.text, `${where}: no advice of ${c.id}`).not.toContain(body)
              }
              // A person's own words reach the message of the person's rejection, and only that.
              const own = decision.startsWith('reject: own words') && personStage
              expect(m.text.includes(OWN_WORDS[locale]), `${where}: the person's own words`).toBe(own)
              // (b) A person decided: nothing says it was automatic, and no header marks it as such
              // (the receipt, an acknowledgement, is an automatic reply whoever decided).
              const email = toEmail(m, { from: 'jobb@example.se', to: 'kandidat@example.se' })
              if (byPerson) {
                expect(m.text, `${where}: automatic`).not.toMatch(/automati/i)
                if (stage !== 'received')
                  expect(email.headers['Auto-Submitted'], `${where}: Auto-Submitted`).toBeUndefined()
              }
              // The program's own rejections and the receipt say that a program screens, and are marked.
              if (
                !byPerson &&
                (stage === 'rejected' || stage === 'late' || stage === 'talent-pool' || stage === 'received')
              ) {
                expect(m.text, `${where}: automatic`).toMatch(locale === 'sv' ? /automatiskt/ : /automatically/)
                expect(email.headers['Auto-Submitted'], `${where}: Auto-Submitted`).toBe('auto-generated')
              }
              if (stage === 'rejected-by-person' || stage === 'rejected-after-interview' || stage === 'job-closed')
                expect(email.headers['Auto-Submitted'], where).toBeUndefined()
              expect(m.text, where).not.toMatch(/\{\{|\}\}| {2}| [,.]|,\.|\.\./)
            }
          }
        })
  }
})
