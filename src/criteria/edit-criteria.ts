import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import { parseYaml } from './yaml-document.js'
import { CriteriaError, type Issue } from '../errors.js'
import { formatIssue } from '../issues/format-issue.js'
import type { IssueCode, IssueParams } from '../issues/issue-code.js'
import { canonicalJson } from './canonical-json.js'
import type { CriterionChoice } from './compose-criterion.js'
import { choiceOf } from './criterion-choice.js'
import { FieldSchema } from './schema.js'
import type { Field } from './types.js'
import { appendToList, flowYaml } from './yaml-append.js'

// Editing the criteria of a file a person wrote, as a program or the Studio's form does: the
// yaml package's Document API finds where each criterion and key is, and only those characters
// are rewritten. Re-serialising the document would re-quote, re-wrap and re-order what the
// recruiter wrote; a splice keeps every other line, comment and blank line byte for byte.

/**
 * One criterion of a file, in its order: as written, and as the guided form's choice when the
 * form can express it (null: a hand-written rule, edited in the editor).
 * @example
 * ```ts
 * const [first] = readCriteria(text).criteria
 * first.choice ? edit(first.choice) : showReadOnly(first.criterion)
 * ```
 * @category Criteria files
 */
export interface ListedCriterion {
  /** Its id ('' when it has none). */
  id: string
  /** Its place in `criteria`, from 0. */
  index: number
  /** The 1-based line it starts on. */
  line: number
  /** The criterion as written (plain data). */
  criterion: Record<string, unknown>
  choice: CriterionChoice | null
}

/**
 * The criteria of a text and the questions they can read: what a form for criteria needs, read
 * from any text that parses, even one with errors elsewhere (a field that is not a valid
 * declaration is left out of `fields`).
 * @example
 * ```ts
 * const { criteria, fields } = readCriteria(text)
 * ```
 * @category Criteria files
 */
export interface CriteriaListing {
  criteria: ListedCriterion[]
  fields: Record<string, Field>
  /** The job's time zone when the file names a valid-looking one (dates in rules are read in it), else Europe/Stockholm. */
  timezone: string
}

const ID = /^[a-z][a-zA-Z0-9_-]*$/
const FLOW_KEYS = new Set(['rule', 'when', 'reason', 'why', 'advice'])
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function fail(
  code: IssueCode,
  params: IssueParams,
  path: (string | number)[],
  at?: { line: number; column: number },
): never {
  const issue: Issue = { code, path, params, message: '', ...(at ?? {}) }
  issue.message = formatIssue(issue, 'en')
  throw new CriteriaError([issue])
}

interface Parsed {
  text: string
  doc: Document
  lines: LineCounter
  top: YAMLMap | null
  list: YAMLSeq | null
  /** The criteria as plain data, in order. */
  items: unknown[]
}

function parse(text: string): Parsed {
  const lines = new LineCounter()
  const doc = parseYaml(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false })
  const at = (pos: number) => {
    const { line, col } = lines.linePos(pos)
    return { line, column: col }
  }
  const error = doc.errors[0]
  if (error) fail('criteria_text_unparsable', at(error.pos[0]), [], at(error.pos[0]))
  const top = doc.contents
  if (top === null || (isScalar(top) && top.value === null))
    return { text, doc, lines, top: null, list: null, items: [] }
  if (!isMap(top)) fail('criteria_text_not_map', {}, [])
  const list = top.get('criteria', true) as YamlNode | undefined
  if (list === undefined || (isScalar(list) && list.value === null))
    return { text, doc, lines, top, list: null, items: [] }
  if (!isSeq(list)) fail('criteria_list_invalid', {}, ['criteria'], list.range ? at(list.range[0]) : undefined)
  const items = list.items.map(
    (item) => (item && typeof item === 'object' && 'toJS' in item ? (item as YamlNode).toJS(doc) : null) as unknown,
  )
  return { text, doc, lines, top, list, items }
}

const idOf = (item: unknown): string => (isObj(item) && typeof item.id === 'string' ? item.id : '')

/**
 * The criteria of a criteria file's text, in order, each with the guided form's choice when the
 * form can express it, and the questions declared. Any text that parses as YAML (or JSON) is
 * read, even with schema errors elsewhere; text that does not parse is a {@link CriteriaError}
 * coded `criteria_text_unparsable` with the line and column.
 * @example
 * ```ts
 * readCriteria(text).criteria.map((c) => c.id) // ['arbetstillstand', 'truckkort', …]
 * ```
 * @category Criteria files
 */
