// What a failed write is called in a message, in words first and Node's code after, as other
// command-line tools say it ("No space left on device").
const WORDS: Record<string, string> = {
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
}

/** "no space left on the device (ENOSPC)", or the error's own message for a code not listed. */
export function failureText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (code && WORDS[code]) return `${WORDS[code]} (${code})`
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
    /** What was not written, for the message: "the results", "the report". */
    readonly what = '',
    /** How far it got, and how to go on. */
    readonly detail = '',
  ) {
    const e = (reason instanceof Error ? reason : new Error(String(reason))) as NodeJS.ErrnoException
    super(`cannot write ${what ? `${what} ` : ''}to ${target}: ${failureText(e)}${detail ? `; ${detail}` : ''}`, { cause: e })
    this.name = 'OutputError'
    this.reason = e
  }

  /** A reader that went away: not a failure, the run ends quietly. */
  get readerGone(): boolean {
    return this.target === 'standard output' && isReaderGone(this.reason)
  }

  /** The same failure, with how far the command got. */
  with(what: string, detail: string): OutputError {
    return new OutputError(this.target, this.reason, what, detail)
  }
}

/** EPIPE: the reader of a pipe went away. A write after it finds the stream destroyed. */
export const isReaderGone = (e: unknown): boolean => (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE'
