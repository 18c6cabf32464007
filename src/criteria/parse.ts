import { isAlias, isCollection, isPair, type Document } from 'yaml'
import type * as z from 'zod'
import type { IssueParams } from '../issues/issue-code.js'
import { issue } from '../issues/issue.js'
import { CriteriaError, type Issue, type SourceLocation } from '../errors.js'
import type { PositionIndex } from './positions.js'
import { parseWithPositions } from './positions.js'
import { readPlainYaml } from './plain-yaml.js'
import { CriteriaSchema, RETIRED_KEYS, type Criteria, type Locale, type Stage } from './schema.js'
import { suggest } from './suggest.js'
import { englishKeys } from './swedish-keys.js'
import { yamlSlips } from './yaml-slips.js'
import { impossibleDate } from './impossible-date.js'
// The screen codes' English only: the whole catalogue would weigh on every browser bundle.
import { enScreen as en, type ScreenIssueCode } from '../issues/wording-en.js'

/**
 * A criteria file parsed and checked against the schema, with what is needed to point at
 * any of its values: the file name and a position index.
 *
 * @example
 * ```ts
 * const doc = parseCriteria(yamlText, { file: 'rules/frontend-developer.yaml' })
 * doc.criteria.job.title // 'Frontend developer'
 * doc.locate(['criteria', 0, 'rule']) // { file: 'rules/frontend-developer.yaml', line: 31, column: 11 }
 * ```
 * @category Criteria files
 */
export interface CriteriaDocument {
  /** The parsed criteria, defaults applied. */
  readonly criteria: Criteria
  /** The file it came from, if any. */
  readonly file?: string
  /** Custom message templates named by the file, loaded and checked ({ stage: { locale: { subject, body } } }). */
  readonly templates?: Partial<Record<Stage, Partial<Record<Locale, { subject: string; body: string; file: string }>>>>
  /** Finds the line and column of a path in the source. */
  locate(
    path: readonly (string | number)[],
    options?: { key?: boolean },
  ): { file?: string; line?: number; column?: number }
  /** What loading found worth a look but not worth refusing the file for (`autoscreen validate` prints them). */
  readonly warnings?: readonly Issue[]
}

/** Options of {@link parseCriteria}.
 * @category Criteria files
 */
export interface ParseCriteriaOptions {
  /** File name used in errors. */
  file?: string
  /** `yaml` (default; also reads JSON) or `json` (strict JSON syntax). */
  format?: 'yaml' | 'json'
}

/** Parses text into a value with positions, or throws a CriteriaError naming the syntax error.
 * @category Criteria files
 */
