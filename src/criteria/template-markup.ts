import {
  BLOCK_ELEMENTS,
  INLINE_ELEMENTS,
  isMessageLink,
  MESSAGE_ELEMENTS,
  readReference,
  REFERENCE,
  URL_VARIABLES,
  VOID_ELEMENTS,
} from './message-html.js'
import { lineAndColumn } from './line-and-column.js'

// The HTML in a custom template's own text, checked against an allow-list when the template
// loads (see message-html.ts): a deny-list of bad tags misses the next one. The check reads the
// template's literal text with every {{…}} kept as a placeholder, so a tag split by a variable
// is still seen whole, and knows which variable stands where (only a link's whole address may
// be one, and only an address checked before it reaches a message).

type Loc = { start: { line: number; column: number }; end: { line: number; column: number } }
/** A node of Handlebars' syntax tree, as far as this check reads it. */
export type MarkupNode = { type: string; loc?: Loc } & Record<string, unknown>
type Path = { type: string; original: string; data?: boolean; depth?: number }
/** A problem at a 1-based line and column. */
type Problem = { line: number; column: number; message: string; severity: 'error' }

/** What Handlebars reads (mustaches, blocks, comments) stands as this character in the literal text. */
const HOLE = '\u0001'
const WS = /[\t\n\f\r ]/
const LETTER = /[A-Za-z]/
/** Elements that hold only text and text-level elements. */
const TEXT_ONLY = /^(p|h[1-3]|strong|b|em|i|a)$/
const ALLOWED: ReadonlySet<string> = new Set(MESSAGE_ELEMENTS)
const ALLOWED_TEXT =
  'a message may use <p>, <br>, <ul>, <ol>, <li>, <strong>, <b>, <em>, <i>, <a href="…">, <h1>, <h2>, <h3>, <blockquote> and <hr>'
// Markup that runs code or embeds a page: said first, whatever else is wrong with the tag.
const ACTIVE = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet'])
/** Why common elements that are not allowed have no place in a message. */
const WHY_NOT: [RegExp, string][] = [
  [
    /^(img|image|picture|source|video|audio|track|svg|math|canvas|map|area)$/,
    ': a message loads nothing from elsewhere (an image is fetched when the message is opened, which tells the sender who read it and when), and draws nothing of its own',
  ],
  [
    /^(link|style|meta|base|head|html|body|title)$/,
    ': a message brings no style sheet, redirect or base address of its own; it is sent as a complete document already',
  ],
  [
    /^(form|input|button|select|textarea|option|label|fieldset|output|dialog)$/,
    ': a message asks for nothing in a form; the candidate replies by email',
  ],
  [
    /^(table|thead|tbody|tfoot|tr|td|th|caption|col|colgroup)$/,
    ': a letter is read on a phone, where tables do not fit; write a list (<ul>) instead',
  ],
  [
    /^(div|span|font|center|section|article|header|footer|nav|main|aside)$/,
    ': a letter needs no boxes or fonts; paragraphs (<p>) and emphasis (<strong>, <em>) carry its structure',
  ],
]
// A script URL, also when written with character references or tabs and line breaks inside ("java&#x09;script:").
const SCRIPT_URL = /(?:java|vb)script:/i
const decodeLoosely = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&(?:tab|newline);/gi, '')
    .replace(/[\t\n\r]/g, '')

type Attr = { name: string; at: number; value?: { start: number; end: number; quote: string } }
type Tag = {
  start: number
  end: number
  close: boolean
  name: string
  attrs: Attr[]
  selfClosing: boolean
  unclosed?: 'end' | 'lt'
}
type Declaration = { start: number; end: number; declaration: true }
type Mustache = { end: number; path: string | null; plain: boolean }

/** Where each line starts, and a line and column as an offset into the text. */
function lines(source: string) {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return {
    offset: (p: { line: number; column: number }) => (starts[p.line - 1] ?? source.length) + p.column,
    position: (index: number) => lineAndColumn(starts, index),
  }
}

