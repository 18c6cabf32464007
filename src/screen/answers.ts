import { z } from 'zod'
import type { Criteria, Field } from '../criteria/schema'
import { parseInstant } from '../logic/dates'

/** The state of one declared field in an application.
 * @category Screening
 */
export type FieldState = { state: 'ok' } | { state: 'missing' } | { state: 'invalid'; message: string; actual: unknown }

const DEFAULT_MAX_STRING = 10_000
const DEFAULT_MAX_ITEMS = 200
const MAX_ITEM_LENGTH = 1_000

const realDate = (s: string): boolean => parseInstant(s, 'UTC') !== null

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
      return z.string().max(field.maxLength ?? DEFAULT_MAX_STRING, `must be at most ${field.maxLength ?? DEFAULT_MAX_STRING} characters`)
    case 'boolean':
      return z.boolean()
    case 'date': {
      const min = field.min
      const max = field.max
      return z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01')
        .refine(realDate, 'is not a real calendar date')
        .refine((s) => min === undefined || s >= min, `must be on or after ${min}`)
        .refine((s) => max === undefined || s <= max, `must be on or before ${max}`)
    }
    case 'date-time':
      return z.string().max(40).refine(realDate, 'must be an ISO 8601 date-time such as 2026-11-20T09:14:00+01:00')
    case 'enum':
      return z.enum(field.values as [string, ...string[]])
    case 'list': {
      const item = field.values ? z.enum(field.values as [string, ...string[]]) : z.string().max(MAX_ITEM_LENGTH, `items must be at most ${MAX_ITEM_LENGTH} characters`)
      const max = field.maxItems ?? DEFAULT_MAX_ITEMS
      return z.array(item).max(max, `must have at most ${max} items`)
    }
  }
}

/**
 * Builds a zod schema for applications to this job: the envelope plus every declared answer
 * (all optional, since missing answers go to review rather than failing validation). Use it
 * to check applications at the edge of an ATS.
 *
 * @example
 * ```ts
 * const schema = applicationSchema(doc.criteria)
 * schema.safeParse(body).success
 * ```
 * @category Screening
 */
export function applicationSchema(criteria: Criteria): z.ZodType {
  const answers: Record<string, z.ZodType> = {}
  for (const [name, field] of Object.entries(criteria.fields)) answers[name] = fieldSchema(field).nullable().optional()
  return z.object({
    id: z.string().min(1),
    submittedAt: z.string(),
    source: z.string().optional(),
    candidate: z.object({ firstName: z.string().optional(), lastName: z.string().optional(), email: z.string().optional(), locale: z.string().optional() }).optional(),
    answers: z.object(answers),
  })
}

const hasOwn = Object.prototype.hasOwnProperty

/** Validates the declared answers; returns the clean values (own keys only) and each field's state.
 * @category Screening
 */
export function checkAnswers(
  answers: Record<string, unknown>,
  schemas: ReadonlyMap<string, z.ZodType>,
): { values: Record<string, unknown>; states: Map<string, FieldState>; allOk: boolean } {
  const values: Record<string, unknown> = Object.create(null)
  const states = new Map<string, FieldState>()
  let allOk = true
  for (const [name, schema] of schemas) {
    const raw = hasOwn.call(answers, name) ? answers[name] : undefined
    if (raw === undefined || raw === null || raw === '' || (typeof raw === 'string' && raw.trim() === '')) {
      states.set(name, { state: 'missing' })
      allOk = false
      continue
    }
    const r = schema.safeParse(raw)
    if (r.success) {
      values[name] = r.data
      states.set(name, { state: 'ok' })
    } else {
      allOk = false
      const issue = r.error.issues[0]
      states.set(name, { state: 'invalid', message: issue ? describeIssue(issue) : 'is not valid', actual: raw })
    }
  }
  return { values, states, allOk }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length ? `item ${issue.path.map(String).join('.')}: ` : ''
  if (issue.code === 'invalid_type') return `${at}must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`
  if (issue.code === 'invalid_value') return `${at}must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  return `${at}${issue.message}`
}
