import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import type { Criteria } from '../../src/criteria/schema'

/** mulberry32: a small seeded PRNG so every run screens the same applications. */
export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every string literal in a rule: the vocabulary free-text lists are drawn from, so rules see hits and misses. */
function literals(rule: unknown, out: Set<string>): Set<string> {
  if (typeof rule === 'string') out.add(rule)
  else if (Array.isArray(rule)) rule.forEach((r) => literals(r, out))
  else if (rule && typeof rule === 'object') Object.entries(rule).forEach(([k, v]) => k !== 'var' && literals(v, out))
  return out
}

/**
 * `n` complete applications to a rule set, every answer valid for its field and drawn so that
 * criteria are met and unmet in about equal measure. Seeded: the same every run.
 */
export function syntheticApplications(
  criteria: Criteria,
  n: number,
  seed = 7,
): { id: string; submittedAt: string; answers: Record<string, unknown> }[] {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const words = [...criteria.criteria.reduce((acc, c) => literals(c.rule, acc), new Set<string>())].filter(
    (w) => !/^\d{4}-\d{2}-\d{2}/.test(w),
  )
  const vocabulary = [...words, 'excel', 'html', 'other', 'none']
  const day = (offset: number) => new Date(Date.UTC(2026, 10, 20) + offset * 86_400_000).toISOString().slice(0, 10)
  return Array.from({ length: n }, (_, i) => {
    const answers: Record<string, unknown> = {}
    for (const [name, f] of Object.entries(criteria.fields)) {
      switch (f.type) {
        case 'boolean':
          answers[name] = r() < 0.7
          break
        case 'number':
        case 'integer': {
          const min = f.min ?? 0
          const max = f.max ?? 100
          const v = min + r() * Math.min(max - min, 100)
          answers[name] = f.type === 'integer' ? Math.floor(v) : Math.round(v * 10) / 10
          break
        }
        case 'enum':
          answers[name] = pick(f.values)
          break
        case 'list':
          answers[name] = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(f.values ?? vocabulary))
          break
        case 'date':
          answers[name] = day(Math.floor(r() * 240) - 60)
          break
        case 'date-time':
          answers[name] = `${day(Math.floor(r() * 240) - 60)}T10:00:00+01:00`
          break
        case 'string':
          answers[name] = pick(vocabulary)
          break
      }
    }
    return {
      id: `s-${i}`,
      submittedAt: `${day(-Math.floor(r() * 10))}T${String(8 + Math.floor(r() * 10)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00+01:00`,
      answers,
    }
  })
}

/**
 * The text of a criteria file of `n` criteria: the frontend developer's criteria repeated under
 * new ids (c0, c1, …), the rest of the file as it is. What the load-and-compile benchmark and the
 * Studio's keystroke test read.
 */
export function generatedCriteria(n: number): string {
  const frontend = parse(readFileSync(join(__dirname, '../../rules/frontend-developer.yaml'), 'utf8')) as {
    criteria: { id: string }[]
  }
  // Copies, not the same objects again: YAML would write those as aliases.
  const criteria = Array.from({ length: n }, (_, i) => ({
    ...structuredClone(frontend.criteria[i % frontend.criteria.length]!),
    id: `c${i}`,
  }))
  return stringify({ ...frontend, criteria })
}
