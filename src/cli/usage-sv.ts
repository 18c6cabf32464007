import type { UsageWording } from './usage-error.js'

/**
 * Användningsfelen på svenska. Flaggor och kommandon heter som de skrivs.
 *
 * @example
 * ```ts
 * USAGE_SV['criteria-required']({}) // '--criteria <fil> måste anges'
 * ```
 */
export const USAGE_SV: UsageWording = {
  'lang-value': ({ value }) => `--lang ska vara sv eller en${value === undefined ? '' : `, inte "${value}"`}`,
  'unknown-option': ({ option }) => `okänd flagga ${option}`,
  'missing-value': ({ option }) => `${option} behöver ett värde`,
  'takes-no-value': ({ option }) => `${option} tar inget värde`,
  'ambiguous-value': ({ option }) =>
    `värdet efter ${option} börjar med ett bindestreck: glömde du värdet? Skriv ${option.startsWith('--') ? `${option}=-XYZ` : `${option}-XYZ`} om värdet ska börja med ett bindestreck`,
  'bad-arguments': ({ node }) => `argumenten går inte att läsa: ${node}`,
  'no-such-path': ({ path }) => `filen eller mappen finns inte: ${path}`,
  'no-such-folder': ({ path }) => `mappen finns inte: ${path}`,
  'cannot-read': ({ path }) => `kan inte läsa ${path}`,
  'cannot-read-because': ({ path, reason }) => `kan inte läsa ${path}: ${reason}`,
  'input-file': ({ text }) => text,
  'format-value': ({ allowed }) => `--format ska vara något av: ${allowed.join(', ')}`,
  'stage-value': ({ allowed }) => `--stage ska vara något av: ${allowed.join(', ')}`,
  'locale-value': ({ allowed }) => `--locale ska vara något av: ${allowed.join(', ')}`,
  'date-time': ({ flag, value }) =>
    `${flag} ska vara en riktig tidpunkt i ISO 8601, till exempel 2026-11-20T09:00:00+01:00, inte "${value}"`,
  'screen-no-output': () =>
    'screen tar inte -o: resultaten strömmar till standard output medan de bedöms; styr om dem till en fil (> results.jsonl)',
  'max-line': () => '--max-line tar ett heltal tecken, större än 0',
  jobs: ({ max }) => `--jobs tar ett heltal trådar, från 1 till ${max}`,
  'criteria-required': () => '--criteria <fil> måste anges',
  'one-applications-file': () => 'ange en fil med ansökningar (.json eller .jsonl), eller - för standard input',
  'one-results-file': () => 'ange en resultatfil (.jsonl), eller - för standard input',
  'criteria-files-required': () => 'ange minst en kriteriefil, till exempel autoscreen validate rules/*.yaml',
  'diff-arguments': () => '--from, --to och en fil med ansökningar måste anges',
  'run-pattern': ({ pattern }) => `--run är inget giltigt mönster: ${pattern}`,
  'coverage-threshold': () => '--coverage-threshold tar en procentsats från 0 till 100',
  port: () => '--port tar ett portnummer (0 väljer en ledig port)',
  'studio-not-built': () => 'studions sida är inte byggd här: kör npm run build (ett publicerat paket har den med)',
  'max-warnings': () => '--max-warnings tar ett heltal varningar, 0 eller fler',
  'min-group-size': () => '--min-group-size tar ett heltal större än 0',
  'max-groups': () => '--max-groups tar ett heltal större än 0',
  'preview-arguments': () => '--criteria <fil> och --application <fil.json> måste anges',
  'decide-value': ({ value }) => `--decide ska vara pass eller reject (en persons beslut), inte "${value}"`,
  'decision-options': ({ given }) =>
    `${given.join(', ')} hör till en persons beslut: lägg till --decide reject (eller pass)`,
}
