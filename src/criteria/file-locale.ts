/**
 * The language a criteria file says it is in (its top-level `locale:`), read from the text
 * alone, so that a file that does not load is still answered in its own language. A line
 * `locale: sv` at the start of a line (YAML) or `"locale": "sv"` (JSON); anything else, or two
 * different answers, is no answer.
 *
 * @example
 * ```ts
 * fileLocale('id: lager\nlocale: sv\njob: [') // 'sv'
 * ```
 * @category Criteria files
 */
export function fileLocale(text: string): 'sv' | 'en' | undefined {
  const found = new Set<string>()
  for (const m of text.matchAll(/^locale[ \t]*:[ \t]*(["']?)(sv|en)\1[ \t]*(?:#.*)?$/gm)) found.add(m[2]!)
  for (const m of text.matchAll(/"locale"\s*:\s*"(sv|en)"/g)) found.add(m[1]!)
  return found.size === 1 ? ([...found][0] as 'sv' | 'en') : undefined
}
