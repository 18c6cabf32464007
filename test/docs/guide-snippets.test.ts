import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { CriteriaError, loadCriteriaText } from '../../src/index.js'

// Every ```yaml block of both criteria guides validates: recruiters copy them, and a guide's
// example that does not load teaches the slip. A complete criteria file must load clean; a
// fragment (a field, a criterion, a rule, a section such as decision: or delivery:) must load
// when placed in a minimal file that declares the fields the guide declares elsewhere. A block
// marked `<!-- invalid -->` on a line before it shows a mistake on purpose: it must fail.

interface Snippet {
  line: number
  text: string
  invalid: boolean
}

function snippets(file: string): Snippet[] {
  const lines = readFileSync(join(import.meta.dirname, '../../docs', file), 'utf8').split('\n')
  const out: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```yaml') continue
    let end = i + 1
    while (end < lines.length && lines[end]!.trim() !== '```') end++
    let before = i - 1
    while (before >= 0 && !lines[before]!.trim()) before--
    out.push({
      line: i + 1,
      text: lines.slice(i + 1, end).join('\n'),
      invalid: before >= 0 && lines[before]!.trim() === '<!-- invalid -->',
    })
    i = end
  }
  return out
}

type Map = Record<string, unknown>
const isMap = (v: unknown): v is Map => !!v && typeof v === 'object' && !Array.isArray(v)
const FILE_KEYS = new Set(['id', 'version', 'locale', 'job', 'fields', 'criteria', 'decision', 'messages', 'delivery'])
const CRITERION_KEYS = new Set([
  'id',
  'rule',
  'when',
  'reason',
  'required',
  'weight',
  'why',
  'advice',
  'note',
  'justification',
])

/** The block's value: as written, or with the key a list or indented map of entries sits under. */
function valueOf(text: string): unknown {
  try {
    return parse(text)
  } catch (e) {
    const first = text.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? ''
    if (/^\s+- /.test(first)) return parse(`criteria:\n${text}`)
    if (/^\s+\w+:/.test(first)) return parse(`fields:\n${text}`)
    throw e
  }
}

/** Every field any block of the guide declares, so that a fragment's rule reads declared fields. */
function declaredFields(all: Snippet[]): Map {
  const pool: Map = {}
  for (const s of all) {
    let v: unknown
    try {
      v = valueOf(s.text)
    } catch {
      continue
    }
    if (!isMap(v)) continue
    const fields = isMap(v.fields) ? v.fields : Object.values(v).every((f) => isMap(f) && 'type' in f) ? v : {}
    Object.assign(pool, fields)
  }
  return pool
}

/** The block placed in a minimal criteria file, or null for a block that is no part of one (a comment). */
function placed(value: unknown, pool: Map): Map | null {
  const base: Map = {
    id: 'guide-snippet',
    version: 1,
    locale: 'en',
    job: {
      title: { en: 'Warehouse worker', sv: 'Lagerarbetare' },
      company: 'Acme',
      contact: { name: 'Ann', email: 'ann@acme.example' },
    },
    fields: { ...pool },
    criteria: [{ id: 'base', rule: { '==': [1, 1] }, required: true, reason: { en: 'a requirement', sv: 'ett krav' } }],
  }
  const criterion = (c: Map): Map => ({
    id: 'snippet',
    ...(c.required === undefined && c.weight === undefined ? { weight: 1 } : {}),
    reason: { en: 'a requirement', sv: 'ett krav' },
    ...c,
  })
  if (Array.isArray(value)) return { ...base, criteria: value.map((c) => (isMap(c) ? criterion(c) : c)) }
  if (!isMap(value)) return null
  const keys = Object.keys(value)
  if (keys.every((k) => FILE_KEYS.has(k)) && !keys.every((k) => CRITERION_KEYS.has(k))) {
    const fields = isMap(value.fields) ? { ...pool, ...value.fields } : base.fields
    const criteria = Array.isArray(value.criteria)
      ? (value.criteria as unknown[]).map((c) => (isMap(c) ? criterion(c) : c))
      : base.criteria
    const job = isMap(value.job) ? { ...(base.job as Map), ...value.job } : base.job
    return { ...base, ...value, job, fields, criteria }
  }
  if (keys.every((k) => CRITERION_KEYS.has(k))) return { ...base, criteria: [criterion(value)] }
  if (Object.values(value).every((f) => isMap(f) && 'type' in f)) return { ...base, fields: { ...pool, ...value } }
  throw new Error(`a block of no known shape (keys ${keys.join(', ')})`)
}

/** The errors loading gives, in the file's own language and, for a guide in the other, in that one (a reason may be given in one language only). */
function problems(file: Map): string[] {
  let best: string[] | undefined
  for (const locale of [file.locale, 'en', 'sv']) {
    try {
      loadCriteriaText(stringify({ ...file, locale }))
      return []
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      // A field the guide declares nowhere (the fragment shows a rule, not the form) is left
      // undeclared: reading it is no slip of the guide's. A misspelt one is (did you mean).
      const said = e.issues
        .filter((i) => !(i.code === 'unknown_field' && !i.message.includes('did you mean')))
        .map((i) => `${i.code}: ${i.message}`)
      if (!said.length) return []
      if (!best || said.length < best.length) best = said
    }
  }
  return best!
}

for (const guide of ['criteria.md', 'criteria.sv.md'])
  describe(`every yaml block of docs/${guide}`, () => {
    const all = snippets(guide)
    const pool = declaredFields(all)
    it('has blocks to check', () => expect(all.length).toBeGreaterThan(10))
    it.each(all.filter((s) => !s.invalid).map((s) => [s.line, s] as const))('block at line %i validates', (_, s) => {
      const file = placed(valueOf(s.text), pool)
      if (file) expect(problems(file)).toEqual([])
    })
    it.each(all.filter((s) => s.invalid).map((s) => [s.line, s] as const))(
      'block at line %i, marked invalid, fails',
      (_, s) => {
        let value: unknown
        try {
          value = valueOf(s.text)
        } catch {
          return
        }
        const file = placed(value, pool)
        expect(file && problems(file).length).toBeTruthy()
      },
    )
  })
