import { RESULT_VOCABULARY } from '../issues/result-vocabulary.js'
import type { CriterionStatus, Outcome } from '../screen/result.js'

// A screening result's words for recruiters, per language: the table of `screen -f table`, and
// the Criteria Studio's decision. The logic that picks among them is in format-result.ts and
// format-problem.ts; the words live here, apart from it. The words of the statuses and outcomes
// are the one vocabulary of results (issues/result-vocabulary.ts), shared with the Studio and
// the issues.

/**
 * The words of a screening result in one language.
 * @example
 * ```ts
 * const w: ResultWording = RESULT_WORDING.sv
 * w.score(3, 4, 2) // '3 av 4 poäng (går vidare från 2 poäng)'
 * ```
 * @category Reports
 */
export interface ResultWording {
  /** The outcome in lower case (the table's heading shows it in capitals). */
  outcome: Readonly<Record<Outcome, string>>
  nearMiss: string
  /** The score against the decision's minScore. */
  score: (score: number, max: number, min: number) => string
  /** The kind of a requirement (a merit shows its points, `+2`). */
  required: string
  status: Readonly<Record<CriterionStatus, string>>
  /** Unanswered questions that were not needed. */
  gaps: (list: string) => string
  /** The name of the criterion the screening adds for the closing date (id `deadline`). */
  deadline: string
  /** A question as quoted in a sentence. */
  quote: (text: string) => string
  /** Joins a list of quoted questions. */
  and: string
  /** The table's last line: how many were screened, and how many lines could not be read. */
  screened: (count: number, bad: number) => string
  /** The message under a result (`--messages`): its subject, and when it goes out and why. */
  subject: string
  planned: string
  problem: {
    missing: (questions: string, said: string | undefined, many: boolean) => string
    /** After a missing answer: the application holds answers under names the criteria do not have (a misspelt field name). */
    undeclared: (names: string, many: boolean) => string
    /** An answer that cannot be used, with what the question accepts when that is known. */
    invalid: (answer: string, question: string, accepts: string | undefined) => string
    accepts: {
      max: (max: string) => string
      min: (min: string) => string
      integer: string
      number: string
      yesNo: string
      oneOf: (values: string) => string
      maxLength: (n: number) => string
      /** A date answer not written as a date. */
      date: string
    }
    /** An answer a person judges (reviewValues), with the file's reviewNote. */
    review: (answer: string, question: string, note: string | undefined) => string
    /** A rule's own `review`: a person judges the answers to the questions. */
    reviewRule: (questions: string) => string
    error: (code: string, message: string) => string
    /** The same problems in a result whose decision stands whatever the answer (no person looks). */
    settled: {
      missing: (questions: string, said: string | undefined, many: boolean) => string
      invalid: (answer: string, question: string, accepts: string | undefined) => string
      review: (answer: string, question: string, note: string | undefined) => string
      reviewRule: (questions: string) => string
      error: (code: string, message: string) => string
    }
  }
}

const sv: ResultWording = {
  outcome: RESULT_VOCABULARY.sv.outcome,
  nearMiss: 'nära ja (kandidatbanken)',
  score: (score, max, min) => `${score} av ${max} poäng (går vidare från ${min} poäng)`,
  required: 'krav',
  status: RESULT_VOCABULARY.sv.status,
  gaps: (list) => ` (obesvarat, behövs inte: ${list})`,
  deadline: 'sista ansökningsdag',
  screened: (count, bad) =>
    `${count} ${count === 1 ? 'ansökan bedömd' : 'ansökningar bedömda'}${bad ? `, ${bad} ${bad === 1 ? 'rad' : 'rader'} gick inte att läsa` : ''}`,
  subject: 'Ämne',
  planned: 'Skickas',
  quote: (text) => `”${text}”`,
  and: 'och',
  problem: {
    missing: (questions, said, many) =>
      `Inget svar på ${questions}${said ? ` (${said} räknas som inget svar)` : ''}, och ${many ? 'svaren' : 'svaret'} kan ändra beslutet.`,
    undeclared: (names, many) =>
      ` Ansökan har svar under ${many ? 'namnen' : 'namnet'} ${names}, som kriterierna inte har: kanske är frågans namn felstavat i ansökningssystemet.`,
    invalid: (answer, question, accepts) =>
      `Svaret ${answer} på ${question} går inte att använda${accepts ? `: ${accepts}` : ''}. En person tittar på ansökan.`,
    accepts: {
      max: (max) => `frågan tar emot högst ${max}`,
      min: (min) => `frågan tar emot minst ${min}`,
      integer: 'frågan tar bara emot heltal',
      number: 'svaret ska vara ett tal',
      yesNo: 'svaret ska vara ja eller nej',
      oneOf: (values) => `svaret ska vara något av ${values}`,
      maxLength: (n) => `frågan tar emot högst ${n} tecken`,
      date: 'svaret ska vara ett datum, till exempel 2026-03-15',
    },
    review: (answer, question, note) =>
      `En person bedömer svaret ${answer} på ${question}.${note ? ` Till den som bedömer: ${note}` : ''}`,
    reviewRule: (questions) => `En person bedömer svaret på ${questions}.`,
    error: (code) => `Regeln gick inte att räkna ut (${code}), så en person tittar på ansökan.`,
    settled: {
      missing: (questions, said) =>
        `Inget svar på ${questions}${said ? ` (${said} räknas som inget svar)` : ''}, men beslutet står ändå.`,
      invalid: (answer, question, accepts) =>
        `Svaret ${answer} på ${question} går inte att använda${accepts ? `: ${accepts}` : ''}, men beslutet står ändå.`,
      review: (answer, question) =>
        `Svaret ${answer} på ${question} bedöms annars av en person, men beslutet står ändå.`,
      reviewRule: (questions) => `Svaret på ${questions} bedöms annars av en person, men beslutet står ändå.`,
      error: (code) => `Regeln gick inte att räkna ut (${code}), men beslutet står ändå.`,
    },
  },
}

