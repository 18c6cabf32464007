import type { Locale } from './schema.js'

/**
 * A text that may be given once or per language (`job.title`), in the wanted language: that
 * language's text, else the file's default language, else any.
 * @category Criteria files
 */
export function textIn(
  value: string | Partial<Record<Locale, string | undefined>>,
  locale: Locale,
  fallback: Locale,
): string {
  if (typeof value === 'string') return value
  return value[locale] ?? value[fallback] ?? Object.values(value).find((v): v is string => typeof v === 'string') ?? ''
}
