import type { IssueParams } from '../issues/issue-code.js'
import { issue } from '../issues/issue.js'
import type { CriteriaDocument } from '../criteria/parse.js'
import { criteriaDocument, pathText, sortIssues } from '../criteria/parse.js'
import type { PositionIndex } from '../criteria/positions.js'
import { FieldSchema, LOCALES, type CriteriaInput, type Field } from '../criteria/schema.js'
import { CriteriaError, RuleError, type Issue } from '../errors.js'
import { analyseRule, foldRule, type FieldShape } from '../logic/index.js'
import { truthy } from '../logic/index.js'
import { normaliseTerm } from '../logic/index.js'
import { placeholderProblems, ruleQuotes } from './reasons.js'
import { isValidTimeZone, parseInstant } from '../logic/index.js'
import { internalsOf, type CompiledRule, type Engine } from '../logic/index.js'
import { DEADLINE_ID } from './deadline.js'
// slips
import { suggest } from '../criteria/suggest.js'
import { impossibleDate } from '../criteria/impossible-date.js'
// The screen codes' English only: the whole catalogue would weigh on every browser bundle.
import { enScreen as en, type ScreenIssueCode } from '../issues/wording-en.js'

const NO_POSITIONS: PositionIndex = { locate: () => ({}) }

/** Accepts a loaded document or a plain criteria object (validated here).
 * @category Screening
 */
export function toDocument(input: CriteriaDocument | CriteriaInput): CriteriaDocument {
  if (isDocument(input)) return input
  const { document, issues } = criteriaDocument(input, NO_POSITIONS)
  if (!document) throw new CriteriaError(issues)
  return document
}

function isDocument(x: unknown): x is CriteriaDocument {
  return typeof x === 'object' && x !== null && typeof (x as CriteriaDocument).locate === 'function' && 'criteria' in x
}

/** What the analyser needs to know of a field.
 * @category Screening
 */
export function fieldShape(f: Field): FieldShape {
  switch (f.type) {
    case 'number':
      return { kind: 'number' }
    case 'integer':
      return { kind: 'number', whole: true }
    case 'string':
      return { kind: 'string' }
    case 'boolean':
      return { kind: 'boolean' }
    case 'date':
    case 'date-time':
      return { kind: 'date' }
    case 'enum':
      return { kind: 'string', values: f.values }
    case 'list':
      return f.values ? { kind: 'list', values: f.values } : { kind: 'list' }
  }
}

/** The compiled rule and condition of each criterion, by id. */
export interface CheckedRules {
  rules: Map<string, CompiledRule>
  whens: Map<string, CompiledRule>
}

/**
 * Compiles and analyses the rules (and `when` conditions) of raw criteria entries. Works on
 * unvalidated input too, so that rule problems are reported together with schema problems.
 * Besides the analyser's findings: a reason that quotes a value its rule does not have, and a
 * requirement that can never be met.
 * @category Screening
 */
