import type { Lang } from './lang.js'
import { NOTICE_EN } from './notice-en.js'
import type { NoticeWording, Written } from './notice-wording.js'

/**
 * What a failed write is called in a message, in words first and Node's code after, as other
 * command-line tools say it: "no space left on the device (ENOSPC)", or the error's own
 * message for a code the catalogue does not word.
 *
 * @example
 * ```ts
 * failureText(e, noticeWording('sv')) // 'det finns inget utrymme kvar på enheten (ENOSPC)'
 * ```
 */
export function failureText(e: unknown, words: NoticeWording = NOTICE_EN): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (code && Object.hasOwn(words.failure, code))
    return `${words.failure[code as keyof NoticeWording['failure']]} (${code})`
  return e instanceof Error ? e.message : String(e)
}

/**
 * A write that failed: to standard output (ENOSPC, EBADF, EIO, EFBIG…) or to an `--output`
 * file. The command ends with its message and exit code 2, never with a stack trace; `detail`
 * says how far it got. EPIPE is not one of these for standard output: a reader that went away
 * (`| head`) ends a run quietly.
 */
export class OutputError extends Error {
  readonly reason: NodeJS.ErrnoException
  constructor(
    /** `standard output`, or the file as the user named it. */
    readonly target: string,
    reason: unknown,
    /** What was not written, for the message: the results, the report. */
    readonly what: Written = '',
    /** How far it got, and how to go on. */
    readonly detail = '',
    /** The language `detail` is in, when the command chose it from its file. */
    readonly lang?: Lang,
  ) {
    const e = (reason instanceof Error ? reason : new Error(String(reason))) as NodeJS.ErrnoException
    super(cannotWrite(NOTICE_EN, target, e, what, detail), { cause: e })
    this.name = 'OutputError'
    this.reason = e
  }

  /** A reader that went away: not a failure, the run ends quietly. */
  get readerGone(): boolean {
    return this.target === 'standard output' && isReaderGone(this.reason)
  }

  /** The same failure, with how far the command got (worded in the language of the run). */
  with(what: Written, detail: string, lang?: Lang): OutputError {
    return new OutputError(this.target, this.reason, what, detail, lang)
  }

  /** The message in a language. */
  text(words: NoticeWording): string {
    return cannotWrite(words, this.target, this.reason, this.what, this.detail)
  }
}

const cannotWrite = (words: NoticeWording, target: string, e: unknown, what: Written, detail: string) =>
  words.cannotWrite(what, target === 'standard output' ? null : target, failureText(e, words), detail)

/** EPIPE: the reader of a pipe went away. A write after it finds the stream destroyed. */
export const isReaderGone = (e: unknown): boolean => (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE'
