import * as z from 'zod'
import type { Criteria, Field } from '../criteria/schema.js'
import { isoDay } from '../logic/index.js'
import { parseEpoch, parseInstant } from '../logic/index.js'
import { bareRecord, normaliseTerm, optionMatcher } from '../logic/index.js'
import { DEFAULT_NON_ANSWERS, looseAnswer, saysNothing } from './non-answers.js'
import { ruleReadings, SUBMISSION } from './rule-reads.js'
import { wellFormed } from './well-formed.js'
import { suggest } from '../criteria/suggest.js'

/** The state of one declared field in an application.
 * @category Screening
 */
export type FieldState =
  | { state: 'ok' }
  /**
   * `given`: what was written, when it was a non-answer ("N/A", "-", "vet ej"). `near`: for a
   * question with no answer at all, an answer under a name the criteria do not declare that is
   * close to this question's (`körkort` for `korkort`): likely the same question, misspelt.
   */
  | { state: 'missing'; given?: unknown; near?: string }
  | { state: 'invalid'; message: string; actual: unknown }
  | { state: 'review'; note: string; actual: unknown }

const DEFAULT_MAX_STRING = 10_000
const DEFAULT_MAX_ITEMS = 200
const MAX_ITEM_LENGTH = 1_000

/** Whether a text is a real date or date-time. */
function isRealDate(s: string): boolean {
  return parseInstant(s, 'UTC') !== null
}

/**
 * A test of texts that keeps its last few thousand verdicts. Answers repeat (start dates, cities,
 * skills): each field's check keeps its own, so the cache lives with the compiled criteria,
 * never in the module.
 */
function keptVerdicts(test: (s: string) => boolean): (s: string) => boolean {
  const verdicts = new Map<string, boolean>()
  return (s) => {
    let v = verdicts.get(s)
    if (v === undefined) {
      v = test(s)
      if (verdicts.size >= 4096) verdicts.clear()
      verdicts.set(s, v)
    }
    return v
  }
}

/** Builds the zod schema of one declared field's answer.
 * @category Screening
 */
export function fieldSchema(field: Field): z.ZodType {
  switch (field.type) {
    case 'number':
    case 'integer': {
      let s = field.type === 'integer' ? z.number().int('must be a whole number') : z.number()
      if (field.min !== undefined) s = s.min(field.min, `must be at least ${field.min}`)
      if (field.max !== undefined) s = s.max(field.max, `must be at most ${field.max}`)
      return s
    }
    case 'string':
      return z
        .string()
        .max(
          field.maxLength ?? DEFAULT_MAX_STRING,
          `must be at most ${field.maxLength ?? DEFAULT_MAX_STRING} characters`,
        )
    case 'boolean':
      return z.boolean()
    case 'date': {
      // "today" depends on the decision: checked with the answers (checkAnswers), not here.
      const min = field.min === 'today' ? undefined : field.min
      const max = field.max === 'today' ? undefined : field.max
      return z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01')
        .refine(isRealDate, 'is not a real calendar date')
        .refine((s) => min === undefined || s >= min, `must be on or after ${min}`)
        .refine((s) => max === undefined || s <= max, `must be on or before ${max}`)
    }
    case 'date-time':
      return z.string().max(40).refine(isRealDate, 'must be an ISO 8601 date-time such as 2026-11-20T09:14:00+01:00')
    case 'enum':
      return option(field.values)
    case 'list': {
      const item = field.values
        ? option(field.values)
        : z.string().max(MAX_ITEM_LENGTH, `items must be at most ${MAX_ITEM_LENGTH} characters`)
      const max = field.maxItems ?? DEFAULT_MAX_ITEMS
      return z.array(item).max(max, `must have at most ${max} items`)
    }
  }
}

/**
 * One of fixed options, matched as every text is matched loosely (case, accents and spaces do
 * not matter) and read with the declared spelling, so rules compare exact values.
 */