export function readCriteria(text: string): CriteriaListing {
  const p = parse(text)
  const fields: Record<string, Field> = {}
  const declared = p.top?.get('fields', true) as YamlNode | undefined
  const rawFields = isMap(declared) ? (declared.toJS(p.doc) as unknown) : undefined
  if (isObj(rawFields))
    for (const [name, f] of Object.entries(rawFields)) {
      const parsed = FieldSchema.safeParse(f)
      if (parsed.success && /^[A-Za-z][A-Za-z0-9_]*$/.test(name)) fields[name] = parsed.data as Field
    }
  const criteria = p.items.map((item, index): ListedCriterion => {
    const node = p.list!.items[index] as YamlNode | null
    return {
      id: idOf(item),
      index,
      line: node?.range ? p.lines.linePos(node.range[0]).line : 1,
      criterion: isObj(item) ? item : {},
      choice: choiceOf(item, fields),
    }
  })
  const job = p.top?.get('job', true) as YamlNode | undefined
  const tz = isMap(job) ? job.get('timezone') : undefined
  return {
    criteria,
    fields,
    timezone: typeof tz === 'string' && /^[A-Za-z_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(tz) ? tz : 'Europe/Stockholm',
  }
}

// -- splicing ----------------------------------------------------------------------------------

interface Edit {
  from: number
  to: number
  insert: string
}
function apply(text: string, edits: Edit[]): string {
  // Later edits first, so earlier positions hold; insertions at one place keep their order.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.from - a.e.from || b.i - a.i)
  let out = text
  for (const { e } of order) out = out.slice(0, e.from) + e.insert + out.slice(e.to)
  return out
}
const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1
const columnOf = (text: string, at: number): number => at - lineStart(text, at)
/** Where a node's text ends, without the line break a block collection includes. */
function endOf(text: string, node: YamlNode): number {
  let end = node.range![1]
  while (end > node.range![0] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--
  return end
}
const pairEnd = (text: string, pair: Pair): number =>
  pair.value && (pair.value as YamlNode).range ? endOf(text, pair.value as YamlNode) : (pair.key as YamlNode).range![1]
const keyName = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : '')
const keyText = (k: string): string => (/^[A-Za-z_$][\w$-]*$/.test(k) ? k : JSON.stringify(k))

/** A key and its value in block style at `indent`: nested maps as blocks, the rest in flow style. */
function pairLines(key: string, value: unknown, indent: number, flowKeys: ReadonlySet<string>): string {
  const pad = ' '.repeat(indent)
  if (isObj(value) && Object.keys(value).length && !flowKeys.has(key))
    return `${pad}${keyText(key)}:\n${Object.entries(value)
      .map(([k, v]) => pairLines(k, v, indent + 2, new Set()))
      .join('\n')}`
  return `${pad}${keyText(key)}: ${flowYaml(value)}`
}
/** A whole criterion in block style, its first line without indentation (it follows "- "). */
function blockBody(item: Record<string, unknown>, indent: number): string {
  return Object.entries(item)
    .map(([k, v]) => pairLines(k, v, indent, FLOW_KEYS))
    .join('\n')
    .slice(indent)
}
/** A criterion as JSON, indented to stand at `indent` (for a file written as JSON or in flow style). */
const jsonBody = (item: Record<string, unknown>, indent: number): string =>
  JSON.stringify(item, null, 2)
    .split('\n')
    .join(`\n${' '.repeat(indent)}`)

/**
 * The edits that turn a block map into `next` with the fewest lines touched: equal values kept
 * as written, changed ones rewritten where they stand, new keys after their predecessor, gone
 * keys removed. Null when the map cannot be edited key by key (its first key, on the "- " line,
 * would go).
 */
function editMap(
  text: string,
  map: YAMLMap,
  before: Record<string, unknown>,
  next: Record<string, unknown>,
  flowKeys: ReadonlySet<string>,
): Edit[] | null {
  const pairs = map.items as Pair[]
  const byKey = new Map(pairs.map((p) => [keyName(p), p]))
  const edits: Edit[] = []
  const first = pairs[0]
  const indent = first ? columnOf(text, (first.key as YamlNode).range![0]) : 0
  for (const p of pairs) {
    if (Object.hasOwn(next, keyName(p))) continue
    const from = lineStart(text, (p.key as YamlNode).range![0])
    if (text.slice(from, (p.key as YamlNode).range![0]).trim() !== '') return null
    const end = text.indexOf('\n', pairEnd(text, p))
    edits.push({ from, to: end === -1 ? text.length : end + 1, insert: '' })
  }
  let anchor: Pair | undefined
  for (const [k, v] of Object.entries(next)) {
    const p = byKey.get(k)
    if (!p) {
      if (!anchor) return null
      const at = pairEnd(text, anchor)
      edits.push({ from: at, to: at, insert: `\n${pairLines(k, v, indent, flowKeys)}` })
      continue
    }
    anchor = p
    if (canonicalJson(before[k]) === canonicalJson(v)) continue
    const value = p.value as YamlNode | null
    if (
      isMap(value) &&
      !value.flow &&
      isObj(v) &&
      Object.keys(v).length &&
      !Object.keys(v).some((x) => !x) &&
      isObj(before[k])
    ) {
      const inner = editMap(text, value, before[k], v, new Set())
      if (inner) {
        edits.push(...inner)
        continue
      }
    }
    const from = (p.key as YamlNode).range![0]
    edits.push({
      from,
      to: pairEnd(text, p),
      insert: pairLines(k, v, columnOf(text, from), flowKeys).slice(columnOf(text, from)),
    })
  }
  return edits
}

/** Each item's text: for a block list its lines (with the comment lines just above it), for a flow list the item itself. */
function spans(p: Parsed): { from: number; to: number }[] {
  const { text, list } = p
  const out: { from: number; to: number }[] = []
  for (const item of list!.items as YamlNode[]) {
    if (list!.flow) {
      out.push({ from: item.range![0], to: item.range![1] })
      continue
    }
    let from = lineStart(text, item.range![0])
    const floor = out.at(-1)?.to ?? listFloor(p)
    // Comment lines right above an item belong to it: they move and go with it.
    while (from > floor) {
      const prev = lineStart(text, from - 1)
      if (
        prev < floor ||
        !text
          .slice(prev, from - 1)
          .trim()
          .startsWith('#')
      )
        break
      from = prev
    }
    out.push({ from, to: endOf(text, item) })
  }
  return out
}

/** Where the first item's lines may start: the line after `criteria:`. */
function listFloor(p: Parsed): number {
  const pair = (p.top?.items as Pair[] | undefined)?.find((x) => keyName(x) === 'criteria')
  const key = pair?.key as YamlNode | undefined
  if (!key?.range) return p.list!.range![0]
  const end = p.text.indexOf('\n', key.range[1])
  return end === -1 || end > p.list!.range![0] ? p.list!.range![0] : end + 1
}

const positionOf = (p: Parsed, id: string): number => p.items.findIndex((item) => idOf(item) === id)
function requireId(p: Parsed, id: string): number {
  const index = positionOf(p, id)
  if (index === -1) fail('criterion_not_found', { id, ids: p.items.map(idOf).filter(Boolean) }, ['criteria'])
  return index
}

/**
 * Adds a criterion, or replaces the criterion `id` where it stands, in a criteria file's text,
 * changing only the lines that differ: the other criteria, keys, comments and blank lines stay
 * byte for byte, and within the criterion an unchanged key keeps its lines and its comments.
 * `rename` gives it a new id; `add` refuses to replace one (a new criterion). The criterion is written in block style (its rule and texts in
 * flow style, as people write them), or as JSON in a file written as JSON. A {@link CriteriaError}
 * says why nothing was written: `criterion_id_invalid`, `criterion_id_taken` (another criterion
 * has the id), or a text that does not parse.
 * @example
 * ```ts
 * const next = setCriterion(text, 'experience', composeCriterion(choice, previous))
 * const added = setCriterion(text, 'new-one', composeCriterion({ ...choice, id: 'new-one' }))
 * ```
 * @category Criteria files
 */
export function setCriterion(
  text: string,
  id: string,
  criterion: Readonly<Record<string, unknown>>,
  options: { rename?: string; add?: boolean } = {},
): string {
  const p = parse(text)
  const newId = options.rename ?? id
  if (!ID.test(newId)) fail('criterion_id_invalid', { id: newId }, ['criteria'])
  const { id: _ignored, ...rest } = criterion
  const item: Record<string, unknown> = { id: newId, ...rest }
  const index = positionOf(p, id)
  // A new criterion never takes the place of one that has its id.
  if (options.add && index !== -1) fail('criterion_id_taken', { id, first: index }, ['criteria', index, 'id'])
  const other = p.items.findIndex((x, i) => i !== index && idOf(x) === newId)
  if (other !== -1) fail('criterion_id_taken', { id: newId, first: other }, ['criteria', other, 'id'])
  const json = p.top?.flow === true
  if (index === -1) return addItem(p, item, json)
  const node = p.list!.items[index] as YamlNode
  if (isMap(node) && !node.flow && !p.list!.flow && isObj(p.items[index])) {
    const edits = editMap(text, node, p.items[index], item, FLOW_KEYS)
    if (edits) return apply(text, edits)
  }
  const from = node.range![0]
  const to = endOf(text, node)
  const indent = columnOf(text, from)
  return apply(text, [
    { from, to, insert: p.list!.flow ? (json ? jsonBody(item, indent) : flowYaml(item)) : blockBody(item, indent) },
  ])
}

function addItem(p: Parsed, item: Record<string, unknown>, json: boolean): string {
  const { text, list, top } = p
  // A flow list gets one more item in flow style (JSON in a JSON file); an empty `[]` in a
  // YAML file becomes a block list, as people write criteria.
  if (list?.flow && (json || list.items.length)) {
    const items = list.items as YamlNode[]
    const last = items.at(-1)
    if (last) {
      const prev = items.at(-2)
      const gap = prev
        ? text.slice(prev.range![1], last.range![0]).replace(/^\s*,/, '')
        : text.slice(list.range![0] + 1, items[0]!.range![0])
      const at = last.range![1]
      return apply(text, [
        {
          from: at,
          to: at,
          insert: `,${gap || ' '}${json ? jsonBody(item, columnOf(text, last.range![0])) : flowYaml(item)}`,
        },
      ])
    }
    const pad = ' '.repeat(lineIndent(text, list.range![0]) + 2)
    return apply(text, [
      {
        from: list.range![0],
        to: endOf(text, list),
        insert: `[\n${pad}${jsonBody(item, pad.length)}\n${pad.slice(2)}]`,
      },
    ])
  }
  if (json && top && !list) {
    // A JSON file without criteria: the key goes in after the last one, as JSON.
    const last = (top.items as Pair[]).at(-1)
    if (last) {
      const at = pairEnd(text, last)
      const pad = ' '.repeat(lineIndent(text, (last.key as YamlNode).range![0]))
      return apply(text, [
        { from: at, to: at, insert: `,\n${pad}"criteria": [\n${pad}  ${jsonBody(item, pad.length + 2)}\n${pad}]` },
      ])
    }
  }
  return appendToList(text, 'criteria', item, FLOW_KEYS)
}
const lineIndent = (text: string, at: number): number => {
  const from = lineStart(text, at)
  return /^ */.exec(text.slice(from))![0].length
}

/**
 * Moves the criterion `id` to place `toIndex` (from 0) in `criteria`, with the comment lines
 * just above it; every line of every criterion stays as written. A place outside the list is a
 * {@link CriteriaError} coded `criterion_position_invalid`.
 * @example
 * ```ts
 * const next = moveCriterion(text, 'typescript', 0) // first in the list
 * ```
 * @category Criteria files
 */
export function moveCriterion(text: string, id: string, toIndex: number): string {
  const p = parse(text)
  const from = requireId(p, id)
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= p.items.length)
    fail('criterion_position_invalid', { position: toIndex, count: p.items.length }, ['criteria'])
  if (from === toIndex) return text
  const s = spans(p)
  const pieces = s.map((x) => text.slice(x.from, x.to))
  const [moved] = pieces.splice(from, 1)
  pieces.splice(toIndex, 0, moved!)
  let out = text.slice(0, s[0]!.from)
  for (let i = 0; i < s.length; i++) out += pieces[i]! + text.slice(s[i]!.to, s[i + 1]?.from ?? text.length)
  return out
}

/**
 * Removes the criterion `id`, with the comment lines just above it and the blank line that
 * parted it from its neighbour; the rest of the text stays as written. The last criterion
 * leaves `criteria: []`, which the file's check then asks to fill.
 * @example
 * ```ts
 * const next = removeCriterion(text, 'typescript')
 * ```
 * @category Criteria files
 */
export function removeCriterion(text: string, id: string): string {
  const p = parse(text)
  const index = requireId(p, id)
  const s = spans(p)
  const list = p.list!
  if (s.length === 1) {
    if (list.flow) return apply(text, [{ from: list.range![0], to: endOf(text, list), insert: '[]' }])
    const pair = (p.top!.items as Pair[]).find((x) => keyName(x) === 'criteria')!
    return apply(text, [{ from: (pair.key as YamlNode).range![0], to: endOf(text, list), insert: 'criteria: []' }])
  }
  const range = index > 0 ? { from: s[index - 1]!.to, to: s[index]!.to } : { from: s[0]!.from, to: s[1]!.from }
  return apply(text, [{ from: range.from, to: range.to, insert: '' }])
}
