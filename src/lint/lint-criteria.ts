import { canonicalJson } from '../criteria/canonical-json'
import type { CriteriaDocument } from '../criteria/parse'
import { LOCALES } from '../criteria/schema'
import type { Issue } from '../errors'
import { foldRule } from '../logic/analyse'
import type { CompiledRule } from '../logic/engine'
import { answerDomains, testThreeValued, type AnswerShape, type FieldGap } from '../logic/three-valued'
import { Unknown } from '../logic/unknown'
import type { Criteria } from '../criteria/schema'
import type { Screener } from '../screen/compile-criteria'
import { protectedGrounds } from './protected-grounds'

// Phrases that speak of the person rather than the requirement.
const PERSONAL = [/\byou (lack|are not|aren't|do not have|don't have|have no|failed|are too)\b/i, /\byour (lack|age)\b/i, /\bdu (saknar|är inte|har inte|har ingen|är för)\b/i, /\bdin brist\b/i]

/**
 * Lints a rule set for what a compile cannot call an error: criteria that read a protected
 * ground or a proxy for one (an error unless the criterion carries a `justification`, then a
 * warning showing it), required criteria without a reason in every language the file offers,
 * reasons that speak of the person, rules that are always true or always false, two criteria
 * with the same rule, and declared fields that no criterion reads. Each finding has its
 * file, line and column.
 *
 * @example
 * ```ts
 * const doc = await loadCriteria('rules/x.yaml')
 * for (const i of lintCriteria(doc, compileCriteria(doc))) console.log(`${i.line}:${i.column} ${i.severity} ${i.code} ${i.message}`)
 * ```
 * @category Lint
 */
export function lintCriteria(doc: CriteriaDocument, screener: Screener): Issue[] {
  const c = doc.criteria
  const out: Issue[] = []
  const add = (severity: 'error' | 'warning', code: string, path: (string | number)[], message: string) =>
    out.push({ severity, code, path, message, ...doc.locate(path, { key: true }), ...(doc.file === undefined ? {} : { file: doc.file }) })
  const offered = LOCALES.filter((l) => c.criteria.some((x) => x.reason[l]) || Object.values(c.fields).some((f) => f.label[l]))
  const read = new Set<string>()
  const seenRules = new Map<string, string>()
  c.criteria.forEach((cr, i) => {
    const rule = screener.rules.get(cr.id)!
    rule.fields.forEach((f) => read.add(f))
    for (const f of rule.fields) {
      const field = c.fields[f]
      if (!field) continue
      const grounds = protectedGrounds([f, ...Object.values(field.label).filter((x): x is string => typeof x === 'string')])
      if (!grounds.length) continue
      const what = `criterion "${cr.id}" reads "${f}", which concerns ${grounds.join(', ')} (a protected ground under the Discrimination Act, or a likely proxy for one)`
      if (cr.justification) add('warning', 'protected-ground', ['criteria', i, 'justification'], `${what}; justified: ${cr.justification}`)
      else add('error', 'protected-ground', ['criteria', i, 'rule'], `${what}; remove it, or add a written justification of why it is lawful and necessary`)
    }
    if (cr.required)
      for (const l of offered) if (!cr.reason[l]) add('error', 'missing-reason', ['criteria', i, 'reason'], `required criterion "${cr.id}" has no reason in ${l}, a language this file offers`)
    for (const [l, text] of Object.entries(cr.reason))
      if (text && PERSONAL.some((p) => p.test(text))) add('warning', 'personal-reason', ['criteria', i, 'reason', l], `the reason of "${cr.id}" speaks of the person ("${text}"); name the requirement instead, e.g. "at least three years of experience"`)
    const constant = constantValue(screener, rule, c)
    if (constant !== undefined)
      add('error', 'constant-rule', ['criteria', i, 'rule'], `the rule of "${cr.id}" is always ${constant ? 'true' : 'false'}, whatever the application says${constant ? '' : cr.required ? ', so every candidate is rejected' : ', so it never adds points'}`)
    for (const twin of selfComparisons(cr.rule))
      add('error', 'constant-rule', ['criteria', i, 'rule', ...twin.at], `criterion "${cr.id}" compares ${twin.what} with itself ("${twin.op}"), which is always ${twin.value}; compare it with a value instead`)
    const key = canonicalJson(cr.rule)
    const twin = seenRules.get(key)
    if (twin) add('warning', 'duplicate-rule', ['criteria', i, 'rule'], `criterion "${cr.id}" has the same rule as "${twin}"`)
    else seenRules.set(key, cr.id)
  })
  for (const name of Object.keys(c.fields))
    if (!read.has(name)) add('warning', 'unused-field', ['fields', name], `field "${name}" is declared but no criterion reads it`)
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/**
 * The value a rule has for every application, or undefined: folding finds rules built of
 * constants; trying every possible answer (as screening does for unanswered fields) finds
 * contradictions such as "more than 5 and less than 2".
 */
function constantValue(screener: Screener, rule: CompiledRule, criteria: Criteria): boolean | undefined {
  const folded = foldRule(screener.engine, rule)
  if (folded.constant) return !!folded.value && !(Array.isArray(folded.value) && folded.value.length === 0)
  if (rule.fields.length === 0 || rule.operators.some((o) => IMPURE.has(o))) return undefined
  const shapes: Record<string, AnswerShape> = Object.create(null)
  for (const [name, f] of Object.entries(criteria.fields))
    shapes[name] =
      f.type === 'boolean' ? { type: 'boolean' } : f.type === 'enum' ? { type: 'enum', values: f.values } : f.type === 'number' || f.type === 'integer' ? { type: f.type, ...(f.min === undefined ? {} : { min: f.min }), ...(f.max === undefined ? {} : { max: f.max }) } : f.type === 'string' ? { type: 'string' } : { type: 'other' }
  // Every field answered, with any answer: "invalid" is the unknown that defaults and `missing` do not read as absence.
  const gaps = new Map<string, FieldGap>(rule.fields.map((f) => [f, { state: 'invalid' }]))
  try {
    const r = testThreeValued(screener.engine, rule, {}, { gaps, domains: answerDomains(screener.engine, rule, shapes) })
    return r instanceof Unknown ? undefined : r
  } catch {
    return undefined
  }
}

/** Operators whose result depends on more than the answers (the clock, the application, a person). */
const IMPURE = new Set(['daysSince', 'monthsSince', 'yearsSince', 'daysUntil', 'monthsUntil', 'submittedAt', 'review'])
const SELF: Record<string, boolean> = { '==': true, '===': true, '<=': true, '>=': true, '!=': false, '!==': false, '<': false, '>': false }

/** Comparisons of a computed value with the very same expression (`{"==": [x, x]}`), with where they are. */
function selfComparisons(rule: unknown): { at: (string | number)[]; op: string; what: string; value: boolean }[] {
  const out: { at: (string | number)[]; op: string; what: string; value: boolean }[] = []
  const stack: [unknown, (string | number)[]][] = [[rule, []]]
  while (stack.length) {
    const [v, at] = stack.pop()!
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...at, i]]))
    else if (v && typeof v === 'object') {
      const keys = Object.keys(v)
      if (keys.length !== 1) continue
      const op = keys[0]!
      const args = (v as Record<string, unknown>)[op]
      if (Object.hasOwn(SELF, op) && Array.isArray(args) && args.length === 2 && args[0] && typeof args[0] === 'object' && canonicalJson(args[0]) === canonicalJson(args[1]))
        out.push({ at: [...at, op], op, what: canonicalJson(args[0]), value: SELF[op]! })
      stack.push([args, [...at, op]])
    }
  }
  return out
}
