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

/** A word for a shell: as it is when it is plain, else in single quotes. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/**
 * The command that screens the rest, to paste: the lines after the last one done (or, for a
 * JSON document, the applications after the first so many), with the same options and the
 * same time of decision, so that the two parts read as one run. Its words around it are the
 * catalogue's (`resume` in notice-en.ts, notice-sv.ts).
 *
 * @example
 * ```ts
 * resumeCommand({ line: 12, entries: 12, results: 11, errors: 1 }, { source: 'apps.jsonl', document: false, command: 'autoscreen screen --criteria x.yaml -' })
 * // 'tail -n +13 apps.jsonl | autoscreen screen --criteria x.yaml -'
 * ```
 */
export function resumeCommand(mark: Mark, batch: Batch): string {
  const file = batch.source === '-' ? '' : ` ${shellWord(batch.source)}`
  if (batch.document) return `jq -c '.[${mark.entries}:][]'${file} | ${batch.command}`
  return `tail -n +${mark.line + 1}${file} | ${batch.command}`
}
