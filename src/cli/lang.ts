import { UsageError } from './io.js'

/** The languages the CLI words issues in. */
export type Lang = 'sv' | 'en'

/** Where `--lang` leaves its choice for the command: the environment the command reads. */
export const LANG_VAR = 'AUTOSCREEN_LANG'

/**
 * The language of the CLI's words: `--lang` (carried in AUTOSCREEN_LANG), else the language of
 * the file the words are about (its `locale:`), else the locale of the environment as POSIX orders it (LC_ALL, then LC_MESSAGES, then LANG): one starting with `sv`
 * gives Swedish, anything else English.
 */
export function langOf(env: Record<string, string | undefined>, file?: Lang): Lang {
  const chosen = chosenLang(env)
  if (chosen) return chosen
  if (file) return file
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^sv/i.test(locale) ? 'sv' : 'en'
}

/** The language `--lang` chose (carried in AUTOSCREEN_LANG), if it was given. */
export function chosenLang(env: Record<string, string | undefined>): Lang | undefined {
  const chosen = env[LANG_VAR]
  return chosen === 'sv' || chosen === 'en' ? chosen : undefined
}

/** Takes `--lang sv|en` (or `--lang=sv`) from anywhere on the line: the rest, and the language chosen if any. */
export function takeLang(argv: string[]): { argv: string[]; lang?: Lang } {
  const rest: string[] = []
  let lang: Lang | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--') {
      rest.push(...argv.slice(i))
      break
    }
    const value = a === '--lang' ? argv[++i] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined
    if (value === undefined && a !== '--lang') {
      rest.push(a)
      continue
    }
    if (value !== 'sv' && value !== 'en') throw new UsageError('lang-value', value === undefined ? {} : { value })
    lang = value
  }
  return lang ? { argv: rest, lang } : { argv: rest }
}
