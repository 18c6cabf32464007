import pkg from '../package.json' with { type: 'json' }

/**
 * The version of autoscreen, recorded in every audit entry.
 *
 * @example
 * ```ts
 * console.log(VERSION) // '0.1.0'
 * ```
 * @category Errors and version
 */
export const VERSION: string = pkg.version
