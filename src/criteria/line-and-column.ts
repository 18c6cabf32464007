// In a file of its own: the template checks and the CSV reader need it without the YAML
// position machinery of positions.ts.

/**
 * The 1-based line and column of an offset, given the offsets at which lines start (sorted,
 * the first 0 or the text's start): a binary search, so a position costs log(lines) however
 * many are asked for. Shared by the template checks and the CSV reader.
 */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 }
}
