import { appendToList } from '../criteria/yaml-append.js'
import type { Application } from '../screen/application.js'
import type { ScreeningResult } from '../screen/result.js'

/**
 * One case of a rule-set test file, as written in `cases:`.
 * @example
 * ```ts
 * const c: TestCase = { name: 'a strong candidate passes', application: { id: 't-1', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} }, expect: { outcome: 'pass' } }
 * ```
 * @category Rule-set testing
 */
export interface TestCase {
  name: string
  application: Application
  expect: {
    outcome: ScreeningResult['outcome']
    unmet?: string[]
    missing?: string[]
    invalid?: string[]
    review?: string[]
    skipped?: string[]
    nearMiss?: boolean
  }
}

/**
 * A test case that pins down how an application came out: its outcome, and the criteria that
 * were unmet, missing, invalid, for a person or skipped (only the lists that are not empty),
 * and a near miss. What the Studio's "save as test case" writes; edit the expectation if the
 * result was not what the rules should do.
 * @example
 * ```ts
 * const c = testCaseFromResult('no licence is a no', application, screener.screen(application, { now: 'arrival' }))
 * c.expect // { outcome: 'reject', unmet: ['korkort'] }
 * ```
 * @category Rule-set testing
 */
export function testCaseFromResult(name: string, application: Application, result: ScreeningResult<boolean>): TestCase {
  const expect: TestCase['expect'] = { outcome: result.outcome }
  for (const key of ['unmet', 'missing', 'invalid', 'review', 'skipped'] as const)
    if (result[key].length) expect[key] = [...result[key]]
  if (result.nearMiss) expect.nearMiss = true
  return { name, application, expect }
}

/**
 * Adds a case to a rule-set test file's `cases`, keeping everything else in the text exactly
 * as written; an empty text becomes a new test file with a header comment.
 * @example
 * ```ts
 * const text2 = addTestCaseToText(existingText, testCaseFromResult('late is a no', app, result))
 * ```
 * @category Rule-set testing
 */
export function addTestCaseToText(text: string, testCase: TestCase): string {
  const base = text.trim() ? text : '# Test cases: each application is screened and compared with what is expected.\n'
  return appendToList(base, 'cases', testCase as unknown as Record<string, unknown>, CASE_FLOW_KEYS)
}

const CASE_FLOW_KEYS = new Set(['answers', 'candidate', 'expect'])