/** The statements and programs directly under a node. */
export function childrenOf(n: MarkupNode): MarkupNode[] {
  const out: MarkupNode[] = []
  for (const key of ['body', 'program', 'inverse'] as const) {
    const child = n[key] as MarkupNode | MarkupNode[] | undefined
    // One by one: a template of 200,000 {{…}} has that many statements, beyond what a spread
    // into push can pass as arguments (RangeError: Maximum call stack size exceeded).
    if (Array.isArray(child)) for (const c of child) out.push(c)
    else if (child && typeof child === 'object') out.push(child)
  }
  return out
}

/** The template's literal text in place, everything Handlebars reads as {@link HOLE}; and the mustaches by where they start. */
function literalText(source: string, ast: MarkupNode) {
  const { offset } = lines(source)
  // The literal text as slices of the source between holes: an array of one string per
  // character costs the garbage collector more than linear time on a long template.
  const ranges: [number, number][] = []
  const mustaches = new Map<number, Mustache>()
  const stack: MarkupNode[] = [ast]
  while (stack.length) {
    const n = stack.pop()!
    if (n.type === 'ContentStatement' && n.loc) ranges.push([offset(n.loc.start), offset(n.loc.end)])
    if (n.type === 'MustacheStatement' && n.loc) {
      const path = n.path as Path
      const simple = path.type === 'PathExpression' && !path.data && !path.depth
      const plain =
        simple && n.escaped !== false && !((n.params as unknown[] | undefined) ?? []).length && !(n.hash as unknown)
      mustaches.set(offset(n.loc.start), { end: offset(n.loc.end), path: simple ? path.original : null, plain })
    }
    for (const c of childrenOf(n)) stack.push(c)
  }
  ranges.sort((x, y) => x[0] - y[0])
  const holes = (from: number, to: number) => source.slice(from, to).replace(/[^\n]/g, HOLE)
  let literal = ''
  let at = 0
  for (const [start, end] of ranges) {
    if (end <= at) continue
    if (start > at) literal += holes(at, start)
    literal += source.slice(Math.max(start, at), end)
    at = end
  }
  literal += holes(at, source.length)
  return { literal, mustaches }
}

/** Whether a body has markup of its own (a tag, a comment …): then it is HTML; otherwise plain text. */
export function hasMarkup(body: string, ast: MarkupNode): boolean {
  return /<(?:[A-Za-z!?\u0001]|\/[A-Za-z\u0001])/.test(literalText(body, ast).literal)
}

/** Reads the tag at `i` (a "<"), as HTML does: its name, its attributes, and where it ends. */
function readTag(lit: string, i: number): Tag {
  const n = lit.length
  const close = lit[i + 1] === '/'
  let j = i + (close ? 2 : 1)
  let k = j
  while (k < n && !/[\t\n\f\r />]/.test(lit[k]!) && lit[k] !== '<') k++
  const tag: Tag = { start: i, end: n, close, name: lit.slice(j, k), attrs: [], selfClosing: false }
  j = k
  for (;;) {
    while (j < n && WS.test(lit[j]!)) j++
    if (j >= n) {
      tag.unclosed = 'end'
      break
    }
    const c = lit[j]!
    if (c === '>') {
      j++
      break
    }
    if (c === '/') {
      if (lit[j + 1] === '>') {
        tag.selfClosing = true
        j += 2
        break
      }
      j++
      continue
    }
    if (c === '<') {
      tag.unclosed = 'lt'
      break
    }
    const at = j
    k = j + 1
    while (k < n && !/[\t\n\f\r />=<]/.test(lit[k]!)) k++
    const attr: Attr = { name: lit.slice(j, k), at }
    j = k
    let p = j
    while (p < n && WS.test(lit[p]!)) p++
    if (lit[p] === '=') {
      j = p + 1
      while (j < n && WS.test(lit[j]!)) j++
      const q = lit[j]
      if (q === '"' || q === "'") {
        const e = lit.indexOf(q, j + 1)
        attr.value = { start: j + 1, end: e === -1 ? n : e, quote: q }
        j = e === -1 ? n : e + 1
      } else {
        const s = j
        while (j < n && !WS.test(lit[j]!) && lit[j] !== '>') j++
        attr.value = { start: s, end: j, quote: '' }
      }
    }
    tag.attrs.push(attr)
  }
  tag.end = j
  return tag
}