export function parseSource(
  text: string,
  options: ParseCriteriaOptions = {},
): { value: unknown; index: PositionIndex; warnings?: Issue[] } {
  const file = options.file
  const where = (line: number, column: number) => ({ ...(file === undefined ? {} : { file }), line, column })
  if (options.format === 'json') {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e)
      const pos = /position (\d+)/.exec(msg)
      const offset = pos ? Number(pos[1]) : 0
      const before = text.slice(0, offset).split('\n')
      throw new CriteriaError([
        {
          ...issue('syntax', [], {
            line: before.length,
            reason: 'json',
            said: msg.replace(/ in JSON at position \d+.*$/, ''),
          }),
          ...where(before.length, (before.at(-1)?.length ?? 0) + 1),
        },
      ])
    }
    // Values come from JSON.parse (iterative, so hostile nesting reaches the rule checks);
    // positions come from the YAML parser when it can take the document.
    try {
      return { value: json, index: parseWithPositions(text, file).index }
    } catch {
      return { value: json, index: { locate: () => (file === undefined ? {} : { file }) } }
    }
  }
  // The YAML parser recurses: a file nested thousands of levels deep would overflow the stack.
  // Find where it gets too deep first, and say so there.
  const deep = tooDeep(text)
  if (deep)
    throw new CriteriaError([{ ...issue('too_deep', [], { max: MAX_NESTING }), ...where(deep.line, deep.column) }])
  // The plain part of YAML most criteria files are written in is read straight from the text, a
  // few times faster (plain-yaml.ts); anything else, and so every error, goes to the library.
  const plain = readPlainYaml(text, file)
  if (plain) return { value: plain.value, index: plain.index, warnings: [] }
  let parsed: ReturnType<typeof parseWithPositions>
  try {
    parsed = parseWithPositions(text, file)
  } catch (e) {
    const overflow = e instanceof RangeError
    throw new CriteriaError([
      {
        ...(overflow
          ? issue('too_deep', [])
          : issue('syntax', [], { line: 1, reason: 'unreadable', said: e instanceof Error ? e.message : String(e) })),
        ...where(1, 1),
      },
    ])
  }
  const { doc, index, lines } = parsed
  // What the YAML library would only warn about (on the process's stderr) or loop on, said here
  // with its place: an alias inside the very node it names has no finite value, and a key that
  // is a list or a map would silently become a text.
  const shape = shapeIssues(doc, (offset) => {
    const { line, col } = lines.linePos(offset)
    return where(line, col)
  })
  const shapeErrors = shape.filter((i) => i.severity !== 'warning')
  // A syntax error comes first: what it leaves of the document is no shape the recruiter wrote (a
  // tab that indents a key turns the lines after it into a key that is a list, and `collection_key`
  // would point past the tab).
  if (shapeErrors.length && doc.errors.length === 0) throw new CriteriaError(shapeErrors)
  if (doc.errors.length > 0) {
    throw new CriteriaError(
      // slips: the recruiter's commonest syntax slips in their terms (yaml-slips.ts); the rest as before.
      yamlSlips(doc.errors, text, doc, lines, where).map((err) => {
        if (!(err instanceof Error)) return err
        const { line, col } = lines.linePos(err.pos[0])
        const key = text
          .slice(err.pos[0], err.pos[0] + 200)
          .split(/[:\n]/)[0]!
          .trim()
        if (err.code === 'DUPLICATE_KEY') return { ...issue('duplicate_key', [], { key }), ...where(line, col) }
        // The YAML library's own words (English) are quoted as it said them; the sentence around them is worded per language.
        return {
          ...issue('syntax', [], {
            line,
            ...(err.code === 'MULTIPLE_DOCS' ? { documents: true } : { said: err.message.split('\n')[0]! }),
          }),
          ...where(line, col),
        }
      }),
    )
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    throw new CriteriaError([
      {
        ...issue('syntax', [], { line: 1, reason: 'unreadable', said: e instanceof Error ? e.message : String(e) }),
        ...where(1, 1),
      },
    ])
  }
  return { value, index, warnings: shape }
}

/** Aliases that contain themselves and keys that are collections (errors), and the YAML library's warnings (warnings), located. */
function shapeIssues(doc: Document, at: (offset: number) => SourceLocation): Issue[] {
  const out: Issue[] = []
  // Depth first with the open ancestors of each node: an alias whose target is among them is a
  // cycle. (The recursion is bounded: the text was checked for nesting first.)
  const open = new Set<unknown>()
  const walk = (node: unknown): void => {
    if (isAlias(node)) {
      const target = node.resolve(doc)
      if (target && open.has(target))
        out.push({ ...issue('cyclic_alias', [], { alias: node.source }), ...at(node.range?.[0] ?? 0) })
      return
    }
    if (!isCollection(node)) return
    open.add(node)
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        if (isCollection(item.key))
          out.push({
            ...issue('collection_key', []),
            ...at((item.key as { range?: [number, number, number] | null }).range?.[0] ?? 0),
          })
        walk(item.key)
        walk(item.value)
      } else walk(item)
    }
    open.delete(node)
  }
  walk(doc.contents)
  for (const w of doc.warnings)
    out.push({
      ...issue('yaml_warning', [], { said: w.message.split('\n')[0]! }),
      severity: 'warning',
      ...at(w.pos[0]),
    })
  return out
}

/** Deepest nesting read from YAML, far beyond any criteria file and far below what overflows the parser. */
const MAX_NESTING = 1_000

/**
 * Where a YAML text first nests deeper than {@link MAX_NESTING} levels, counting flow brackets
 * (`[`, `{`, outside quotes and comments) and block indentation, or null. Linear, no recursion.
 */
