// What a recruiter reads about a review task (the review queue's checks, the reminder mail),
// in the job's language: the criteria file's locale, whatever the candidate's. The candidate's
// messages are the library's, in the candidate's language; these words are the ATS's own,
// kept apart from the queue's logic (review.ts), one catalogue per language.
import { formatProblem, type ReviewCheck, type ReviewTask, type Screener, type ScreeningResult } from 'autoscreen'

type Lang = 'sv' | 'en'

/** The reminder mail to the job's contact person, per language. */
const REMINDER: Record<
  Lang,
  {
    dateLocale: string
    subject: (applicationId: string, due: string) => string
    text: (due: string, queue: string) => string
  }
> = {
  sv: {
    dateLocale: 'sv-SE',
    subject: (id, due) => `Påminnelse: ansökan ${id} ska vara bedömd senast ${due}`,
    text: (due, queue) => `Den sökande har fått löfte om ett svar senast ${due}. Granskningskön: ${queue}`,
  },
  en: {
    dateLocale: 'en-GB',
    subject: (id, due) => `Reminder: application ${id} is to be decided by ${due}`,
    text: (due, queue) => `The candidate was promised an answer by ${due}. The review queue: ${queue}`,
  },
}

/**
 * A review task's checks as the recruiter reads them in the queue, in the job's language: the
 * requirement as the criteria file words it, and what to check worded by the library
 * (formatProblem: the file's questions, its reviewNote, the bounds an answer broke) instead of
 * the problem's technical English.
 */
export function checksForRecruiter(
  task: ReviewTask,
  result: ScreeningResult<boolean>,
  screener: Screener,
): ReviewCheck[] {
  const { criteria } = screener
  const locale = criteria.locale
  const words = { locale, fields: criteria.fields, timezone: criteria.job.timezone }
  return task.checks.map((check) => {
    const problem = result.criteria.find((c) => c.id === check.criterion)?.problem
    const reason = criteria.criteria.find((c) => c.id === check.criterion)?.reason[locale]
    return { ...check, ...(reason ? { reason } : {}), ...(problem ? { note: formatProblem(problem, words) } : {}) }
  })
}

/** The reminder mail's subject and text, in the job's language, with the date in the job's time zone. */
export function reminderMail(
  screener: Screener,
  applicationId: string,
  dueAt: Date,
  queueUrl: string,
): { subject: string; text: string } {
  const { locale, job } = screener.criteria
  const words = REMINDER[locale]
  // The recruiter reads the date in the job's time zone, as the candidate was told it.
  const due = new Intl.DateTimeFormat(words.dateLocale, {
    timeZone: job.timezone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(dueAt)
  return { subject: words.subject(applicationId, due), text: words.text(due, queueUrl) }
}
