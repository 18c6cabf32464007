import { readText, refuse, syncIn } from './edit-yaml.js'

/**
 * The decision settings as a form edits them (`decision` in the file): the points preferred
 * criteria must add up to, and how many points short of them is still a near miss.
 * @example
 * ```ts
 * const d: DecisionSettings = { minScore: 3, nearMissMargin: 1 }
 * ```
 * @category Criteria files
 */
export interface DecisionSettings {
  minScore?: number | undefined
  nearMissMargin?: number | undefined
}

/**
 * Reads `decision` from a criteria file's text, as far as it is written (a value that is not
 * a number is left out). Throws a CriteriaError when the text is not YAML, holds an alias or is
 * not a map.
 * @example
 * ```ts
 * readDecisionSettings('decision:\n  minScore: 3\n') // { minScore: 3 }
 * ```
 * @category Criteria files
 */
export function readDecisionSettings(text: string): DecisionSettings {
  const d = readText(text).decision
  const out: DecisionSettings = {}
  if (d && typeof d === 'object' && !Array.isArray(d)) {
    const { minScore, nearMissMargin } = d as Record<string, unknown>
    if (typeof minScore === 'number') out.minScore = minScore
    if (typeof nearMissMargin === 'number') out.nearMissMargin = nearMissMargin
  }
  return out
}

/**
 * Writes the decision settings into a criteria file's text, changing only their lines: a key
 * left out stays as written, `null` removes it (the default, 0, applies). A value that is not a
 * finite number of 0 or more is refused with a CriteriaError coded `edit_invalid_value`.
 * @example
 * ```ts
 * setDecisionSettings(text, { minScore: 3, nearMissMargin: 1 })
 * ```
 * @category Criteria files
 */
export function setDecisionSettings(
  text: string,
  change: { minScore?: number | null; nearMissMargin?: number | null },
): string {
  for (const key of ['minScore', 'nearMissMargin'] as const) {
    const v = change[key]
    if (v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v) && v >= 0))
      refuse(
        'edit_invalid_value',
        ['decision', key],
        { path: `decision.${key}`, value: String(v), kind: 'number' },
        `decision.${key}: ${String(v)} is not a number of 0 or more`,
      )
  }
  let out = text
  for (const key of ['minScore', 'nearMissMargin'] as const)
    if (change[key] !== undefined) out = syncIn(out, ['decision', key], change[key] ?? undefined)
  return out
}
