// The date patterns message templates may use ({{date job.closesAt "d MMMM yyyy"}}): date-fns
// letters, a subset. Checked when a template loads; written by time/format-date.ts.

/** One pattern token: quoted text ('kl.', '' for a quote), a known token, or any other letter. */
export const DATE_PATTERN_TOKEN = /'((?:[^']|'')*)'|(EEEE|EEE|yyyy|yy|MMMM|MMM|MM|M|dd|d|HH|H|mm|ss)|([A-Za-z])/g

/** The pattern tokens dates are written with, for documentation and errors. */
export const DATE_TOKENS = [
  'd',
  'dd',
  'M',
  'MM',
  'MMM',
  'MMMM',
  'yy',
  'yyyy',
  'EEE',
  'EEEE',
  'H',
  'HH',
  'mm',
  'ss',
  "'text'",
] as const

/**
 * The first letter of a date pattern that is not a known token, or null. Quoted text
 * (`'kl.'`) and anything that is not a letter pass through as written.
 */
export function dateTokenProblem(pattern: string): string | null {
  for (const m of pattern.matchAll(DATE_PATTERN_TOKEN)) if (m[3]) return m[3]
  return null
}
