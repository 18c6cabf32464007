import { USAGE_EN } from './usage-en.js'

/**
 * Every usage error the CLI can report, with the arguments its words need: the error is data (a
 * code and its arguments), worded apart in each language (`usage-en.ts`, `usage-sv.ts`: the
 * compiler refuses a language that lacks a code).
 *
 * @example
 * ```ts
 * const args: UsageArgs['no-such-path'] = { path: 'rules/missing.yaml' }
 * ```
 */
export interface UsageArgs {
  /** `--lang` with a value the CLI does not speak, or none. */
  'lang-value': { value?: string }
  /** An option Node's argument parser refused: the option, and Node's own English words. */
  'unknown-option': { option: string; node: string }
  'missing-value': { option: string; node: string }
  'takes-no-value': { option: string; node: string }
  'ambiguous-value': { option: string; node: string }
  /** Anything else Node's argument parser refused, in its words. */
  'bad-arguments': { node: string }
  'no-such-path': { path: string }
  'no-such-folder': { path: string }
  'cannot-read': { path: string }
  /** A file that could not be read, and why, in the words of whatever refused it. */
  'cannot-read-because': { path: string; reason: string }
  /** A problem the library found in an input file, in its words. */
  'input-file': { text: string }
  'format-value': { allowed: readonly string[] }
  'stage-value': { allowed: readonly string[] }
  'locale-value': { allowed: readonly string[] }
  'date-time': { flag: string; value: string }
  'screen-no-output': Record<string, never>
  'max-line': Record<string, never>
  /** `--jobs` that is not a whole number from 1 to `max`. */
  jobs: { max: number }
  'criteria-required': Record<string, never>
  'one-applications-file': Record<string, never>
  'one-results-file': Record<string, never>
  'criteria-files-required': Record<string, never>
  'diff-arguments': Record<string, never>
  'run-pattern': { pattern: string }
  'coverage-threshold': Record<string, never>
  port: Record<string, never>
  'studio-not-built': Record<string, never>
  'max-warnings': Record<string, never>
  'min-group-size': Record<string, never>
  'max-groups': Record<string, never>
  'preview-arguments': Record<string, never>
  'decide-value': { value: string }
  'decision-options': { given: readonly string[] }
}

/** A usage error's code. @example `const code: UsageCode = 'criteria-required'` */
export type UsageCode = keyof UsageArgs

/**
 * The words of every usage error in one language.
 *
 * @example
 * ```ts
 * const words: UsageWording = USAGE_EN
 * words['no-such-path']({ path: 'rules/x.yaml' }) // 'no such file or folder: rules/x.yaml'
 * ```
 */
export type UsageWording = { readonly [C in UsageCode]: (args: UsageArgs[C]) => string }

/** A code with its arguments, the arguments left out where a code takes none. */
type UsageCall = {
  [C in UsageCode]: Record<string, never> extends UsageArgs[C]
    ? [code: C, args?: UsageArgs[C]]
    : [code: C, args: UsageArgs[C]]
}[UsageCode]

/**
 * A usage error: wrong flags or arguments (exit code 2). It carries its code and arguments;
 * main.ts words it in the user's language (`message` holds the English words, for a stack trace).
 *
 * @example
 * ```ts
 * throw new UsageError('no-such-path', { path: 'rules/x.yaml' })
 * ```
 */
export class UsageError extends Error {
  readonly code: UsageCode
  readonly args: UsageArgs[UsageCode]
  constructor(...[code, args]: UsageCall) {
    const given = (args ?? {}) as UsageArgs[UsageCode]
    super(usageText(USAGE_EN, code, given))
    this.name = 'UsageError'
    this.code = code
    this.args = given
  }
}

/**
 * A usage error's words in a language's wording.
 *
 * @example
 * ```ts
 * usageText(USAGE_SV, e.code, e.args) // 'ingen sådan fil eller mapp: rules/x.yaml'
 * ```
 */
export function usageText(words: UsageWording, code: UsageCode, args: UsageArgs[UsageCode]): string {
  return (words[code] as (a: UsageArgs[UsageCode]) => string)(args)
}
