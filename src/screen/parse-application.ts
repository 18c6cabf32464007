import { ApplicationError, type ApplicationIssue } from '../errors.js'
import { checkAnswers } from './answers.js'
import { checkEnvelope, type Application } from './application.js'
import { dayOf, type ScreeningPlan } from './screening-plan.js'

/**
 * How one declared answer reads, exactly as `screen()` reads it: usable (`ok`, with the value
 * rules see: options in their declared spelling, texts in NFC), `missing`, `invalid` (with
 * why), or `review` (an option marked for a person).
 * @example
 * ```ts
 * const a: AnswerCheck = { state: 'invalid', message: 'must be a whole number', actual: 2.5 }
 * ```
 * @category Screening
 */
export type AnswerCheck =
  | { state: 'ok'; value: unknown }
  | { state: 'missing' }
  | { state: 'invalid'; message: string; actual: unknown }
  | { state: 'review'; note: string; actual: unknown }

/**
 * An application checked against a job's fields, as `screen()` would read it, without deciding
 * anything: use it at the edge of an ATS to answer 400 for an unusable envelope and to show
 * which answers will go to a person. An unusable envelope is `ok: false` with the issues that
 * `screen()` would throw as an `ApplicationError`; wrong or missing answers are never an
 * error here either: they are `invalid` or `missing` answers, as they are criterion statuses
 * when screened.
 * @example
 * ```ts
 * const checked = screener.parseApplication(JSON.parse(body))
 * if (!checked.ok) return reply(400, checked.issues)
 * checked.answers.experienceYears // { state: 'invalid', message: 'must be a number', actual: 'four' }
 * ```
 * @category Screening
 */
export type ParsedApplication =
  | { ok: true; application: Application & { answers: Record<string, unknown> }; answers: Record<string, AnswerCheck> }
  | { ok: false; issues: ApplicationIssue[] }

/**
 * An application checked as a plan's `screen()` reads it, without deciding anything; `now` is
 * the day bounds written `today` are read against (default: the application's own submission).
 */
export function parseWithPlan(
  plan: ScreeningPlan,
  application: unknown,
  opts: { now?: Date | 'arrival' } = {},
): ParsedApplication {
  let env: ReturnType<typeof checkEnvelope>
  try {
    env = checkEnvelope(application, plan.timeZone)
  } catch (e) {
    if (e instanceof ApplicationError) return { ok: false, issues: e.issues }
    throw e
  }
  const now = opts.now instanceof Date && opts.now.getTime() >= env.submitted.getTime() ? opts.now : env.submitted
  const { values, states } = checkAnswers(env.answers, plan.checks, plan.needsToday ? dayOf(plan, now) : undefined)
  const answers: Record<string, AnswerCheck> = {}
  for (const name of Object.keys(plan.criteria.fields)) {
    const st = states.get(name)
    answers[name] =
      st && st.state !== 'ok'
        ? { ...st }
        : Object.hasOwn(values, name)
          ? { state: 'ok', value: values[name] }
          : { state: 'missing' }
  }
  const a = application as Application
  return { ok: true, application: { ...a, answers: env.answers }, answers }
}