/**
 * The problems of the HTML in a template's own text (the first line is the subject, plain
 * text). The body may use the elements of {@link MESSAGE_ELEMENTS}, and only one attribute:
 * `href` on `<a>`, written in quotes, a literal https: or mailto: address or exactly
 * `{{job.url}}` or `{{talentPool.joinUrl}}`. No comments, no declarations, only the character
 * references a message may use. Each tag gets one error, the worst: markup that runs code
 * (`<script>`, `onclick=`, `javascript:`) first. Once every tag is allowed, the elements must
 * nest as HTML says and close inside the block they open in.
 */
const MAX_PROBLEMS = 100

export function markupProblems(source: string, ast: MarkupNode): Problem[] {
  const { literal: lit, mustaches } = literalText(source, ast)
  const { offset, position } = lines(source)
  const n = lit.length
  const subjectEnd = lit.indexOf('\n') === -1 ? n : lit.indexOf('\n')
  const out: Problem[] = []
  // A hundred problems say what is wrong; a file of 200,000 stray tags need not produce as many.
  let total = 0
  let lastUnlisted = 0
  const error = (index: number, message: string) => {
    total++
    if (out.length < MAX_PROBLEMS) out.push({ ...position(index), message, severity: 'error' })
    else lastUnlisted = index
  }
  const done = (): Problem[] => {
    if (total > out.length)
      out.push({
        ...position(lastUnlisted),
        message: `and ${total - out.length} more problems with the markup, not listed one by one; the last is here`,
        severity: 'error',
      })
    return out
  }
  const shown = (s: string) => s.replace(/\u0001+/g, '{{…}}')

  const tokens: (Tag | Declaration)[] = []
  // Where each character reference starts and how long it is: numbers, not an object and a
  // string each, so that 200,000 of them are no work for the collector (they measured 3.6x per
  // doubling from 80,000 as objects, all of it collecting garbage).
  const refAt: number[] = []
  const refLength: number[] = []
  for (let i = 0; i < n; ) {
    const c = lit[i]
    if (c === '<') {
      const d = lit[i + 1] ?? ''
      if (d === '!' || d === '?') {
        const e = lit.startsWith('<!--', i) ? lit.indexOf('-->', i + 4) : lit.indexOf('>', i)
        const end = e === -1 ? n : lit.startsWith('<!--', i) ? e + 3 : e + 1
        tokens.push({ start: i, end, declaration: true })
        i = end
        continue
      }
      const e = d === '/' ? (lit[i + 2] ?? '') : d
      if (LETTER.test(e) || e === HOLE) {
        const tag = readTag(lit, i)
        tokens.push(tag)
        i = tag.end
        continue
      }
    } else if (c === '&') {
      REFERENCE.lastIndex = i
      const m = REFERENCE.exec(lit)
      if (m) {
        refAt.push(i)
        refLength.push(m[0].length)
        i += m[0].length
        continue
      }
    }
    i++
  }
  const html = tokens.some((t) => t.start > subjectEnd)

  // The subject is one line of plain text: markup and references would show as written.
  for (const t of tokens.filter((t) => t.start < subjectEnd))
    error(
      t.start,
      `the subject line is plain text: ${shown(lit.slice(t.start, Math.min(t.end, subjectEnd)))} would show as written; write the subject without markup`,
    )
  for (let k = 0; k < refAt.length && refAt[k]! < subjectEnd; k++) {
    const text = lit.slice(refAt[k]!, refAt[k]! + refLength[k]!)
    if (text.endsWith(';'))
      error(refAt[k]!, `the subject line is plain text: ${text} would show as written; write the character itself`)
  }
  if (!html) return done()

  const bodyErrors = total
  const reported = new Set<string>()
  for (const t of tokens) {
    if (t.start < subjectEnd) continue
    if ('declaration' in t) {
      error(
        t.start,
        'HTML comments and declarations (<!-- … -->, <!doctype>, <![CDATA[ … ]]>) are not allowed in a message: a comment is sent to the candidate too, and mail programs read some as code; write {{!-- … --}}, which is never sent',
      )
      continue
    }
    const problem = tagProblem(t)
    if (problem) error(problem.at, problem.message)
  }
  for (let k = 0; k < refAt.length; k++) {
    if (refAt[k]! < subjectEnd) continue
    const read = readReference(lit.slice(refAt[k]!, refAt[k]! + refLength[k]!))
    if ('problem' in read) error(refAt[k]!, read.problem)
  }
  if (total === bodyErrors) structureProblems()
  return done()

  /** The worst problem of one tag, or null. */
  function tagProblem(t: Tag): { at: number; message: string } | null {
    const name = t.name.toLowerCase()
    const problems: { rank: number; at: number; message: string }[] = []
    const add = (rank: number, at: number, message: string) => problems.push({ rank, at, message })
    if (!t.close && ACTIVE.has(name))
      add(
        0,
        t.start,
        `<${name}> is not allowed in a message: a message is text and links, and never runs a script or embeds a page`,
      )
    for (const a of t.attrs)
      if (/^on[a-z\u0001]/i.test(a.name) && a.value)
        add(
          1,
          a.at,
          `the event-handler attribute "${shown(a.name)}" is not allowed in a message: a message never runs a script`,
        )
    if (SCRIPT_URL.test(decodeLoosely(lit.slice(t.start, t.end))))
      add(2, t.start, 'a javascript: URL is not allowed in a message; links are https: or mailto: addresses')
    const written = `<${t.close ? '/' : ''}${shown(t.name)}`
    if (t.unclosed)
      add(3, t.start, `the tag ${written} … is not closed with ">"${t.unclosed === 'lt' ? ' before the next "<"' : ''}`)
    if (t.name.includes(HOLE))
      add(4, t.start, `a tag's name cannot come from a variable (${written}…>); ${ALLOWED_TEXT}`)
    else if (!ALLOWED.has(name)) {
      if (!t.close || !reported.has(name))
        add(
          4,
          t.start,
          `${written}> is not allowed in a message${WHY_NOT.find(([re]) => re.test(name))?.[1] ?? ''}; ${ALLOWED_TEXT}`,
        )
    } else if (t.close) {
      if (t.attrs.length) add(5, t.attrs[0]!.at, `an end tag (${written}>) has no attributes`)
    } else {
      const hrefs = t.attrs.filter((a) => a.name.toLowerCase() === 'href')
      for (const a of t.attrs) {
        const attr = a.name.toLowerCase()
        if (a.name.includes(HOLE))
          add(
            5,
            a.at,
            `a variable or block inside a tag is not allowed (${shown(a.name)}): the only place for one is a link's whole address, <a href="{{job.url}}">`,
          )
        else if (attr === 'style')
          add(
            5,
            a.at,
            'the style attribute is not allowed in a message: the message is styled as a whole, for light and dark mode and small screens (and a style can load an image from elsewhere)',
          )
        else if (name !== 'a' || attr !== 'href')
          add(
            5,
            a.at,
            `the attribute "${a.name}" is not allowed on <${name}>: the only attribute a message uses is href on <a>`,
          )
        else if (a !== hrefs[0]) add(5, a.at, 'a link has one address: href is given twice')
        else {
          const problem = hrefProblem(a)
          if (problem) add(5, a.value?.start ?? a.at, problem)
        }
      }
      if (name === 'a' && !hrefs.length) add(5, t.start, 'a link needs its address: <a href="https://…">')
      if (t.selfClosing && !VOID_ELEMENTS.has(name))
        add(
          5,
          t.start,
          `<${name}/> does not end the element: write <${name}>…</${name}>; only <br> and <hr> stand alone`,
        )
    }
    if (!problems.length) return null
    if (!t.close) reported.add(name)
    return problems.sort((a, b) => a.rank - b.rank || a.at - b.at)[0]!
  }

  /** Why a link's address cannot go into a message, or null. */
  function hrefProblem(a: Attr): string | null {
    const v = a.value
    if (!v) return 'a link needs its address: href="https://…"'
    const raw = lit.slice(v.start, v.end)
    const written = source.slice(v.start, v.end)
    if (!v.quote) return `write the address in quotes: href="${written}"`
    const variables = `{{${URL_VARIABLES.join('}} or {{')}}}`
    if (raw.includes(HOLE)) {
      const m = mustaches.get(v.start)
      if (m && m.end === v.end && m.plain && m.path && URL_VARIABLES.includes(m.path)) return null
      if (m && m.end === v.end && m.path)
        return `href="${written}": a link's address may come only from ${variables}, whose addresses are checked to be https: or mailto:${m.path.endsWith('firstName') ? "; the candidate's name is never an address" : ''}`
      return `href="${written}": a variable in a link's address must be the whole address (href="{{job.url}}"), and one of ${variables}; an email address in the text, such as {{job.contact.email}}, becomes a mailto: link by itself`
    }
    let decoded = ''
    for (let i = 0; i < raw.length; ) {
      REFERENCE.lastIndex = i
      const m = raw[i] === '&' ? REFERENCE.exec(raw) : null
      if (!m) {
        decoded += raw[i++]
        continue
      }
      const read = readReference(m[0])
      if ('problem' in read) return read.problem
      decoded += read.char
      i += m[0].length
    }
    if (isMessageLink(decoded)) return null
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded)?.[1]?.toLowerCase()
    const why = decoded.startsWith('//')
      ? 'an address without a scheme takes whatever the mail program shows the message with; write https:// in full'
      : !scheme
        ? 'it is not a full address; write it out, as https://acme.example/jobs'
        : scheme === 'http'
          ? 'http: is sent unencrypted and can be changed on the way'
          : scheme === 'https' || scheme === 'mailto'
            ? /^https:\/\/[^/?#]*@/i.test(decoded)
              ? 'an address with a name before "@" leads somewhere else than it reads'
              : 'it is not a well-formed address (https://host/…, or mailto:name@host)'
            : `${scheme}: links are not allowed in a message`
    return `href="${written}": ${why}; a message links only to https: and mailto: addresses`
  }

  /** Elements that nest as HTML says, and close in the block ({{#if}} …) they open in. */
  function structureProblems(): void {
    const tagAt = new Map<number, Tag>()
    const inTag = new Uint8Array(n)
    for (const t of tokens)
      if (!('declaration' in t) && t.start > subjectEnd) {
        tagAt.set(t.start, t)
        inTag.fill(1, t.start, t.end)
      }
    // The open elements, and where each name stands in them: every step costs the same at any depth.
    const open: { name: string; at: number }[] = []
    const where = new Map<string, number[]>()
    let blocksOpen = 0
    const push = (name: string, at: number) => {
      open.push({ name, at })
      let list = where.get(name)
      if (!list) where.set(name, (list = []))
      list.push(open.length - 1)
      if (!INLINE_ELEMENTS.has(name)) blocksOpen++
    }
    const pop = () => {
      const e = open.pop()!
      where.get(e.name)!.pop()
      if (!INLINE_ELEMENTS.has(e.name)) blocksOpen--
      return e
    }
    const textIn = new Set<number>()
    let lineHasText = false
    const paragraph = () => blocksOpen === 0
    const onText = (at: number) => {
      const top = open[open.length - 1]
      if (top && (top.name === 'ul' || top.name === 'ol') && !textIn.has(top.at)) {
        textIn.add(top.at)
        error(at, `text inside <${top.name}> goes in an <li>`)
      }
      if (paragraph()) lineHasText = true
    }
    const onTag = (t: Tag, floor: number, block: string | null) => {
      const name = t.name.toLowerCase()
      if (t.close) {
        if (VOID_ELEMENTS.has(name)) return void error(t.start, `<${name}> has no end tag: write <${name}> alone`)
        const at = where.get(name) ?? []
        const i = at[at.length - 1] ?? -1
        if (i < floor) {
          const outside = i !== -1
          return void error(
            t.start,
            outside
              ? `</${name}> closes a <${name}> opened outside this {{#${block}}} block: open and close it on the same side of {{#${block}}} … {{/${block}}}`
              : `</${name}> closes nothing: no <${name}> is open here`,
          )
        }
        if (i !== open.length - 1)
          error(t.start, `</${name}> comes before </${open[open.length - 1]!.name}>: close the inner element first`)
        while (open.length > i) pop()
        return
      }
      const parent = open[open.length - 1]?.name
      const problem = nesting(parent, name)
      if (problem) error(t.start, problem)
      else if (!open.length && BLOCK_ELEMENTS.has(name) && lineHasText)
        error(
          t.start,
          `<${name}> starts a block of its own: begin a line with it (the text before it on this line would be cut from its paragraph)`,
        )
      else if (INLINE_ELEMENTS.has(name) && paragraph()) lineHasText = true
      if (!VOID_ELEMENTS.has(name)) push(name, t.start)
    }
    const nesting = (parent: string | undefined, child: string): string | null => {
      if (child === 'li' && parent !== 'ul' && parent !== 'ol') return '<li> goes directly inside <ul> or <ol>'
      if ((parent === 'ul' || parent === 'ol') && child !== 'li')
        return `<${parent}> holds only <li> items: put <${child}> inside an <li>`
      if (parent && TEXT_ONLY.test(parent) && !INLINE_ELEMENTS.has(child))
        return `<${child}> cannot be inside <${parent}>: ${/^(p|h\d)$/.test(parent) ? 'a paragraph or heading' : `<${parent}>`} holds only text, line breaks and <strong>, <b>, <em>, <i> and <a>`
      if (child === 'a' && where.get('a')?.length) return 'a link cannot be inside a link'
      return null
    }
    const close = (depth: number, block: string | null) => {
      while (open.length > depth) {
        const e = pop()
        error(
          e.at,
          `<${e.name}> is not closed: write </${e.name}>${block ? ` in the same branch of its {{#${block}}} … {{/${block}}} block` : ''}`,
        )
      }
    }
    const walk = (body: MarkupNode[], floor: number, block: string | null) => {
      for (const node of body) {
        if (!node.loc) continue
        const s = offset(node.loc.start)
        if (node.type === 'ContentStatement') {
          const e = offset(node.loc.end)
          for (let j = s; j < e; ) {
            const t = tagAt.get(j)
            if (t) {
              onTag(t, floor, block)
              j = t.end
              continue
            }
            if (!inTag[j] && j > subjectEnd) {
              if (lit[j] === '\n') lineHasText = false
              else if (!WS.test(lit[j]!)) onText(j)
            }
            j++
          }
        } else if (node.type === 'MustacheStatement') {
          if (!inTag[s] && s > subjectEnd) onText(s)
        } else if (node.type === 'BlockStatement') {
          const name = (node.path as Path).original
          for (const branch of [node.program, node.inverse] as (MarkupNode | undefined)[]) {
            if (!branch) continue
            const depth = open.length
            walk((branch.body as MarkupNode[] | undefined) ?? [], depth, name)
            close(depth, name)
          }
        }
      }
    }
    walk((ast.body as MarkupNode[] | undefined) ?? [], 0, null)
    close(0, null)
  }
}