function option(values: readonly string[]): z.ZodType {
  const match = optionMatcher(values)
  return z.string().transform((answer, ctx) => {
    const found = match(answer)
    if (found === undefined) {
      ctx.addIssue({
        code: 'invalid_value',
        values: [...values],
        input: answer,
        message: `must be one of: ${values.map((v) => JSON.stringify(v)).join(', ')}`,
      })
      return z.NEVER
    }
    return found
  })
}

/** What {@link accepts} returns for an answer it cannot vouch for: the zod schema decides, and says why. */
const UNSURE = Symbol('unsure')

/**
 * A fast check of one field's answer: the value as the schema would return it, when the answer
 * is plainly valid, else UNSURE. It never accepts what the schema refuses (a property test
 * holds it to the schema); anything it is unsure of goes to the schema, so every message is
 * the schema's own. Screening pays for zod only on answers that are wrong.
 */
function accepts(field: Field): (v: unknown) => unknown {
  switch (field.type) {
    case 'number':
    case 'integer': {
      const min = field.min ?? -Infinity
      const max = field.max ?? Infinity
      const whole = field.type === 'integer'
      return (v) =>
        typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!whole || Number.isSafeInteger(v))
          ? v
          : UNSURE
    }
    case 'string': {
      const max = field.maxLength ?? DEFAULT_MAX_STRING
      return (v) => (typeof v === 'string' && v.length <= max ? v : UNSURE)
    }
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : UNSURE)
    case 'date': {
      const min = field.min === 'today' ? undefined : field.min
      const max = field.max === 'today' ? undefined : field.max
      const realDate = keptVerdicts(isRealDate)
      return (v) =>
        typeof v === 'string' &&
        v.length === 10 &&
        /^\d{4}-\d{2}-\d{2}$/.test(v) &&
        realDate(v) &&
        (min === undefined || v >= min) &&
        (max === undefined || v <= max)
          ? v
          : UNSURE
    }
    case 'date-time': {
      const realDate = keptVerdicts(isRealDate)
      return (v) => (typeof v === 'string' && v.length <= 40 && realDate(v) ? v : UNSURE)
    }
    case 'enum': {
      const match = optionMatcher(field.values)
      return (v) => (typeof v === 'string' ? (match(v) ?? UNSURE) : UNSURE)
    }
    case 'list': {
      const max = field.maxItems ?? DEFAULT_MAX_ITEMS
      const match = field.values ? optionMatcher(field.values) : undefined
      return (v) => {
        if (!Array.isArray(v) || v.length > max) return UNSURE
        const out = new Array<string>(v.length)
        for (let i = 0; i < v.length; i++) {
          const x = v[i]
          if (typeof x !== 'string') return UNSURE
          if (match) {
            const m = match(x)
            if (m === undefined) return UNSURE
            out[i] = m
          } else if (x.length > MAX_ITEM_LENGTH) return UNSURE
          else out[i] = x
        }
        return out
      }
    }
  }
}

/** An answer holding text that is not valid UTF-16 (a lone surrogate). */
const NOT_TEXT = Symbol('not text')

/**
 * Every text of an answer in Unicode's composed form (NFC), so an NFD "Malmö" is the same
 * answer as an NFC one; NOT_TEXT when a text holds a lone surrogate.
 */
function composed(v: unknown): unknown {
  if (typeof v === 'string') return nfc(v)
  if (!Array.isArray(v)) return v
  let out: unknown[] | undefined
  for (let i = 0; i < v.length; i++) {
    const x = v[i]
    if (typeof x !== 'string') continue
    const c = nfc(x)
    if (c === NOT_TEXT) return NOT_TEXT
    if (c !== x) (out ??= v.slice())[i] = c
  }
  return out ?? v
}

/**
 * A UTF-16 code unit from U+0300 on (combining marks, the scripts after them, surrogates):
 * below it every text is already in Unicode's composed form. One search rather than a loop of
 * `charCodeAt`: measured faster on the bundled rule sets' answers, parsed from JSON or not.
 */
