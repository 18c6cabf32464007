/**
 * The version of autoscreen, recorded in every audit entry. A literal, so no build step reads
 * package.json at run time (test/version.test.ts keeps it equal to package.json's version).
 *
 * @example
 * ```ts
 * console.log(VERSION) // '0.1.0'
 * ```
 * @category Errors and version
 */
export const VERSION: string = '0.1.0'
