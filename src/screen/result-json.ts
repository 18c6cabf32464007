import type { CriterionResult, ScreeningResult } from './result.js'

// JSON text of screening results, exactly as JSON.stringify writes it, several times faster:
// every result of a screener repeats the same criterion texts (id, reason, fields) with a few
// statuses, so those parts are written once and kept. The `fields` list of a criterion is a
// frozen array shared by every result of its screener: it identifies the criterion, and it
// cannot change under the cache.

const BASE = ['id', 'required', 'weight', 'status', 'reason', 'fields'] as const
const known = new WeakMap<readonly string[], Map<string, Map<string, { id: string; required: boolean; weight: number; text: string }>>>()

/** Marks a criterion's shared, frozen `fields` list so that results holding it are written from kept texts. */
export function rememberFields(fields: readonly string[]): void {
  if (Object.isFrozen(fields) && !known.has(fields)) known.set(fields, new Map())
}

/** `{"id":…,"required":…,"weight":…,"status":…,"reason":…,"fields":[…]` of a criterion result, kept per criterion, status and reason. */
function head(r: CriterionResult): string {
  const byStatus = known.get(r.fields)
  if (!byStatus || typeof r.status !== 'string' || typeof r.reason !== 'string') return headText(r)
  let byReason = byStatus.get(r.status)
  if (!byReason) byStatus.set(r.status, (byReason = new Map()))
  const kept = byReason.get(r.reason)
  if (kept && kept.id === r.id && kept.required === r.required && kept.weight === r.weight) return kept.text
  const text = headText(r)
  if (typeof r.id === 'string' && typeof r.required === 'boolean' && typeof r.weight === 'number' && byReason.size < 64) byReason.set(r.reason, { id: r.id, required: r.required, weight: r.weight, text })
  return text
}

const headText = (r: CriterionResult): string => {
  const s = JSON.stringify({ id: r.id, required: r.required, weight: r.weight, status: r.status, reason: r.reason, fields: r.fields })
  return s.slice(0, -1)
}

const shared = new WeakMap<object, string>()

/**
 * Freezes an explanation (deeply) so that results can share it, and keeps its JSON text: the
 * same unmet answer is explained, and written, once.
 */
export function shareExplanation<T extends object>(e: T): T {
  const stack: unknown[] = [e]
  while (stack.length) {
    const v = stack.pop()
    if (v && typeof v === 'object' && !Object.isFrozen(v)) {
      Object.freeze(v)
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k])
    }
  }
  shared.set(e, JSON.stringify(e))
  return e
}

/** A value as JSON.stringify writes it inside an object: undefined when the key is left out. */
function member(key: string, value: unknown, first: boolean): string | undefined {
  const text = (value && typeof value === 'object' && shared.get(value)) || JSON.stringify(value)
  return text === undefined ? undefined : `${first ? '' : ','}${JSON.stringify(key)}:${text}`
}

function criterionJson(r: CriterionResult): string {
  const keys = Object.keys(r)
  let i = 0
  while (i < BASE.length && keys[i] === BASE[i]) i++
  if (i < BASE.length || typeof (r as unknown as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(r)
  let out = head(r)
  for (; i < keys.length; i++) out += member(keys[i]!, (r as unknown as Record<string, unknown>)[keys[i]!], false) ?? ''
  return `${out}}`
}

/**
 * The JSON text of a screening result: byte for byte what `JSON.stringify(result)` gives, for
 * any result, written several times faster for results of `screen()` (what a batch, a queue or a
 * webhook writes for every application).
 *
 * @example
 * ```ts
 * process.stdout.write(`${resultJson(screener.screen(application, { now }))}\n`)
 * ```
 * @category Screening
 */
export function resultJson(result: ScreeningResult): string {
  if (!result || typeof result !== 'object' || typeof (result as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(result)
  let out = '{'
  let first = true
  for (const key of Object.keys(result)) {
    const value = (result as unknown as Record<string, unknown>)[key]
    let part: string | undefined
    if (key === 'criteria' && Array.isArray(value) && !(value as { toJSON?: unknown }).toJSON) {
      let list = '['
      for (let i = 0; i < value.length; i++) {
        const c = value[i] as CriterionResult
        const text = c && typeof c === 'object' && !Array.isArray(c) ? criterionJson(c) : (JSON.stringify(c) ?? 'null')
        list += i ? `,${text}` : text
      }
      part = `${first ? '' : ','}"criteria":${list}]`
    } else part = member(key, value, first)
    if (part === undefined) continue
    out += part
    first = false
  }
  return `${out}}`
}