const UNCOMPOSED = /[\u0300-\uffff]/

/** NFC of a text: one search finds that ASCII and most answers need nothing. */
function nfc(s: string): string | typeof NOT_TEXT {
  if (!UNCOMPOSED.test(s)) return s
  if (!wellFormed(s)) return NOT_TEXT
  return s.normalize('NFC')
}

/** What checking needs of each declared field: its schema, the options a person must judge, and bounds that depend on the decision or on other answers. */
export interface FieldCheck {
  schema: z.ZodType
  /** The value of a plainly valid answer, or a symbol for "ask the schema". */
  accept: (v: unknown) => unknown
  /**
   * The value of an answer that every step of checking would take as it is (given, no
   * non-answer, composed text, valid, no option for a person, read as written), or a symbol
   * when one of the steps has something to say: those answers take the steps one by one.
   */
  plain: (given: unknown) => unknown
  /** Normalised terms of `reviewValues`. */
  review?: ReadonlySet<string> | undefined
  reviewNote?: string | undefined
  /** A date field bounded by the day of the decision. */
  minToday?: boolean | undefined
  maxToday?: boolean | undefined
  /** A date field that must not be before (or after) another date field's answer. */
  notBefore?: string | undefined
  notAfter?: string | undefined
  /**
   * Whether a text is a non-answer to this field (string and free list fields): one of the loose
   * forms of texts that mean "no answer", or a text with nothing in it; verdicts on short texts
   * are kept with the check (answers repeat).
   */
  isNonAnswer?: ((text: string) => boolean) | undefined
  /** A date the rules read as an event that has passed (the field declares no `max`): a later answer contradicts them. */
  past?: { countedSince?: { criterion: string; op: string }; before: { criterion: string; date: string }[] } | undefined
  /** The job's time zone, for a date-time field the rules read as past or as the end of a span. */
  zone?: string | undefined
  /** A date the rules read as the end of a span from another date (the field declares no `notBefore`). */
  endOf?: { start: string; criterion: string; op: string; asks?: 'after' | 'on or after' } | undefined
}

/**
 * The checks of every declared field, in the order of the file, and whether any compares an answer with the day of the decision or another answer.
 *
 * @example
 * ```ts
 * const checks: AnswerChecks = fieldChecks(criteria, { generate: true })
 * checkAnswers({ workPermit: true }, checks).values.workPermit // true
 * ```
 */
export interface AnswerChecks {
  readonly names: readonly string[]
  readonly list: readonly FieldCheck[]
  readonly plausibility: boolean
  /**
   * The plain answers taken in order by a function written for these fields (each field's
   * `plain` called from a place of its own, so each call stays of one kind in a process that
   * screens many jobs): from field `from` on, it fills `values` and returns the index of the
   * first field that needs the steps one by one (the number of fields when none does).
   * Undefined where code generation is refused: every field then takes the loop.
   */
  readonly plainPass:
    | ((answers: Record<string, unknown>, values: Record<string, unknown>, from: number) => number)
    | undefined
}

/** The checks of every declared field.
 * @category Screening
 */
