import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete'
import type { Text } from '@codemirror/state'
import { hoverTooltip, type Tooltip } from '@codemirror/view'
import { criteriaJsonSchema } from '../index.js'
import type { UiLocale } from './i18n.js'
import { SCHEMA_SV } from './schema-words-sv.js'

// Completion and hover docs in the editor, from the criteria JSON Schema (the one editors use
// through `# yaml-language-server: $schema=…`): which keys fit where, their values, and what
// each means. The path at the cursor is read from indentation, as YAML is written.

type Schema = {
  properties?: Record<string, Schema>
  additionalProperties?: Schema | boolean
  items?: Schema
  oneOf?: Schema[]
  anyOf?: Schema[]
  enum?: unknown[]
  const?: unknown
  description?: string
}

let root: Schema | undefined
const schema = (): Schema => (root ??= criteriaJsonSchema() as Schema)

/** The branches of a schema (oneOf/anyOf flattened). */
const branches = (s: Schema): Schema[] =>
  (s.oneOf ?? s.anyOf ?? [s]).flatMap((b) => (b.oneOf || b.anyOf ? branches(b) : [b]))

function child(s: Schema, key: string | number): Schema | undefined {
  for (const b of branches(s)) {
    if (typeof key === 'number' && b.items) return b.items
    if (typeof key === 'string') {
      if (b.properties?.[key]) return b.properties[key]
      if (typeof b.additionalProperties === 'object') return b.additionalProperties
    }
  }
  return undefined
}

function at(path: readonly (string | number)[]): Schema | undefined {
  let s: Schema | undefined = schema()
  for (const k of path) s = s && child(s, k)
  return s
}

/** A schema description in the page's language (the schema's own words are English). */
export const describedIn = (description: string, locale: UiLocale): string =>
  locale === 'sv' ? (SCHEMA_SV[description] ?? description) : description

const indentOf = (line: string): number => /^( *)(- )?/.exec(line)![0].length

/** The keys above a line (and list items, as 0), from indentation: ['criteria', 0] inside a criterion. */
export function pathAbove(doc: Text, lineNo: number): (string | number)[] {
  const path: (string | number)[] = []
  let limit = indentOf(doc.line(lineNo).text)
  const self = /^( *)- /.exec(doc.line(lineNo).text)
  if (self) {
    path.unshift(0)
    limit = self[1]!.length
  }
  for (let n = lineNo - 1; n >= 1 && limit > 0; n--) {
    const text = doc.line(n).text
    if (!text.trim() || text.trimStart().startsWith('#')) continue
    const item = /^( *)- /.exec(text)
    const key = /^( *)(?:- )?([\w$"'-]+):\s*(#.*)?$/.exec(text)
    const ind = indentOf(text)
    if (ind < limit || (item && item[1]!.length < limit)) {
      if (key && indentOf(text) < limit) {
        path.unshift(key[2]!.replace(/["']/g, ''))
        limit = item ? item[1]!.length : key[1]!.length
        if (item) path.unshift(0)
      } else if (item && item[1]!.length < limit) {
        path.unshift(0)
        limit = item[1]!.length
      }
    }
  }
  return path
}

/** Completion of keys (with their descriptions, in the page's language) and of values with a fixed set. */
export function completeFromSchema(context: CompletionContext, locale: UiLocale = 'en'): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos)
  const before = line.text.slice(0, context.pos - line.from)
  const keyPart = /^(\s*(?:- )?)([\w$-]*)$/.exec(before)
  if (keyPart) {
    const parent = at(pathAbove(context.state.doc, line.number))
    const keys = parent ? branches(parent).flatMap((b) => Object.entries(b.properties ?? {})) : []
    if (!keys.length) return null
    const seen = new Set<string>()
    return {
      from: context.pos - keyPart[2]!.length,
      options: keys
        .filter(([k]) => !seen.has(k) && seen.add(k))
        .map(([k, s]) => ({
          label: k,
          type: 'property',
          apply: `${k}: `,
          ...(s.description ? { info: describedIn(s.description, locale) } : {}),
        })),
      validFor: /^[\w$-]*$/,
    }
  }
  const valuePart = /^\s*(?:- )?([\w$-]+):\s*([\w-]*)$/.exec(before)
  if (valuePart) {
    const s = at([...pathAbove(context.state.doc, line.number), valuePart[1]!])
    const values = s
      ? branches(s)
          .flatMap((b) => [...(b.enum ?? []), ...(b.const !== undefined ? [b.const] : [])])
          .map(String)
      : []
    if (!values.length) return null
    return {
      from: context.pos - valuePart[2]!.length,
      options: [...new Set(values)].map((v) => ({ label: v, type: 'enum' })),
      validFor: /^[\w-]*$/,
    }
  }
  return null
}

/** The description of the key under the pointer, in the page's language. */
export const schemaHover = (locale: () => UiLocale) =>
  hoverTooltip((view, pos): Tooltip | null => {
    const line = view.state.doc.lineAt(pos)
    const m = /^(\s*(?:- )?)([\w$-]+):/.exec(line.text)
    if (!m) return null
    const from = line.from + m[1]!.length
    const to = from + m[2]!.length
    if (pos < from || pos > to) return null
    const s = at([...pathAbove(view.state.doc, line.number), m[2]!])
    const text = s && branches(s).find((b) => b.description)?.description
    if (!text) return null
    return {
      pos: from,
      end: to,
      above: true,
      create: () => {
        const dom = document.createElement('div')
        dom.className = 'schema-doc'
        dom.textContent = describedIn(text, locale())
        return { dom }
      },
    }
  })
