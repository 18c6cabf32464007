import { decodeReferences, linkAddress } from '../criteria/message-html.js'
import { messageBlocks } from './message-blocks.js'

// The plain-text part of a message whose template wrote HTML: the same words, paragraphs as
// blank lines, list items as "• " (or "1. ") lines, a link as its text and its address in
// brackets, character references decoded. The values in the HTML are escaped, so decoding
// gives them back exactly as they were.

const TOKEN = /<(\/?)([A-Za-z][A-Za-z0-9]*)\b([^>]*)>/g
/** One block as text: whitespace collapsed as HTML does (`collapse`), or kept, as in lines of text. */
function blockText(html: string, collapse: boolean): string {
  let out = ''
  let lineStart = true
  const lists: { ordered: boolean; n: number }[] = []
  const links: { address: string | null; from: number }[] = []
  const text = (s: string) => {
    let t = decodeReferences(collapse ? s.replace(/[\t\n\r ]+/g, ' ') : s)
    if (collapse && lineStart) t = t.replace(/^ +/, '')
    if (!t) return
    out += t
    lineStart = false
  }
  const lineBreak = () => {
    out = out.replace(/ +$/, '') + '\n'
    lineStart = true
  }
  const paragraphBreak = () => {
    out = out.replace(/[ \n]+$/, '')
    if (out) out += '\n\n'
    lineStart = true
  }
  let last = 0
  for (const m of html.matchAll(TOKEN)) {
    text(html.slice(last, m.index))
    last = m.index + m[0].length
    const close = m[1] === '/'
    const name = m[2]!.toLowerCase()
    if (name === 'br') lineBreak()
    else if (name === 'hr' || name === 'p' || name === 'blockquote' || /^h[1-3]$/.test(name)) paragraphBreak()
    else if (name === 'ul' || name === 'ol') {
      // A list is a paragraph of its own; one inside an item starts on the item's next line.
      if (close) lists.pop()
      if (!lists.length) paragraphBreak()
      else if (!lineStart) lineBreak()
      if (!close) lists.push({ ordered: name === 'ol', n: 0 })
    } else if (name === 'li' && !close) {
      if (!lineStart) lineBreak()
      const list = lists[lists.length - 1]
      out += '  '.repeat(Math.max(0, lists.length - 1)) + (list?.ordered ? `${++list.n}. ` : '• ')
      lineStart = true
    } else if (name === 'a') {
      if (!close) links.push({ address: linkAddress(m[3] ?? ''), from: out.length })
      else {
        const link = links.pop()
        const shown = link ? out.slice(link.from).trim() : ''
        // A link's address follows its words, unless they are the address (of a mailto: link, without its ?subject=…).
        const address = link?.address?.replace(/^mailto:/i, '')
        if (
          address &&
          ![address, link?.address, /^mailto:/i.test(link?.address ?? '') ? address.split('?')[0] : null].includes(
            shown,
          )
        ) {
          out += `${out === '' || /\s$/.test(out) ? '' : ' '}(${address})`
          lineStart = false
        }
      }
    }
  }
  text(html.slice(last))
  return collapse
    ? out
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : out
}

/**
 * The plain text of a rendered HTML body (a custom template that writes HTML): what the HTML
 * shows, in the blocks the HTML document has.
 */
export function htmlToText(body: string): string {
  return messageBlocks(body)
    .map((b) => (b.kind === 'html' ? blockText(b.html, true) : blockText(b.lines.join('\n'), false)))
    .filter((s) => s.trim() !== '')
    .join('\n\n')
}
