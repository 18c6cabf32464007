import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * The shared JSON Logic suites, read in place (never copied into the project): from
 * AUTOSCREEN_JSON_LOGIC_SUITES when set, else from ../shared beside the project.
 */
export const SUITES_DIR = process.env.AUTOSCREEN_JSON_LOGIC_SUITES
  ? resolve(process.env.AUTOSCREEN_JSON_LOGIC_SUITES)
  : resolve(__dirname, '../../../shared/conformance/json-logic/suites')

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
