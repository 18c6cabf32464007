import { z } from 'zod'
import { ApplicationError, type Issue } from '../errors'
import { parseInstant } from '../logic/dates'

/**
 * An application as an ATS sends it. Rules read `answers` only: the candidate's identity and
 * the source are never visible to rules, so they cannot be screened on.
 *
 * @example
 * ```ts
 * const application: Application = {
 *   id: 'a-1042', submittedAt: '2026-11-20T09:14:00+01:00', source: 'linkedin',
 *   candidate: { firstName: 'Maja', email: 'maja@example.se', locale: 'sv' },
 *   answers: { experienceYears: 2, skills: ['react', 'typescript'], workPermit: true },
 * }
 * ```
 * @category Screening
 */
export interface Application {
  /** The ATS's id of the application. */
  id: string
  /** When it was submitted: ISO 8601, with an offset (without one it is read in the job's time zone). */
  submittedAt: string
  /** Where the candidate came from (for reports only). */
  source?: string
  /** Who applied (for messages only). */
  candidate?: { firstName?: string; lastName?: string; email?: string; locale?: string }
  /** The answers to the application form, by field name. */
  answers?: Record<string, unknown>
}

const Envelope = z.object({
  id: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  submittedAt: z.string().max(40, 'must be an ISO 8601 date-time'),
  source: z.string().max(200).optional(),
  candidate: z
    .object({
      firstName: z.string().optional(),
      lastName: z.string().optional(),
      email: z.string().optional(),
      locale: z.string().max(35).optional(),
    })
    .optional(),
  answers: z.record(z.string(), z.unknown()).optional(),
})

const ENVELOPE_WORDS: Record<string, string> = {
  id: ' (the ATS\'s id of the application)',
  submittedAt: ' (when the application was submitted, e.g. 2026-11-20T09:14:00+01:00)',
  answers: ' (the answers to the form, by field name)',
}

/** The parts of an application envelope the screener uses, checked.
 * @category Screening
 */
export interface CheckedEnvelope {
  id: string
  submittedAt: string
  submitted: Date
  source?: string
  firstName?: string
  locale?: string
  answers: Record<string, unknown>
}

/** Checks the envelope of an application; throws {@link ApplicationError} when it is unusable.
 * @category Screening
 */
export function checkEnvelope(application: unknown, timeZone: string): CheckedEnvelope {
  const r = Envelope.safeParse(application)
  if (!r.success)
    throw new ApplicationError(
      r.error.issues.map((i): Issue => {
        const path = i.path as (string | number)[]
        const given = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), application)
        const what = ENVELOPE_WORDS[String(path[0])] ?? ''
        if (i.code === 'invalid_type' && given === undefined) return { code: 'missing_key', path, message: `is required${what}` }
        if (i.code === 'invalid_type') return { code: i.code, path, message: `must be ${i.expected === 'object' ? 'a map of keys and values' : i.expected === 'array' ? 'a list' : `a ${i.expected}`}${what}` }
        return { code: i.code, path, message: i.message }
      }),
    )
  const a = r.data
  const submitted = parseInstant(a.submittedAt, timeZone)
  if (!submitted || a.submittedAt.length < 16)
    throw new ApplicationError([{ code: 'invalid_date', path: ['submittedAt'], message: `"${a.submittedAt}" is not an ISO 8601 date-time such as 2026-11-20T09:14:00+01:00` }])
  const first = a.candidate?.firstName?.trim()
  return {
    id: a.id,
    submittedAt: a.submittedAt,
    submitted: new Date(submitted.getTime()),
    ...(a.source === undefined ? {} : { source: a.source }),
    ...(first ? { firstName: first } : {}),
    ...(a.candidate?.locale ? { locale: a.candidate.locale.toLowerCase().slice(0, 2) } : {}),
    answers: (a.answers ?? {}) as Record<string, unknown>,
  }
}