function tooDeep(text: string): { line: number; column: number } | null {
  let depth = 0
  let line = 1
  let column = 0
  let quote: string | null = null
  let lineStart = true
  let indent = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    column++
    if (ch === '\n') {
      line++
      column = 0
      lineStart = true
      indent = 0
      if (quote === "'" || quote === '"') continue
      continue
    }
    if (lineStart) {
      if (ch === ' ' || ch === '-') {
        // Block nesting: two columns of indentation (or a "- ") per level at the least.
        if (++indent > MAX_NESTING * 2) return { line, column }
        continue
      }
      lineStart = false
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++
      else if (ch === quote) quote = null
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      column += (end === -1 ? text.length : end) - i - 1
      i = end === -1 ? text.length : end - 1
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_NESTING) return { line, column }
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1)
  }
  return null
}

/** Keys whose value is one text per language. */
const LOCALIZED_KEYS = new Set(['reason', 'label', 'signature', 'title'])

/** The value at a path of the document as written, or undefined. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let cur = root
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined
    cur = (cur as Record<string | number, unknown>)[seg]
  }
  return cur
}

/** What was found where another kind was expected, and what to write instead: the arguments of `invalid_type`. */
function wrongType(
  expected: string,
  actual: unknown,
  path: readonly (string | number)[],
  at: IssueParams,
): [ScreenIssueCode, IssueParams] {
  const found: IssueParams =
    typeof actual === 'string'
      ? { found: 'text', value: actual }
      : Array.isArray(actual)
        ? { found: 'list' }
        : actual === null
          ? { found: 'empty' }
          : typeof actual === 'object'
            ? { found: 'map' }
            : { found: typeof actual, value: String(actual) }
  const key = path.at(-1)
  if (typeof key === 'string' && LOCALIZED_KEYS.has(key) && typeof actual === 'string')
    return ['not_localized', { ...at, key, value: actual }]
  if (expected === 'boolean') {
    const yes = typeof actual === 'string' && /^(ja|yes|j|y|sant)$/i.test(actual.trim())
    const no = typeof actual === 'string' && /^(nej|no|n|falskt)$/i.test(actual.trim())
    return [
      'invalid_type',
      { ...at, expected, ...found, ...(yes ? { suggest: 'true' } : no ? { suggest: 'false' } : {}) },
    ]
  }
  if (expected === 'number' && typeof actual === 'string') {
    const t = actual.trim()
    if (/^[-+]?\d+,\d+$/.test(t))
      return ['invalid_type', { ...at, expected, ...found, suggest: t.replace(',', '.'), unquote: true, decimal: true }]
    if (/^[-+]?\d+(\.\d+)?$/.test(t)) return ['invalid_type', { ...at, expected, ...found, suggest: t, unquote: true }]
  }
  return ['invalid_type', { ...at, expected, ...found }]
}

/** What the schema says in its own words (refinements without a code), as codes of the catalogue. */
const SCHEMA_WORDS: Record<string, [ScreenIssueCode, IssueParams]> = {
  'must be a date such as 2026-12-01': ['invalid_format', { format: 'date' }],
  'must be a time such as 08:00': ['invalid_format', { format: 'time' }],
  'a field name starts with a letter and holds only letters, digits and _': [
    'invalid_format',
    { format: 'field_name' },
  ],
  'an id starts with a lowercase letter and holds only letters, digits, - and _': [
    'invalid_format',
    { format: 'criterion_id' },
  ],
  'an id holds lowercase letters, digits and -': ['invalid_format', { format: 'rule_set_id' }],
  'a finding such as protected-ground:sex, personal-reason or unused-field': ['invalid_format', { format: 'finding' }],
  'must be an email address': ['invalid_format', { format: 'email' }],
  'is not a real calendar date': ['not_a_date', {}],
  'this name is reserved': ['reserved_name', {}],
  'must be an https: address, such as https://acme.se/integritet': ['not_https', {}],
  'must hold {applicationId} where the application id goes, so that answers can be joined with results': [
    'survey_address',
    {},
  ],
  'must name a template file ending in .hbs': ['template_path', { ext: true }],
  'must be a whole number of working days': ['not_whole', { unit: 'working days' }],
}

