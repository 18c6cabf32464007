import { acknowledgementBlock } from '../issues/format-finding.js'
import { setCriterion } from './edit-criteria.js'
import { readText, refuse, same, setIn } from './edit-yaml.js'

/**
 * What {@link acknowledgeFinding} writes: where (a lint finding's `acknowledgeAt`), which
 * finding (`protected-ground:religion`) and the recruiter's reason.
 * @example
 * ```ts
 * const ack: FindingAcknowledgement = { path: ['job'], finding: 'protected-ground:religion', reason: 'the title names the subject taught' }
 * ```
 * @category Criteria files
 */
export interface FindingAcknowledgement {
  /** `['fields', name]`, `['criteria', index]` or `['job']`. */
  path: readonly (string | number)[]
  finding: string
  reason: string
}

/**
 * Accepts a reviewed lint finding in a criteria file's text: adds `{ finding, reason }` to the
 * `lintAcknowledge` list of the field, criterion or job at `path` (the list is made when there
 * is none), changing only the lines of that list; comments and every other line stay as
 * written. The page's "Acknowledge…" button and a program use the same function. A
 * {@link CriteriaError} says why nothing was written: an empty reason (`empty_text`), a field or
 * criterion that is not there, or a text that does not parse.
 * @example
 * ```ts
 * const [f] = lintCriteria(doc, compileCriteria(doc))
 * const next = acknowledgeFinding(text, { path: f.acknowledgeAt!, finding: f.finding, reason: 'the pupils are taught religion; it is the subject' })
 * ```
 * @category Criteria files
 */
export function acknowledgeFinding(text: string, ack: FindingAcknowledgement): string {
  return asBlock(written(text, ack), text, ack)
}

/**
 * The list just written as the block the CLI's advice shows (`lintAcknowledge:` and an item
 * per acknowledgement, `- finding:` / `reason:`), where it stands on a line of its own in a
 * block map; anywhere else (inside a flow map, a JSON file) as the editor wrote it.
 */
function asBlock(text: string, before: string, ack: FindingAcknowledgement): string {
  const lines = text.split('\n')
  // The line written now: another list written in flow style by hand stays as it is.
  const old = new Set(before.split('\n'))
  const want = listAt(readText(text), ack.path)
  for (const [i, line] of lines.entries()) {
    const m = /^( *)lintAcknowledge: \[.*\]\r?$/.exec(line)
    if (!m || old.has(line)) continue
    const eol = line.endsWith('\r') ? '\r' : ''
    const block = acknowledgementBlock(want as { finding: string; reason: string }[])
      .split('\n')
      .map((l) => `${m[1]}${l}${eol}`)
    const next = [...lines.slice(0, i), ...block, ...lines.slice(i + 1)].join('\n')
    // Only when the file reads back the same: the list in its place, nothing else changed.
    try {
      if (same(readText(next), readText(text))) return next
    } catch {
      // not this line
    }
  }
  return text
}

/** The acknowledgements of the field, criterion or job at `path`. */
function listAt(value: Record<string, unknown>, path: readonly (string | number)[]): unknown[] {
  let owner: unknown = value
  for (const k of path)
    owner = owner && typeof owner === 'object' ? (owner as Record<string | number, unknown>)[k] : undefined
  const list = owner && typeof owner === 'object' ? (owner as Record<string, unknown>).lintAcknowledge : undefined
  return Array.isArray(list) ? list : []
}

function written(text: string, ack: FindingAcknowledgement): string {
  const reason = ack.reason.trim()
  if (!reason)
    refuse('empty_text', [...ack.path, 'lintAcknowledge'], { at: 'reason' }, 'reason must be a non-empty text')
  const value = readText(text)
  const entry = { finding: ack.finding, reason }
  const listOf = (owner: unknown): unknown[] => {
    const list = owner && typeof owner === 'object' ? (owner as Record<string, unknown>).lintAcknowledge : undefined
    return Array.isArray(list) ? list : []
  }
  const [kind, key] = ack.path
  if (kind === 'job' && ack.path.length === 1)
    return setIn(text, ['job', 'lintAcknowledge'], [...listOf(value.job), entry])
  if (kind === 'fields' && typeof key === 'string' && ack.path.length === 2) {
    const fields = value.fields && typeof value.fields === 'object' ? (value.fields as Record<string, unknown>) : {}
    if (!Object.hasOwn(fields, key))
      refuse('field_not_found', [...ack.path], { name: key }, `there is no field "${key}" in the file`)
    return setIn(text, ['fields', key, 'lintAcknowledge'], [...listOf(fields[key]), entry])
  }
  if (kind === 'criteria' && typeof key === 'number' && ack.path.length === 2) {
    const criteria = Array.isArray(value.criteria) ? value.criteria : []
    const criterion = criteria[key] as Record<string, unknown> | undefined
    if (!criterion || typeof criterion !== 'object' || typeof criterion.id !== 'string')
      refuse(
        'criterion_not_found',
        [...ack.path],
        { id: `#${key + 1}`, ids: criteria.map((c) => String((c as Record<string, unknown> | null)?.id ?? '')) },
        `there is no criterion at place ${key}`,
      )
    return setCriterion(text, criterion.id, { ...criterion, lintAcknowledge: [...listOf(criterion), entry] })
  }
  return refuse(
    'edit_invalid_value',
    [...ack.path],
    { path: ack.path.join('.'), value: ack.path.join('.'), kind: 'acknowledgement' },
    `${ack.path.join('.')} is not a field, a criterion or the job`,
  )
}
