// Text from data (sources, group names, criterion ids, column names, application ids) written
// into Markdown reads as that text and nothing else, as HTML escaping does for HTML: one line,
// no markup, no link. Escaped for CommonMark and GitHub's extensions (tables, strikethrough,
// autolinks, math), since a report is read in pull requests, editors and terminals.

// Markup characters in any position: code, emphasis, links and images, raw HTML and
// autolinks, entities, table cells, strikethrough, math, headings (a closing sequence too).
const INLINE = /[\\`*_[\]<>|&~$#]/g
// Marks that begin a block when they begin a line (a list item, a thematic break or setext
// underline, an ordered list): data never starts a line, but it does start a list item's text.
const LEADING_MARK = /^[-+=]/
const LEADING_NUMBER = /^(\d+)([.)])/
// Autolinks without brackets: "javascript:…", "http://…", "www.example", "example.com" (linkify
// in editors), "name@example.com". Breaking the colon or the dot keeps them text.
const SCHEME_COLON = /(?<=[A-Za-z][A-Za-z0-9+.-]*):(?=\S)/g
const DOMAIN_DOT = /(?<=[\p{L}\p{N}])\.(?=\p{L})/gu
// Line breaks of every kind and other control characters: one line, one table row, one item.
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

/**
 * Escapes data for Markdown: on one line, with every character that could start markup,
 * a link or a block escaped with a backslash, so that it renders as the text it is.
 */
export function markdownText(value: string): string {
  return value
    .replace(BREAKS, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(INLINE, '\\$&')
    .replace(SCHEME_COLON, '\\:')
    .replace(DOMAIN_DOT, '\\.')
    .replace(LEADING_MARK, '\\$&')
    .replace(LEADING_NUMBER, '$1\\$2')
}