export function fieldChecks(criteria: Criteria, options: { generate?: boolean } = {}): AnswerChecks {
  const readings = ruleReadings(criteria)
  const byName = new Map(
    Object.entries(criteria.fields).map(([name, f]) => {
      const reading = readings.get(name)
      // Non-answers: the default or the field's own list, less the texts the rules compare it with.
      let non: Set<string> | undefined
      if ((f.type === 'string' || (f.type === 'list' && !f.values)) && f.nonAnswers !== false) {
        non = new Set(f.nonAnswers ? f.nonAnswers.map(looseAnswer) : DEFAULT_NON_ANSWERS)
        for (const t of reading?.texts ?? []) non.delete(t)
      }
      const dated = f.type === 'date' || f.type === 'date-time'
      const past =
        dated && !('max' in f && f.max !== undefined) && reading && (reading.countedSince || reading.before.length)
          ? { ...(reading.countedSince ? { countedSince: reading.countedSince } : {}), before: reading.before }
          : undefined
      const review =
        'reviewValues' in f && f.reviewValues?.length ? new Set(f.reviewValues.map(normaliseTerm)) : undefined
      const note = 'reviewNote' in f ? f.reviewNote : undefined
      const date = f.type === 'date' ? f : undefined
      const accept = accepts(f)
      const isNon = non ? nonAnswerTest(non) : undefined
      // Every check has every key (undefined when it does not apply): one shape for all, so
      // reading a check per answer stays monomorphic however many kinds of fields a job has.
      const check: FieldCheck = {
        schema: fieldSchema(f),
        accept,
        plain: plainly(f, accept, review, isNon),
        review,
        reviewNote: note || undefined,
        minToday: date?.min === 'today' || undefined,
        maxToday: date?.max === 'today' || undefined,
        notBefore: date?.notBefore || undefined,
        notAfter: date?.notAfter || undefined,
        isNonAnswer: isNon,
        past,
        zone: f.type === 'date-time' ? (criteria.job?.timezone ?? 'UTC') : undefined,
        endOf: dated && !('notBefore' in f && f.notBefore !== undefined) ? reading?.endOf : undefined,
      }
      return [name, check]
    }),
  )
  const list = [...byName.values()]
  const names = [...byName.keys()]
  return {
    names,
    list,
    plausibility: list.some((c) => c.minToday || c.maxToday || c.notBefore || c.notAfter || c.past || c.endOf),
    plainPass: options.generate ? plainPassOf(names, list) : undefined,
  }
}

/** {@link AnswerChecks.plainPass}, written from the number of fields only (never from the file's texts), or undefined where code generation is refused. */
function plainPassOf(names: readonly string[], list: readonly FieldCheck[]): AnswerChecks['plainPass'] {
  let prologue = ''
  let body = ''
  for (let f = 0; f < names.length; f++) {
    prologue += `var n${f}=n[${f}],p${f}=k[${f}].plain;`
    body += `case ${f}:g=o.call(a,n${f})?a[n${f}]:undefined;g=p${f}(g);if(g===u)return ${f};v[n${f}]=g;`
  }
  // From any field on: each case falls through to the next, so the pass resumes after a field
  // that took the steps one by one (an option for a person) as it began.
  const source = `"use strict";return function(o,u,n,k){${prologue}return function(a,v,s){var g;switch(s){${body}}return ${names.length}}}`
  try {
    // biome-ignore lint/nursery/noImpliedEval: written from the number of fields only, never from the file's texts
    const make = new Function(source) as () => (
      o: typeof hasOwn,
      u: typeof UNSURE,
      n: readonly string[],
      k: readonly FieldCheck[],
    ) => NonNullable<AnswerChecks['plainPass']>
    return make()(hasOwn, UNSURE, names, list)
  } catch {
    return undefined
  }
}

/**
 * {@link FieldCheck.plain} of one field: only the steps its type has, each one's usual case.
 * Anything else (a blank, a non-answer, a text to compose, an answer read differently from how
 * it was written, an option for a person, a value the fast check is unsure of) is UNSURE, and
 * checkAnswers takes its steps one by one. A property test holds the two ways to the same result.
 */
