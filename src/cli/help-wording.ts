// What the help says, kept apart from the commands so that `--help` loads no command and no
// dependency, with one catalogue per language (help-en.ts, help-sv.ts).

import type { Lang } from './lang.js'
import { HELP_EN } from './help-en.js'
import { HELP_SV } from './help-sv.js'

/**
 * The commands, in the order the general help lists them.
 *
 * @example
 * ```ts
 * COMMAND_NAMES.includes('screen') // true
 * ```
 */
export const COMMAND_NAMES = [
  'validate',
  'screen',
  'test',
  'lint',
  'report',
  'diff',
  'preview',
  'schema',
  'studio',
] as const

/** A command's name. @example `const name: CommandName = 'lint'` */
export type CommandName = (typeof COMMAND_NAMES)[number]

/**
 * Every word of the help in one language: the general help, a line per command, each
 * command's own help, and what `autoscreen help` says when it names no one command. Option
 * and command names are the same in every language (a test holds the options listed alike).
 *
 * @example
 * ```ts
 * const words: HelpWording = helpWording('sv')
 * words.command.screen.startsWith('Användning: autoscreen screen') // true
 * ```
 */
export interface HelpWording {
  /** `autoscreen --help`: the version and the list of commands (a line each, already laid out) given. */
  general(version: string, commands: string): string
  /** What each command does, in a few words, for the general help. */
  summary: Readonly<Record<CommandName, string>>
  /** `autoscreen <command> --help`. */
  command: Readonly<Record<CommandName, string>>
  /** `autoscreen help a b`: more than one command named. */
  oneCommand(given: number): string
  /** `autoscreen x` (no such command), or `autoscreen help x` (with the commands there are). */
  unknownCommand(name: string, commands?: readonly string[]): string
}

/**
 * The help in a language.
 *
 * @example
 * ```ts
 * helpWording(langOf(io.env)).command.lint
 * ```
 */
export function helpWording(lang: Lang): HelpWording {
  return lang === 'sv' ? HELP_SV : HELP_EN
}
