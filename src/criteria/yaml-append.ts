import { isSeq } from 'yaml'
import { parseYaml } from './yaml-document.js'

// Adding an item to a YAML list in a file a person wrote: the new text goes in after the last
// item, and nothing else in the file changes (comments, quoting, spacing, order), which
// re-serialising the document would not promise.

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/
const UNSAFE_PLAIN = /^[\s\-?:,[\]{}#&*!|>'"%@`]|[,[\]{}]|: |\s#|\s$|^$/

/** A scalar as it can stand in flow style: plain when that reads back as the same string, quoted otherwise. */
function scalar(v: unknown): string {
  if (typeof v !== 'string') return JSON.stringify(v)
  const back = parseYaml(v).toJS()
  return !UNSAFE_PLAIN.test(v) && back === v ? v : JSON.stringify(v)
}

/** A value in the flow style people use in criteria files: `{ a: b }` and `[a, b]`. */
export function flowYaml(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowYaml).join(', ')}]`
  if (v && typeof v === 'object') {
    const entries = Object.entries(v)
    return entries.length
      ? `{ ${entries.map(([k, x]) => `${PLAIN_KEY.test(k) ? k : JSON.stringify(k)}: ${flowYaml(x)}`).join(', ')} }`
      : '{}'
  }
  return scalar(v)
}

/**
 * A list item in block style: `- key: value` lines, the values of `flowKeys` in flow style and
 * other maps as nested blocks, indented by `indent` spaces.
 */
export function blockItem(item: Record<string, unknown>, indent: number, flowKeys: ReadonlySet<string>): string {
  const pad = ' '.repeat(indent)
  const lines: string[] = []
  const write = (obj: Record<string, unknown>, depth: number, first: boolean) => {
    for (const [i, [k, v]] of Object.entries(obj).entries()) {
      const lead = depth === 0 && first && i === 0 ? `${pad}- ` : `${pad}  ${'  '.repeat(depth)}`
      const key = PLAIN_KEY.test(k) ? k : JSON.stringify(k)
      if (v && typeof v === 'object' && !Array.isArray(v) && !flowKeys.has(k) && Object.keys(v).length) {
        lines.push(`${lead}${key}:`)
        write(v as Record<string, unknown>, depth + 1, false)
      } else lines.push(`${lead}${key}: ${flowYaml(v)}`)
    }
  }
  write(item, 0, true)
  return lines.join('\n')
}

/**
 * Appends an item to the block list under a top-level `key`, keeping the rest of the text as
 * written; creates the list (after the text) when the key is absent or holds an empty `[]`.
 */
export function appendToList(
  text: string,
  key: string,
  item: Record<string, unknown>,
  flowKeys: ReadonlySet<string>,
): string {
  const doc = parseYaml(text)
  const list = doc.get(key, true)
  if (isSeq(list) && list.items.length && !list.flow) {
    const last = list.items.at(-1) as { range?: [number, number, number] } | null
    const end = last?.range?.[1] ?? list.range![1]
    const lineStart = text.lastIndexOf('\n', list.range![0] - 1) + 1
    const indent = list.range![0] - lineStart
    const at = text.indexOf('\n', end - 1)
    const cut = at === -1 ? text.length : at
    return `${text.slice(0, cut)}\n${blockItem(item, indent, flowKeys)}${text.slice(cut)}`
  }
  const body = `${key}:\n${blockItem(item, 2, flowKeys)}\n`
  if (list !== undefined && list !== null) {
    // `key: []` (or a flow list): replace the whole entry with a block list.
    const pair =
      doc.contents && 'items' in doc.contents
        ? (
            doc.contents.items as {
              key: { value?: unknown; range?: [number, number, number] }
              value: { range?: [number, number, number] }
            }[]
          ).find((p) => p.key?.value === key)
        : undefined
    if (pair?.key.range && pair.value?.range) {
      const from = pair.key.range[0]
      const to = text.indexOf('\n', pair.value.range[1] - 1)
      return `${text.slice(0, from)}${body.trimEnd()}${to === -1 ? '\n' : text.slice(to)}`
    }
  }
  return `${text.replace(/\s*$/, '\n')}${body}`
}
