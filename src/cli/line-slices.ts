import { CriteriaError, decodeText } from '../node/index.js'

/**
 * What `screen --jobs` hands a worker: whole lines of JSON Lines input as UTF-8 bytes (the
 * library's reader gives the same entries for them as for the whole input); or a line too long
 * to read, counted in characters as it went by and never held (its error is the main thread's).
 */
export type Slice = Uint8Array | { tooLong: number }

/**
 * How the start of the input was read: whether it is worth workers, and what was read to know
 * it (the input is that, then the read still under way, if any, then the rest of the source).
 */
export interface Start {
  parallel: boolean
  seen: (Uint8Array | string)[]
  pending?: Promise<IteratorResult<Uint8Array | string>>
}

const BOM = [0xef, 0xbb, 0xbf]

/**
 * Reads the start of the input to say whether workers should screen it: more than `bytes`
 * bytes of JSON Lines. A shorter input is screened before a worker could have started; input
 * that comes slowly (a read waits more than `patience` ms: a terminal, a live feed) has each
 * result written as soon as its line comes; text chunks (a stream with an encoding), input
 * saved as UTF-16 and one JSON document are read by the main thread as they always were.
 *
 * @example
 * ```ts
 * const start = await probe(chunks[Symbol.asyncIterator](), { format: 'auto', bytes: 8 << 20, maxLine: 1_000_000, patience: 250 })
 * ```
 */
export async function probe(
  source: AsyncIterator<Uint8Array | string>,
  options: { format: 'auto' | 'jsonl' | 'json'; bytes: number; maxLine: number; patience: number },
): Promise<Start> {
  const seen: (Uint8Array | string)[] = []
  let size = 0
  while (size <= options.bytes) {
    const pending = source.next()
    let timer: NodeJS.Timeout | undefined
    const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), options.patience)))
    const next = await Promise.race([pending, slow])
    clearTimeout(timer)
    if (next === 'slow') return { parallel: false, seen, pending }
    if (next.done) return { parallel: false, seen }
    seen.push(next.value)
    if (typeof next.value === 'string') return { parallel: false, seen }
    size += next.value.length
  }
  if (options.format === 'json') return { parallel: false, seen }
  const bytes = Buffer.concat(seen as Uint8Array[])
  seen.splice(0, seen.length, bytes)
  if (utf16(bytes)) return { parallel: false, seen }
  return { parallel: options.format === 'jsonl' || linesFirst(bytes, options.maxLine), seen }
}

/** Input saved as UTF-16, as the library sees it (the reader gives one error for it, in the main thread). */
function utf16(bytes: Uint8Array): boolean {
  try {
    decodeText(bytes.subarray(0, 200))
    return false
  } catch (e) {
    return e instanceof CriteriaError && e.issues[0]?.code === 'not_utf8'
  }
}

/**
 * The reader's rule for `format: 'auto'` (ReadApplicationsOptions), on the start of the input:
 * JSON Lines unless the first line that is neither blank nor too long is only `[` or `{`. Not
 * known within the start (no such line yet): left to the main thread.
 */
function linesFirst(bytes: Uint8Array, maxLine: number): boolean {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')
  for (let from = 0, at = text.indexOf('\n'); at !== -1; from = at + 1, at = text.indexOf('\n', from)) {
    if (at - from > maxLine) continue
    const t = text.slice(from, at).replace(/\r$/, '').trim()
    if (t !== '') return t !== '[' && t !== '{'
  }
  return false
}

/** The first chunks again, then the read under way, then the rest of the source. */
export async function* replay<T>(
  seen: T[],
  rest: AsyncIterator<T>,
  pending?: Promise<IteratorResult<T>>,
): AsyncGenerator<T> {
  yield* seen.splice(0)
  for (let next = await (pending ?? rest.next()); !next.done; next = await rest.next()) yield next.value
}

/**
 * Cuts JSON Lines input into slices of whole lines of about `bytes` bytes each (at the first line
 * end past it), leaving out the byte order marks the reader leaves out. A line that passes
 * `3 × maxLine + 4` bytes before it ends is longer than `maxLine` characters whatever its bytes
 * are (a character is at most three bytes of UTF-8, and so is a U+FFFD read for bytes that are
 * not): it is counted as it goes by, never held, and is a slice of its own.
 *
 * @example
 * ```ts
 * for await (const slice of lineSlices(fs.createReadStream('apps.jsonl'), { bytes: 1 << 18, maxLine: 1_000_000 })) send(slice)
 * ```
 */
export async function* lineSlices(
  source: AsyncIterable<Uint8Array>,
  options: { bytes: number; maxLine: number },
): AsyncGenerator<Slice> {
  const cap = 3 * options.maxLine + 4
  // Whole lines not yet sent, and the line begun after them.
  let whole: Uint8Array[] = []
  let wholeSize = 0
  let tail: Uint8Array[] = []
  let tailSize = 0
  let long: { chars: number; decoder: TextDecoder } | undefined
  let first = true
  // A slice of its own memory (never a view of the stream's pooled buffers): it is transferred to a worker.
  const take = (): Uint8Array => {
    const bytes = new Uint8Array(wholeSize)
    let at = 0
    for (const part of whole) {
      bytes.set(part, at)
      at += part.length
    }
    whole = []
    wholeSize = 0
    return bytes
  }
  for await (let chunk of source) {
    if (first) {
      // The decoder drops a byte order mark, and the reader one more.
      for (let i = 0; i < 2 && BOM.every((b, k) => chunk[k] === b); i++) chunk = chunk.subarray(3)
      first = false
    }
    while (chunk.length) {
      if (long) {
        const at = chunk.indexOf(0x0a)
        if (at === -1) {
          long.chars += long.decoder.decode(chunk, { stream: true }).length
          break
        }
        long.chars += long.decoder.decode(chunk.subarray(0, at), { stream: true }).length + long.decoder.decode().length
        yield { tooLong: long.chars }
        long = undefined
        chunk = chunk.subarray(at + 1)
        continue
      }
      // The first line end at or past the slice's size ends a slice (a chunk may hold several).
      const need = options.bytes - wholeSize - tailSize
      const end = need <= 0 ? chunk.indexOf(0x0a) : need < chunk.length ? chunk.indexOf(0x0a, need - 1) : -1
      if (end !== -1) {
        whole.push(...tail, chunk.subarray(0, end + 1))
        wholeSize += tailSize + end + 1
        tail = []
        tailSize = 0
        yield take()
        chunk = chunk.subarray(end + 1)
        continue
      }
      const at = chunk.lastIndexOf(0x0a)
      if (at === -1) {
        tail.push(chunk)
        tailSize += chunk.length
        if (tailSize > cap) {
          if (wholeSize) yield take()
          long = { chars: 0, decoder: new TextDecoder('utf-8', { ignoreBOM: true }) }
          for (const part of tail) long.chars += long.decoder.decode(part, { stream: true }).length
          tail = []
          tailSize = 0
        }
        break
      }
      whole.push(...tail, chunk.subarray(0, at + 1))
      wholeSize += tailSize + at + 1
      tail = [chunk.subarray(at + 1)]
      tailSize = chunk.length - at - 1
      break
    }
  }
  if (long) {
    yield { tooLong: long.chars + long.decoder.decode().length }
    return
  }
  // The last line, without a line end.
  whole.push(...tail)
  wholeSize += tailSize
  if (wholeSize) yield take()
}
