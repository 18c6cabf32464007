// A report built from hostile names (sources, jobs, criterion ids, application ids, a
// demographic column and its groups), and what a Markdown parser (marked, GitHub-flavoured:
// tables, autolinks, strikethrough) makes of it: the block structure, every link and raw HTML,
// and the text of each table cell. The same report built from plain names is the oracle: its
// structure must be the hostile one's.
import { marked, type Token, type Tokens } from 'marked'
import { summarize, type ReportEntry, type Summary } from '../../src/report/summarize'
import { compileCriteria } from '../../src/screen/compile-criteria'

export const HOSTILE = [
  'x\n# Owned heading',
  'y\r\n## sub\r\n',
  'z\u2028### separated',
  '| a | b |',
  '[click](javascript:alert(1))',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '![img](https://evil.example/x.png)',
  '`code` **bold** _it_ ~~strike~~',
  '- list item',
  '1. ordered',
  '> quote',
  '    indented code',
  '---',
  '===',
  'www.evil.example',
  'http://evil.example/path',
  'someone@evil.example',
  '<https://evil.example>',
  '&lt;script&gt; &#60;b&#62;',
  'back\\slash |pipe\\|',
  '$x^2$',
  '[^1] [ref]: https://evil.example',
  'trailing #',
  'tab\there',
  '```js',
  '<!-- comment -->',
]

const screener = compileCriteria({
  id: 'hostile',
  version: 1,
  locale: 'en',
  job: { title: 'T', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
  fields: { ok: { type: 'boolean', label: { en: 'ok' } } },
  criteria: [{ id: 'ok', rule: { var: 'ok' }, required: true, reason: { en: 'ok' } }],
  decision: { minScore: 0 },
})
const now = new Date('2026-11-20T12:00:00Z')

/**
 * A summary where every name comes from `names`: one result per name with that source, job,
 * criterion id, application id (its answer late: an SLA breach) and group; the demographic
 * column is named after the first name. Half pass and half fail, so every group is flagged or not.
 */
export function summaryOf(names: readonly string[]): Summary {
  const column = names[0]!
  const demographics = new Map<string, Record<string, string>>()
  const results = names.map((name, i) => {
    const r = screener.screen(
      { id: `a${i}`, submittedAt: '2026-11-20T09:00:00+01:00', source: name, answers: { ok: i % 2 === 0 } },
      { now },
    ) as ReportEntry
    const entry: ReportEntry = {
      ...r,
      application: { ...r.application, id: name },
      audit: { ...r.audit, criteriaId: name },
      criteria: r.criteria.map((c) => ({ ...c, id: name })),
      message: { sendAt: '2026-12-20T09:00:00.000Z', slaBreached: true },
    }
    demographics.set(name, { [column]: name })
    return entry
  })
  return summarize(results, { demographics, minGroupSize: 1, maxGroups: names.length })
}

/** The same number of plain names. */
export const plainNames = (n: number) => Array.from({ length: n }, (_, i) => `name${i}`)

/** Every token, nested ones too. */
export function allTokens(tokens: Token[]): Token[] {
  const out: Token[] = []
  const walk = (list: Token[]) => {
    for (const t of list) {
      out.push(t)
      if (t.type === 'table') {
        const table = t as Tokens.Table
        for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens)
      }
      if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens)
      if ('items' in t && Array.isArray(t.items)) walk(t.items as Token[])
    }
  }
  walk(tokens)
  return out
}

/** The block structure: each top-level block, with a table's row count, a list's item count, a heading's depth. */
export function blockShape(markdown: string): string[] {
  return marked
    .lexer(markdown)
    .filter((t) => t.type !== 'space')
    .map((t) => {
      if (t.type === 'table') return `table ${(t as Tokens.Table).header.length}x${(t as Tokens.Table).rows.length}`
      if (t.type === 'list') return `list ${(t as Tokens.List).items.length}`
      if (t.type === 'heading') return `h${(t as Tokens.Heading).depth}`
      return t.type
    })
}

const decode = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)

/** What inline tokens show, as a browser would display it. */
const shown = (tokens: Token[]) => decode(marked.Parser.parseInline(tokens))

/** The text each heading shows. */
export const headings = (markdown: string): string[] =>
  marked.lexer(markdown).flatMap((t) => (t.type === 'heading' ? [shown((t as Tokens.Heading).tokens)] : []))

/** The text each cell of the table under `heading` shows. */
export function cellTexts(markdown: string, heading: string): string[][] {
  const tokens = marked.lexer(markdown)
  const at = tokens.findIndex((t) => t.type === 'heading' && shown((t as Tokens.Heading).tokens) === heading)
  if (at < 0) throw new Error(`no heading "${heading}"`)
  const table = tokens.slice(at + 1).find((t) => t.type === 'table') as Tokens.Table
  return table.rows.map((row) => row.map((cell) => shown(cell.tokens)))
}

/** What data should read as once escaped: one line, runs of white space as one space. */
export const asOneLine = (s: string) =>
  s
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
