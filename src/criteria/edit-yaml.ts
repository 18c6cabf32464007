import { isMap, isPair, isScalar, isSeq, visit, type Document, type Pair, type YAMLMap } from 'yaml'
import { parseYaml } from './yaml-document.js'
import { CriteriaError, type Issue } from '../errors.js'
import type { IssueCode, IssueParams } from '../issues/issue-code.js'
import { parseSource } from './parse.js'
import { flowYaml } from './yaml-append.js'

// Editing a criteria file a person wrote, one value at a time, in its text: every edit splices
// the lines of the one entry it changes and leaves every other byte as written (comments, key
// order, quoting, blank lines). Re-serialising the whole document would not promise that. Each
// edit is checked by parsing the result; an edit the splice cannot make exactly (an unusual
// layout) falls back to the YAML library's own editing, which keeps comments.

/** A path of map keys from the top of the document. */
export type KeyPath = readonly string[]

type Range = [number, number, number]
type Ranged = { range?: Range | null }

/** A located issue of an edit, as a CriteriaError carries it. */
export function editIssue(
  code: IssueCode,
  path: readonly (string | number)[],
  params: IssueParams,
  message: string,
): Issue {
  return { code, path: [...path], params, message }
}

/** Throws the CriteriaError of one edit issue. */
export function refuse(
  code: IssueCode,
  path: readonly (string | number)[],
  params: IssueParams,
  message: string,
): never {
  throw new CriteriaError([editIssue(code, path, params, message)])
}

/**
 * Parses a criteria text for editing: a syntax error, a duplicate key or a self-containing
 * alias is the loader's CriteriaError; an alias anywhere is refused (an edit of the node it
 * names would change the other place too, unseen); a document that is not a map is refused.
 */
export function openText(text: string): Document.Parsed {
  const known = opened.get(text)
  if (known) return known
  let doc: Document.Parsed
  try {
    doc = parseYaml(text)
  } catch (e) {
    // Nesting too deep for the parser: the loader says where, in its words.
    parseSource(text)
    throw e
  }
  // The loader's own words for a text that is not YAML (or has a duplicate key).
  if (doc.errors.length) parseSource(text)
  let alias: string | undefined
  visit(doc, {
    Alias(_k, node) {
      alias = node.source
      return visit.BREAK
    },
  })
  if (alias !== undefined)
    refuse(
      'edit_alias',
      [],
      { alias },
      `the file uses a YAML alias (*${alias}); the forms cannot edit a file with aliases: write the values out in full`,
    )
  if (doc.contents !== null && !isMap(doc.contents))
    refuse('edit_not_a_map', [], { path: '' }, 'the file is not a map of keys such as id, job, fields and criteria')
  // A form's change reads the same text several times: the last few parses are kept (never changed in place).
  opened.set(text, doc)
  if (opened.size > 8) opened.delete(opened.keys().next().value!)
  return doc
}
const opened = new Map<string, Document.Parsed>()
const values = new WeakMap<Document.Parsed, unknown>()
/** The plain value of a parsed text (kept with it: the document is never changed). */
const jsOf = (doc: Document.Parsed): unknown => {
  if (!values.has(doc)) values.set(doc, doc.toJS({ maxAliasCount: 100 }))
  return values.get(doc)
}

/** The plain value of a whole criteria text, for reading settings. */
export function readText(text: string): Record<string, unknown> {
  const doc = openText(text)
  const value = jsOf(doc)
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** The map at a key path; null when a key on the way is absent or empty; refused when one is not a map. */
function mapAt(doc: Document.Parsed, path: KeyPath): YAMLMap | null {
  let node: unknown = doc.contents
  for (const [i, key] of path.entries()) {
    if (node === null || node === undefined) return null
    if (!isMap(node))
      return refuse(
        'edit_not_a_map',
        path.slice(0, i),
        { path: path.slice(0, i).join('.') },
        `${path.slice(0, i).join('.')} is not a map of keys`,
      )
    const pair = pairOf(node, key)
    if (!pair) return null
    node = pair.value
  }
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return null
  if (!isMap(node))
    return refuse(
      'edit_not_a_map',
      path,
      { path: path.join('.') },
      `${path.join('.') || 'the file'} is not a map of keys`,
    )
  return node
}

const pairOf = (map: YAMLMap, key: string): Pair | undefined =>
  map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined

/** The plain value at a key path, or undefined. */
function valueAt(value: unknown, path: KeyPath): unknown {
  let v = value
  for (const k of path) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
    v = Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined
  }
  return v
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Drops keys whose value is undefined, all the way down: `{ min: undefined }` has no min. */
export function defined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(defined) as T
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, defined(v)]),
    ) as T
  return value
}