function plainly(
  field: Field,
  accept: (v: unknown) => unknown,
  review: ReadonlySet<string> | undefined,
  isNon: ((text: string) => boolean) | undefined,
): (given: unknown) => unknown {
  switch (field.type) {
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : UNSURE)
    case 'number':
    case 'integer':
      return (v) => (typeof v === 'number' ? accept(v) : UNSURE)
    case 'string':
    case 'date':
    case 'date-time':
      return (v) => (typeof v === 'string' && v.trim() !== '' && composedAlready(v) && !isNon?.(v) ? accept(v) : UNSURE)
    case 'enum':
      return (v) => {
        if (typeof v !== 'string' || v.trim() === '' || !composedAlready(v)) return UNSURE
        const d = accept(v)
        return d === v && !review?.has(normaliseTerm(d)) ? d : UNSURE
      }
    case 'list':
      return (v) => {
        if (!Array.isArray(v)) return UNSURE
        for (let i = 0; i < v.length; i++) {
          const x = v[i]
          if (typeof x === 'string' && (!composedAlready(x) || isNon?.(x))) return UNSURE
        }
        const d = accept(v)
        if (d === UNSURE) return UNSURE
        const read = d as string[]
        for (let i = 0; i < read.length; i++) if (read[i] !== v[i] || review?.has(normaliseTerm(read[i]))) return UNSURE
        return d
      }
  }
}

/** A text Unicode's composed form leaves as it is: no code unit from U+0300 on (as {@link nfc} finds). */
function composedAlready(s: string): boolean {
  return !UNCOMPOSED.test(s)
}

const hasOwn = Object.prototype.hasOwnProperty

/**
 * The names of answers the criteria do not declare, read only when a declared question has no
 * answer: names of a name's length (at most 100 characters), the first 200 of them, so that
 * answers of a hostile size cost no more than reading their names.
 */
function undeclaredNames(answers: Record<string, unknown>, names: readonly string[]): string[] {
  const out: string[] = []
  for (const k in answers)
    if (hasOwn.call(answers, k) && k.length <= 100 && !names.includes(k) && out.push(k) >= 200) break
  return out
}

/**
 * The undeclared name that is likely a question's own, misspelt: the same but for case, accents,
 * spaces, hyphens and underscores (`Körkort`, `kör-kort`), or for a name of five characters or
 * more, within the edit distance of "did you mean". Shorter names are too alike to point at one.
 */
function nearName(name: string, undeclared: readonly string[]): string | undefined {
  if (!undeclared.length) return undefined
  const loose = (s: string) => normaliseTerm(s).replace(/[\s_-]+/g, '')
  const own = loose(name)
  return undeclared.find((k) => loose(k) === own) ?? (name.length >= 5 ? suggest(name, undeclared) : undefined)
}

const NO_RAW: ReadonlyMap<string, unknown> = new Map()
const NO_STATES: ReadonlyMap<string, FieldState> = new Map()

/** Validates the declared answers; returns the clean values (own keys only), the state of each field whose answer cannot be used, and the answers as given where they were read differently.
 * @category Screening
 */
