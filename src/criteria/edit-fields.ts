import { CriteriaError } from '../errors.js'
import { defined, keysAt, moveKey, readText, refuse, renameKey, setIn, syncIn } from './edit-yaml.js'
import { zodIssues } from './parse.js'
import { FieldSchema } from './schema.js'
import type { Field } from './types.js'

/**
 * One question of a criteria file as written: its name and its settings (read as they are, so
 * a question with errors can still be shown and mended in a form).
 * @example
 * ```ts
 * const [first] = readFields(text) // { name: 'workPermit', field: { type: 'boolean', label: { sv: '…', en: '…' } } }
 * ```
 * @category Criteria files
 */
export interface FieldEntry {
  name: string
  field: Readonly<Record<string, unknown>>
}

/**
 * Where a question is read: the criteria whose rule or condition reads it, and the date
 * questions that must not be before or after it.
 * @example
 * ```ts
 * fieldUses(text, 'workPermit') // { criteria: ['arbetstillstand'], fields: [] }
 * ```
 * @category Criteria files
 */
export function fieldUses(text: string, name: string): { criteria: string[]; fields: string[] } {
  const value = readText(text)
  const criteria = Array.isArray(value.criteria) ? value.criteria : []
  const used = criteria.filter(
    (c) =>
      c &&
      typeof c === 'object' &&
      (reads((c as Record<string, unknown>).rule, name) || reads((c as Record<string, unknown>).when, name)),
  )
  const fields =
    value.fields && typeof value.fields === 'object' ? Object.entries(value.fields as Record<string, unknown>) : []
  return {
    criteria: used.map((c, i) => String((c as Record<string, unknown>).id ?? `#${i + 1}`)),
    fields: fields
      .filter(
        ([other, f]) =>
          other !== name &&
          f &&
          typeof f === 'object' &&
          ((f as Record<string, unknown>).notBefore === name || (f as Record<string, unknown>).notAfter === name),
      )
      .map(([other]) => other),
  }
}

/** Whether a rule reads a field: `{ var: name }`, `{ var: [name, default] }`, `name.part`, or `missing`/`missing_some` naming it. Iterative: rules are untrusted. */
function reads(rule: unknown, name: string): boolean {
  const hit = (v: unknown) => typeof v === 'string' && (v === name || v.startsWith(`${name}.`))
  const stack: unknown[] = [rule]
  while (stack.length) {
    const node = stack.pop()
    if (Array.isArray(node)) stack.push(...node)
    else if (node && typeof node === 'object') {
      for (const [op, arg] of Object.entries(node)) {
        if (op === 'var' && (hit(arg) || (Array.isArray(arg) && hit(arg[0])))) return true
        if (op === 'missing' && Array.isArray(arg) && arg.some(hit)) return true
        if (op === 'missing_some' && Array.isArray(arg) && Array.isArray(arg[1]) && arg[1].some(hit)) return true
        stack.push(arg)
      }
    }
  }
  return false
}

/**
 * The questions (`fields`) of a criteria file, in the order written. Throws a CriteriaError when
 * the text is not YAML, holds an alias, or `fields` is not a map.
 * @example
 * ```ts
 * readFields(text).map((f) => f.name) // ['workPermit', 'truckLicence', …]
 * ```
 * @category Criteria files
 */
export function readFields(text: string): FieldEntry[] {
  const names = keysAt(text, ['fields'])
  const fields = (readText(text).fields ?? {}) as Record<string, unknown>
  return names.map((name) => {
    const f = fields[name]
    return { name, field: f && typeof f === 'object' && !Array.isArray(f) ? (f as Record<string, unknown>) : {} }
  })
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/
const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])
const checkName = (name: string) => {
  if (!NAME.test(name) || RESERVED.has(name))
    refuse(
      'invalid_field_name',
      ['fields', name],
      { name },
      `"${name}" cannot name a question: a name starts with a letter and holds only letters, digits and _`,
    )
}
const notFound = (name: string): never =>
  refuse('field_not_found', ['fields', name], { name }, `there is no question named "${name}"`)
function checkUnused(text: string, name: string, rename: boolean): void {
  const uses = fieldUses(text, name)
  if (uses.criteria.length || uses.fields.length)
    refuse(
      'field_in_use',
      ['fields', name],
      { name, criteria: uses.criteria, fields: uses.fields, rename },
      `the question "${name}" is read by ${[...uses.criteria.map((c) => `the criterion "${c}"`), ...uses.fields.map((f) => `the question "${f}"`)].join(', ')}`,
    )
}

/**
 * Adds a question, or replaces the one of that name, changing only the lines that differ (a
 * changed label changes its line; comments and other questions stay as written). A new
 * question goes at the end of `fields`. The field is checked against the schema first: a field
 * the schema refuses is a CriteriaError with its issues, and nothing is written.
 *
 * `rename` gives the question a new name in place. A question that a criterion or another
 * question reads is not renamed: the rules would silently read nothing. That is refused with a
 * CriteriaError coded `field_in_use` naming where it is read (rename it there first, or add a
 * new question and move the rules over).
 * @example
 * ```ts
 * setField(text, 'forkliftYears', { type: 'integer', min: 0, max: 50, label: { sv: 'Hur många år har du kört truck?', en: 'How many years have you driven a forklift?' } })
 * ```
 * @category Criteria files
 */
export function setField(text: string, name: string, field: Field, options: { rename?: string } = {}): string {
  checkName(name)
  const to = options.rename ?? name
  if (to !== name) checkName(to)
  const value = defined(field) as unknown as Record<string, unknown>
  const result = FieldSchema.safeParse(value)
  if (!result.success)
    throw new CriteriaError(zodIssues(result.error, { locate: () => ({}) }, ['fields', to], value, FieldSchema))
  const names = keysAt(text, ['fields'])
  let out = text
  if (to !== name) {
    if (!names.includes(name)) notFound(name)
    if (names.includes(to))
      refuse('field_exists', ['fields', to], { name: to }, `there is already a question named "${to}"`)
    checkUnused(text, name, true)
    out = renameKey(out, ['fields', name], to)
  }
  return names.includes(name) ? syncIn(out, ['fields', to], value) : setIn(out, ['fields', to], value)
}

/**
 * Moves a question to a place in `fields` (0 is first; past the end is last), its lines and
 * comments with it, every line as written. The order is the order of the application form.
 * @example
 * ```ts
 * moveField(text, 'availableFrom', 0)
 * ```
 * @category Criteria files
 */
export function moveField(text: string, name: string, toIndex: number): string {
  if (!Number.isInteger(toIndex))
    refuse(
      'edit_invalid_value',
      ['fields', name],
      { path: `fields.${name}`, value: String(toIndex), kind: 'index' },
      `${toIndex} is not a place in the list`,
    )
  if (!keysAt(text, ['fields']).includes(name)) notFound(name)
  return moveKey(text, ['fields'], name, toIndex)
}

/**
 * Removes a question and its lines. A question that a criterion or another question reads is
 * not removed: that is refused with a CriteriaError coded `field_in_use` whose issue names them
 * (`params.criteria`, `params.fields`).
 * @example
 * ```ts
 * removeField(text, 'driversLicence')
 * ```
 * @category Criteria files
 */
export function removeField(text: string, name: string): string {
  if (!keysAt(text, ['fields']).includes(name)) notFound(name)
  checkUnused(text, name, false)
  return setIn(text, ['fields', name], undefined)
}
