// What the commands say on standard error besides the issues of a file (those are worded by the
// library's catalogue, formatIssue): one catalogue per language (notice-en.ts, notice-sv.ts).

import type { CoverageStatus, Expectation, Outcome, ResultVocabulary } from '../index.js'
import type { Lang } from './lang.js'
import { NOTICE_EN } from './notice-en.js'
import { NOTICE_SV } from './notice-sv.js'
import type { Batch, Mark } from './resume.js'
import type { StopSignal } from './stopped.js'

/**
 * What a failed write had to write: the words come from the catalogue.
 *
 * @example
 * ```ts
 * const what: Written = 'report'
 * ```
 */
export type Written = '' | 'report' | 'junit' | 'comparison' | 'schema' | 'message' | 'results'

/**
 * The failures of a write the catalogue words ("no space left on the device"); another is said
 * in the system's own words.
 *
 * @example
 * ```ts
 * const code: WriteFailure = 'ENOSPC'
 * ```
 */
export type WriteFailure =
  | 'ENOSPC'
  | 'EDQUOT'
  | 'EFBIG'
  | 'EIO'
  | 'EBADF'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENAMETOOLONG'
  | 'EMFILE'
  | 'ENFILE'
  | 'ENXIO'
  | 'ECONNRESET'
  | 'ETIMEDOUT'
  | 'EINVAL'

/**
 * Every notice of the commands in one language: a line on standard error about the run (a line
 * that could not be screened, a warning about the time of a decision, progress, a count at the
 * end, a stop and how to go on, a write that failed). The compiler refuses a language that
 * lacks one. Option names, commands and file names are written as they are typed.
 *
 * @example
 * ```ts
 * noticeWording('sv').progress(1024) // 'bedömt 1 024 ansökningar …'
 * ```
 */
export interface NoticeWording {
  /** A fault of ours, with its stack. */
  internalError(detail: string): string
  /** "cannot write the report to out.md: no space left on the device (ENOSPC); …" (`target` null: standard output). */
  cannotWrite(what: Written, target: string | null, failure: string, detail: string): string
  /** A failed write's cause, in words, with the system's code after it. */
  failure: Readonly<Record<WriteFailure, string>>
  /** "stopped by SIGINT after …": a stopped run, how far it got and how to go on. */
  stopped(signal: StopSignal, detail: string): string

  /** An application whose envelope cannot be used: each problem's answer and words. */
  applicationUnusable(problems: readonly { path: string; message: string }[]): string
  /** A line with bytes that are not UTF-8 (screen). */
  notUtf8Line: string
  /** The time of the decisions, as a warning names it: given with --now, or the clock's. */
  decisionTime(iso: string, given: boolean): string
  /** --now before an application's submission; `last`: further ones are counted at the end. */
  nowBeforeSubmission(decisionTime: string, submittedAt: string, last: boolean): string
  /** screen: how many more applications were submitted after the time of the decisions. */
  submittedAfter(count: number, decisionTime: string): string
  /** diff: how many applications were submitted after the time of the decisions. */
  diffSubmittedAfter(count: number, decisionTime: string): string
  /** The progress line on a terminal. */
  progress(count: number): string
  /** A message that could not be rendered (screen --messages). */
  messageNotRendered(message: string): string
  /** "line 12,345 of data.jsonl (12,301 results, 44 errors)". */
  done(mark: Mark, batch: Batch): string
  /** How to screen the rest, with the command to paste (resume.ts: the lines or applications after those done, with this run's options). */
  resume(mark: Mark, batch: Batch, command: string): string
  /** What to do with a result a failed write cut off. */
  cutOff(format: 'jsonl' | 'table', linesWritten: number): string
  /** A stopped batch: after what it got to, and how to go on. */
  stoppedAfter(done: string, resume: string): string
  /** A batch stopped before its first application. */
  stoppedBefore: string
  /** What a failed write left whole: nothing, or the results up to a line. */
  writtenWhole(done: string | null, cutOff: string | null, resume: string): string

  /** report: stopped after a line, no report written. */
  reportStopped(line: number, source: string): string
  /** report: survey answers or consents that name nothing in the results. */
  unmatched(kind: 'answers' | 'consents', count: number): string
  /** diff: an application that could not be compared. */
  notCompared(id: string, message: string): string
  /** test: a file's coverage below --coverage-threshold. */
  belowThreshold(percent: number, threshold: number): string
  /** test: test files, but no case ran. */
  noCaseRan: string
  /** test: no test files where it looked. */
  noTestFiles(paths: string): string
  /** test: the text report's words (on standard output); `v` is the library's vocabulary of results in the language. */
  testReport: TestReportWording
  /** lint: more warnings than --max-warnings. */
  tooManyWarnings(count: number, max: number): string
  /** preview: the application file holds bytes that are not UTF-8. */
  previewNotUtf8(message: string): string
  /**
   * preview: after a stage that does not fit (worded by the library), the options that preview
   * the person's decision the stage needs: a rejection, with an interview or not.
   */
  previewDecideHint(interview: boolean): string
  /** preview: a person's decision the library refused, its problem already worded. */
  invalidDecision(applicationId: string, problem: string): string
  /** preview: --now before the submission. */
  previewNowBefore(iso: string, submittedAt: string): string
  /** preview: the labels of the message's head, and the person's decision above it. */
  previewHead: { stage: string; sendAt: string; why: string; subject: string; breached: string }
  previewDecision(outcome: string, by: string, at: string, interviewAt: string | undefined, program: string): string
  /** preview: the lint finds errors in the criteria (their names, as `autoscreen lint` prints them). */
  previewLintErrors(count: number, names: readonly string[], file: string): string
  /** studio: where it listens, and a new one-time address after Enter. */
  studioListening(folder: string, url: string): string
  studioNewAddress(url: string): string
}

/**
 * The words of `autoscreen test`'s text report, in one language: the marks of a case, the
 * labels of a failing case's expectations, coverage and the count at the end. Outcomes and
 * statuses are the library's words (`ResultVocabulary`), passed in, so that the catalogue
 * loads nothing of the library.
 *
 * @example
 * ```ts
 * noticeWording('sv').testReport.counts(2, 1) // '2 godkända, 1 underkänt'
 * ```
 */
export interface TestReportWording {
  /** The mark of a case that passed, and of one that failed (padded to the same width by the report). */
  pass: string
  fail: string
  /** The labels of an expectation's two values, and of the result in summary (formatCaseSummary). */
  expected: string
  actual: string
  got: string
  /** What an expectation is about: the test file's key in English. */
  field(field: Expectation['field'], v: ResultVocabulary): string
  /** An outcome as the values of an `outcome` expectation show it. */
  outcome(outcome: Outcome, v: ResultVocabulary): string
  /** "coverage 66.7%". */
  coverage(percent: number): string
  /** A status the cases made a criterion take, and one they never did. */
  covered(status: CoverageStatus, v: ResultVocabulary): string
  uncovered(status: CoverageStatus, v: ResultVocabulary): string
  /** The count at the end. */
  counts(passed: number, failed: number): string
}

/**
 * The notices in a language.
 *
 * @example
 * ```ts
 * const say = noticeWording(langOf(io.env, screener.criteria.locale))
 * ```
 */
export function noticeWording(lang: Lang): NoticeWording {
  return lang === 'sv' ? NOTICE_SV : NOTICE_EN
}