export function checkAnswers(
  answers: Record<string, unknown>,
  checks: AnswerChecks,
  /** The day of the decision in the job's time zone (YYYY-MM-DD), for bounds written "today". */
  today?: string,
): {
  values: Record<string, unknown>
  states: ReadonlyMap<string, FieldState>
  allOk: boolean
  raw: ReadonlyMap<string, unknown>
} {
  const { names, list, plausibility } = checks
  // No inherited keys, as Object.create(null), in fast mode: filled and read once per application.
  const values = bareRecord()
  const pass = checks.plainPass
  const first = pass ? pass(answers, values, 0) : 0
  // Only unusable answers get a state, in a map made on the first one: a field with none is ok (and most applications need no map at all).
  let found: Map<string, FieldState> | undefined
  let raw: Map<string, unknown> | undefined
  let allOk = true
  let undeclared: string[] | undefined
  // With the generated pass, each field the loop visits is one where the pass stopped; after it, the pass goes on.
  for (let f = first; f < names.length; f = pass ? pass(answers, values, f + 1) : f + 1) {
    const name = names[f]!
    const check = list[f]!
    let given = hasOwn.call(answers, name) ? answers[name] : undefined
    // Most answers of most applications: taken as they are, each step's usual case at once (the
    // fields where the generated pass stopped have been asked already).
    const plain = pass ? UNSURE : check.plain(given)
    if (plain !== UNSURE) {
      values[name] = plain
      continue
    }
    if (given === undefined || given === null || given === '' || (typeof given === 'string' && given.trim() === '')) {
      // Not there at all: perhaps sent under a name close to the question's, which would be ignored without a word.
      const near = given === undefined ? nearName(name, (undeclared ??= undeclaredNames(answers, names))) : undefined
      found = withState(found, name, near === undefined ? { state: 'missing' } : { state: 'missing', near })
      allOk = false
      continue
    }
    const isNonAnswer = check.isNonAnswer
    if (isNonAnswer) {
      // "N/A", "-", "vet ej": said, but no answer. A list keeps its other items.
      if (typeof given === 'string' && isNonAnswer(given)) {
        found = withState(found, name, { state: 'missing', given })
        allOk = false
        continue
      }
      if (Array.isArray(given) && holdsNonAnswer(given, isNonAnswer)) {
        const kept = given.filter((x) => !(typeof x === 'string' && isNonAnswer(x)))
        if (!kept.length) {
          found = withState(found, name, { state: 'missing', given: preview(given) })
          allOk = false
          continue
        }
        ;(raw ??= new Map()).set(name, given)
        given = kept
      }
    }
    const text = composed(given)
    if (text === NOT_TEXT) {
      allOk = false
      found = withState(found, name, {
        state: 'invalid',
        message: 'holds characters that are not valid text (a lone UTF-16 surrogate)',
        actual: '[not valid text]',
      })
      continue
    }
    let data = check.accept(text)
    if (data === UNSURE) {
      const r = check.schema.safeParse(text)
      if (!r.success) {
        allOk = false
        const issue = r.error.issues[0]
        found = withState(found, name, {
          state: 'invalid',
          message: issue ? describeIssue(issue) : 'is not valid',
          actual: given,
        })
        continue
      }
      data = r.data
    }
    if (check.review) {
      const chosen = (Array.isArray(data) ? data : [data]).filter((v) => check.review!.has(normaliseTerm(v)))
      if (chosen.length) {
        allOk = false
        const note =
          check.reviewNote ?? `the answer ${chosen.map((v) => JSON.stringify(v)).join(', ')} needs a person's judgement`
        found = withState(found, name, { state: 'review', note, actual: data })
        continue
      }
    }
    values[name] = data
    if (changed(text, data)) (raw ??= new Map()).set(name, given)
  }
  // Plausibility: a date against the day of the decision, and against another answer. An
  // implausible answer is invalid, so a person looks at it; it is never an automatic no.
  if (plausibility)
    for (let f = 0; f < names.length; f++) {
      const name = names[f]!
      const check = list[f]!
      const v = values[name]
      if (typeof v !== 'string') continue
      const problem =
        (check.maxToday &&
          today &&
          v > today &&
          `is after the day of the decision (${today}); a date that has not come yet cannot be right here`) ||
        (check.minToday && today && v < today && `is before the day of the decision (${today})`) ||
        (check.notBefore &&
          typeof values[check.notBefore] === 'string' &&
          v < (values[check.notBefore] as string) &&
          `is before ${check.notBefore} (${values[check.notBefore] as string})`) ||
        (check.notAfter &&
          typeof values[check.notAfter] === 'string' &&
          v > (values[check.notAfter] as string) &&
          `is after ${check.notAfter} (${values[check.notAfter] as string})`) ||
        (check.past && today && dayOf(v, check.zone) > today && pastProblem(check.past, today)) ||
        (check.endOf &&
          typeof values[check.endOf.start] === 'string' &&
          earlier(v, values[check.endOf.start] as string, check.zone) &&
          (check.endOf.asks
            ? `is before ${check.endOf.start} (${values[check.endOf.start] as string}), yet criterion "${check.endOf.criterion}" reads it as coming ${check.endOf.asks} it (${check.endOf.op}): a person checks which date is right`
            : `is before ${check.endOf.start} (${values[check.endOf.start] as string}), yet criterion "${check.endOf.criterion}" counts the time from ${check.endOf.start} to it (${check.endOf.op}): an end before its start cannot be right`))
      if (problem) {
        delete values[name]
        found = withState(found, name, { state: 'invalid', message: problem, actual: v })
        allOk = false
      }
    }
  return { values, states: found ?? NO_STATES, allOk, raw: raw ?? NO_RAW }
}