/** One zod issue as a code of the catalogue and its arguments: zod's own words never reach a recruiter. */
function schemaIssue(
  zi: z.core.$ZodIssue,
  path: (string | number)[],
  actual: unknown,
  value: unknown,
  at: IssueParams,
): [ScreenIssueCode, (string | number)[], IssueParams] {
  const known = SCHEMA_WORDS[zi.message]
  if (zi.code === 'invalid_type' || zi.code === 'invalid_union') {
    if (actual === undefined && value !== undefined)
      return [
        'missing_key',
        path,
        { key: String(path.at(-1)), ...(path.length > 1 ? { in: pathText(path.slice(0, -1)) } : {}) },
      ]
    if (zi.code === 'invalid_union' && (zi as { note?: string }).note === 'No matching discriminator')
      return ['invalid_type_name', path.at(-1) === 'type' ? path : [...path, 'type'], at]
    if (zi.code === 'invalid_union')
      return ['not_localized', path, { ...at, found: JSON.stringify(actual) ?? String(actual) }]
    if (value === undefined) return ['invalid_type', path, { ...at, expected: zi.expected }]
    return [...wrongTypeAt(zi.expected, actual, path, at)]
  }
  if (zi.code === 'invalid_value')
    return [
      'invalid_value',
      path,
      { ...at, values: zi.values.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : String(v))) },
    ]
  if (known) return [known[0], path, { ...at, ...known[1] }]
  if (zi.code === 'custom') {
    const code = (zi as { params?: { code?: ScreenIssueCode } }).params?.code
    if (code === 'control_character') return [code, path, { ...at, ...controlKind(zi.message), detail: zi.message }]
    if (code) return [code, path, at]
  }
  if (zi.code === 'too_small') {
    if (zi.origin === 'string') return ['empty_value', path, at]
    if (zi.origin === 'array') return ['too_few', path, { ...at, min: Number(zi.minimum) }]
    return ['too_small', path, { ...at, min: Number(zi.minimum), inclusive: zi.inclusive !== false }]
  }
  if (zi.code === 'too_big') return ['too_large', path, { ...at, max: Number(zi.maximum) }]
  if (zi.code === 'invalid_format')
    return ['invalid_format', path, { ...at, format: zi.format === 'datetime' ? 'date_time' : zi.format }]
  return ['invalid_value', path, at]
}

const wrongTypeAt = (
  expected: string,
  actual: unknown,
  path: (string | number)[],
  at: IssueParams,
): [ScreenIssueCode, (string | number)[], IssueParams] => {
  const [code, params] = wrongType(expected, actual, path, at)
  return [code, path, params]
}

/** Which kind of control character `textProblem` found, from its words. */
const controlKind = (message: string): IssueParams =>
  /bidi/i.test(message) ? { bidi: true } : /one line/i.test(message) ? { line: true } : {}

/** Turns zod issues into located, recruiter-readable issues. `value` is the document as written, to say what was found.
 * @category Criteria files
 */
