// The HTML a candidate message may hold, shared by the check of a custom template's markup (at
// load) and by the renderer (the document, its plain-text part, and a last check of every link).
// An allow-list: what a short letter needs, nothing that runs, loads or sends anything.

/** Elements a custom template may use: the structure of a letter. No tables (a letter reads on a phone), no images, no styles. */
export const MESSAGE_ELEMENTS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'a',
  'h1',
  'h2',
  'h3',
  'blockquote',
  'hr',
] as const

/** Elements without an end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'hr'])

/** Elements that start a block of their own: a line that begins with one is markup, not a paragraph of text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'blockquote',
  'hr',
])

/** Elements inside a line of text. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set(['strong', 'b', 'em', 'i', 'a', 'br'])

/**
 * The variables a link's address may come from, as the whole `href`: addresses checked before
 * they reach a message (`job.url` when the criteria load, https: or mailto:; `talentPoolUrl`
 * when the message is rendered, https:). Never a value the candidate gave.
 */
export const URL_VARIABLES: readonly string[] = ['job.url', 'talentPool.joinUrl']

/** Named character references a template may use; anything else is written as the character itself (templates are UTF-8). */
export const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  times: '×',
}

/** Characters a reference must not stand for: controls, line and paragraph separators, bidi controls, surrogates, noncharacters. */
const UNFIT =
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/

/** A character reference at the start of a text: `&name;`, `&#10;`, `&#x0A;` (the semicolon is optional for HTML, so it is read here too). */
export const REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/y

/**
 * What a character reference (`&amp;`, `&#x27;`) stands for, or why it has no place in a
 * message: a name not in {@link NAMED_REFERENCES}, a number that is no character or a control
 * character, a missing semicolon.
 */
export function readReference(ref: string): { char: string } | { problem: string } {
  if (!ref.endsWith(';'))
    return { problem: `"${ref}" reads as a character reference without its ";": write & as &amp;` }
  const body = ref.slice(1, -1)
  if (body.startsWith('#')) {
    const code = /^#[xX]/.test(body) ? parseInt(body.slice(2), 16) : Number(body.slice(1))
    if (!Number.isSafeInteger(code) || code < 1 || code > 0x10ffff) return { problem: `${ref} stands for no character` }
    const char = String.fromCodePoint(code)
    if (UNFIT.test(char) || (code & 0xfffe) === 0xfffe)
      return {
        problem: `${ref} stands for U+${code.toString(16).toUpperCase().padStart(4, '0')}, a control or formatting character that has no place in a message`,
      }
    return { char }
  }
  const char = Object.hasOwn(NAMED_REFERENCES, body) ? NAMED_REFERENCES[body] : undefined
  if (char === undefined)
    return {
      problem: `${ref} is not one of the character references a message may use (${Object.keys(NAMED_REFERENCES)
        .map((n) => `&${n};`)
        .join(' ')}); write the character itself`,
    }
  return { char }
}

/** Text with its character references decoded; one that has no place in a message stays as written. */
export function decodeReferences(html: string): string {
  return html.replace(/&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (ref) => {
    const read = readReference(ref)
    return 'char' in read ? read.char : ref
  })
}

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?'
/** https://host[:port][/path?query#fragment]: a host of its own (no "//evil.example" that takes the page's scheme), no user name ("https://acme.example@evil.example"). */
const HTTPS = new RegExp(`^https://${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?(?:[/?#][^\\s"'<>\\\\\`]*)?$`, 'iu')
const MAILTO = /^mailto:[^\s"'<>\\`@/]+@[^\s"'<>\\`]+$/i
const UNSAFE_IN_URL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

/**
 * Whether a link's address (with its character references decoded) is one a message may link
 * to: an https: address with a host, or a mailto: address. Nothing else: no http:, no
 * `javascript:`, `data:` or `file:`, no address without a scheme, no user name before the host.
 */
export function isMessageLink(address: string): boolean {
  if (UNSAFE_IN_URL.test(address)) return false
  return HTTPS.test(address) || MAILTO.test(address)
}

/** The `href` of a tag's attributes, in quotes (as a template must write it). */
export const HREF_ATTRIBUTE = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i

/** The address of a link, from its tag's attributes and decoded, if a message may link to it; otherwise null. */
export function linkAddress(attributes: string): string | null {
  const m = HREF_ATTRIBUTE.exec(attributes)
  if (!m) return null
  const address = decodeReferences(m[1] ?? m[2] ?? '')
  return isMessageLink(address) ? address : null
}
