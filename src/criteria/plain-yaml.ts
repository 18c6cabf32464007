import type { SourceLocation } from '../errors.js'
import type { PositionIndex } from './positions.js'

// Criteria files are written in a small part of YAML: block maps and lists, one-line flow maps
// and lists, one-line plain and quoted texts, comments. Reading that part straight from the
// text is several times faster than the YAML library's document model, which a large file
// spends most of its loading time in. This reader takes only what it is sure of and declines
// (returns null) on anything else: anchors, aliases, tags, directives, block and multi-line
// texts, empty values, duplicate or non-text keys, tabs, unusual numbers, any doubt. The
// caller then parses with the YAML library as before, so every error and warning still comes
// from the same code. Where it answers, its value and positions are the library's: a
// differential test compares the two on real, generated and random texts.

/** Where a value starts: an offset for a text or number, its start and children for a map or list. */
type Place = number | PlaceMap | PlaceList
interface PlaceMap {
  readonly start: number
  readonly keys: string[]
  readonly keyStarts: number[]
  readonly values: Place[]
}
interface PlaceList {
  readonly start: number
  readonly items: Place[]
}

/** Thrown inside the reader to decline; never leaves this file. */
const DECLINE: unique symbol = Symbol('decline')

/** Nesting beyond any criteria file: deeper texts go to the YAML library (which the caller has bounded). */
const MAX_DEPTH = 100

/** Longest implicit key the YAML library takes without an error is 1024 characters: stay well below. */
const MAX_KEY = 1000

// Characters the library treats specially or refuses anywhere in a text: tabs, carriage returns,
// control characters, the byte order mark, Unicode's line separators and non-characters.
const UNUSUAL_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/
// Directives and document markers.
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%)/m

const INT = /^[-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
// Octal, hexadecimal, infinities and NaN: left to the library.
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/

/** The value of a plain (unquoted) text under the YAML 1.2 core schema, as the library reads it. */
function plainValue(s: string): unknown {
  switch (s) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null
    case 'true':
    case 'True':
    case 'TRUE':
      return true
    case 'false':
    case 'False':
    case 'FALSE':
      return false
  }
  const c = s.charCodeAt(0)
  // Most texts start with a letter: no number can.
  if (!(c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57))) return s
  if (INT.test(s)) return parseInt(s, 10)
  if (OTHER_NUMBER.test(s)) throw DECLINE
  if (EXP.test(s) || FLOAT.test(s)) return parseFloat(s)
  return s
}

// Characters that start something other than a plain text (YAML's indicators).
const INDICATORS: ReadonlySet<string> = new Set('-?:,[]{}#&*!|>\'"%@`')
// Characters that end a plain text inside a flow map or list.
const FLOW_END: ReadonlySet<string> = new Set(',[]{}')

// The escapes of a double-quoted text this reader takes; any other goes to the library.
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['n', '\n'],
  ['t', '\t'],
])

const SPACE = 32
const NEWLINE = 10

/** One read of one text; its state lives here, never in the module. */
class PlainReader {
  readonly text: string
  /** Content start and indentation of the current line (the first that is neither blank nor a comment), -1 at the end. */
  cs = -1
  indent = 0

  constructor(text: string) {
    this.text = text
  }

  /** Moves to the first line at or after the line starting at `from` that holds content. */
  seekLine(from: number): void {
    const text = this.text
    let p = from
    while (p < text.length) {
      let q = p
      while (text.charCodeAt(q) === SPACE) q++
      if (q >= text.length) break
      const c = text.charCodeAt(q)
      if (c !== NEWLINE && c !== 35 /* # */) {
        this.cs = q
        this.indent = q - p
        return
      }
      const end = text.indexOf('\n', q)
      if (end < 0) break
      p = end + 1
    }
    this.cs = -1
  }

