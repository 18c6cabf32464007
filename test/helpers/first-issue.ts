import { isCriteriaError, type Issue } from '../../src/index.js'

/** The first issue of the CriteriaError that `f` throws; any other outcome fails the test. */
export function firstIssue(f: () => unknown): Issue {
  try {
    f()
  } catch (e) {
    if (isCriteriaError(e)) return e.issues[0]!
    throw e
  }
  throw new Error('no error')
}