/** The calendar day of a date or date-time answer, in the job's zone. */
const dayOf = (v: string, zone: string | undefined): string =>
  v.length === 10 || !zone ? v.slice(0, 10) : isoDay(parseEpoch(v, zone), zone)
/** Whether answer a lies before answer b: as texts for dates, as instants where one holds a time. */
const earlier = (a: string, b: string, zone: string | undefined): boolean =>
  (a.length === 10 && b.length === 10) || !zone ? a < b : parseEpoch(a, zone) < parseEpoch(b, zone)

/**
 * The test for a non-answer to one field: nothing but punctuation, or one of the texts that say
 * there is no answer. Answers repeat (cities, skills): the verdict on a short text is kept by
 * the field's check.
 */
function nonAnswerTest(nonAnswers: ReadonlySet<string>): (text: string) => boolean {
  const short = keptVerdicts((text) => saysNothing(text) || nonAnswers.has(looseAnswer(text)))
  return (text) => (text.length > 40 ? saysNothing(text) : short(text))
}
/** The states with one more: the map is made on the first unusable answer (most applications have none). */
function withState(
  found: Map<string, FieldState> | undefined,
  name: string,
  state: FieldState,
): Map<string, FieldState> {
  const map = found ?? new Map<string, FieldState>()
  map.set(name, state)
  return map
}

/** Why a date after the day of the decision contradicts the rules that read it as past, or false. */
function pastProblem(past: NonNullable<FieldCheck['past']>, today: string): string | false {
  if (past.countedSince)
    return `is after the day of the decision (${today}), yet criterion "${past.countedSince.criterion}" counts the time since it (${past.countedSince.op}): a date that has not come yet cannot be right here`
  const passed = past.before.find((b) => b.date === SUBMISSION || b.date <= today)
  if (!passed) return false
  const day = passed.date === SUBMISSION ? 'the application was sent' : `${passed.date}, a day that has passed`
  return `is after the day of the decision (${today}), yet criterion "${passed.criterion}" asks whether it was before ${day}: a person checks whether the date is right (to accept dates to come, give the field a max)`
}

/** Keeps hostile values out of states (a list of 200 texts is shown by its length). */
const preview = (v: unknown[]): unknown =>
  v.length <= 20 && v.every((x) => typeof x === 'string' && x.length <= 200) ? v : `[list of ${v.length}]`

/** Whether reading an answer changed it beyond Unicode's form (an option matched regardless of case). */
function changed(text: unknown, read: unknown): boolean {
  if (typeof text === 'string') return text !== read
  if (Array.isArray(text) && Array.isArray(read)) {
    for (let i = 0; i < text.length; i++) if (typeof text[i] === 'string' && text[i] !== read[i]) return true
    return false
  }
  return false
}

/** Whether a list holds a non-answer among its texts (a loop: every free list of every application is asked). */
function holdsNonAnswer(list: unknown[], isNonAnswer: (text: string) => boolean): boolean {
  for (let i = 0; i < list.length; i++) {
    const x = list[i]
    if (typeof x === 'string' && isNonAnswer(x)) return true
  }
  return false
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length ? `item ${issue.path.map(String).join('.')}: ` : ''
  if (issue.code === 'invalid_type')
    return `${at}must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`
  if (issue.code === 'invalid_value')
    return `${at}must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  return `${at}${issue.message}`
}