  /** After a value ending at `p`: only spaces and a comment may follow on its line; then the next line. */
  endLine(p: number): void {
    const text = this.text
    let q = p
    while (text.charCodeAt(q) === SPACE) q++
    if (q < text.length) {
      const c = text.charCodeAt(q)
      if (c === 35 && q > p) {
        const end = text.indexOf('\n', q)
        if (end < 0) {
          this.cs = -1
          return
        }
        q = end
      } else if (c !== NEWLINE) throw DECLINE
      this.seekLine(q + 1)
      return
    }
    this.cs = -1
  }

  isListEntry(p: number): boolean {
    const text = this.text
    if (text.charCodeAt(p) !== 45 /* - */) return false
    const c = text.charCodeAt(p + 1)
    return c === SPACE || c === NEWLINE || p + 1 >= text.length
  }

  /** The document: a map or a list at the first column, and nothing after it. */
  read(): { value: unknown; place: Place } {
    if (UNUSUAL_CHARACTER.test(this.text) || DOCUMENT_MARKER.test(this.text)) throw DECLINE
    this.seekLine(0)
    if (this.cs < 0 || this.indent !== 0) throw DECLINE
    const root = this.block(this.cs, 0, 0)
    if (this.cs >= 0) throw DECLINE
    return root
  }

  /** A map or list whose first entry starts at `p`, in column `indent`. */
  block(p: number, indent: number, depth: number): { value: unknown; place: Place } {
    if (this.isListEntry(p)) return this.list(p, indent, false, depth)
    if (this.key(p)) return this.map(p, indent, depth)
    throw DECLINE
  }

  /** The key of a map entry at `p` (its text, start, and the offset after its colon), or null when the line holds no `key:`. */
  key(p: number): { key: string; start: number; after: number } | null {
    const text = this.text
    const c = text[p]!
    let key: string
    let colon: number
    if (c === '"' || c === "'") {
      const quoted = this.quoted(p)
      if (text.charCodeAt(quoted.end) !== 58 /* : */) return null
      key = quoted.value
      colon = quoted.end
    } else {
      if (INDICATORS.has(c)) return null
      colon = -1
      for (let q = p; q < text.length; q++) {
        const d = text.charCodeAt(q)
        if (d === NEWLINE) break
        if (d === 35 /* # */) return null
        if (d === 58 /* : */) {
          const e = text.charCodeAt(q + 1)
          if (q + 1 >= text.length || e === SPACE || e === NEWLINE) {
            colon = q
            break
          }
        }
      }
      if (colon < 0) return null
      if (text.charCodeAt(colon - 1) === SPACE) throw DECLINE
      const value = plainValue(text.slice(p, colon))
      if (typeof value !== 'string') throw DECLINE
      key = value
    }
    const e = text.charCodeAt(colon + 1)
    if (!(colon + 1 >= text.length || e === SPACE || e === NEWLINE)) throw DECLINE
    if (colon - p > MAX_KEY || key === '__proto__' || key === '<<') throw DECLINE
    return { key, start: p, after: colon + 1 }
  }

  /** A block map whose first key starts at `p`, in column `indent`. */
  map(p: number, indent: number, depth: number): { value: unknown; place: PlaceMap } {
    if (depth > MAX_DEPTH) throw DECLINE
    const text = this.text
    const value: Record<string, unknown> = {}
    const place: PlaceMap = { start: p, keys: [], keyStarts: [], values: [] }
    for (;;) {
      const k = this.key(p)
      if (!k || Object.hasOwn(value, k.key)) throw DECLINE
      let q = k.after
      while (text.charCodeAt(q) === SPACE) q++
      let entry: { value: unknown; place: Place }
      if (q >= text.length || text.charCodeAt(q) === NEWLINE || text.charCodeAt(q) === 35) {
        // The value starts on a later line: a deeper block, or a list in the key's own column.
        this.endLine(k.after)
        if (this.cs < 0) throw DECLINE
        if (this.indent > indent) entry = this.block(this.cs, this.indent, depth + 1)
        else if (this.indent === indent && this.isListEntry(this.cs))
          entry = this.list(this.cs, indent, true, depth + 1)
        else throw DECLINE
      } else {
        entry = this.inline(q, depth + 1, indent)
        if (this.cs >= 0 && this.indent > indent) throw DECLINE
      }
      place.keys.push(k.key)
      place.keyStarts.push(k.start)
      place.values.push(entry.place)
      value[k.key] = entry.value
      if (this.cs < 0 || this.indent < indent) return { value, place }
      if (this.indent > indent || this.isListEntry(this.cs)) throw DECLINE
      p = this.cs
    }
  }

