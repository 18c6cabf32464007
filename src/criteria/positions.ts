import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node as YamlNode } from 'yaml'
import { parseYaml } from './yaml-document.js'
import type { SourceLocation } from '../errors.js'

/** Finds the line and column of a path inside a parsed YAML or JSON document.
 * @category Criteria files
 */
export interface PositionIndex {
  /** Location of the value at `path`, or of its nearest existing ancestor. `key: true` points at the key instead. */
  locate(path: readonly (string | number)[], options?: { key?: boolean }): SourceLocation
}

/** Builds a position index from a YAML document and its line counter.
 * @category Criteria files
 */
export function positionIndex(doc: Document, lines: LineCounter, file: string | undefined): PositionIndex {
  const at = (offset: number): SourceLocation => {
    const { line, col } = lines.linePos(offset)
    return { ...(file === undefined ? {} : { file }), line, column: col }
  }
  return {
    locate(path, options) {
      let node: unknown = doc.contents
      let best: YamlNode | null = (doc.contents as YamlNode | null) ?? null
      let keyNode: YamlNode | null = null
      for (const seg of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))
          if (!pair) break
          keyNode = pair.key as YamlNode
          node = pair.value
          best = (pair.value as YamlNode | null) ?? keyNode
        } else if (isSeq(node) && typeof seg === 'number') {
          const item = node.items[seg]
          if (item === undefined) break
          keyNode = null
          node = item
          best = item as YamlNode
        } else break
      }
      const target = options?.key && keyNode ? keyNode : best
      const offset = target?.range?.[0]
      return offset === undefined ? at(0) : at(offset)
    },
  }
}

/** Parses YAML (or JSON, a subset of YAML) keeping positions.
 * @category Criteria files
 */
export function parseWithPositions(
  text: string,
  file?: string,
): { doc: Document; index: PositionIndex; lines: LineCounter } {
  const lines = new LineCounter()
  // logLevel 'error': the library's warnings are kept on the document (and reported, located), never printed on the process's stderr.
  const doc = parseYaml(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' })
  return { doc, index: positionIndex(doc, lines, file), lines }
}