export function zodIssues(
  error: z.ZodError,
  index: PositionIndex,
  prefix: (string | number)[] = [],
  value?: unknown,
  schema: z.ZodType = CriteriaSchema,
): Issue[] {
  const out: Issue[] = []
  for (const zi of error.issues) {
    const path = [...prefix, ...(zi.path as (string | number)[])]
    if (zi.code === 'unrecognized_keys') {
      const parent = valueAt(value, path)
      for (const key of zi.keys) {
        const at = [...path, key].join('.')
        const retired = Object.hasOwn(RETIRED_KEYS, at) ? RETIRED_KEYS[at] : undefined
        const known = retired ? [] : knownKeys(schema, path).filter((k) => k !== key)
        // `vikt:` is `weight:` in Swedish: the key it translates comes before one spelt alike.
        const translated = englishKeys(key).find((k) => known.includes(k))
        const hint = retired ? undefined : (translated ?? suggest(key, known))
        const params: IssueParams = {
          key,
          ...(path.length ? { in: pathText(path) } : {}),
          ...(retired ? { retired } : hint ? { hint, ...(translated ? { translated: true } : {}) } : {}),
        }
        // `{ sv: B-körkort, eftersom … }`: in a one-line map a comma ends the text, and the rest becomes keys.
        const broken = parent && typeof parent === 'object' && (parent as Record<string, unknown>)[key] === null
        // slips: `{ min: 1,5 }`: the comma split a decimal number, and its decimals became a key.
        if (broken && /^\d+$/.test(key)) {
          // The key written just before it, by place (a digit key comes first among an object's keys).
          const at = index.locate([...path, key], { key: true })
          let before: string | undefined
          let col = 0
          for (const k of Object.keys(parent)) {
            const v = (parent as Record<string, unknown>)[k]
            const p = index.locate([...path, k])
            if (
              typeof v === 'number' &&
              Number.isInteger(v) &&
              p.line === at.line &&
              (p.column ?? 0) < (at.column ?? 0) &&
              (p.column ?? 0) > col
            )
              [before, col] = [k, p.column ?? 0]
          }
          const whole = before === undefined ? undefined : (parent as Record<string, unknown>)[before]
          if (typeof whole === 'number') {
            const params = { op: before!, whole, fraction: key }
            out.push({
              code: 'split_decimal',
              path: [...path, before!],
              params,
              message: en.split_decimal(params),
              ...index.locate([...path, key], { key: true }),
            })
            continue
          }
        }
        if (!hint && broken && (LOCALIZED_KEYS.has(String(path.at(-1))) || /\s/.test(key))) {
          const keys = Object.keys(parent)
          let start = keys.indexOf(key)
          while (start > 0 && (parent as Record<string, unknown>)[keys[start - 1]!] === null) start--
          const owner = keys[start - 1]
          const text = owner === undefined ? undefined : (parent as Record<string, unknown>)[owner]
          let end = keys.indexOf(key)
          while (end + 1 < keys.length && (parent as Record<string, unknown>)[keys[end + 1]!] === null) end++
          const whole =
            typeof text === 'string' ? `${owner}: "${[text, ...keys.slice(start, end + 1)].join(', ')}"` : ''
          // slips: its own code, with the fixed text to write instead
          const params = { key, fixed: whole || `"${key}"` }
          out.push({
            code: 'comma_in_text',
            path: [...path, key],
            params,
            message: en.comma_in_text(params),
            ...index.locate([...path, key], { key: true }),
          })
          continue
        }
        out.push({ ...issue('unknown_key', [...path, key], params), ...index.locate([...path, key], { key: true }) })
      }
      continue
    }
    const actual = valueAt(value, path)
    // slips: "2027-02-30" says why it is no date (February 2027 has 28 days).
    const impossible = zi.code === 'custom' && typeof actual === 'string' ? impossibleDate(actual) : undefined
    if (impossible) {
      out.push({
        code: 'impossible_date',
        path,
        params: impossible,
        message: `${pathText(path)}: ${en.impossible_date(impossible)}`,
        ...index.locate(path),
      })
      continue
    }
    const at = path.length ? { at: pathText(path) } : {}
    out.push({ ...issue(...schemaIssue(zi, path, actual, value, at)), ...index.locate(path) })
  }
  return out
}

/**
 * A path inside a criteria file as recruiters read it, for messages about an {@link Issue}.
 * @example
 * ```ts
 * pathText(['criteria', 2, 'reason', 'en']) // 'criteria[2].reason.en'
 * ```
 * @category Criteria files
 */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** Validates a value against the criteria schema and wraps it with its positions.
 * @category Criteria files
 */
export function criteriaDocument(
  value: unknown,
  index: PositionIndex,
  file?: string,
): { document?: CriteriaDocument; issues: Issue[] } {
  const numbers: (string | number)[][] = []
  const result = CriteriaSchema.safeParse(composed(value, numbers))
  // NaN and the infinities (YAML's .nan and .inf, 1e309, JSON's 1e400) compare false with
  // everything: a bound or a rule holding one would reject every candidate without a word.
  const notFinite = numbers.map(
    (path): Issue => ({ ...issue('not_finite', path, { at: pathText(path) }), ...index.locate(path) }),
  )
  if (!result.success) {
    const said = new Set(numbers.map((p) => p.join('\u0000')))
    return {
      issues: [
        ...notFinite,
        ...zodIssues(result.error, index, [], value).filter((i) => !said.has(i.path.join('\u0000'))),
      ],
    }
  }
  if (notFinite.length) return { issues: notFinite }
  return {
    document: Object.freeze({ criteria: result.data, ...(file === undefined ? {} : { file }), locate: index.locate }),
    issues: [],
  }
}

