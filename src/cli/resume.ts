/** How far a batch got: the last input line done, and what came of the entries up to it. */
export interface Mark {
  /** The input line of the last entry done (a JSON document's entries share its first line). */
  line: number
  /** Entries done: applications screened or lines that could not be. */
  entries: number
  results: number
  errors: number
}

/** Where a batch came from and how it was run, to say how to go on from where it stopped. */
export interface Batch {
  /** The file as the user named it, or `-` for standard input. */
  source: string
  /** The input is one JSON document: its entries are counted, not its lines. */
  document: boolean
  /** `autoscreen screen` with the options of this run, reading standard input. */
  command: string
}

const n = (x: number) => x.toLocaleString('en')

/** A word for a shell: as it is when it is plain, else in single quotes. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** "line 12,345 of data.jsonl (12,301 results, 44 errors)" */
export function doneText(mark: Mark, batch: Batch): string {
  const where = batch.document ? `application ${n(mark.entries)} of ${batch.source === '-' ? 'the input' : batch.source}` : `line ${n(mark.line)} of ${batch.source === '-' ? 'the input' : batch.source}`
  return `${where} (${n(mark.results)} result${mark.results === 1 ? '' : 's'}, ${n(mark.errors)} error${mark.errors === 1 ? '' : 's'})`
}

/**
 * How to screen the rest, as a command to paste: the lines after the last one done (or, for
 * a JSON document, the applications after the first so many), with the same options and the
 * same time of decision, so that the two parts read as one run.
 */
export function resumeText(mark: Mark, batch: Batch): string {
  const file = batch.source === '-' ? '' : ` ${shellWord(batch.source)}`
  const from = batch.source === '-' ? '… | ' : ''
  if (batch.document) return `to resume, screen the applications after the first ${n(mark.entries)}: ${from}jq -c '.[${mark.entries}:][]'${file} | ${batch.command}`
  return `to resume, screen the lines after ${n(mark.line)}: ${from}tail -n +${mark.line + 1}${file} | ${batch.command}`
}

/**
 * What to do with a result cut off by a failed write, before the output is added to: a JSON
 * Lines result is one line, the last; a table's result spans several lines, so the advice
 * counts the lines written whole.
 */
export function cutOffText(format: 'jsonl' | 'table', linesWritten: number): string {
  if (format === 'jsonl') return 'the output ends in part of the next one (remove that last line before you add to it)'
  const lines = `${n(linesWritten)} line${linesWritten === 1 ? '' : 's'}`
  return `the output ends in part of the next result, after the ${lines} this run wrote whole (a result in a table spans several lines: keep those ${lines} and remove what follows them before you add to it)`
}
