import { HREF_ATTRIBUTE, linkAddress } from '../criteria/message-html.js'
import { messageBlocks } from './message-blocks.js'

// A candidate message as a small, complete HTML document: what mail clients render well. The
// body comes escaped from the template; only its own structure becomes markup: paragraphs
// (blank lines), line breaks, "• " lines as a list, and https: and mailto: links. A custom
// template may write HTML of its own, from an allow-list checked when it loads (see
// src/criteria/message-html.ts): its blocks are kept as written, and every link it has is
// checked once more here, with its address filled in.

const STYLE = [
  'body{margin:0;padding:24px 16px;background:#ffffff;color:#1f2328;font:16px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;-webkit-text-size-adjust:100%}',
  'main{max-width:600px;margin:0 auto}',
  'p{margin:0 0 1em}',
  'ul{margin:0 0 1em;padding-left:1.25em}',
  'li{margin:0 0 .25em}',
  'a{color:#0b57d0;word-break:break-word}',
  '@media (prefers-color-scheme: dark){body{background:#16181d;color:#e8eaed}a{color:#8ab4f8}}',
].join('\n')
// For the elements only a custom template's HTML has: added when the body has them, so the built-in messages stay as they are.
const MORE_STYLE = [
  'h1,h2,h3{margin:0 0 .5em;line-height:1.25}',
  'h1{font-size:1.5em}',
  'h2{font-size:1.25em}',
  'h3{font-size:1.1em}',
  'ol{margin:0 0 1em;padding-left:1.5em}',
  'blockquote{margin:0 0 1em;padding-left:1em;border-left:3px solid #d0d7de}',
  'hr{border:0;border-top:1px solid #d0d7de;margin:1.5em 0}',
  '@media (prefers-color-scheme: dark){blockquote,hr{border-color:#3d444d}}',
].join('\n')
const MORE_ELEMENTS = /<(?:h[1-3]|ol|blockquote|hr)\b/i

// Addresses in already-escaped text: https: URLs up to a space or "<" (trailing punctuation is
// the sentence's), and email addresses. Nothing else becomes a link.
const LINK = /\bhttps:\/\/[^\s<]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

function links(escaped: string): string {
  // Every address has one or the other: most lines have neither.
  if (!escaped.includes('@') && !escaped.includes('https://')) return escaped
  return escaped.replace(LINK, (match) => {
    const [, url, tail] = /^(.*?)([.,;:!?)]*)$/.exec(match)!
    if (!url) return match
    const href = url.startsWith('https://') ? url : `mailto:${url}`
    return `<a href="${href}">${url}</a>${tail}`
  })
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>/g
const ANCHOR = /<a\b([^>]*)>/gi

/** Links of the template's own go to an address a message may link to, or lose their href (their text stays). */
function checkLinks(html: string): string {
  if (!html.includes('<')) return html
  return html.replace(ANCHOR, (tag, attributes: string) =>
    linkAddress(attributes) ? tag : tag.replace(HREF_ATTRIBUTE, ''),
  )
}

/** Addresses in the text become links, outside tags and outside the template's own links. */
function linkText(html: string): string {
  if (!html.includes('<')) return links(html)
  let out = ''
  let inLink = 0
  let last = 0
  for (const m of html.matchAll(TAG)) {
    const text = html.slice(last, m.index)
    out += (inLink ? text : links(text)) + m[0]
    if (m[2]!.toLowerCase() === 'a') inLink = Math.max(0, inLink + (m[1] ? -1 : 1))
    last = m.index + m[0].length
  }
  const text = html.slice(last)
  return out + (inLink ? text : links(text))
}

function paragraph(block: string[]): string {
  const out: string[] = []
  let lines: string[] = []
  let items: string[] = []
  const flushLines = () => {
    if (lines.length) out.push(`<p>${lines.join('<br>\n')}</p>`)
    lines = []
  }
  const flushItems = () => {
    if (items.length) out.push(`<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`)
    items = []
  }
  for (const line of linkText(checkLinks(block.join('\n'))).split('\n')) {
    if (line.startsWith('• ')) {
      flushLines()
      items.push(line.slice(2))
    } else {
      flushItems()
      lines.push(line)
    }
  }
  flushLines()
  flushItems()
  return out.join('\n')
}

/** The complete document for an escaped message body (text, or a custom template's checked HTML), in its language. */
export function htmlDocument(subject: string, locale: string, escapedBody: string): string {
  const title = subject.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!,
  )
  const body = messageBlocks(escapedBody)
    .map((b) => (b.kind === 'html' ? linkText(checkLinks(b.html)) : paragraph(b.lines)))
    .join('\n')
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${title}</title>
<style>
${STYLE}${MORE_ELEMENTS.test(body) ? `\n${MORE_STYLE}` : ''}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}
