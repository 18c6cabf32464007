import type { CriteriaDocument } from '../criteria/parse'
import { criteriaDocument, pathText, sortIssues } from '../criteria/parse'
import type { PositionIndex } from '../criteria/positions'
import { FieldSchema, LOCALES, type CriteriaInput, type Field } from '../criteria/schema'
import { CriteriaError, RuleError, type Issue } from '../errors'
import { analyseRule, type FieldShape } from '../logic/analyse'
import { isValidTimeZone, parseInstant } from '../logic/dates'
import type { CompiledRule, Engine } from '../logic/engine'
import { DEADLINE_ID } from './deadline'

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

/**
 * Compiles and analyses the rules of raw criteria entries. Works on unvalidated input too, so
 * that rule problems are reported together with schema problems.
 * @category Screening
 */
export function ruleIssues(
  rawCriteria: unknown,
  rawFields: unknown,
  engine: Engine,
  index: PositionIndex,
): { issues: Issue[]; rules: Map<string, CompiledRule> } {
  const issues: Issue[] = []
  const rules = new Map<string, CompiledRule>()
  const shapes: Record<string, FieldShape> = Object.create(null)
  if (rawFields && typeof rawFields === 'object' && !Array.isArray(rawFields))
    for (const [name, f] of Object.entries(rawFields)) {
      const r = FieldSchema.safeParse(f)
      shapes[name] = r.success ? fieldShape(r.data) : { kind: 'any' }
    }
  if (!Array.isArray(rawCriteria)) return { issues, rules }
  rawCriteria.forEach((c: unknown, i) => {
    if (!c || typeof c !== 'object' || !('rule' in c)) return
    const rawId = (c as { id?: unknown }).id
    const id = typeof rawId === 'string' ? rawId : `#${i + 1}`
    const at = ['criteria', i, 'rule']
    let rule: CompiledRule
    try {
      rule = engine.compile((c as { rule: unknown }).rule)
    } catch (e) {
      if (!(e instanceof RuleError)) throw e
      const path = [...at, ...e.path]
      issues.push({ code: e.code, path, message: `criterion "${id}": ${e.message}`, ...index.locate(path, { key: true }) })
      return
    }
    rules.set(id, rule)
    if (rule.fields.length === 0 && !rule.readsDynamicPaths)
      issues.push({ code: 'reads_no_field', path: at, severity: 'warning', message: `criterion "${id}": the rule reads no field, so it gives the same answer for everyone`, ...index.locate(at) })
    for (const ri of analyseRule(engine, rule, shapes)) {
      const path = [...at, ...ri.path]
      issues.push({ code: ri.code, path, message: `criterion "${id}": ${ri.message}`, ...index.locate(path, { key: true }) })
    }
  })
  return { issues, rules }
}

/** Checks what the schema cannot: ids, reasons, time zone, dates, and every rule. Throws a CriteriaError listing every problem.
 * @category Screening
 */
export function checkCriteriaDocument(doc: CriteriaDocument, engine: Engine): Map<string, CompiledRule> {
  const c = doc.criteria
  const index: PositionIndex = { locate: doc.locate }
  const issues: Issue[] = semanticIssues(c as unknown as Record<string, unknown>, index)
  const { issues: ri, rules } = ruleIssues(c.criteria, c.fields, engine, index)
  issues.push(...ri.filter((i) => i.severity !== 'warning'))
  if (issues.length) throw new CriteriaError(sortIssues(issues.map((i) => ({ ...i, ...(doc.file === undefined ? {} : { file: doc.file }) }))))
  return rules
}

/** Checks on a criteria object beyond the schema. Tolerates unvalidated input.
 * @category Screening
 */
export function semanticIssues(c: Record<string, unknown>, index: PositionIndex): Issue[] {
  const issues: Issue[] = []
  const add = (code: string, path: (string | number)[], message: string): void => void issues.push({ code, path, message, ...index.locate(path) })
  const job = (c.job ?? {}) as Record<string, unknown>
  const tz = typeof job.timezone === 'string' ? job.timezone : 'Europe/Stockholm'
  if (typeof job.timezone === 'string' && !isValidTimeZone(job.timezone))
    add('invalid_timezone', ['job', 'timezone'], `job.timezone: "${job.timezone}" is not an IANA time zone such as Europe/Stockholm`)
  if (typeof job.closesAt === 'string' && isValidTimeZone(tz) && !parseInstant(job.closesAt, tz))
    add('invalid_date', ['job', 'closesAt'], `job.closesAt: "${job.closesAt}" is not a real date`)
  const locale = typeof c.locale === 'string' ? c.locale : undefined
  const seen = new Map<string, number>()
  const criteria = Array.isArray(c.criteria) ? c.criteria : []
  criteria.forEach((cr: unknown, i) => {
    if (!cr || typeof cr !== 'object') return
    const { id, reason } = cr as { id?: unknown; reason?: unknown }
    if (typeof id === 'string') {
      if (id === DEADLINE_ID && job.closesAt !== undefined)
        add('reserved_id', ['criteria', i, 'id'], `criterion id "${DEADLINE_ID}" is reserved for the built-in closing-date check (job.closesAt)`)
      const first = seen.get(id)
      if (first !== undefined) add('duplicate_id', ['criteria', i, 'id'], `duplicate criterion id "${id}" (first used by criteria[${first}])`)
      else seen.set(id, i)
    }
    if (locale && (LOCALES as readonly string[]).includes(locale) && reason && typeof reason === 'object' && !(reason as Record<string, unknown>)[locale])
      add('missing_reason', ['criteria', i, 'reason'], `criterion "${typeof id === 'string' ? id : i}" has no reason in the file's default language (${locale}); add reason.${locale}`)
  })
  // Reserved keys are dropped silently by object schemas; say so instead of losing the author's data.
  const stack: [unknown, (string | number)[]][] = [[c, []]]
  while (stack.length) {
    const [v, path] = stack.pop()!
    if (!v || typeof v !== 'object' || path.length > 64) continue
    if (path.length === 3 && path[0] === 'criteria' && path[2] === 'rule') continue // the engine checks rules
    for (const k of Object.keys(v)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype')
        issues.push({ code: 'reserved_key', path: [...path, k], message: `"${k}" is a reserved name and cannot be used as a key${path.length ? ` in ${pathText(path)}` : ''}`, ...index.locate([...path, k], { key: true }) })
      else stack.push([(v as Record<string, unknown>)[k], [...path, Array.isArray(v) ? Number(k) : k]])
    }
  }
  const fields = c.fields && typeof c.fields === 'object' ? (c.fields as Record<string, Record<string, unknown>>) : {}
  for (const [name, f] of Object.entries(fields)) {
    if (!f || typeof f !== 'object') continue
    if (typeof f.min === 'number' && typeof f.max === 'number' && f.min > f.max)
      add('invalid_bounds', ['fields', name, 'min'], `${pathText(['fields', name])}: min (${f.min}) is larger than max (${f.max})`)
    if (Array.isArray(f.values) && new Set(f.values).size !== f.values.length)
      add('duplicate_value', ['fields', name, 'values'], `${pathText(['fields', name, 'values'])}: a value is listed twice`)
  }
  return issues
}