export function ruleIssues(
  rawCriteria: unknown,
  rawFields: unknown,
  engine: Engine,
  index: PositionIndex,
): { issues: Issue[] } & CheckedRules {
  const issues: Issue[] = []
  const rules = new Map<string, CompiledRule>()
  const whens = new Map<string, CompiledRule>()
  const shapes: Record<string, FieldShape> = Object.create(null)
  if (rawFields && typeof rawFields === 'object' && !Array.isArray(rawFields))
    for (const [name, f] of Object.entries(rawFields)) {
      const r = FieldSchema.safeParse(f)
      shapes[name] = r.success ? fieldShape(r.data) : { kind: 'any' }
    }
  if (!Array.isArray(rawCriteria)) return { issues, rules, whens }
  rawCriteria.forEach((c: unknown, i) => {
    if (!c || typeof c !== 'object' || !('rule' in c)) return
    const entry = c as { id?: unknown; rule: unknown; when?: unknown; required?: unknown; reason?: unknown }
    const id = typeof entry.id === 'string' ? entry.id : `#${i + 1}`
    const compile = (key: 'rule' | 'when'): CompiledRule | undefined => {
      const at = ['criteria', i, key]
      let rule: CompiledRule
      try {
        rule = engine.compile(entry[key])
      } catch (e) {
        if (!(e instanceof RuleError)) throw e
        const path = [...at, ...e.path]
        issues.push({ ...issue(e.code, path, { id, ...e.params }), ...index.locate(path, { key: true }) })
        return undefined
      }
      for (const ri of analyseRule(engine, rule, shapes)) {
        const path = [...at, ...ri.path]
        // slips: a date that cannot exist ("2027-02-30") says why, not only that it is no date.
        const impossible = ri.code === 'type_mismatch' ? impossibleIn(entry[key], ri.path) : undefined
        const split = ri.code === 'wrong_arity' ? splitDecimal(engine, entry[key], ri.path) : undefined
        if (split) {
          issues.push({
            code: 'split_decimal',
            path,
            params: split,
            message: `criterion "${id}": ${en.split_decimal(split)}`,
            ...index.locate(path, { key: true }),
          })
          continue
        }
        if (impossible) {
          issues.push({
            code: 'impossible_date',
            path,
            params: impossible,
            message: `criterion "${id}": ${en.impossible_date(impossible)}`,
            ...index.locate(path, { key: true }),
          })
          continue
        }
        issues.push({
          ...issue(ri.code, path, { id, ...(key === 'when' ? { when: true } : {}), ...ri.params }),
          ...index.locate(path, { key: true }),
        })
      }
      return rule
    }
    const rule = compile('rule')
    const when = 'when' in entry && entry.when !== undefined ? compile('when') : undefined
    if (when) whens.set(id, when)
    if (!rule) return
    rules.set(id, rule)
    const at = ['criteria', i, 'rule']
    if (rule.fields.length === 0 && !rule.readsDynamicPaths)
      issues.push({ ...issue('reads_no_field', at, { id }), severity: 'warning', ...index.locate(at) })
    const folded = foldRule(engine, rule)
    if (entry.required === true && folded.constant && !truthy(folded.value))
      issues.push({ ...issue('never_met', at, { id }), ...index.locate(at) })
    if (entry.reason && typeof entry.reason === 'object') {
      const quotes = ruleQuotes(engine, rule)
      for (const [locale, text] of Object.entries(entry.reason as Record<string, unknown>))
        if (typeof text === 'string')
          for (const params of placeholderProblems(text, quotes)) {
            const path = ['criteria', i, 'reason', locale]
            issues.push({ ...issue('unknown_placeholder', path, { id, ...params }), ...index.locate(path) })
          }
    }
  })
  return { issues, rules, whens }
}

/** Checks what the schema cannot: ids, reasons, time zone, dates, and every rule. Throws a CriteriaError listing every problem.
 * @category Screening
 */
export function checkCriteriaDocument(doc: CriteriaDocument, engine: Engine): CheckedRules {
  const c = doc.criteria
  const index: PositionIndex = { locate: doc.locate }
  // Warnings (job.url of http:) are said when the file loads; they do not stop it from compiling.
  const issues: Issue[] = semanticIssues(c as unknown as Record<string, unknown>, index).filter(
    (i) => i.severity !== 'warning',
  )
  const { issues: ri, rules, whens } = ruleIssues(c.criteria, c.fields, engine, index)
  issues.push(...ri.filter((i) => i.severity !== 'warning'))
  if (issues.length)
    throw new CriteriaError(
      sortIssues(issues.map((i) => ({ ...i, ...(doc.file === undefined ? {} : { file: doc.file }) }))),
    )
  return { rules, whens }
}

/** Checks on a criteria object beyond the schema. Tolerates unvalidated input.
 * @category Screening
 */