  /** A block list whose first `-` is at `p`, in column `indent`; `ofKey` when it is a map's value in the key's column. */
  list(p: number, indent: number, ofKey: boolean, depth: number): { value: unknown[]; place: PlaceList } {
    if (depth > MAX_DEPTH) throw DECLINE
    const text = this.text
    const value: unknown[] = []
    const place: PlaceList = { start: p, items: [] }
    for (;;) {
      let q = p + 1
      while (text.charCodeAt(q) === SPACE) q++
      if (q === p + 1 || q >= text.length || text.charCodeAt(q) === NEWLINE || text.charCodeAt(q) === 35) throw DECLINE
      const column = indent + (q - p)
      let item: { value: unknown; place: Place }
      if (this.isListEntry(q)) item = this.list(q, column, false, depth + 1)
      else if (this.key(q)) item = this.map(q, column, depth + 1)
      else {
        item = this.inline(q, depth + 1, indent)
        if (this.cs >= 0 && this.indent > indent) throw DECLINE
      }
      place.items.push(item.place)
      value.push(item.value)
      if (this.cs < 0 || this.indent < indent) return { value, place }
      if (this.indent > indent) throw DECLINE
      if (!this.isListEntry(this.cs)) {
        if (ofKey) return { value, place }
        throw DECLINE
      }
      p = this.cs
    }
  }

  /** A value that starts at `p` and ends on its line: a text, a number, or a flow map or list. Moves to the next line. */
  inline(p: number, depth: number, parentIndent: number): { value: unknown; place: Place } {
    const text = this.text
    const c = text[p]!
    if (c === '"' || c === "'") {
      const quoted = this.quoted(p)
      this.endLine(quoted.end)
      return { value: quoted.value, place: p }
    }
    if (c === '{' || c === '[') {
      const flow = this.flow(p, depth)
      this.endLine(flow.end)
      return flow
    }
    if (INDICATORS.has(c) && !(c === '-' && !this.isListEntry(p))) throw DECLINE
    let end = text.indexOf('\n', p)
    if (end < 0) end = text.length
    let q = p
    // A comment starts at a # after a space.
    for (; q < end; q++) if (text.charCodeAt(q) === 35 && text.charCodeAt(q - 1) === SPACE) break
    let last = q
    while (text.charCodeAt(last - 1) === SPACE) last--
    let source = text.slice(p, last)
    if (source.includes(': ') || source.endsWith(':')) throw DECLINE
    if (q < end) {
      this.endLine(last)
      return { value: plainValue(source), place: p }
    }
    // Lines indented deeper than the entry continue the text, folded: one space for a line
    // break, a line break for each empty line between.
    let breaks = 0
    for (let from = end + 1; from < text.length; ) {
      let r = from
      while (text.charCodeAt(r) === SPACE) r++
      let next = text.indexOf('\n', r)
      if (next < 0) next = text.length
      if (r === next) {
        breaks++
        from = next + 1
        continue
      }
      if (r - from <= parentIndent || text.charCodeAt(r) === 35) break
      if (INDICATORS.has(text[r]!)) throw DECLINE
      let e = next
      while (text.charCodeAt(e - 1) === SPACE) e--
      const part = text.slice(r, e)
      if (part.includes(': ') || part.endsWith(':') || part.includes(' #')) throw DECLINE
      source += (breaks ? '\n'.repeat(breaks) : ' ') + part
      breaks = 0
      end = next
      from = next + 1
    }
    this.endLine(end)
    return { value: plainValue(source), place: p }
  }

