import type { Writable } from 'node:stream'
import { OutputError } from './output-error.js'

/** A piece of output: text, or UTF-8 bytes a worker of `screen --jobs` encoded. */
type Piece = string | Uint8Array

/**
 * A piece that holds several results (from a worker's slice of a batch): its lines, and where
 * each result ends in the piece's UTF-8 bytes with its mark. Read when a write fails part way,
 * so that `written` is the last result out whole, as it is with one piece per result.
 */
interface Parts<M> {
  lines: number
  /** How many results the piece holds. */
  count: number
  /** Where result `i` ends. */
  end: (i: number) => number
  mark: (i: number) => M
  /** Called when the stream has taken the piece whole (its memory may be used again). */
  written?: () => void
}

/** The results in a worker's slice, for {@link BatchOutput.pushResults}: each one JSON line. */
export interface Results<M> {
  count: number
  byteEnd: (i: number) => number
  charEnd: (i: number) => number
  mark: (i: number) => M
  /** The mark of the last of the lines right after result `i` that had no output. */
  after: (i: number) => M | undefined
}

/** A chunk handed to the stream and not yet confirmed: its pieces and their marks. */
interface Chunk<M> {
  pieces: Piece[]
  marks: M[]
  /** Per piece: its parts (a worker's slice), or its lines when the caller said them, or nothing (counted when written). */
  parts: (Parts<M> | number | undefined)[]
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
  private pieces: Piece[] = []
  private marks: M[] = []
  private parts: (Parts<M> | number | undefined)[] = []
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

  /**
   * Adds a piece (it may be empty: a mark for an input line with no output). Wait for the
   * returned promise, when there is one. `lines`: the newlines in `text`, when the caller knows
   * them (a JSON line: one), so that they are not counted again in the text when it is written.
   */
  push(text: string, mark: M, lines?: number): Promise<void> | void {
    if (!text.length) {
      // Only the last mark with no output counts: a run of errors keeps one, not one each.
      if (this.pieces.length) this.after = mark
      else if (this.inFlight.length) this.inFlight.at(-1)!.after = mark
      else if (!this.failure) this.written = mark
      return
    }
    this.pieces.push(text)
    this.marks.push(mark)
    this.parts.push(lines)
    this.after = undefined
    this.length += text.length
    if (this.length >= this.size) return this.send()
  }

  /**
   * Adds the results of a worker's slice of a batch (`screen --jobs`): its output as UTF-8 bytes
   * and, per result, where it ends (in bytes and in UTF-16 code units), its mark, and the mark
   * of the lines after it that gave no output, if any. The stream gets the same chunks, and the
   * marks count the same, as if each result and each such line had been pushed on its own
   * ({@link push}): a write that fails leaves the same output and says the same as with --jobs 1.
   * `written` is called once the stream has taken the last of the bytes.
   */
  pushResults(bytes: Uint8Array, results: Results<M>, written?: () => void, first = 0): Promise<void> | void {
    if (!results.count) return written?.()
    let from = first
    for (let i = first; i < results.count; i++) {
      this.length += results.charEnd(i) - (i ? results.charEnd(i - 1) : 0)
      const last = i === results.count - 1
      const after = results.after(i)
      if (this.length < this.size && !last && after === undefined) continue
      // Results from..i as one piece: where push would have sent a chunk, or said a line had no output.
      const start = from ? results.byteEnd(from - 1) : 0
      const base = from
      this.pieces.push(bytes.subarray(start, results.byteEnd(i)))
      this.marks.push(results.mark(i))
      this.parts.push({
        lines: i - base + 1,
        count: i - base + 1,
        end: (k) => results.byteEnd(base + k) - start,
        mark: (k) => results.mark(base + k),
        ...(last && written ? { written } : {}),
      })
      this.after = undefined
      from = i + 1
      const wait = this.length >= this.size ? this.send() : undefined
      if (after !== undefined) this.push('', after)
      // The stream asks to wait, as a caller of push waits: the rest of the slice once it has drained.
      if (wait && !last) return wait.then(() => this.pushResults(bytes, results, written, i + 1))
      if (wait) return wait
    }
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
    const chunk: Chunk<M> = { pieces: this.pieces, marks: this.marks, parts: this.parts, after: this.after }
    const text = joined(this.pieces)
    this.pieces = []
    this.marks = []
    this.parts = []
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
    for (let i = 0; i < chunk.pieces.length; i++) {
      const parts = chunk.parts[i]
      if (typeof parts === 'object') {
        this.linesWritten += parts.lines
        parts.written?.()
      } else this.linesWritten += parts ?? newlines(chunk.pieces[i]!)
    }
    if (!this.inFlight.length) this.settle()
  }

  private failWith(e: unknown, chunk?: Chunk<M>): void {
    if (this.failure) return // the first failure is the one to tell; later writes find the stream destroyed
    // A file written in part (a disk that fills): the pieces that went out whole still count.
    const bytes = (e as { bytesWritten?: unknown }).bytesWritten
    if (chunk && chunk === this.inFlight[0] && typeof bytes === 'number' && bytes > 0) {
      let at = 0
      for (let i = 0; i < chunk.pieces.length; i++) {
        const piece = chunk.pieces[i]!
        const parts = chunk.parts[i]
        if (at + byteLength(piece) <= bytes) {
          at += byteLength(piece)
          this.written = chunk.marks[i]
          this.linesWritten += typeof parts === 'object' ? parts.lines : (parts ?? newlines(piece))
          continue
        }
        // Part of this piece went out: of a worker's slice, the results before the cut still count.
        if (typeof parts === 'object') {
          const utf8 = typeof piece === 'string' ? Buffer.from(piece) : piece
          for (let k = 0, from = 0; k < parts.count; from = parts.end(k++)) {
            if (at + parts.end(k) - from > bytes) break
            at += parts.end(k) - from
            this.written = parts.mark(k)
            this.linesWritten += newlines(utf8.subarray(from, parts.end(k)))
          }
        }
        this.cutOff = true
        break
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

function newlines(text: Piece): number {
  let n = 0
  if (typeof text === 'string') for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++
  else for (let at = text.indexOf(0x0a); at >= 0; at = text.indexOf(0x0a, at + 1)) n++
  return n
}

function byteLength(piece: Piece): number {
  return typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength
}

/** The pieces as one write: text joined, or bytes (a worker's) as they are, or concatenated. */
function joined(pieces: Piece[]): Piece {
  if (pieces.length === 1) return pieces[0]!
  if (pieces.every((p) => typeof p === 'string')) return (pieces as string[]).join('')
  return Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)))
}
