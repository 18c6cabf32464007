import { fstatSync, readSync, statSync, writeSync } from 'node:fs'
import { isatty } from 'node:tty'
import { Writable } from 'node:stream'

/**
 * Marks a stream that keeps no chunk once its write has called back (it writes it and lets it
 * go): a writer may then use the memory it wrote from again. A stream that holds on to chunks
 * (one that collects the output in memory) must not carry it.
 */
export const RELEASES_CHUNKS: unique symbol = Symbol('releasesChunks')

/**
 * Whether `stream` is done with each chunk once its write has called back: the process's
 * standard output, as Node opens it or as {@link standardOutput} does, or a stream marked with
 * {@link RELEASES_CHUNKS}.
 *
 * @example
 * ```ts
 * releasesChunks(standardOutput()) // true
 * ```
 */
export function releasesChunks(stream: Writable): boolean {
  return stream === process.stdout || (stream as { [RELEASES_CHUNKS]?: boolean })[RELEASES_CHUNKS] === true
}

/**
 * Writes to a file or a device, all of each chunk: Node's own stdout for a file writes once and
 * drops what a short write left over (a disk that fills mid-run), so the output would end in
 * the middle of a result with no error. Here a short write is followed by the rest, which then
 * fails with the reason (ENOSPC, EFBIG); the error carries `bytesWritten`, how much of the
 * chunk went out, so the results written whole can be counted.
 */
class FdWriter extends Writable {
  readonly isTTY = false
  readonly [RELEASES_CHUNKS] = true
  constructor(private readonly fd: number) {
    super({ decodeStrings: true })
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (e?: Error | null) => void): void {
    let at = 0
    try {
      while (at < chunk.length) at += writeSync(this.fd, chunk, at, chunk.length - at)
    } catch (e) {
      done(Object.assign(e as Error, { bytesWritten: at }))
      return
    }
    done()
  }
}

/** A stream for a descriptor that is not open: every write fails with EBADF, as write(2) would. */
function closedStream(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done(
        Object.assign(new Error('EBADF: bad file descriptor, write'), { code: 'EBADF', errno: -9, syscall: 'write' }),
      )
    },
  })
}

/**
 * Whether the process was started with the descriptor closed (`autoscreen screen … >&-`). Node
 * puts /dev/null in its place, so the output would vanish without an error. It opens it for
 * reading and writing; a shell's `> /dev/null` opens it for writing only: reading tells them
 * apart. (A parent that hands its child /dev/null opened both ways, as daemon(3) does, is read
 * as closed too: `> /dev/null` says the output is meant to go nowhere.)
 */
function startedClosed(fd: number): boolean {
  if (process.platform === 'win32') return false
  try {
    const s = fstatSync(fd)
    if (!s.isCharacterDevice() || s.rdev !== statSync('/dev/null').rdev) return false
    readSync(fd, Buffer.alloc(1), 0, 1, null)
    return true
  } catch {
    return false
  }
}

/**
 * The process's standard output as the CLI writes it: a stream whose every failure is reported
 * (a closed descriptor, a full disk), with the whole of each write or an error. A terminal or a
 * pipe is Node's own stdout, which reports them already.
 */
export function standardOutput(): Writable & { isTTY?: boolean } {
  if (startedClosed(1)) return closedStream()
  try {
    const s = fstatSync(1)
    if ((s.isFile() || s.isCharacterDevice() || s.isBlockDevice()) && !isatty(1)) return new FdWriter(1)
  } catch {
    // not a descriptor we can look at: Node's stream knows best
  }
  return process.stdout
}
