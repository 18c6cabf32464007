import type { Lang } from './lang.js'
import { NOTICE_EN } from './notice-en.js'

/** The signals a command stops cleanly on, and the exit codes shells give them (128 + number). */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const
export type StopSignal = keyof typeof SIGNAL_EXIT

/**
 * A command stopped by SIGINT or SIGTERM after finishing what it was writing: it ends with
 * "stopped by SIGTERM <detail>" on stderr and the exit code of the signal (130, 143), as shells
 * expect of a program that was interrupted.
 */
export class Stopped extends Error {
  constructor(
    readonly signal: StopSignal,
    /** How far it got, and how to go on, in the language of the run (main.ts words the rest). */
    readonly detail: string,
    /** The language `detail` is in, when the command chose it from its file (else the environment's, or --lang). */
    readonly lang?: Lang,
  ) {
    super(NOTICE_EN.stopped(signal, detail))
    this.name = 'Stopped'
  }
}

/** The signal an AbortSignal was aborted with, when it is one a command stops on. */
export function stopSignalOf(signal: AbortSignal | undefined): StopSignal | undefined {
  return signal?.aborted && (signal.reason === 'SIGINT' || signal.reason === 'SIGTERM') ? signal.reason : undefined
}

/**
 * The chunks of `source` until `stop` settles: then they end at once, even while a chunk is
 * awaited (standard input from a terminal or a quiet pipe may never send one), and `cut` says
 * that the source had more. The reader checks `stop` itself before using an entry: the text
 * read so far may end inside a line. One promise per chunk, and none left waiting on `stop` (a
 * race per chunk would pile them up).
 */
export function untilStopped<T>(
  source: AsyncIterable<T>,
  stop: Promise<unknown>,
): AsyncIterable<T> & { readonly cut: boolean } {
  let cut = false
  let stopped = false
  let wake: ((v: typeof STOP) => void) | undefined
  void stop.then(() => {
    stopped = true
    wake?.(STOP)
  })
  async function* chunks(): AsyncGenerator<T> {
    const it = source[Symbol.asyncIterator]()
    for (;;) {
      const next = stopped
        ? STOP
        : await new Promise<IteratorResult<T> | typeof STOP>((resolve, reject) => {
            wake = resolve
            it.next().then(resolve, reject)
          })
      wake = undefined
      if (next === STOP) {
        cut = true
        return
      }
      if (next.done) return
      yield next.value
    }
  }
  return {
    [Symbol.asyncIterator]: chunks,
    get cut() {
      return cut
    },
  }
}

const STOP: unique symbol = Symbol('stop')

/** A promise that settles when the signal aborts (never, without one). */
export function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return
    if (signal.aborted) return resolve()
    signal.addEventListener('abort', () => resolve(), { once: true })
  })
}
