import type { CriteriaDocument } from '../criteria/parse.js'
import type { Engine } from '../logic/index.js'
import type { CheckedRules } from './check-criteria.js'

// Loading checks every rule of a file (compiles it, analyses it against the fields); compiling
// needs the same compiled rules. So loading hands what it found to compiling on the document
// itself: a part under a symbol, not enumerable (JSON, spreads and `Object.keys` never see it),
// that holds the engine the rules were compiled with, the compiled rules and conditions, and the
// hash of the criteria they were checked on. Compiling takes them only for the very criteria
// they were checked on (same hash: a document changed after loading is checked again) and with
// the same engine; anything else is checked as before. The public API stays as it was:
// `compileCriteria(loadCriteriaText(…))` or `compileCriteria(await loadCriteria(…))`.

const CHECKS = Symbol('autoscreen.loadedChecks')

/** What loading found of a file's rules, for compiling. */
export interface LoadedChecks extends CheckedRules {
  /** The engine the rules were compiled with. */
  readonly engine: Engine
  /** The engine was made by loading, from no options: compiling without an engine may use it. */
  readonly ownEngine: boolean
  /** SHA-256 of the canonical JSON of the criteria the rules were checked on. */
  readonly hash: string
}

/** Puts what loading found on a document (before it is frozen). */
export function attachChecks<T extends object>(doc: T, checks: LoadedChecks): T {
  Object.defineProperty(doc, CHECKS, { value: checks })
  return doc
}

/**
 * What loading found of a document's rules, when compiling may use it: loaded with the engine
 * compiling is given (or, given none, with an engine loading made from no options).
 */
export function loadedChecks(input: unknown, engine: unknown): LoadedChecks | undefined {
  if (!input || typeof input !== 'object' || !Object.hasOwn(input, CHECKS)) return undefined
  const checks = (input as CriteriaDocument & { [CHECKS]: LoadedChecks })[CHECKS]
  return engine === undefined ? (checks.ownEngine ? checks : undefined) : engine === checks.engine ? checks : undefined
}