/** Deep equality of plain values (what a YAML document reads as). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]))
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]))
  }
  return false
}

// The conventional order of keys where a new one goes, as the bundled examples write them.
const ROOT_ORDER = [
  '$schema',
  'format',
  'id',
  'version',
  'locale',
  'job',
  'fields',
  'criteria',
  'decision',
  'messages',
  'delivery',
]
const JOB_ORDER = ['title', 'company', 'closesAt', 'timezone', 'contact', 'url', 'lintAcknowledge']
const FIELD_ORDER = [
  'type',
  'values',
  'valueLabels',
  'reviewValues',
  'reviewNote',
  'min',
  'max',
  'maxLength',
  'maxItems',
  'nonAnswers',
  'notBefore',
  'notAfter',
  'label',
  'description',
  'lintAcknowledge',
]
const DELIVERY_ORDER = ['workingHours', 'workingDays', 'holidays', 'minDelayHours', 'slaHours', 'slaClock']
const LOCALIZED = new Set(['title', 'label', 'reason', 'why', 'advice', 'signature'])

function orderOf(path: KeyPath): readonly string[] {
  if (path.length === 0) return ROOT_ORDER
  if (path.length === 1 && path[0] === 'job') return JOB_ORDER
  if (path.length === 2 && path[0] === 'job' && path[1] === 'contact') return ['name', 'email']
  if (path.length === 2 && path[0] === 'fields') return FIELD_ORDER
  if (path.length === 1 && path[0] === 'decision') return ['minScore', 'nearMissMargin']
  if (path.length === 1 && path[0] === 'delivery') return DELIVERY_ORDER
  if (LOCALIZED.has(String(path.at(-1))) || path.at(-2) === 'valueLabels') return ['sv', 'en']
  return []
}

/** Maps written on one line: an option's labels (`A2: { sv: …, en: … }`). */
const flowAt = (path: KeyPath): boolean => path.at(-2) === 'valueLabels'

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/
const keyText = (k: string): string => (PLAIN_KEY.test(k) ? k : JSON.stringify(k))

const UNSAFE_BLOCK = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: |\s#|\s$|^$|[\n\r\t]/

/** A scalar as it stands after `key: ` in a block map: plain when that reads back as the same value (commas are fine there), quoted otherwise. */
export function blockScalar(v: unknown): string {
  if (typeof v !== 'string') return flowYaml(v)
  return !UNSAFE_BLOCK.test(v) && parseYaml(v).toJS() === v ? v : JSON.stringify(v)
}

/** `key: value` as lines at an indent: scalars and lists on the key's line, maps as nested blocks (or one line where that is the custom). */
export function entryLines(key: string, value: unknown, indent: number, path: KeyPath): string[] {
  const pad = ' '.repeat(indent)
  const here = [...path, key]
  if (isObject(value) && Object.keys(value).length && !flowAt(here)) {
    const order = orderOf(here)
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length)
    const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b))
    return [`${pad}${keyText(key)}:`, ...keys.flatMap((k) => entryLines(k, value[k], indent + 2, here))]
  }
  return [`${pad}${keyText(key)}: ${isObject(value) || Array.isArray(value) ? flowYaml(value) : blockScalar(value)}`]
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1
/** The offset just after the line holding `at` (after its newline, or the end of the text). */
const lineEnd = (text: string, at: number): number => {
  const nl = text.indexOf('\n', at)
  return nl === -1 ? text.length : nl + 1
}

