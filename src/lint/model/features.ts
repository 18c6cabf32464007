// Hashed features of a text for the ground classifier of the fairness lint (issue #23; trained by
// test/lint/model/): character n-grams (2–5) inside each word with its boundaries ("<ung>"), word
// unigrams and bigrams, and the text's language, kind (label, value, reason, title; name and note
// count as label) and whether a rule reads the field. Pure TypeScript, no Node built-ins: the same
// code runs in the lint in Node, in a browser bundle and in the Studio page.

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * What the features are made of: the text, its language, where it stands and whether a rule reads it.
 * @example
 * ```ts
 * const input: FeatureInput = { lang: 'sv', kind: 'label', read: true, text: 'Har du B-körkort?' }
 * ```
 */
export interface FeatureInput {
  lang: string
  kind: string
  read?: boolean
  text: string
}

/**
 * The words of a text, lower-cased (letters and digits; Swedish letters kept).
 * @example
 * ```ts
 * words('Har du B-körkort?') // ['har', 'du', 'b', 'körkort']
 * ```
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/**
 * Sorted unique bucket indices (of 2^bits) of the text's features.
 * @example
 * ```ts
 * features({ lang: 'sv', kind: 'title', text: 'Lagerarbetare' }, 14) // Uint32Array of bucket indices below 16384
 * ```
 */
export function features(input: FeatureInput, bits: number, opts: { minN?: number; maxN?: number } = {}): Uint32Array {
  const minN = opts.minN ?? 2
  const maxN = opts.maxN ?? 5
  const mask = (1 << bits) - 1
  const set = new Set<number>()
  const add = (s: string) => set.add(fnv(s) & mask)
  const kind = input.kind === 'name' || input.kind === 'note' ? 'label' : input.kind
  add(`L=${input.lang}`)
  add(`K=${kind}`)
  add(`K=${kind}|R=${input.read === false ? 0 : 1}`)
  add('bias')
  const ws = words(input.text)
  let prev = '^'
  for (const w of ws) {
    add(`w=${w}`)
    add(`b=${prev} ${w}`)
    prev = w
    const b = `<${w}>`
    for (let n = minN; n <= maxN; n++) for (let i = 0; i + n <= b.length; i++) add(`c=${b.slice(i, i + n)}`)
  }
  add(`b=${prev} $`)
  return Uint32Array.from([...set].sort((a, b) => a - b))
}
