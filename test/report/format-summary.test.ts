import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { formatSummaryHtml, formatSummaryMarkdown } from '../../src/report/format-summary'
import {
  allTokens,
  asOneLine,
  blockShape,
  cellTexts,
  headings,
  HOSTILE,
  plainNames,
  summaryOf,
} from '../helpers/hostile-report'

// Every name in a report comes from data. Markdown is escaped as strictly as HTML: a report of
// hostile names has the structure of one of plain names, no link, no raw HTML, and each name
// reads as itself.

describe('the Markdown report of hostile names', () => {
  const markdown = formatSummaryMarkdown(summaryOf(HOSTILE))
  const plain = formatSummaryMarkdown(summaryOf(plainNames(HOSTILE.length)))

  it('has the block structure of the same report with plain names: no heading, row, list item or code block added', () => {
    expect(blockShape(markdown)).toEqual(blockShape(plain))
    expect(blockShape(plain)).toContain(`table 6x${HOSTILE.length}`)
  })
  it('has no link, image, raw HTML, code or emphasis from data', () => {
    const kinds = new Set(allTokens(marked.lexer(markdown)).map((t) => t.type))
    const plainKinds = new Set(allTokens(marked.lexer(plain)).map((t) => t.type))
    // Only backslash escapes are new: the way the names are kept text.
    expect([...kinds].filter((k) => !plainKinds.has(k))).toEqual(['escape'])
    for (const k of ['link', 'image', 'html', 'codespan', 'code', 'strong', 'em', 'del', 'blockquote'])
      expect(kinds.has(k), k).toBe(false)
    const html = marked.parse(markdown, { async: false })
    expect(html).not.toMatch(/<script|<img|<a |href=|javascript:alert\(1\)<\/a>/)
  })
  it('shows each name as its text, on one line', () => {
    const bySource = cellTexts(markdown, 'By source').map((row) => row[0])
    expect(bySource).toEqual([...HOSTILE].sort((a, b) => a.localeCompare(b)).map(asOneLine))
    const column = `Adverse impact: ${asOneLine(HOSTILE[0]!)}`
    expect(headings(markdown)).toContain(column)
    expect(
      cellTexts(markdown, column)
        .map((row) => row[0])
        .sort(),
    ).toEqual(HOSTILE.map(asOneLine).sort())
  })
})

describe('the HTML report of hostile names', () => {
  const tags = (html: string) => html.match(/<\/?[a-zA-Z][^>]*>/g)
  it('has the tags of the same report with plain names, and each name as escaped text', () => {
    const html = formatSummaryHtml(summaryOf(HOSTILE))
    const plain = formatSummaryHtml(summaryOf(plainNames(HOSTILE.length)))
    expect(tags(html)).toEqual(tags(plain))
    expect(html).not.toMatch(/<script|<img|href=|<!--/)
    for (const name of HOSTILE)
      expect(html).toContain(
        `<td>${name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</td>`,
      )
  })
})

describe('reports of many names', () => {
  it('a result naming 200,000 criteria renders as HTML and Markdown (no call with one argument per criterion)', () => {
    const s = summaryOf(['web'])
    s.criteria = Array.from({ length: 200_000 }, (_, i) => ({ ...s.criteria[0]!, id: `c${i}`, unmet: i % 5 }))
    expect(formatSummaryHtml(s)).toContain('<td>c199999</td>')
    expect(formatSummaryMarkdown(s)).toContain('| c199999 |')
  })
})
