import { isCollection, isPair, type Document, type LineCounter, type YAMLError } from 'yaml'
import type { Issue, SourceLocation } from '../errors.js'
import type { IssueParams } from '../issues/issue-code.js'
// The screen codes' English only: the whole catalogue would weigh on every browser bundle.
import { enScreen as en, type ScreenIssueCode } from '../issues/wording-en.js'

// The YAML parser's errors are written for people who know YAML ("Nested mappings are not
// allowed in compact mappings"). A recruiter's slips are few and known: a tab used to indent,
// a quote never closed, a colon inside a text, a line indented to no key's column. Each is
// said here in the recruiter's terms, with what to write instead and where.

/**
 * Issue codes of the YAML slips the loader recognises (the Studio counts them as syntax errors).
 * @example
 * ```ts
 * YAML_SLIP_CODES.has('tab_indent') // true
 * ```
 * @category Criteria files
 */
export const YAML_SLIP_CODES: ReadonlySet<string> = new Set([
  'tab_indent',
  'quote_not_closed',
  'colon_in_text',
  'wrong_indent',
  'unclosed_bracket',
])

/**
 * The parser's errors as located issues in the recruiter's terms: one per slip (the errors a
 * slip causes further on are left out), or undefined for an error that is none of the known
 * slips (the caller words it as before).
 */
