import { issue } from '../issues/issue.js'
import * as z from 'zod'
import { buildSchemasJitless } from '../criteria/zod-jitless.js'
import { ApplicationError, type ApplicationIssue, type ApplicationIssueCode } from '../errors.js'
import { BIDI_CONTROLS, CONTROL } from '../criteria/control-characters.js'
import { parseEpoch } from '../logic/index.js'
import { flatCanonicalJson } from '../criteria/canonical-json.js'
import { wellFormed } from './well-formed.js'

// The schemas below are built with zod's jitless set: building them tries no code generation (zod-jitless.ts).
const zodSettingsBack = buildSchemasJitless()

/**
 * An application as an ATS sends it. Rules read `answers` only: the candidate's identity and
 * the source are never visible to rules, so they cannot be screened on. `Answers` types the
 * answers (by default any object of answers): {@link AnswersOf} gives the type of a job's fields.
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
export interface Application<Answers extends object = Record<string, unknown>> {
  /** The ATS's id of the application. */
  id: string
  /** When it was submitted: ISO 8601, with an offset (without one it is read in the job's time zone). */
  submittedAt: string
  /** Where the candidate came from (for reports only). */
  source?: string
  /** Who applied (for messages only). */
  candidate?: { firstName?: string; lastName?: string; email?: string; locale?: string }
  /** The answers to the application form, by field name (typed against the job's fields with {@link AnswersOf}, when the ATS opts in). */
  answers?: Answers
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

zodSettingsBack()

const ENVELOPE_WORDS: Record<string, string> = {
  id: " (the ATS's id of the application)",
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
  /** The canonical JSON of the answers, when they are flat (written while checking them for cycles). */
  answersJson?: string
}

/** Checks the envelope of an application; throws {@link ApplicationError} when it is unusable.
 * @category Screening
 */
export function checkEnvelope(application: unknown, timeZone: string): CheckedEnvelope {
  // Plainly valid envelopes (nearly all) are read as they are; anything else goes to the schema,
  // which says exactly what is wrong.
  if (plainlyValid(application)) return checked(application as EnvelopeData, timeZone)
  const r = Envelope.safeParse(application)
  if (!r.success)
    throw new ApplicationError(
      r.error.issues.map((i): ApplicationIssue => {
        const path = i.path as (string | number)[]
        const given = path.reduce<unknown>(
          (v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
          application,
        )
        const envelope = Object.hasOwn(ENVELOPE_WORDS, String(path[0])) ? { envelope: String(path[0]) } : {}
        if (i.code === 'invalid_type' && given === undefined) return issue('missing_key', path, envelope)
        if (i.code === 'invalid_type') return issue('invalid_type', path, { expected: i.expected, ...envelope })
        // zod's codes (and words) stay inside: the error speaks autoscreen's own.
        const code = ZOD_CODES[i.code] ?? 'invalid_value'
        return issue(code, path, envelope)
      }),
    )
  return checked(r.data, timeZone)
}

const ZOD_CODES: Partial<Record<string, ApplicationIssueCode>> = {
  too_big: 'out_of_range',
  too_small: 'out_of_range',
  invalid_format: 'invalid_format',
  unrecognized_keys: 'unknown_key',
  invalid_value: 'invalid_value',
}

type EnvelopeData = z.output<typeof Envelope>
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown, max = Infinity) => v === undefined || (typeof v === 'string' && v.length <= max)

/** What the schema would accept as it is: an envelope with nothing to strip or refuse. */
function plainlyValid(a: unknown): boolean {
  if (!isObject(a)) return false
  const { id, submittedAt, source, candidate, answers } = a
  if (
    typeof id !== 'string' ||
    id.length < 1 ||
    id.length > 200 ||
    typeof submittedAt !== 'string' ||
    submittedAt.length > 40 ||
    !text(source, 200)
  )
    return false
  if (
    candidate !== undefined &&
    !(
      isObject(candidate) &&
      text(candidate.firstName) &&
      text(candidate.lastName) &&
      text(candidate.email) &&
      text(candidate.locale, 35)
    )
  )
    return false
  return answers === undefined || isObject(answers)
}

