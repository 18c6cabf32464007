// What screen.bench.ts bundles with esbuild and loads as built code: the hand-written equivalents
// and the 12-criterion set, measured as built as screen() is (see there).
export { HAND, handScreener } from './hand-sets'
export { handScreen, STANDARD_CRITERIA, standardApplications } from './standard-set'
