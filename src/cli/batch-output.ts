import type { Writable } from 'node:stream'
import { OutputError } from './output-error.js'

/** A chunk handed to the stream and not yet confirmed: its pieces and their marks. */
interface Chunk<M> {
  pieces: string[]
  marks: M[]
  /** The last mark with no output after the last piece (input lines that were errors). */
  after?: M | undefined
}

/**
 * Standard output as a batch writes it. Pieces (one result each) are collected into chunks of
 * about `size` characters: one write per chunk, not per result, keeps a batch close to the
 * speed of the disk. The stream's backpressure is waited for, so memory stays flat. Each piece
 * carries a mark (the input line it answers), and a mark counts as written only when the stream
 * has confirmed the chunk that holds it: after a failure, `written` is the last mark whose piece
 * and everything before it are out, whole.
 *
 * A failed write (ENOSPC, EIO, EPIPE…) is kept in `failure`, `failed` settles with it (a command
 * waiting for input can stop at once), and `flush` throws it as an {@link OutputError}.
 */
export class BatchOutput<M> {
  /** The mark of the last piece written whole, with every piece before it. */
  written: M | undefined
  /** The first write that failed. */
  failure: OutputError | undefined
  /** Whether the failed write left part of a piece in the output (known for files and devices). */
  cutOff = false
  /** Lines of output written whole: the newlines of every piece out whole (a table's result spans several). */
  linesWritten = 0
  /** Settles with the first failure. */
  readonly failed: Promise<OutputError>
  private fail!: (e: OutputError) => void
  private pieces: string[] = []
  private marks: M[] = []
  private after: M | undefined
  private length = 0
  private readonly inFlight: Chunk<M>[] = []
  private idle: (() => void)[] = []

  constructor(
    private readonly stream: Writable,
    private readonly size = 64 * 1024,
  ) {
    this.failed = new Promise((resolve) => (this.fail = resolve))
    // Node's own stdout reports a failure as an event too; without a listener it would be thrown.
    stream.on('error', (e) => this.failWith(e))
  }

  /** Adds a piece (it may be empty: a mark for an input line with no output). Wait for the returned promise, when there is one. */
  push(text: string, mark: M): Promise<void> | void {
    if (!text) {
      // Only the last mark with no output counts: a run of errors keeps one, not one each.
      if (this.pieces.length) this.after = mark
      else if (this.inFlight.length) this.inFlight.at(-1)!.after = mark
      else if (!this.failure) this.written = mark
      return
    }
    this.pieces.push(text)
    this.marks.push(mark)
    this.after = undefined
    this.length += text.length
    if (this.length >= this.size) return this.send()
  }

  /** Writes what is collected and waits until the stream has taken all of it; throws the failure, if any. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure
    await this.send()
    if (this.inFlight.length && !this.failure) await new Promise<void>((resolve) => this.idle.push(resolve))
    if (this.failure) throw this.failure
  }

  private send(): Promise<void> | void {
    if (this.failure || !this.pieces.length) return
    const chunk: Chunk<M> = { pieces: this.pieces, marks: this.marks, after: this.after }
    const text = this.pieces.join('')
    this.pieces = []
    this.marks = []
    this.after = undefined
    this.length = 0
    this.inFlight.push(chunk)
    const more = this.stream.write(text, (e) => (e ? this.failWith(e, chunk) : this.done(chunk)))
    if (!more && !this.failure) return this.drained()
  }

  private done(chunk: Chunk<M>): void {
    if (this.failure) return
    this.inFlight.shift()
    this.written = chunk.after ?? chunk.marks.at(-1)
    for (const piece of chunk.pieces) this.linesWritten += newlines(piece)
    if (!this.inFlight.length) this.settle()
  }

  private failWith(e: unknown, chunk?: Chunk<M>): void {
    if (this.failure) return // the first failure is the one to tell; later writes find the stream destroyed
    // A file written in part (a disk that fills): the pieces that went out whole still count.
    const bytes = (e as { bytesWritten?: unknown }).bytesWritten
    if (chunk && chunk === this.inFlight[0] && typeof bytes === 'number' && bytes > 0) {
      let at = 0
      for (let i = 0; i < chunk.pieces.length; i++) {
        at += Buffer.byteLength(chunk.pieces[i]!)
        if (at > bytes) {
          this.cutOff = true
          break
        }
        this.written = chunk.marks[i]
        this.linesWritten += newlines(chunk.pieces[i]!)
      }
    }
    this.failure = new OutputError('standard output', e)
    this.fail(this.failure)
    this.settle()
  }

  /** Wakes whoever waits for the stream: it has taken everything, or it failed. */
  private settle(): void {
    for (const resolve of this.idle.splice(0)) resolve()
  }

  /** Waits for the stream to ask for more, or to fail. */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done)
        this.stream.off('close', done)
        resolve()
      }
      this.stream.on('drain', done)
      this.stream.on('close', done)
      this.idle.push(done) // a failure, or the stream confirming everything, ends the wait too
    })
  }
}

function newlines(text: string): number {
  let n = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++
  return n
}
