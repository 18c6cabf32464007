import type { IssueParams } from '../issues/issue-code.js'
import type { Criteria, Locale } from '../criteria/schema.js'
import type { Node } from '../logic/index.js'
import { canonicalJson } from '../criteria/canonical-json.js'
import { countWord } from '../criteria/number-words.js'
import { parseInstant } from '../logic/index.js'
import { formatDate } from '../logic/index.js'
import { internalsOf, nodeOf, type CompiledRule, type Engine } from '../logic/index.js'
import type { Quote } from '../logic/index.js'

// A reason may quote its rule's own values, so that the text a candidate reads and the
// threshold the rule applies cannot drift apart: "minst {{min}} månaders erfarenhet" with
// {">=": [{"var": "months"}, 24]} reads "minst 24 månaders erfarenhet".

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

/** A value a rule offers for quoting, or a name its rule gives two different values. */
type Offered = Quote | { ambiguous: unknown[] }

/** The values a rule offers to its reason, by placeholder name (scoped bodies excluded: they see items). */
export function ruleQuotes(engine: Engine, rule: CompiledRule): Map<string, Offered> {
  const { specs } = internalsOf(engine)
  const out = new Map<string, Offered>()
  const visit = (n: Node): void => {
    if (n.k === 'arr') return n.items.forEach(visit)
    if (n.k !== 'op') return
    const spec = specs[n.op]!
    for (const [name, q] of Object.entries(spec.quotes?.(n.args) ?? {})) {
      const seen = out.get(name)
      if (!seen) out.set(name, q)
      else if ('ambiguous' in seen) seen.ambiguous.push(q.value)
      else if (canonicalJson(seen.value) !== canonicalJson(q.value)) out.set(name, { ambiguous: [seen.value, q.value] })
    }
    n.args.forEach((a, i) => (spec.scoped && i === 1 ? undefined : visit(a)))
  }
  visit(nodeOf(rule))
  return out
}

/** Problems with a reason's placeholders (the arguments of `unknown_placeholder`): unknown names, and names the rule gives two values. */
export function placeholderProblems(text: string, quotes: ReadonlyMap<string, Offered>): IssueParams[] {
  const problems: IssueParams[] = []
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]!
    const q = quotes.get(name)
    const offered = [...quotes.entries()].filter(([, v]) => !('ambiguous' in v)).map(([k]) => k)
    if (!q) problems.push({ name, offered })
    else if ('ambiguous' in q) problems.push({ name, values: q.ambiguous.map((v) => JSON.stringify(v)) })
  }
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) problems.push({ unmatched: true })
  return problems
}

const NUMBER_LOCALES: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' }
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** Option labels of every field, per value and language, for quoting values. */
export function optionLabels(criteria: Criteria): Map<string, Partial<Record<Locale, string | undefined>>> {
  const out = new Map<string, Partial<Record<Locale, string | undefined>>>()
  for (const f of Object.values(criteria.fields))
    if ('valueLabels' in f && f.valueLabels)
      for (const [value, label] of Object.entries(f.valueLabels)) if (!out.has(value)) out.set(value, label)
  return out
}

/**
 * Fills a reason's placeholders with the rule's values, written for the language: numbers in
 * its format (two to twelve as words when a word follows: "minst tre års"), dates as
 * "1 mars 2027", options by their label, lists joined with "och"/"eller" ("and"/"or").
 */
export function renderReason(
  text: string,
  quotes: ReadonlyMap<string, Offered>,
  locale: Locale,
  labels: ReadonlyMap<string, Partial<Record<Locale, string | undefined>>>,
  timeZone: string,
): string {
  const one = (v: unknown, beforeWord = false): string => {
    if (typeof v === 'number') {
      // Two to twelve as words when a word follows ("minst tre års"): one form whatever the noun's gender.
      if (beforeWord && Number.isInteger(v) && v >= 2 && v <= 12) return countWord(v, locale, 2)
      return new Intl.NumberFormat(NUMBER_LOCALES[locale], { maximumFractionDigits: 10 }).format(v)
    }
    if (typeof v === 'string') {
      if (DATE_ONLY.test(v)) {
        const d = parseInstant(v, timeZone)
        if (d) return formatDate(d, 'd MMMM yyyy', timeZone, locale)
      }
      return labels.get(v)?.[locale] ?? v
    }
    return String(v)
  }
  return text.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    const q = quotes.get(name)
    if (!q || 'ambiguous' in q) return whole
    if (!Array.isArray(q.value)) return one(q.value, /^ \p{L}/u.test(text.slice(offset + whole.length)))
    return new Intl.ListFormat(NUMBER_LOCALES[locale], {
      type: q.join === 'or' ? 'disjunction' : 'conjunction',
    }).format(q.value.map((v) => one(v)))
  })
}
