import type { NoticeWording } from './notice-wording.js'

const n = (x: number) => x.toLocaleString('en')
const s = (x: number) => (x === 1 ? '' : 's')

/**
 * The notices in English.
 *
 * @example
 * ```ts
 * NOTICE_EN.progress(1024) // 'screened 1,024 applications…'
 * ```
 */
export const NOTICE_EN: NoticeWording = {
  internalError: (detail) => `internal error: ${detail}`,
  cannotWrite: (what, target, failure, detail) =>
    `cannot write ${what ? `${WRITTEN[what]} ` : ''}to ${target ?? 'standard output'}: ${failure}${detail ? `; ${detail}` : ''}`,
  failure: {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file has reached the largest size allowed',
    EIO: 'an input/output error',
    EBADF: 'it is closed',
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted',
    EROFS: 'the file system is read-only',
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many files are open',
    ENFILE: 'too many files are open',
    ENXIO: 'no such device',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the device did not answer in time',
    EINVAL: 'the device does not take writes of this kind',
  },
  stopped: (signal, detail) => `stopped by ${signal}${detail ? ` ${detail}` : ''}`,

  applicationUnusable: (problems) =>
    `application is not usable: ${problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('; ')}`,
  notUtf8Line:
    'the line holds bytes that are not UTF-8, read as U+FFFD (�): an answer may not be what the candidate wrote (the audit record notes it); save the file as UTF-8',
  decisionTime: (iso, given) => (given ? `--now ${iso}` : `the time of the decision (now, ${iso})`),
  nowBeforeSubmission: (time, submittedAt, last) =>
    `${time} is before this application was submitted (${submittedAt}): the decision is dated at the submission instead (the audit record notes it)${last ? '; further such lines are counted at the end' : ''}`,
  submittedAfter: (count, time) =>
    `${n(count)} applications were submitted after ${time}: their decisions are dated at their submission`,
  diffSubmittedAfter: (count, time) =>
    `${count} application${count === 1 ? ' was' : 's were'} submitted after ${time}: ${count === 1 ? 'its decision is' : 'their decisions are'} dated at the submission`,
  progress: (count) => `screened ${n(count)} applications…`,
  messageNotRendered: (message) => `the message could not be rendered: ${message}`,
  done: (mark, batch) => {
    const source = batch.source === '-' ? 'the input' : batch.source
    const where = batch.document ? `application ${n(mark.entries)} of ${source}` : `line ${n(mark.line)} of ${source}`
    return `${where} (${n(mark.results)} result${s(mark.results)}, ${n(mark.errors)} error${s(mark.errors)})`
  },
  resume: (mark, batch, command) => {
    const from = batch.source === '-' ? '… | ' : ''
    if (batch.document)
      return `to resume, screen the applications after the first ${n(mark.entries)}: ${from}${command}`
    return `to resume, screen the lines after ${n(mark.line)}: ${from}${command}`
  },
  cutOff: (format, linesWritten) => {
    if (format === 'jsonl')
      return 'the output ends in part of the next one (remove that last line before you add to it)'
    const lines = `${n(linesWritten)} line${s(linesWritten)}`
    return `the output ends in part of the next result, after the ${lines} this run wrote whole (a result in a table spans several lines: keep those ${lines} and remove what follows them before you add to it)`
  },
  stoppedAfter: (done, resume) => `after ${done}; ${resume}`,
  stoppedBefore: 'before any application was screened',
  writtenWhole: (done, cutOff, resume) =>
    done === null
      ? 'nothing was written whole'
      : `the results up to ${done} were written whole${cutOff ? `, and ${cutOff}` : ''}; ${resume}`,

  reportStopped: (line, source) =>
    `after line ${n(line)} of ${source === '-' ? 'the input' : source}; no report was written`,
  unmatched: (kind, count) =>
    kind === 'answers'
      ? `${count} ${count === 1 ? 'answer names' : 'answers name'} no application in the results: counted apart`
      : `${count} ${count === 1 ? 'consent names' : 'consents name'} no talent-pool message in the results: counted apart`,
  notCompared: (id, message) => `application ${id}: ${message}`,
  belowThreshold: (percent, threshold) => `coverage ${percent}% is below the threshold of ${threshold}%`,
  noCaseRan: 'no test case ran (--pass-with-no-tests to allow it)',
  noTestFiles: (paths) =>
    `no test files found in ${paths} (*.test.yaml, *.test.json; --pass-with-no-tests to allow it)`,
  testReport: {
    pass: 'PASS',
    fail: 'FAIL',
    expected: 'expected',
    actual: 'actual',
    got: 'got',
    field: (field) => field,
    outcome: (outcome) => outcome,
    coverage: (percent) => `coverage ${percent}%`,
    covered: (status) => status,
    uncovered: (status) => `no ${status}`,
    counts: (passed, failed) => `${passed} passed, ${failed} failed`,
  },
  tooManyWarnings: (count, max) => `${count} warning${s(count)}, more than --max-warnings ${max}`,
  previewNotUtf8: (message) => `${message}; it is read as U+FFFD (�) here, and the audit record notes it`,
  previewDecideHint: (interview) =>
    interview
      ? 'Preview a rejection after an interview with --decide reject --reason <criterion> --interview <iso>.'
      : "Preview a person's rejection with --decide reject --reason <criterion>.",
  invalidDecision: (id, problem) => `decision for application ${id}: ${problem}`,
  previewNowBefore: (iso, submittedAt) =>
    `--now ${iso} is before the application was submitted (${submittedAt}): the decision is dated at the submission instead`,
  previewHead: { stage: 'Stage:', sendAt: 'Send at:', why: 'Why:', subject: 'Subject:', breached: 'SLA BREACHED' },
  previewDecision: (outcome, by, at, interviewAt, program) =>
    `Decision: ${outcome} by ${by} at ${at}${interviewAt ? `, after the interview at ${interviewAt}` : ''} (the program: ${program})`,
  previewLintErrors: (count, names, file) =>
    `the lint finds ${count} error${s(count)} in these criteria (${names.join(', ')}): run autoscreen lint ${file} before anything is sent`,
  studioListening: (folder, url) =>
    `Criteria Studio for ${folder}/ at ${url}\n(only on this computer; the address opens once. Press Enter here for a new address, Ctrl+C to stop.)`,
  studioNewAddress: (url) => `New one-time address (the earlier ones no longer open): ${url}`,
}

const WRITTEN = {
  report: 'the report',
  junit: 'the JUnit report',
  comparison: 'the comparison',
  schema: 'the JSON Schema',
  message: 'the message',
  results: 'the results',
} as const
