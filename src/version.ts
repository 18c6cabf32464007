// A named import: bundlers inline the version string, not the whole package.json.
import { version } from '../package.json'

/**
 * The version of autoscreen, recorded in every audit entry.
 *
 * @example
 * ```ts
 * console.log(VERSION) // '0.1.0'
 * ```
 * @category Errors and version
 */
export const VERSION: string = version
