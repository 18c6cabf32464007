import { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml'
import { parseYaml } from '../criteria/yaml-document.js'
import { offsetAt } from '../time/zoned-calendar.js'
import { parseEpoch } from '../time/dates.js'
import type { Application } from '../screen/application.js'
import { addTestCaseToText, type TestCase } from './test-case.js'

// Editing a rule-set test file as a recruiter keeps it: cases listed, one replaced, renamed or
// removed, the rest of the text (comments, order, other cases) kept. A case is named by its
// application's id, made from the candidate's first name (unique in the file), and its
// submission time is written with the job's offset, so a late application reads as late.

/**
 * One case of a test file as the Studio lists it: its id (the application's, null when the
 * application is a file or has none), name, candidate, expectation, and place in `cases`.
 * @example
 * ```ts
 * const entry: TestCaseEntry = { index: 0, id: 'anna', name: 'no licence is a no', firstName: 'Anna', submittedAt: '2026-11-20T10:00:00+01:00', application: { id: 'anna', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} }, expect: { outcome: 'reject' } }
 * ```
 * @category Rule-set testing
 */
export interface TestCaseEntry {
  index: number
  id: string | null
  name: string
  firstName: string | null
  submittedAt: string | null
  /** The application written in the case, or the file it names. */
  application: Application | string | null
  expect: TestCase['expect'] | null
}

/**
 * What an edit of a test file's text came to: the new text, or why it was not made (the id is
 * another case's, no case has the id, or the text is not a test file that can be edited).
 * @example
 * ```ts
 * const edit: TestFileEdit = { ok: false, reason: 'id_taken', id: 'anna' }
 * ```
 * @category Rule-set testing
 */
export type TestFileEdit =
  | { ok: true; text: string; id: string }
  | { ok: false; reason: 'id_taken' | 'no_such_case' | 'not_a_test_file'; id: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null)

/**
 * The cases of a test file's text, in order; none for an empty text, or one that is not YAML
 * or holds no `cases` list.
 * @example
 * ```ts
 * readTestCases('cases:\n  - name: late\n    application: { id: anna, submittedAt: "2026-12-06T23:30:00+01:00", answers: {} }\n    expect: { outcome: reject }\n')[0]!.id // 'anna'
 * ```
 * @category Rule-set testing
 */
export function readTestCases(source: string): TestCaseEntry[] {
  const cases = casesOf(source)
  if (!cases) return []
  return cases.seq.items.map((item, index) => {
    const c: unknown = isMap(item) ? item.toJS(cases.doc) : null
    const r = isRecord(c) ? c : {}
    const app = r.application
    const application = isRecord(app) ? (app as unknown as Application) : text(app)
    const candidate = isRecord(app) && isRecord(app.candidate) ? app.candidate : {}
    return {
      index,
      id: isRecord(app) ? text(app.id) : null,
      name: text(r.name) ?? '',
      firstName: text(candidate.firstName),
      submittedAt: isRecord(app) ? text(app.submittedAt) : null,
      application,
      expect: isRecord(r.expect) ? (r.expect as TestCase['expect']) : null,
    }
  })
}

/** The parsed document and its `cases` list; null when the text is not an editable test file. */
function casesOf(source: string): { doc: Document; seq: YAMLSeq } | null {
  if (!source.trim()) return null
  let doc: Document
  try {
    doc = parseYaml(source)
  } catch {
    return null
  }
  if (doc.errors.length || !isMap(doc.contents)) return null
  const seq = (doc.contents as YAMLMap).get('cases', true)
  return isSeq(seq) ? { doc, seq } : null
}

const idAt = (seq: YAMLSeq, i: number): string | null => {
  const item = seq.items[i]
  const app = isMap(item) ? item.get('application', true) : null
  const id = isMap(app) ? app.get('id') : null
  return typeof id === 'string' ? id : null
}
const indexOf = (seq: YAMLSeq, id: string): number => seq.items.findIndex((_, i) => idAt(seq, i) === id)

/**
 * Writes a case into a test file's text: the case whose application id is `id` is replaced
 * (its comment kept), or, if there is none, the case is added at the end; `rename` gives it a
 * new id, which must be no other case's. The case's application gets the id it is saved under.
 * Everything else in the text is kept.
 * @example
 * ```ts
 * const edit = setTestCase(text, 'anna', testCase, { rename: 'anna-late' })
 * if (edit.ok) save(edit.text)
 * ```
 * @category Rule-set testing
 */
export function setTestCase(
  source: string,
  id: string,
  testCase: TestCase,
  options: { rename?: string } = {},
): TestFileEdit {
  const newId = options.rename ?? id
  const written: TestCase = { ...testCase, application: { ...testCase.application, id: newId } }
  const cases = casesOf(source)
  const at = cases ? indexOf(cases.seq, id) : -1
  if (cases && newId !== id && indexOf(cases.seq, newId) >= 0) return { ok: false, reason: 'id_taken', id: newId }
  if (at < 0) {
    if (options.rename !== undefined) return { ok: false, reason: 'no_such_case', id }
    // A text with cases that cannot be read is not ours to rewrite.
    if (!cases && casesOfLoose(source) === 'broken') return { ok: false, reason: 'not_a_test_file', id }
    return { ok: true, text: addTestCaseToText(source, written), id: newId }
  }
  const { doc, seq } = cases!
  const old = seq.items[at] as YAMLMap
  const node = doc.createNode(written) as YAMLMap
  // The maps people write on one line stay on one line.
  for (const key of ['answers', 'candidate', 'expect']) {
    const inner =
      key === 'expect' ? node.get(key, true) : (node.get('application', true) as YAMLMap | undefined)?.get(key, true)
    if (isMap(inner)) inner.flow = true
  }
  if (old.commentBefore) node.commentBefore = old.commentBefore
  if (old.comment) node.comment = old.comment
  seq.items[at] = node
  return { ok: true, text: doc.toString({ lineWidth: 0 }), id: newId }
}

/** Whether a text that is not an editable test file is a broken one (not to be rewritten) or simply has no cases yet. */
function casesOfLoose(source: string): 'broken' | 'no_cases' {
  try {
    const doc = parseYaml(source)
    if (doc.errors.length) return 'broken'
    if (doc.contents === null) return 'no_cases'
    if (!isMap(doc.contents)) return 'broken'
    // Another kind of file (a criteria file, say) is not a test file without cases.
    if (
      doc.contents.items.some(
        (p) => !['criteria', 'now', 'cases'].includes(String((p.key as { value?: unknown } | null)?.value)),
      )
    )
      return 'broken'
    const cases = doc.contents.get('cases', true)
    return cases === undefined || (isSeq(cases) && !cases.items.length) ? 'no_cases' : 'broken'
  } catch {
    return 'broken'
  }
}

/**
 * Removes the case whose application id is `id` from a test file's text, keeping the rest.
 * @example
 * ```ts
 * const edit = removeTestCase(text, 'anna-2')
 * edit.ok // true
 * ```
 * @category Rule-set testing
 */
export function removeTestCase(source: string, id: string): TestFileEdit {
  const cases = casesOf(source)
  if (!cases) return { ok: false, reason: 'not_a_test_file', id }
  const at = indexOf(cases.seq, id)
  if (at < 0) return { ok: false, reason: 'no_such_case', id }
  cases.seq.items.splice(at, 1)
  return { ok: true, text: cases.doc.toString({ lineWidth: 0 }), id }
}

// Letters a recruiter's candidates' names hold that do not decompose into a base letter and a mark.
const SPELLED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd' }

/**
 * An id for a new case from the candidate's first name: lower case, letters without their
 * marks (å, ä → a, ö → o), words joined by hyphens, and unique among `existing` (anna, anna-2,
 * anna-3); `case` when the name gives nothing.
 * @example
 * ```ts
 * testCaseId('Åsa Öberg', ['asa-oberg']) // 'asa-oberg-2'
 * ```
 * @category Rule-set testing
 */
export function testCaseId(firstName: string, existing: Iterable<string | null>): string {
  const base =
    firstName
      .toLowerCase()
      .replace(/[øæœßđłþð]/g, (c) => SPELLED[c] ?? c)
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'case'
  const taken = new Set(existing)
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

const pad = (n: number, width = 2) => String(Math.trunc(n)).padStart(width, '0')

/**
 * A local date and time in the job's time zone (as a form's date-time field gives it,
 * `2026-12-06T23:30`) written as ISO 8601 with that zone's offset at that moment
 * (`2026-12-06T23:30:00+01:00`), as a test case's `submittedAt` should read; null when it is
 * not a date.
 * @example
 * ```ts
 * submissionTime('2026-12-06T23:30', 'Europe/Stockholm') // '2026-12-06T23:30:00+01:00'
 * submissionTime('2026-07-01T09:00', 'Europe/Stockholm') // '2026-07-01T09:00:00+02:00'
 * ```
 * @category Rule-set testing
 */
export function submissionTime(local: string, timeZone: string): string | null {
  const t = parseEpoch(local, timeZone)
  if (Number.isNaN(t)) return null
  const offset = offsetAt(timeZone, t)
  const wall = new Date(t + offset)
  const minutes = Math.abs(offset) / 60_000
  const sign = offset < 0 ? '-' : '+'
  const seconds = wall.getUTCMilliseconds()
    ? `${pad(wall.getUTCSeconds())}.${pad(wall.getUTCMilliseconds(), 3)}`
    : pad(wall.getUTCSeconds())
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${seconds}${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`
}

/**
 * The local date and time in a time zone of an instant (ISO 8601), as a form's date-time field
 * shows it (`2026-12-06T23:30`): the other way of {@link submissionTime}; null when it is not
 * a date.
 * @example
 * ```ts
 * localDateTime('2026-12-06T22:30:00Z', 'Europe/Stockholm') // '2026-12-06T23:30'
 * ```
 * @category Rule-set testing
 */
export function localDateTime(instant: string, timeZone: string): string | null {
  const t = parseEpoch(instant, timeZone)
  if (Number.isNaN(t)) return null
  const wall = new Date(t + offsetAt(timeZone, t))
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
}
