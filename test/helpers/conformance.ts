import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The shared JSON Logic suites, read in place from ../shared (never copied into the project). */
export const SUITES_DIR = resolve(__dirname, '../../../shared/conformance/json-logic/suites')

export interface ConformanceCase {
  suite: string
  index: number
  description: string
  rule: unknown
  data?: unknown
  result?: unknown
  error?: { type: string }
}

export function suitesAvailable(): boolean {
  return existsSync(join(SUITES_DIR, 'index.json'))
}

export function suiteNames(): string[] {
  return JSON.parse(readFileSync(join(SUITES_DIR, 'index.json'), 'utf8')) as string[]
}

export function loadSuite(name: string): ConformanceCase[] {
  const raw = JSON.parse(readFileSync(join(SUITES_DIR, name), 'utf8')) as unknown[]
  const out: ConformanceCase[] = []
  raw.forEach((entry, index) => {
    if (typeof entry === 'string') return
    const e = entry as Omit<ConformanceCase, 'suite' | 'index'>
    out.push({ ...e, suite: name, index })
  })
  return out
}

/** Suites of the classic operators (json-logic-js's own language); the rest test newer extensions. */
export function isCoreSuite(name: string): boolean {
  if (name === 'compatible.json') return true
  if (name.endsWith('.extra.json')) return false
  return /^(arithmetic|comparison|control|string|array)\//.test(name) || name === 'truthiness.json'
}

/**
 * Equality used against expected results: deep equality where numbers are equal within 1e-10
 * and NaN equals NaN. Stricter than the community runner (no null ~ false/0/""/[]), so a pass
 * here is a pass there.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return (Number.isNaN(a) && Number.isNaN(b)) || a === b || Math.abs(a - b) < 1e-10
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort()
    const kb = Object.keys(b).sort()
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  }
  return Object.is(a, b) || a === b
}

/** Outcome of running something: a value or a thrown error. */
export type Run = { ok: true; value: unknown } | { ok: false; error: unknown }
export function attempt(f: () => unknown): Run {
  try {
    return { ok: true, value: f() }
  } catch (error) {
    return { ok: false, error }
  }
}