  /** A quoted text on one line starting at `p`: its value and the offset after its closing quote. */
  quoted(p: number): { value: string; end: number } {
    const text = this.text
    const quote = text.charCodeAt(p)
    let value = ''
    let from = p + 1
    for (let q = p + 1; q < text.length; q++) {
      const c = text.charCodeAt(q)
      if (c === NEWLINE) break
      if (c === quote) {
        if (quote === 39 /* ' */) {
          if (text.charCodeAt(q + 1) === 39) {
            value += text.slice(from, q + 1)
            from = ++q + 1
            continue
          }
        }
        return { value: value + text.slice(from, q), end: q + 1 }
      }
      if (c === 92 /* \ */ && quote === 34 /* " */) {
        const escaped = ESCAPES.get(text[q + 1]!)
        if (escaped === undefined) throw DECLINE
        value += text.slice(from, q) + escaped
        from = ++q + 1
      }
    }
    throw DECLINE
  }

  /** A flow map or list on one line starting at `p` (a `{` or `[`): its value, place and the offset after it. */
  flow(p: number, depth: number): { value: unknown; place: Place; end: number } {
    if (depth > MAX_DEPTH) throw DECLINE
    const text = this.text
    const close = text[p] === '{' ? '}' : ']'
    let q = this.spaces(p + 1)
    if (text[q] === close) {
      return close === '}'
        ? { value: {}, place: { start: p, keys: [], keyStarts: [], values: [] }, end: q + 1 }
        : { value: [], place: { start: p, items: [] }, end: q + 1 }
    }
    const map: Record<string, unknown> | null = close === '}' ? {} : null
    const list: unknown[] = []
    const mapPlace: PlaceMap = { start: p, keys: [], keyStarts: [], values: [] }
    const listPlace: PlaceList = { start: p, items: [] }
    for (;;) {
      let item: { value: unknown; place: Place; end: number }
      if (map) {
        const start = q
        let key: string
        const c = text[q]!
        if (c === '"' || c === "'") {
          const quoted = this.quoted(q)
          key = quoted.value
          q = quoted.end
          if (text[q] !== ':') throw DECLINE
        } else {
          const plain = this.flowPlain(q)
          if (text[plain.end] !== ':' || typeof plain.value !== 'string' || plain.end !== plain.last) throw DECLINE
          key = plain.value
          q = plain.end
        }
        // A colon that a plain key keeps apart from its value (`a:b` would be one text).
        const after = text.charCodeAt(q + 1)
        if (after !== SPACE && !(c === '"' || c === "'")) throw DECLINE
        if (q - start > MAX_KEY || key === '__proto__' || key === '<<' || Object.hasOwn(map, key)) throw DECLINE
        q = this.spaces(q + 1)
        item = this.flowValue(q, depth)
        map[key] = item.value
        mapPlace.keys.push(key)
        mapPlace.keyStarts.push(start)
        mapPlace.values.push(item.place)
      } else {
        item = this.flowValue(q, depth)
        list.push(item.value)
        listPlace.items.push(item.place)
      }
      q = this.spaces(item.end)
      const c = text[q]
      if (c === close)
        return map ? { value: map, place: mapPlace, end: q + 1 } : { value: list, place: listPlace, end: q + 1 }
      if (c !== ',') throw DECLINE
      q = this.spaces(q + 1)
      // A trailing comma, or one more comma: left to the library.
      if (text[q] === close || text[q] === ',') throw DECLINE
    }
  }

  /** A value inside a flow map or list. */
  flowValue(p: number, depth: number): { value: unknown; place: Place; end: number } {
    const c = this.text[p]
    if (c === '{' || c === '[') return this.flow(p, depth + 1)
    if (c === '"' || c === "'") {
      const quoted = this.quoted(p)
      return { value: quoted.value, place: p, end: quoted.end }
    }
    const plain = this.flowPlain(p)
    if (this.text[plain.end] === ':') throw DECLINE
    return { value: plain.value, place: p, end: plain.end }
  }