export function yamlSlips(
  errors: readonly YAMLError[],
  text: string,
  doc: Document,
  lines: LineCounter,
  where: (line: number, column: number) => SourceLocation,
): (Issue | YAMLError)[] {
  const all = text.split('\n')
  const lineText = (n: number): string => all[n - 1]?.replace(/\r$/, '') ?? ''
  const out: (Issue | YAMLError)[] = []
  const saidLines = new Set<number>()
  for (const err of errors) {
    const { line, col } = lines.linePos(err.pos[0])
    const issue = recognise(err, line, col)
    if (!issue) {
      if (!saidLines.has(line)) out.push(err)
      saidLines.add(line)
      continue
    }
    if (issue.line !== undefined && saidLines.has(issue.line)) continue
    if (issue.line !== undefined) saidLines.add(issue.line)
    saidLines.add(line)
    out.push(issue)
    // Everything after an open quote is inside it: the parser's other complaints are echoes.
    if (issue.code === 'quote_not_closed') break
  }
  // A tab breaks the indentation of the lines after it: their complaints are echoes of it.
  const tab = out.find((i): i is Issue => !(i instanceof Error) && i.code === 'tab_indent')
  if (!tab) return out
  const after = (i: Issue | YAMLError) =>
    (i instanceof Error ? lines.linePos(i.pos[0]).line : (i.line ?? 0)) > (tab.line ?? 0)
  return out.filter((i) => (i instanceof Error ? !after(i) : i.code !== 'wrong_indent'))

  function slip(code: ScreenIssueCode, params: IssueParams, at: SourceLocation): Issue {
    return { code, path: [], params, message: en[code](params), ...at }
  }

  function recognise(err: YAMLError, line: number, col: number): Issue | undefined {
    // Spaces then a tab (`  \trequired:`) are no TAB_AS_INDENT to the parser but a key at no
    // column: whatever it reports on a line indented with a tab, the tab is the slip.
    const tabbed = /^[ \t]*/.exec(lineText(line))![0].indexOf('\t')
    if (tabbed >= 0) return slip('tab_indent', { line }, where(line, tabbed + 1))
    if (err.code === 'TAB_AS_INDENT') {
      // The tab's own line: the nearest line from the one above the reported one whose indentation holds a tab.
      for (let n = Math.max(1, line - 1); n <= line + 1; n++) {
        const tab = /^[ \t]*/.exec(lineText(n))![0].indexOf('\t')
        if (tab >= 0) return slip('tab_indent', { line: n }, where(n, tab + 1))
      }
      return slip('tab_indent', { line }, where(line, col))
    }
    if (err.code === 'MISSING_CHAR' && /quote/.test(err.message)) {
      const quote = err.message.includes("'") ? "'" : '"'
      let start: number | undefined
      for (const node of nodes(doc)) {
        const r = node.range
        if (
          r &&
          (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
          r[0] < err.pos[0] &&
          r[1] >= err.pos[0]
        )
          start = r[0]
      }
      const at = start === undefined ? { line, col } : lines.linePos(start)
      return slip('quote_not_closed', { quote, line: at.line }, where(at.line, at.col))
    }
    if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'BLOCK_IN_FLOW') {
      const own = lineText(line)
      const rest = own.slice(col - 1)
      // `title: Lager: kväll`: a colon and a space inside an unquoted text make a new key.
      const value =
        err.code === 'BLOCK_IN_FLOW' ? /^[^,}\]]*/.exec(rest)![0].trimEnd() : rest.replace(/\s+#.*$/, '').trimEnd()
      if (/:\s/.test(value) && !/^["']/.test(value)) {
        const fixed =
          `${own.slice(0, col - 1)}"${value.replace(/"/g, '\\"')}"${own.slice(col - 1 + value.length)}`.trim()
        return slip('colon_in_text', { text: value, fixed }, where(line, col))
      }
      if (err.code === 'BLOCK_AS_IMPLICIT_KEY') {
        // `title: x` followed by a line indented further: the next line reads as the rest of the text.
        for (let n = line + 1; n <= Math.min(line + 20, all.length); n++) {
          const t = lineText(n)
          if (!t.trim() || t.trim().startsWith('#')) continue
          return wrongIndent(n)
        }
      }
      return undefined
    }
    if (err.code === 'BAD_INDENT' && /same column/.test(err.message)) return wrongIndent(line)
    // `rule: { var: a` with no `}`: point at the bracket that opened, and say which closes it.
    const close = /end with an? ([}\]])/.exec(err.message)?.[1]
    if (close) {
      let start: number | undefined
      const open = (node: { flow?: boolean; range?: [number, number, number] | null }) => {
        if (node.flow && node.range && node.range[0] < err.pos[0] && node.range[1] >= err.pos[0])
          start = Math.max(start ?? -1, node.range[0])
      }
      for (const node of nodes(doc)) if (isCollection(node)) open(node)
      const at = start === undefined ? { line, col } : lines.linePos(start)
      return slip('unclosed_bracket', { open: close === '}' ? '{' : '[', close, line: at.line }, where(at.line, at.col))
    }
    return undefined
  }

  /** A line indented to no key's column, with the columns of the keys above it. */
  function wrongIndent(n: number): Issue {
    const spaces = /^ */.exec(lineText(n))![0].length
    const above = new Set<number>()
    // At most 200 lines up: a file of many such lines stays linear.
    for (let m = n - 1; m >= Math.max(1, n - 200); m--) {
      const t = lineText(m)
      if (!t.trim() || t.trim().startsWith('#')) continue
      // A key's column: after the dashes of list items (`  - id:` puts id at 4).
      const ind = /^[ -]*/.exec(t)![0].length
      if (!/^ *(- )*[^\s#-][^:]*:(\s|$)/.test(t)) continue
      above.add(ind)
      if (ind === 0) break
    }
    const cols = [...above].filter((a) => a !== spaces).sort((a, b) => a - b)
    return slip('wrong_indent', { line: n, spaces, above: cols }, where(n, spaces + 1))
  }
}

type AnyNode = { type?: string; flow?: boolean; range?: [number, number, number] | null }

/** Every node of a document, iteratively (the yaml library's own visitor would double this code in a browser bundle). */
function nodes(doc: Document): AnyNode[] {
  const out: AnyNode[] = []
  const stack: unknown[] = [doc.contents]
  while (stack.length) {
    const n = stack.pop()
    if (!n || typeof n !== 'object') continue
    if (isPair(n)) {
      stack.push(n.key, n.value)
      continue
    }
    out.push(n as AnyNode)
    if (isCollection(n)) stack.push(...(n.items as unknown[]))
  }
  return out
}