/**
 * Every text of a document in Unicode's composed form (NFC), so that a rule's "Malmö" and an
 * answer's "Malmö" are the same whichever form an editor saved. Iterative: hostile nesting
 * reaches the checks that report it. Linear: a value shared by several parents is copied once
 * and stays shared; numbers that are not finite are listed in `notFinite` by path; a value that contains itself (a cycle, which only a program can build: a
 * YAML alias inside itself is refused when the text is read) is a {@link CriteriaError}.
 */
function composed(value: unknown, notFinite: (string | number)[][]): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (typeof value === 'number' && !Number.isFinite(value)) notFinite.push([])
  if (!value || typeof value !== 'object') return value
  type Frame = { from: Record<string, unknown>; to: object; keys: string[]; i: number }
  const copies = new Map<object, object>()
  const open = new Set<object>()
  const enter = (from: object): Frame => {
    const to: object = Array.isArray(from) ? [] : {}
    copies.set(from, to)
    open.add(from)
    return { from: from as Record<string, unknown>, to, keys: Object.keys(from), i: 0 }
  }
  const stack: Frame[] = [enter(value)]
  const root = stack[0]!.to
  while (stack.length) {
    const top = stack[stack.length - 1]!
    if (top.i === top.keys.length) {
      open.delete(top.from)
      stack.pop()
      continue
    }
    const k = top.keys[top.i++]!
    let v = top.from[k]
    if (typeof v === 'string') v = v.normalize('NFC')
    else if (typeof v === 'number' && !Number.isFinite(v))
      notFinite.push([...stack.map((f) => (Array.isArray(f.from) ? Number(f.keys[f.i - 1]) : f.keys[f.i - 1]!))])
    else if (v && typeof v === 'object') {
      if (open.has(v)) {
        const path = stack.map((f) => (Array.isArray(f.from) ? Number(f.keys[f.i - 1]) : f.keys[f.i - 1]!))
        throw new CriteriaError([{ ...issue('cyclic_value', path, { at: pathText(path) }) }])
      }
      const done = copies.get(v)
      if (done) v = done
      else {
        const frame = enter(v)
        stack.push(frame)
        v = frame.to
      }
    }
    // defineProperty: a key such as "__proto__" stays a plain key (and is reported as reserved).
    // Every other key is an ordinary own property either way, and assignment is the fast one.
    if (k === '__proto__')
      Object.defineProperty(top.to, k, { value: v, enumerable: true, writable: true, configurable: true })
    else (top.to as Record<string, unknown>)[k] = v
  }
  return root
}

/** Orders issues by line and column.
 * @category Criteria files
 */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

type Def = {
  type: string
  shape?: Record<string, { _zod: { def: Def } }>
  innerType?: { _zod: { def: Def } }
  element?: { _zod: { def: Def } }
  valueType?: { _zod: { def: Def } }
  options?: { _zod: { def: Def } }[]
  in?: { _zod: { def: Def } }
}

/** Keys the schema allows at a path, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let defs: Def[] = [(schema as unknown as { _zod: { def: Def } })._zod.def]
  const unwrap = (d: Def): Def[] => {
    if (d.innerType) return unwrap(d.innerType._zod.def)
    if (d.type === 'pipe' && d.in) return unwrap(d.in._zod.def)
    if (d.type === 'union' && d.options) return d.options.flatMap((o) => unwrap(o._zod.def))
    return [d]
  }
  for (const seg of path) {
    defs = defs.flatMap(unwrap).flatMap((d): Def[] => {
      if (d.type === 'object' && d.shape && typeof seg === 'string' && d.shape[seg]) return [d.shape[seg]._zod.def]
      if (d.type === 'array' && d.element && typeof seg === 'number') return [d.element._zod.def]
      if (d.type === 'record' && d.valueType) return [d.valueType._zod.def]
      return []
    })
  }
  return [...new Set(defs.flatMap(unwrap).flatMap((d) => (d.type === 'object' && d.shape ? Object.keys(d.shape) : [])))]
}
