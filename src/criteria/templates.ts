import Handlebars from 'handlebars'

/** The helpers message templates may use; any other helper is an error when the template compiles. */
export const TEMPLATE_HELPERS = { list: true, date: true, plural: true } as const

/** How every message template is compiled: strict (a missing variable is an error), known helpers only. */
export const TEMPLATE_COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true, knownHelpers: TEMPLATE_HELPERS } as const

/**
 * Compiles a template the way messages are rendered and returns the first problem with its
 * position, or null. Handlebars compiles lazily, so this is what surfaces errors at load.
 */
export function checkTemplate(source: string): { line: number; column: number; message: string } | null {
  try {
    Handlebars.create().precompile(source, TEMPLATE_COMPILE_OPTIONS)
    return null
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const parse = /Parse error on line (\d+)/.exec(msg)
    const helper = /unknown helper (\S+) - (\d+):(\d+)/.exec(msg)
    if (helper) return { line: Number(helper[2]), column: Number(helper[3]) + 1, message: `unknown helper "${helper[1]}"; templates may use ${Object.keys(TEMPLATE_HELPERS).join(', ')}` }
    return { line: parse ? Number(parse[1]) : 1, column: 1, message: msg.split('\n')[0]! }
  }
}