  /** A plain text inside a flow collection: up to a `,`, bracket or brace; no colon, no #. */
  flowPlain(p: number): { value: unknown; end: number; last: number } {
    const text = this.text
    const c = text[p]
    if (c === undefined || INDICATORS.has(c)) {
      const d = text.charCodeAt(p + 1)
      if (!(c === '-' && d !== SPACE && d !== NEWLINE && !FLOW_END.has(text[p + 1] ?? ','))) throw DECLINE
    }
    let q = p
    for (; q < text.length; q++) {
      const d = text[q]!
      if (FLOW_END.has(d)) break
      if (d === '\n' || d === '#' || d === '"' || d === "'") throw DECLINE
      if (d === ':') break
    }
    if (q >= text.length) throw DECLINE
    let last = q
    while (text.charCodeAt(last - 1) === SPACE) last--
    if (last === p) throw DECLINE
    return { value: plainValue(text.slice(p, last)), end: q, last }
  }

  spaces(p: number): number {
    while (this.text.charCodeAt(p) === SPACE) p++
    return p
  }
}

/**
 * Reads a YAML text written in the plain part of YAML criteria files use (block maps and
 * lists, one-line flow maps and lists, plain and quoted one-line texts, comments) into its
 * value and a position index that answer as the YAML library's would, or null when the text
 * uses anything else (the caller then parses it with the library, which also reports every
 * error).
 *
 * @example
 * ```ts
 * const read = readPlainYaml('job:\n  title: Cook\n', 'job.yaml')
 * read?.value // { job: { title: 'Cook' } }
 * read?.index.locate(['job', 'title']) // { file: 'job.yaml', line: 2, column: 10 }
 * readPlainYaml('a: &x 1\nb: *x\n') // null: anchors are left to the library
 * ```
 * @category Criteria files
 */
export function readPlainYaml(text: string, file?: string): { value: unknown; index: PositionIndex } | null {
  let read: { value: unknown; place: Place }
  try {
    read = new PlainReader(text).read()
  } catch (e) {
    if (e === DECLINE) return null
    throw e
  }
  return { value: read.value, index: placeIndex(read.place, text, file) }
}

/** The position index of a read text: the library's `positionIndex` walk, over places. */
function placeIndex(root: Place, text: string, file: string | undefined): PositionIndex {
  // Line starts are found when a position is first asked for: loading a valid file asks none.
  let lineStarts: number[] | undefined
  const at = (offset: number): SourceLocation => {
    if (!lineStarts) {
      lineStarts = [0]
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
    }
    // The line counter's binary search, so that any offset gives what the library gives.
    let low = 0
    let high = lineStarts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (lineStarts[mid]! < offset) low = mid + 1
      else high = mid
    }
    let line: number
    let col: number
    if (lineStarts[low] === offset) [line, col] = [low + 1, 1]
    else if (low === 0) [line, col] = [0, offset]
    else [line, col] = [low, offset - lineStarts[low - 1]! + 1]
    return { ...(file === undefined ? {} : { file }), line, column: col }
  }
  const startOf = (place: Place): number => (typeof place === 'number' ? place : place.start)
  return {
    locate(path, options) {
      let node: Place = root
      let best: Place = root
      let keyStart = -1
      for (const seg of path) {
        if (typeof node === 'object' && 'keys' in node) {
          const i = node.keys.indexOf(String(seg))
          if (i < 0) break
          keyStart = node.keyStarts[i]!
          node = node.values[i]!
          best = node
        } else if (typeof node === 'object' && typeof seg === 'number') {
          const item: Place | undefined = node.items[seg]
          if (item === undefined) break
          keyStart = -1
          node = item
          best = item
        } else break
      }
      return at(options?.key && keyStart >= 0 ? keyStart : startOf(best))
    },
  }
}
