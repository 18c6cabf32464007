/**
 * `autoscreen/node`: everything in `autoscreen`, and what needs Node's file system: loading a
 * criteria file with its templates ({@link loadCriteria}) and running rule-set test files
 * ({@link runRuleTests}). The core entry, `autoscreen`, has no Node built-ins and runs in
 * browsers, Workers, Deno and Bun.
 * @module autoscreen/node
 */
export * from '../index.js'
export { loadCriteria } from './load-criteria.js'
export { runRuleTests } from './run-rule-tests.js'