function checked(a: EnvelopeData, timeZone: string): CheckedEnvelope {
  // Text that is not valid UTF-16 (a lone surrogate) is not text: it must never reach a message or a log.
  text16(a.id, 'id')
  text16(a.submittedAt, 'submittedAt')
  text16(a.source, 'source')
  const c = a.candidate
  if (c) {
    text16(c.firstName, 'candidate', 'firstName')
    text16(c.lastName, 'candidate', 'lastName')
    text16(c.email, 'candidate', 'email')
    text16(c.locale, 'candidate', 'locale')
  }
  // Flat answers (nearly all) are written as canonical JSON once, here: the text the audit
  // record hashes, and the proof that they hold no cycle. Others are walked for one.
  const answersJson = flatCanonicalJson(a.answers ?? {})
  const cycle = answersJson === undefined ? cyclePath(a.answers) : null
  if (cycle) throw new ApplicationError([issue('cyclic_value', ['answers', ...cycle])])
  const t = parseEpoch(a.submittedAt, timeZone)
  if (Number.isNaN(t) || a.submittedAt.length < 16)
    throw new ApplicationError([issue('invalid_date', ['submittedAt'], { value: a.submittedAt })])
  const env: CheckedEnvelope = {
    id: a.id,
    submittedAt: a.submittedAt,
    submitted: new Date(t),
    answers: (a.answers ?? {}) as Record<string, unknown>,
  }
  if (answersJson !== undefined) env.answersJson = answersJson
  if (a.source !== undefined) env.source = a.source
  const first = usableName(c?.firstName)
  if (first) env.firstName = first
  if (c?.locale) env.locale = c.locale.toLowerCase().slice(0, 2)
  return env
}

function text16(v: string | undefined, ...path: string[]): void {
  if (v !== undefined && !wellFormed(v)) throw new ApplicationError([issue('invalid_text', path)])
}

/** Zero-width and other invisible characters a name field can carry. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F (a combining mark) is removed on its own
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u180E]/g
const MAX_NAME = 100

/**
 * A first name fit to greet someone with, or undefined for the no-name greeting: trimmed of
 * invisible characters and bidi controls (a U+202E must not turn the greeting around), with at
 * least one letter, and of a length a name has (a 6 MB "name" is not one, and is never written
 * into a message). A control character inside it (CR LF, NUL, ESC …) makes it no name: what is
 * left around it ("Maja", "Bcc: x@y.example") cannot be told apart from a name, and so does a
 * U+FFFD (bytes that were not text: "Fat�ma").
 * @example
 * ```ts
 * usableName('  Maja\r\n') // 'Maja'
 * usableName('Maja\r\nBcc: x@y.example') // undefined
 * ```
 */
export function usableName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  const clean = name.replace(INVISIBLE, '').replace(BIDI_CONTROLS, '').trim()
  // U+FFFD stands for bytes that were not text: "Hej Fat�ma!" would greet nobody by their name.
  if (!clean || clean.length > MAX_NAME || !/\p{L}/u.test(clean) || CONTROL.test(clean) || clean.includes('\uFFFD'))
    return undefined
  return clean
}

/** Every value a primitive or a list of primitives (no allocation: every application is asked). */
function flatValues(root: Record<string, unknown>): boolean {
  const keys = Object.keys(root)
  for (let i = 0; i < keys.length; i++) {
    const v = root[keys[i]!]
    if (v === null || typeof v !== 'object') continue
    if (!Array.isArray(v)) return false
    for (let j = 0; j < v.length; j++) if (v[j] !== null && typeof v[j] === 'object') return false
  }
  return true
}

/**
 * The path to the first object that contains itself, or null. Iterative and linear in the size
 * of the value: each object is entered once (one finished without a cycle is never walked
 * again, so shared parts cost nothing twice), and the path is built only when a cycle is found.
 */
function cyclePath(root: unknown): (string | number)[] | null {
  if (!root || typeof root !== 'object') return null
  // Answers are flat almost always: values that are primitives or lists of primitives hold no cycle.
  if (flatValues(root as Record<string, unknown>)) return null
  type Frame = { v: Record<string, unknown>; keys: string[]; i: number; list: boolean }
  const enter = (v: object): Frame => ({
    v: v as Record<string, unknown>,
    keys: Object.keys(v),
    i: 0,
    list: Array.isArray(v),
  })
  const open = new Set<object>([root])
  const done = new Set<object>()
  const stack: Frame[] = [enter(root)]
  while (stack.length) {
    const top = stack[stack.length - 1]!
    if (top.i === top.keys.length) {
      stack.pop()
      open.delete(top.v)
      done.add(top.v)
      continue
    }
    const child = top.v[top.keys[top.i++]!]
    if (!child || typeof child !== 'object' || done.has(child)) continue
    if (open.has(child)) return stack.map((f) => (f.list ? Number(f.keys[f.i - 1]) : f.keys[f.i - 1]!))
    open.add(child)
    stack.push(enter(child))
  }
  return null
}
