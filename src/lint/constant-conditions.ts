import type { Criteria, Field } from '../criteria/schema.js'
import type { IssueParams } from '../issues/issue-code.js'
import type { CompiledRule, Engine } from '../logic/engine.js'
import { answerDomains, testThreeValued, type AnswerShape, type FieldGap } from '../logic/three-valued.js'
import type { Unknown } from '../logic/unknown.js'
import { ruleReadsMoreThanAnswers } from '../logic/index.js'

// A `when` or a requirement that gives the same answer for every possible application is a
// slip nothing else catches until the recruiter's own tests fail: `or` written where `and`
// was meant ("at least 18 or at most 67" holds for everyone), a condition that can never hold.
// Every combination of possible answers is tried, unanswered included, with the three-valued
// evaluation screening uses; answers are read as given (an option for a person counts as
// given: it is a real answer). Only when the combinations are few: otherwise nothing is said.

/** Most combinations of answers tried for one condition; past it the condition is not judged. */
export const MAX_COMBINATIONS = 4_096

/** An answer left out: the field is unanswered in this combination. */
const UNANSWERED = Symbol('unanswered')

/** One condition that never changes: which criterion, which part, its one value, and the `or`/`and` hint. */
export interface ConstantCondition {
  index: number
  part: 'when' | 'rule'
  params: IssueParams
}

/**
 * The `when` conditions and requirement rules of a rule set that hold for every possible answer
 * or for none. `skipRule(i)` leaves out rules another check already reports (constant-rule).
 */
export function constantConditions(
  engine: Engine,
  criteria: Criteria,
  rules: readonly CompiledRule[],
  skipRule: (i: number) => boolean,
): ConstantCondition[] {
  const out: ConstantCondition[] = []
  criteria.criteria.forEach((cr, i) => {
    const parts: ['when' | 'rule', CompiledRule, unknown][] = []
    if (cr.when !== undefined) parts.push(['when', engine.compile(cr.when), cr.when])
    if (cr.required && !skipRule(i)) parts.push(['rule', rules[i]!, cr.rule])
    for (const [part, rule, raw] of parts) {
      const value = constantOver(engine, rule, criteria.fields)
      if (value === undefined) continue
      const top = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw)[0] : undefined
      out.push({
        index: i,
        part,
        params: { id: cr.id, part, value, or: value && top === 'or', and: !value && top === 'and' },
      })
    }
  })
  return out
}

/** True or false when every combination of possible answers (unanswered included) that decides the rule gives that value, else undefined. */
function constantOver(engine: Engine, rule: CompiledRule, fields: Criteria['fields']): boolean | undefined {
  if (rule.readsDynamicPaths || rule.fields.length === 0 || ruleReadsMoreThanAnswers(engine, rule)) return undefined
  const shapes: Record<string, AnswerShape> = Object.create(null)
  for (const [name, f] of Object.entries(fields)) shapes[name] = shapeOf(f)
  const compared = answerDomains(engine, rule, shapes)
  const domains: unknown[][] = []
  let combinations = 1
  for (const name of rule.fields) {
    const f = fields[name]
    const d = f ? domainOf(f, compared.get(name)) : undefined
    if (!d) return undefined
    domains.push([...d, UNANSWERED])
    combinations *= d.length + 1
    if (combinations > MAX_COMBINATIONS) return undefined
  }
  let sawTrue = false
  let sawFalse = false
  const pick = new Array<number>(domains.length).fill(0)
  for (let n = 0; n < combinations; n++) {
    const data: Record<string, unknown> = {}
    const gaps = new Map<string, FieldGap>()
    rule.fields.forEach((name, k) => {
      const v = domains[k]![pick[k]!]
      if (v === UNANSWERED) gaps.set(name, { state: 'missing' })
      else data[name] = v
    })
    let r: boolean | Unknown
    try {
      r = testThreeValued(engine, rule, data, { gaps })
    } catch {
      return undefined
    }
    if (r === true) sawTrue = true
    else if (r === false) sawFalse = true
    if (sawTrue && sawFalse) return undefined
    // The next combination, like counting in mixed bases.
    for (let k = 0; k < pick.length; k++) {
      if (++pick[k]! < domains[k]!.length) break
      pick[k] = 0
    }
  }
  return sawTrue ? true : sawFalse ? false : undefined
}

function shapeOf(f: Field): AnswerShape {
  if (f.type === 'boolean') return { type: 'boolean' }
  if (f.type === 'enum') return { type: 'enum', values: f.values }
  if (f.type === 'number' || f.type === 'integer')
    return {
      type: f.type,
      ...(f.min === undefined ? {} : { min: f.min }),
      ...(f.max === undefined ? {} : { max: f.max }),
    }
  if (f.type === 'string') return { type: 'string' }
  return { type: 'other' }
}

/** Every answer a field can take that matters to the rule, or undefined when there are too many to try. */
function domainOf(f: Field, compared: readonly unknown[] | undefined): readonly unknown[] | undefined {
  if (f.type === 'boolean') return [true, false]
  if (f.type === 'enum') return f.values
  if (f.type === 'list' && f.values && 2 ** f.values.length <= MAX_COMBINATIONS) {
    const values = f.values
    return Array.from({ length: 2 ** values.length }, (_, mask) => values.filter((_, b) => mask & (1 << b)))
  }
  if (f.type === 'integer' && f.min !== undefined && f.max !== undefined && f.max - f.min < MAX_COMBINATIONS) {
    const lo = Math.ceil(f.min)
    return Array.from({ length: Math.floor(f.max) - lo + 1 }, (_, k) => lo + k)
  }
  // Numbers and texts compared only with constants: one answer per region between them.
  return compared
}
