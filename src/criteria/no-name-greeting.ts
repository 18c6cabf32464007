import type { Locale } from './constants.js'

/**
 * How a message greets a candidate without a usable first name, per language: what the
 * built-in templates say, and what a custom template's "Dear {{candidate.firstName}}," line
 * reads instead of "Dear ,".
 */
export const NO_NAME_GREETING: Readonly<Record<Locale, string>> = { sv: 'Hej!', en: 'Hello,' }
