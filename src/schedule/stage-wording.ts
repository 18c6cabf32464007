import type { Locale, Stage } from '../criteria/constants.js'
import { RESULT_VOCABULARY } from '../issues/result-vocabulary.js'
import type { ScreeningResult } from '../screen/result.js'
import { stageFor, stageProblem } from './stages.js'

// The words of message stages for a recruiter, in Swedish and English: their names, what each is
// for, and why one does not fit a decision. The Studio and the CLI both say them.

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

/** A message stage's name, as a recruiter reads it (the CLI's --stage takes the slug): every stage in both languages, or the compiler refuses. */
const STAGE_NAMES: Record<Locale, Record<Stage, string>> = {
  sv: {
    received: 'Ansökan mottagen',
    advance: 'Vidare till nästa steg',
    rejected: 'Avslag',
    late: 'Avslag, för sen ansökan',
    'talent-pool': 'Nära ja, sparas i kandidatbanken',
    'rejected-by-person': 'Avslag av en person',
    'rejected-after-interview': 'Avslag efter intervju',
    'job-closed': 'Tjänsten tillsatt eller stängd',
  },
  en: {
    received: 'Application received',
    advance: 'On to the next step',
    rejected: 'Rejection',
    late: 'Rejection, late application',
    'talent-pool': 'Near miss, kept in the talent pool',
    'rejected-by-person': 'Rejection by a person',
    'rejected-after-interview': 'Rejection after an interview',
    'job-closed': 'Job filled or closed',
  },
}

/**
 * A message stage's name in Swedish or English, as the Studio and the CLI show it to a
 * recruiter (the slug for a stage with no name).
 * @example
 * ```ts
 * stageName('talent-pool', 'sv') // 'Nära ja, sparas i kandidatbanken'
 * ```
 * @category Send times
 */
export const stageName = (stage: string, locale: Locale): string =>
  (STAGE_NAMES[locale] as Record<string, string>)[stage] ?? stage

/** What a message stage is for, as said when the stage does not fit the decision. */
const STAGE_PURPOSE: Record<Locale, Record<Stage, string>> = {
  sv: {
    received: 'är en bekräftelse på att ansökan kommit in',
    advance: 'är för en ansökan som går vidare',
    rejected: 'är för ett avslag som programmet har gjort',
    late: 'är för en ansökan som kom in efter sista ansökningsdagen och som programmet avböjde',
    'talent-pool': 'är för ett nära ja som programmet avböjde',
    'rejected-by-person': 'är för en persons avslag utan intervju',
    'rejected-after-interview': 'är för en persons avslag efter en intervju',
    'job-closed': 'är för en ansökan som ingen har avböjt när tjänsten tillsätts eller stängs',
  },
  en: {
    received: 'acknowledges an application',
    advance: 'is for an application that goes on',
    rejected: 'is for a rejection the program made',
    late: 'is for an application that came in after the closing date, which the program rejected',
    'talent-pool': 'is for a near miss the program rejected',
    'rejected-by-person': 'is for a person’s rejection without an interview',
    'rejected-after-interview': 'is for a person’s rejection after an interview',
    'job-closed': 'is for an application nobody has rejected when the job is filled or closed',
  },
}

/**
 * The decision a message must fit, as {@link stageMismatchText} describes it.
 * @example
 * ```ts
 * const words: DecisionWords = { by: 'person', outcome: 'reject', interview: true }
 * ```
 * @category Send times
 */
export interface DecisionWords {
  by: 'program' | 'person'
  outcome: 'pass' | 'reject' | 'review'
  /** The program's rejection: late, a near miss or neither. */
  kind?: 'late' | 'talent-pool' | 'rejected'
  interview?: boolean
}

/**
 * Why a message stage does not fit the decision, and the stage that does, in the recruiter's
 * language: the words of {@link stageProblem}'s refusal.
 * @example
 * ```ts
 * stageMismatchText('rejected', 'advance', { by: 'program', outcome: 'pass' }, 'sv')
 * // 'Meddelandet ”Avslag” är för ett avslag som programmet har gjort, och här är programmets beslut ”Går vidare”. …'
 * ```
 * @category Send times
 */
export function stageMismatchText(stage: string, fitting: string, decision: DecisionWords, locale: Locale): string {
  const sv = locale === 'sv'
  const outcome = capital(RESULT_VOCABULARY[locale].outcome[decision.outcome])
  const was =
    decision.by === 'person'
      ? decision.outcome === 'reject'
        ? sv
          ? `här avböjde en person ansökan${decision.interview ? ' efter en intervju' : ''}`
          : `here a person rejected it${decision.interview ? ' after an interview' : ''}`
        : sv
          ? `här har en person beslutat ”${outcome}”`
          : `here a person decided “${outcome}”`
      : decision.kind === 'late'
        ? sv
          ? 'här avböjde programmet ansökan för att den kom in för sent'
          : 'here the program rejected it as late'
        : decision.kind === 'talent-pool'
          ? sv
            ? 'här avböjde programmet ansökan som ett nära ja'
            : 'here the program rejected it as a near miss'
          : sv
            ? `här är programmets beslut ”${outcome}”`
            : `here the program’s decision is “${outcome}”`
  return sv
    ? `Meddelandet ”${stageName(stage, locale)}” ${(STAGE_PURPOSE.sv as Record<string, string>)[stage] ?? ''}, och ${was}. Ett meddelande säger aldrig något som inte har beslutats. Till det här beslutet hör ”${stageName(fitting, locale)}”.`
    : `The “${stageName(stage, locale)}” message ${(STAGE_PURPOSE.en as Record<string, string>)[stage] ?? ''}, and ${was}. A message never says what was not decided. The message for this decision is “${stageName(fitting, locale)}”.`
}

/**
 * Why a message stage does not fit a result, in Swedish or English, or null when it fits
 * ({@link stageProblem} decides; this words it for a recruiter).
 * @example
 * ```ts
 * formatStageMismatch(passingResult, 'rejected', 'sv')
 * // 'Meddelandet ”Avslag” är för ett avslag som programmet har gjort, och här är programmets beslut ”Går vidare”. …'
 * ```
 * @category Send times
 */
export function formatStageMismatch(result: ScreeningResult<boolean>, stage: Stage, locale: Locale): string | null {
  if (stageProblem(result, stage) === null) return null
  const fitting = stageFor(result)
  const d = result.decision
  const words: DecisionWords = d
    ? { by: 'person', outcome: d.outcome, interview: d.interviewAt !== undefined }
    : {
        by: 'program',
        outcome: result.outcome,
        ...(fitting === 'late' || fitting === 'talent-pool' || fitting === 'rejected' ? { kind: fitting } : {}),
      }
  return stageMismatchText(stage, fitting, words, locale)
}
