import { BLOCK_ELEMENTS, VOID_ELEMENTS } from '../criteria/message-html.js'

// A message body in blocks, as the HTML document and its plain-text part both read it. Blank
// lines part paragraphs of text, whose lines are kept (a line break is a line break); a line
// that begins with an element of its own (<p>, <ul>, <h2> … from a custom template's HTML)
// begins a block of HTML, as the template wrote it, up to the line where its elements close.
// The markup here is the template's, checked when it loaded; every value in it is escaped.

/** Lines of text (which may hold text-level markup: <strong>, <a …>, <bdi>), or a block of the template's HTML. */
export type MessageBlock = { kind: 'text'; lines: string[] } | { kind: 'html'; html: string }

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>/g
const FIRST_TAG = /^\s*<\/?([A-Za-z][A-Za-z0-9]*)/

/** How many elements a line opens, less those it closes. */
function depthChange(line: string): number {
  // Most lines are text: no tag, nothing to count.
  if (!line.includes('<')) return 0
  let change = 0
  for (const m of line.matchAll(TAG)) if (!VOID_ELEMENTS.has(m[2]!.toLowerCase())) change += m[1] ? -1 : 1
  return change
}

/** The blocks of an escaped body. A body without markup is paragraphs of lines, as before. */
export function messageBlocks(body: string): MessageBlock[] {
  const blocks: MessageBlock[] = []
  let lines: string[] = []
  let html: string[] | null = null
  let depth = 0
  const flush = () => {
    if (lines.length) blocks.push({ kind: 'text', lines })
    lines = []
  }
  for (const line of body.split('\n')) {
    if (html) {
      html.push(line)
      depth += depthChange(line)
      if (depth <= 0) {
        blocks.push({ kind: 'html', html: html.join('\n') })
        html = null
        depth = 0
      }
      continue
    }
    // An element of a paragraph (<strong> …) open across lines keeps them in it.
    if (depth > 0) {
      lines.push(line)
      depth = Math.max(0, depth + depthChange(line))
      continue
    }
    if (line === '') {
      flush()
      continue
    }
    const first = line.includes('<') ? FIRST_TAG.exec(line)?.[1]?.toLowerCase() : undefined
    if (first && BLOCK_ELEMENTS.has(first)) {
      flush()
      depth = depthChange(line)
      if (depth > 0) html = [line]
      else {
        blocks.push({ kind: 'html', html: line })
        depth = 0
      }
      continue
    }
    lines.push(line)
    depth = Math.max(0, depthChange(line))
  }
  if (html) blocks.push({ kind: 'html', html: html.join('\n') })
  flush()
  return blocks
}
