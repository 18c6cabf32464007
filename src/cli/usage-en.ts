import type { UsageWording } from './usage-error.js'

/**
 * The usage errors in English.
 *
 * @example
 * ```ts
 * USAGE_EN['criteria-required']({}) // '--criteria <file> is required'
 * ```
 */
export const USAGE_EN: UsageWording = {
  'lang-value': ({ value }) => `--lang must be sv or en${value === undefined ? '' : `, not "${value}"`}`,
  'unknown-option': ({ node }) => node,
  'missing-value': ({ node }) => node,
  'takes-no-value': ({ node }) => node,
  'ambiguous-value': ({ node }) => node,
  'bad-arguments': ({ node }) => node,
  'no-such-path': ({ path }) => `no such file or folder: ${path}`,
  'no-such-folder': ({ path }) => `no such folder: ${path}`,
  'cannot-read': ({ path }) => `cannot read ${path}`,
  'cannot-read-because': ({ path, reason }) => `cannot read ${path}: ${reason}`,
  'input-file': ({ text }) => text,
  'format-value': ({ allowed }) => `--format must be one of: ${allowed.join(', ')}`,
  'stage-value': ({ allowed }) => `--stage must be one of: ${allowed.join(', ')}`,
  'locale-value': ({ allowed }) => `--locale must be one of: ${allowed.join(', ')}`,
  'date-time': ({ flag, value }) =>
    `${flag} must be a real ISO 8601 date-time such as 2026-11-20T09:00:00+01:00, got "${value}"`,
  'screen-no-output': () =>
    'screen takes no -o: results stream to standard output as they are screened; redirect them to a file (> results.jsonl)',
  'max-line': () => '--max-line takes a whole number of characters above 0',
  jobs: ({ max }) => `--jobs takes a whole number of worker threads from 1 to ${max}`,
  'criteria-required': () => '--criteria <file> is required',
  'one-applications-file': () => 'name one applications file (.json or .jsonl), or - for standard input',
  'one-results-file': () => 'name one results file (.jsonl), or - for standard input',
  'criteria-files-required': () => 'name at least one criteria file, e.g. autoscreen validate rules/*.yaml',
  'diff-arguments': () => '--from, --to and one applications file are required',
  'run-pattern': ({ pattern }) => `--run is not a valid pattern: ${pattern}`,
  'coverage-threshold': () => '--coverage-threshold takes a percentage from 0 to 100',
  port: () => '--port takes a port number (0 picks a free one)',
  'studio-not-built': () => 'the studio page is not built here: run npm run build (a published package ships it)',
  'max-warnings': () => '--max-warnings takes a whole number of warnings, 0 or more',
  'min-group-size': () => '--min-group-size takes a whole number above 0',
  'max-groups': () => '--max-groups takes a whole number above 0',
  'preview-arguments': () => '--criteria <file> and --application <file.json> are required',
  'decide-value': ({ value }) => `--decide must be pass or reject (a person's decision), got "${value}"`,
  'decision-options': ({ given }) =>
    `${given.join(', ')} ${given.length === 1 ? 'belongs' : 'belong'} to a person's decision: add --decide reject (or pass)`,
}