const en: ResultWording = {
  outcome: RESULT_VOCABULARY.en.outcome,
  nearMiss: 'near miss (talent pool)',
  score: (score, max, min) => `score ${score}/${max} (pass at ${min})`,
  required: 'required',
  status: RESULT_VOCABULARY.en.status,
  gaps: (list) => ` (unanswered, not needed: ${list})`,
  deadline: 'closing date',
  screened: (count, bad) => `${count} screened${bad ? `, ${bad} could not be read` : ''}`,
  subject: 'Subject',
  planned: 'Planned',
  quote: (text) => `“${text}”`,
  and: 'and',
  problem: {
    missing: (questions, said, many) =>
      `No answer to ${questions}${said ? ` (${said} reads as no answer)` : ''}, and the ${many ? 'answers' : 'answer'} could change the decision.`,
    undeclared: (names, many) =>
      ` The application holds ${many ? 'answers under the names' : 'an answer under the name'} ${names}, which the criteria do not have: the question's name may be misspelt in the applicant tracking system.`,
    invalid: (answer, question, accepts) =>
      `The answer ${answer} to ${question} cannot be used${accepts ? `: ${accepts}` : ''}. A person looks at the application.`,
    accepts: {
      max: (max) => `the question accepts at most ${max}`,
      min: (min) => `the question accepts at least ${min}`,
      integer: 'the question accepts whole numbers only',
      number: 'the answer should be a number',
      yesNo: 'the answer should be yes or no',
      oneOf: (values) => `the answer should be one of ${values}`,
      maxLength: (n) => `the question accepts at most ${n} characters`,
      date: 'the answer should be a date, such as 2026-03-15',
    },
    review: (answer, question, note) =>
      `A person judges the answer ${answer} to ${question}.${note ? ` For the reviewer: ${note}` : ''}`,
    reviewRule: (questions) => `A person judges the answer to ${questions}.`,
    error: (_code, message) => message,
    settled: {
      missing: (questions, said) =>
        `No answer to ${questions}${said ? ` (${said} reads as no answer)` : ''}, but the decision stands without it.`,
      invalid: (answer, question, accepts) =>
        `The answer ${answer} to ${question} cannot be used${accepts ? `: ${accepts}` : ''}, but the decision stands without it.`,
      review: (answer, question) =>
        `The answer ${answer} to ${question} would be judged by a person, but the decision stands without it.`,
      reviewRule: (questions) =>
        `The answer to ${questions} would be judged by a person, but the decision stands without it.`,
      error: (_code, message) => `${message} (the decision stands without it)`,
    },
  },
}

/**
 * The words of a screening result per language, for a table or a page of one's own.
 * @example
 * ```ts
 * RESULT_WORDING.sv.status.skipped // 'gäller inte'
 * RESULT_WORDING.en.status.unmet // 'not met'
 * RESULT_WORDING.en.deadline // 'closing date'
 * ```
 * @category Reports
 */
export const RESULT_WORDING: Readonly<Record<'sv' | 'en', ResultWording>> = { sv, en }