/** Where an entry's lines begin: its key's line, and the comment lines right above it at its indent. */
function entryStart(text: string, pair: Pair): number | null {
  const key = (pair.key as Ranged).range
  if (!key) return null
  let start = lineStart(text, key[0])
  if (text.slice(start, key[0]).trim() !== '') return null
  const indent = key[0] - start
  while (start > 0) {
    const prev = lineStart(text, start - 1)
    const line = text.slice(prev, start).replace(/\r?\n$/, '')
    if (!/^\s*#/.test(line) || line.length - line.trimStart().length !== indent) break
    start = prev
  }
  return start
}

/** Where an entry's lines end: after the line of its value's last character (an inline comment goes with it). */
function entryEnd(text: string, pair: Pair): number {
  const value = (pair.value as Ranged | null)?.range
  const key = (pair.key as Ranged).range!
  let end = value ? value[1] : key[1]
  while (end > key[1] && /\s/.test(text[end - 1]!)) end--
  return lineEnd(text, Math.max(end - 1, key[0]))
}

const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n')
const join = (lines: string[], eol: string): string => lines.map((l) => l + eol).join('')

/** A scalar in the quoting it had: a double-quoted text stays double-quoted, a single-quoted one single-quoted. */
function scalarLike(old: unknown, value: unknown): string {
  // An empty "" is a blank to fill in, not a chosen style.
  if (typeof value === 'string' && isScalar(old) && old.value !== '') {
    if (old.type === 'QUOTE_DOUBLE') return JSON.stringify(value)
    if (old.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`
  }
  return isObject(value) || Array.isArray(value) ? flowYaml(value) : blockScalar(value)
}

/** Sets (or, with undefined, removes) the value at a key path by splicing the text; null when the layout is not one the splice handles. */
function splice(text: string, doc: Document.Parsed, path: KeyPath, value: unknown): string | null {
  const eol = eolOf(text)
  const parentPath = path.slice(0, -1)
  const key = path.at(-1)!
  const map = mapAt(doc, parentPath)
  if (map === null) {
    if (value === undefined) return text
    // The parent is absent or empty: set it to a map holding the one key.
    if (parentPath.length === 0)
      return `${text.replace(/\s*$/, text.trim() ? eol : '')}${join(entryLines(key, value, 0, []), eol)}`
    return splice(text, doc, parentPath, { [key]: value })
  }
  if (map.flow) {
    // A one-line map: written again whole (on its line, or as a block when it was `{}`).
    if (!parentPath.length) return null
    const merged = { ...(map.toJS(doc) as Record<string, unknown>) }
    if (value === undefined) delete merged[key]
    else merged[key] = value
    return splice(text, doc, parentPath, merged)
  }
  const pair = pairOf(map, key)
  if (pair) {
    const start = entryStart(text, pair)
    if (start === null) return null
    const end = entryEnd(text, pair)
    if (value === undefined) {
      // The last key of a map leaves `{}`, never an empty value (which reads as null).
      if (map.items.length === 1 && parentPath.length) return splice(text, doc, parentPath, {})
      return text.slice(0, start) + text.slice(end)
    }
    const old = pair.value
    const oldRange = (old as Ranged | null)?.range
    // A scalar (or a one-line list) replaced by a scalar or a list: only the value changes, its inline comment stays.
    if (
      oldRange &&
      !isObject(value) &&
      (isScalar(old) || (isSeq(old) && old.flow)) &&
      !(isScalar(old) && (old.type === 'BLOCK_LITERAL' || old.type === 'BLOCK_FOLDED'))
    )
      return text.slice(0, oldRange[0]) + scalarLike(old, value) + text.slice(oldRange[1])
    // A one-line map or list stays on its line.
    if (
      oldRange &&
      (isMap(old) || isSeq(old)) &&
      old.flow &&
      old.items.length &&
      (isObject(value) || Array.isArray(value))
    )
      return text.slice(0, oldRange[0]) + flowYaml(value) + text.slice(oldRange[1])
    const keyAt = (pair.key as Ranged).range![0]
    const indent = keyAt - lineStart(text, keyAt)
    // A block list stays a block list.
    if (
      isSeq(old) &&
      !old.flow &&
      Array.isArray(value) &&
      value.length &&
      value.every((v) => !isObject(v) && !Array.isArray(v))
    )
      return (
        text.slice(0, lineStart(text, keyAt)) +
        join(
          [`${' '.repeat(indent)}${keyText(key)}:`, ...value.map((v) => `${' '.repeat(indent + 2)}- ${flowYaml(v)}`)],
          eol,
        ) +
        text.slice(end)
      )
    return (
      text.slice(0, lineStart(text, keyAt)) + join(entryLines(key, value, indent, parentPath), eol) + text.slice(end)
    )
  }
  if (value === undefined) return text
  // A new key: after the last key that comes before it in the conventional order, else before
  // the first that comes after it, else at the end of the map.
  const order = orderOf(parentPath)
  const rank = order.indexOf(key)
  const pairs = map.items.filter(isPair) as Pair[]
  const rankOf = (p: Pair) => order.indexOf(String((p.key as { value?: unknown }).value))
  const first = pairs[0]
  if (!first) return null
  const keyAt = (first.key as Ranged).range?.[0]
  if (keyAt === undefined) return null
  const indent = keyAt - lineStart(text, keyAt)
  const lines = join(entryLines(key, value, indent, parentPath), eol)
  let after: Pair | undefined
  let before: Pair | undefined
  if (rank >= 0) {
    after = pairs.filter((p) => rankOf(p) >= 0 && rankOf(p) < rank).at(-1)
    if (!after) before = pairs.find((p) => rankOf(p) > rank)
  }
  if (before) {
    const start = entryStart(text, before)
    return start === null ? null : text.slice(0, start) + lines + text.slice(start)
  }
  const anchor = after ?? pairs.at(-1)!
  if (entryStart(text, anchor) === null) return null
  let end = entryEnd(text, anchor)
  const gap = end === text.length && !text.endsWith('\n') ? eol : ''
  // Sections at the top separated by blank lines: the new one gets its blank line too.
  if (indent === 0 && /^\r?\n/.test(text.slice(end))) {
    while (/^\r?\n/.test(text.slice(end))) end = lineEnd(text, end)
    return text.slice(0, end) + lines + (end < text.length ? eol : '') + text.slice(end)
  }
  return text.slice(0, end) + gap + lines + text.slice(end)
}

/** The same edit by the YAML library (comments kept, layout redone): for layouts the splice leaves alone. */
function viaDocument(text: string, path: KeyPath, value: unknown): string {
  const doc = parseYaml(text)
  if (value === undefined) doc.deleteIn(path as string[])
  else doc.setIn(path as string[], doc.createNode(value))
  return doc.toString({ lineWidth: 0 })
}

/**
 * Sets the value at a key path (undefined removes the key), changing only the lines of that
 * entry; checks the result reads back as intended.
 */
export function setIn(text: string, path: KeyPath, value: unknown): string {
  const doc = openText(text)
  const before = jsOf(doc)
  const intended = (v: unknown): boolean => {
    let after: unknown
    try {
      after = jsOf(openText(v as string))
    } catch {
      return false
    }
    return same(valueAt(after, path), value) && same(withoutPath(after, path), withoutPath(before, path))
  }
  const spliced = splice(text, doc, path, value)
  if (spliced !== null && intended(spliced)) return spliced
  const redone = viaDocument(text, path, value)
  if (!intended(redone))
    refuse(
      'edit_failed',
      [...path],
      { path: path.join('.') },
      `${path.join('.')} could not be changed in this file as it is written`,
    )
  return redone
}

/** The document without the entry at a path (to check that nothing else changed). */
function withoutPath(value: unknown, path: KeyPath): unknown {
  if (!path.length || !isObject(value)) return path.length ? value : undefined
  const [head, ...rest] = path as [string, ...string[]]
  if (!Object.hasOwn(value, head)) return value
  const copy = { ...value }
  if (rest.length === 0) delete copy[head]
  else copy[head] = withoutPath(copy[head], rest)
  // A parent that was absent and now holds only the new key compares as absent.
  if (rest.length && isObject(copy[head]) && !Object.keys(copy[head]).length) delete copy[head]
  return copy
}

/**
 * Makes the value at a key path equal `next` with the fewest line changes: equal parts are left
 * as written, maps are edited key by key (keys missing from `next` removed), anything else is
 * replaced whole.
 */
export function syncIn(text: string, path: KeyPath, next: unknown): string {
  const doc = openText(text)
  const current = valueAt(jsOf(doc), path)
  if (next !== undefined && same(current, next)) return text
  if (isObject(next) && isObject(current) && Object.keys(current).length && !isMapFlow(doc, path)) {
    let out = text
    // New keys first, then the old ones go: a map never passes through empty on the way.
    for (const [k, v] of Object.entries(next)) out = syncIn(out, [...path, k], v)
    for (const k of Object.keys(current)) if (!Object.hasOwn(next, k)) out = setIn(out, [...path, k], undefined)
    return out
  }
  return setIn(text, path, next)
}

function isMapFlow(doc: Document.Parsed, path: KeyPath): boolean {
  try {
    return mapAt(doc, path)?.flow === true
  } catch {
    return true
  }
}

/** The names of a map's keys in the order written (for `fields`). */
export function keysAt(text: string, path: KeyPath): string[] {
  const map = mapAt(openText(text), path)
  return map ? (map.items.filter(isPair) as Pair[]).map((p) => String((p.key as { value?: unknown }).value)) : []
}

/**
 * Renames a key in place (its value, comments and place kept), by splicing the key's text.
 */
export function renameKey(text: string, path: KeyPath, to: string): string {
  const doc = openText(text)
  const map = mapAt(doc, path.slice(0, -1))
  const pair = map && pairOf(map, path.at(-1)!)
  const range = (pair?.key as Ranged | undefined)?.range
  if (!pair || !range)
    return refuse('edit_failed', [...path], { path: path.join('.') }, `${path.join('.')} is not in the file`)
  return text.slice(0, range[0]) + keyText(to) + text.slice(range[1])
}

/**
 * Moves the entry `key` of the block map at `path` to position `to` among its entries, its
 * comment lines with it; every line keeps its text.
 */
export function moveKey(text: string, path: KeyPath, key: string, to: number): string {
  const doc = openText(text)
  const map = mapAt(doc, path)
  const pairs = map ? (map.items.filter(isPair) as Pair[]) : []
  const from = pairs.findIndex((p) => String((p.key as { value?: unknown }).value) === key)
  if (!map || from < 0)
    return refuse(
      'edit_failed',
      [...path, key],
      { path: [...path, key].join('.') },
      `${[...path, key].join('.')} is not in the file`,
    )
  const target = Math.max(0, Math.min(to, pairs.length - 1))
  if (target === from) return text
  const eol = eolOf(text)
  const block = (p: Pair) => ({ start: entryStart(text, p), end: entryEnd(text, p) })
  const spans = pairs.map(block)
  if (map.flow || spans.some((s) => s.start === null)) {
    // A one-line map: written again in the new order.
    const value = map.toJS(doc) as Record<string, unknown>
    const names = Object.keys(value)
    names.splice(target, 0, ...names.splice(from, 1))
    return setIn(text, path, Object.fromEntries(names.map((n) => [n, value[n]])))
  }
  const moving = spans[from]!
  let piece = text.slice(moving.start!, moving.end)
  if (!piece.endsWith('\n')) piece += eol
  const rest = text.slice(0, moving.start!) + text.slice(moving.end)
  const shift = (at: number) => (at >= moving.end ? at - (moving.end - moving.start!) : at)
  const at = target > from ? shift(spans[target]!.end) : shift(spans[target]!.start!)
  const gap = at === rest.length && !rest.endsWith('\n') ? eol : ''
  return rest.slice(0, at) + gap + piece + rest.slice(at)
}
