import { canonicalJson } from '../criteria/canonical-json'
import type { CriteriaDocument } from '../criteria/parse'
import { LOCALES } from '../criteria/schema'
import type { Issue } from '../errors'
import { foldRule } from '../logic/analyse'
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
    const folded = foldRule(screener.engine, rule)
    if (folded.constant)
      add('error', 'constant-rule', ['criteria', i, 'rule'], `the rule of "${cr.id}" is always ${folded.value ? 'true' : 'false'}, whatever the application says`)
    const key = canonicalJson(cr.rule)
    const twin = seenRules.get(key)
    if (twin) add('warning', 'duplicate-rule', ['criteria', i, 'rule'], `criterion "${cr.id}" has the same rule as "${twin}"`)
    else seenRules.set(key, cr.id)
  })
  for (const name of Object.keys(c.fields))
    if (!read.has(name)) add('warning', 'unused-field', ['fields', name], `field "${name}" is declared but no criterion reads it`)
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