export function semanticIssues(c: Record<string, unknown>, index: PositionIndex): Issue[] {
  const issues: Issue[] = []
  const add = (code: ScreenIssueCode, path: (string | number)[], params: IssueParams): void =>
    void issues.push({ ...issue(code, path, params), ...index.locate(path) })
  const job = (c.job ?? {}) as Record<string, unknown>
  const tz = typeof job.timezone === 'string' ? job.timezone : 'Europe/Stockholm'
  // Asked once: the answer costs a formatter of the zone, a fifth of a millisecond.
  let zoneKnown: boolean | undefined
  const validZone = () => (zoneKnown ??= isValidTimeZone(tz))
  if (typeof job.timezone === 'string' && !validZone())
    add('invalid_timezone', ['job', 'timezone'], { value: job.timezone })
  // A link in a message to a candidate: https (http with a warning) or mailto, never a script or a local file.
  if (typeof job.url === 'string') {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(job.url.trim())?.[1]?.toLowerCase()
    if (scheme === 'http')
      issues.push({ ...issue('insecure_url', ['job', 'url']), severity: 'warning', ...index.locate(['job', 'url']) })
    else if (scheme !== 'https' && scheme !== 'mailto') add('unsafe_url', ['job', 'url'], { scheme: scheme ?? job.url })
    // https://a.example@evil.example reads as a.example and leads to evil.example.
    if ((scheme === 'https' || scheme === 'http') && /^[a-z]+:\/\/[^/?#]*@/i.test(job.url.trim()))
      add('unsafe_url', ['job', 'url'], {})
  }
  // slips: an impossible day or hour says why (February 2027 has 28 days).
  const impossible = typeof job.closesAt === 'string' ? impossibleDate(job.closesAt) : undefined
  if (impossible) add('impossible_date', ['job', 'closesAt'], { at: 'job.closesAt', ...impossible })
  else if (typeof job.closesAt === 'string' && validZone() && !parseInstant(job.closesAt, tz))
    add('invalid_date', ['job', 'closesAt'], { at: 'job.closesAt', value: job.closesAt })
  const locale = typeof c.locale === 'string' ? c.locale : undefined
  const seen = new Map<string, number>()
  const criteria = Array.isArray(c.criteria) ? c.criteria : []
  criteria.forEach((cr: unknown, i) => {
    if (!cr || typeof cr !== 'object') return
    const { id, reason } = cr as { id?: unknown; reason?: unknown }
    if (typeof id === 'string') {
      if (id === DEADLINE_ID && job.closesAt !== undefined)
        add('reserved_id', ['criteria', i, 'id'], { id: DEADLINE_ID })
      const first = seen.get(id)
      if (first !== undefined) add('duplicate_id', ['criteria', i, 'id'], { id, first })
      else seen.set(id, i)
    }
    if (
      locale &&
      (LOCALES as readonly string[]).includes(locale) &&
      reason &&
      typeof reason === 'object' &&
      !(reason as Record<string, unknown>)[locale]
    )
      add('missing_reason', ['criteria', i, 'reason'], { id: typeof id === 'string' ? id : i, locale })
  })
  // Reserved keys are dropped silently by object schemas; say so instead of losing the author's data.
  const stack: [unknown, (string | number)[]][] = [[c, []]]
  while (stack.length) {
    const [v, path] = stack.pop()!
    if (!v || typeof v !== 'object' || path.length > 64) continue
    if (path.length === 3 && path[0] === 'criteria' && path[2] === 'rule') continue // the engine checks rules
    for (const k of Object.keys(v)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype')
        issues.push({
          ...issue('reserved_key', [...path, k], { key: k, ...(path.length ? { in: pathText(path) } : {}) }),
          ...index.locate([...path, k], { key: true }),
        })
      else stack.push([(v as Record<string, unknown>)[k], [...path, Array.isArray(v) ? Number(k) : k]])
    }
  }
  const fields = c.fields && typeof c.fields === 'object' ? (c.fields as Record<string, Record<string, unknown>>) : {}
  for (const [name, f] of Object.entries(fields)) {
    if (!f || typeof f !== 'object') continue
    if (typeof f.min === 'number' && typeof f.max === 'number' && f.min > f.max)
      add('invalid_bounds', ['fields', name, 'min'], { at: pathText(['fields', name]), min: f.min, max: f.max })
    for (const key of ['notBefore', 'notAfter'] as const) {
      const other = f[key]
      if (typeof other !== 'string') continue
      const target = fields[other]
      // slips: did-you-mean, as for every field a rule reads.
      const hint =
        !target || typeof target !== 'object'
          ? suggest(
              other,
              Object.keys(fields).filter((k) => fields[k]?.type === 'date' && k !== name),
            )
          : undefined
      if (!target || typeof target !== 'object')
        add('unknown_field', ['fields', name, key], {
          at: pathText(['fields', name, key]),
          name: other,
          suggestion: hint ?? null,
        })
      else if (target.type !== 'date')
        add('type_mismatch', ['fields', name, key], {
          at: pathText(['fields', name, key]),
          other,
          kind: String(target.type),
          key,
        })
    }
    const values = Array.isArray(f.values) ? f.values.filter((v): v is string => typeof v === 'string') : undefined
    if (values) {
      // Answers match options regardless of case and accents, so two options must differ by more.
      const seenTerm = new Map<string, string>()
      for (const v of values) {
        const term = normaliseTerm(v)
        const twin = seenTerm.get(term)
        if (twin === v)
          add('duplicate_value', ['fields', name, 'values'], { at: pathText(['fields', name, 'values']), value: v })
        else if (twin !== undefined)
          add('duplicate_value', ['fields', name, 'values'], {
            at: pathText(['fields', name, 'values']),
            twin,
            value: v,
          })
        else seenTerm.set(term, v)
      }
      const known = (v: unknown) => typeof v === 'string' && seenTerm.has(normaliseTerm(v))
      if (Array.isArray(f.reviewValues))
        for (const v of f.reviewValues)
          if (!known(v))
            add('unknown_value', ['fields', name, 'reviewValues'], {
              at: pathText(['fields', name, 'reviewValues']),
              value: String(v),
              values,
              suggestion: suggest(String(v), values) ?? null,
            })
      if (f.valueLabels && typeof f.valueLabels === 'object')
        for (const v of Object.keys(f.valueLabels))
          if (!values.includes(v))
            add('unknown_value', ['fields', name, 'valueLabels', v], {
              at: pathText(['fields', name, 'valueLabels']),
              value: v,
              values,
              suggestion: suggest(v, values) ?? null,
            })
    } else if (f.valueLabels !== undefined)
      add('labels_without_values', ['fields', name, 'valueLabels'], { at: pathText(['fields', name]) })
  }
  // The score preferred criteria can reach at most: a minScore above it rejects everyone who meets every requirement.
  const decision = (c.decision ?? {}) as Record<string, unknown>
  if (typeof decision.minScore === 'number') {
    const weights = criteria.reduce((sum: number, cr: unknown) => {
      const w = cr && typeof cr === 'object' ? (cr as { weight?: unknown; required?: unknown }) : {}
      return sum + (w.required !== true && typeof w.weight === 'number' ? w.weight : 0)
    }, 0)
    if (decision.minScore > weights)
      add('unreachable_min_score', ['decision', 'minScore'], { minScore: decision.minScore, weights })
  }
  return issues
}

/** slips: the first impossible date among the literal arguments of the operator at `path` inside a rule. */
function impossibleIn(rule: unknown, path: readonly (string | number)[]): IssueParams | undefined {
  let cur = rule
  for (const seg of path)
    cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined
  for (const arg of Array.isArray(cur) ? cur : [cur]) {
    const found = typeof arg === 'string' ? impossibleDate(arg) : undefined
    if (found) return found
  }
  return undefined
}

/**
 * slips: `{ ">=": [{ var: years }, 1,5] }`: one argument too many, and two whole numbers side by
 * side that read as a decimal number split by its comma (the second written as digits after it).
 */
function splitDecimal(engine: Engine, rule: unknown, path: readonly (string | number)[]): IssueParams | undefined {
  const op = path.at(-1)
  let cur = rule
  for (const seg of path)
    cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined
  const spec = typeof op === 'string' ? internalsOf(engine).specs[op] : undefined
  if (!spec || !Array.isArray(cur)) return undefined
  const [min, max] = spec.arity
  if (cur.length - 1 < min || cur.length - 1 > max) return undefined
  for (let i = 0; i + 1 < cur.length; i++) {
    const [a, b] = [cur[i], cur[i + 1]]
    if (typeof a === 'number' && Number.isInteger(a) && typeof b === 'number' && Number.isInteger(b) && b >= 0)
      return {
        op: String(op),
        count: cur.length,
        takes: max === min ? min : `${min}–${max === Infinity ? '…' : max}`,
        whole: a,
        fraction: b,
      }
  }
  return undefined
}
