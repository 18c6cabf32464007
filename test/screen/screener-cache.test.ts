import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CriteriaError, ScreeningError } from '../../src/errors'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { createScreenerCache } from '../../src/screen/screener-cache'

// Issue #25: compiled screeners kept by criteria hash, bounded, for an ATS with many jobs.
const rules = join(__dirname, '../../rules')
const TEXTS = ['frontend-developer', 'lagerarbetare', 'b2b-saljare', 'underskoterska-hemtjanst'].map((n) =>
  readFileSync(join(rules, `${n}.yaml`), 'utf8'),
)
const HASHES: string[] = TEXTS.map((t) => compileCriteria(loadCriteriaText(t)).hash)
/** A criteria text of another version: the same job, another hash. */
const version = (text: string, v: number) => text.replace(/^version: .*$/m, `version: ${v}`)
const application = { id: 'a-1', submittedAt: '2026-11-20T09:14:00+01:00', answers: {} }
const now = new Date('2026-11-20T10:00:00Z')

describe('createScreenerCache', () => {
  it('compiles criteria once per hash, whatever form they come in, and screens as compileCriteria does', () => {
    const cache = createScreenerCache()
    const a = cache.get(TEXTS[0]!)
    expect(a.hash).toBe(HASHES[0])
    expect(cache.stats()).toEqual({ size: 1, maxSize: 100, hits: 0, misses: 1, evictions: 0 })
    // The same text: a hit, known by the text's own hash (no parse).
    expect(cache.get(TEXTS[0]!)).toBe(a)
    // The same criteria written otherwise (a comment added): parsed, found by the criteria hash.
    expect(cache.get(`# a comment\n${TEXTS[0]!}`)).toBe(a)
    // A loaded document and a plain object of the same criteria.
    expect(cache.get(loadCriteriaText(TEXTS[0]!))).toBe(a)
    expect(cache.get(JSON.parse(JSON.stringify(loadCriteriaText(TEXTS[0]!).criteria)))).toBe(a)
    expect(cache.size).toBe(1)
    expect(cache.hits).toBe(4)
    expect(cache.misses).toBe(1)
    expect(JSON.stringify(a.screen(application, { now }))).toBe(
      JSON.stringify(compileCriteria(loadCriteriaText(TEXTS[0]!)).screen(application, { now })),
    )
  })

  it('finds a kept screener by its published hash without reading the criteria', () => {
    const cache = createScreenerCache()
    const a = cache.get(TEXTS[1]!, { hash: HASHES[1]! })
    // Text that does not even parse: never read, since the hash is known.
    expect(cache.get('this: is: not: yaml: [', { hash: HASHES[1]! })).toBe(a)
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 })
  })

  it('refuses criteria that load to another hash than the one published, and keeps nothing for them', () => {
    const cache = createScreenerCache()
    expect(() => cache.get(TEXTS[2]!, { hash: HASHES[0]! })).toThrow(
      expect.objectContaining({ code: 'criteria_hash_mismatch' }),
    )
    expect(() => cache.get(TEXTS[2]!, { hash: HASHES[0]! })).toThrow(ScreeningError)
    expect(cache.size).toBe(0)
    // A text kept under its own hash is not returned for another published hash either.
    cache.get(TEXTS[2]!)
    expect(() => cache.get(TEXTS[2]!, { hash: HASHES[0]! })).toThrow(/criteria_hash_mismatch|not the/)
  })

  it('throws what loading throws for criteria that do not load, and keeps nothing', () => {
    const cache = createScreenerCache()
    expect(() => cache.get(TEXTS[0]!.replace('fields:', 'feilds:'))).toThrow(CriteriaError)
    expect(cache.size).toBe(0)
    expect(cache.misses).toBe(1)
  })

  it('keeps at most maxSize screeners, dropping the least recently used', () => {
    const cache = createScreenerCache({ maxSize: 3 })
    const texts = [1, 2, 3, 4, 5].map((v) => version(TEXTS[0]!, v))
    const [v1, v2, v3] = texts.slice(0, 3).map((t) => cache.get(t))
    expect(new Set([v1!.hash, v2!.hash, v3!.hash]).size).toBe(3)
    cache.get(texts[0]!) // v1 used again: v2 is now the least recent
    const v4 = cache.get(texts[3]!)
    expect(cache.size).toBe(3)
    expect(cache.peek(v2!.hash)).toBeUndefined()
    expect(cache.peek(v1!.hash)).toBe(v1)
    expect(cache.peek(v4.hash)).toBe(v4)
    expect(cache.stats()).toEqual({ size: 3, maxSize: 3, hits: 1, misses: 4, evictions: 1 })
    // A dropped version compiles again (a miss), and its text is no longer known.
    expect(cache.get(texts[1]!)).not.toBe(v2)
    expect(cache.stats().misses).toBe(5)
    expect(cache.stats().evictions).toBe(2)
  })

  it('holds its bound over many versions (thousands of tenants)', () => {
    const cache = createScreenerCache({ maxSize: 8 })
    for (let v = 0; v < 40; v++) cache.get(version(TEXTS[1]!, v + 1))
    expect(cache.size).toBe(8)
    expect(cache.stats().evictions).toBe(32)
  })

  it('peek counts nothing; delete and clear drop screeners', () => {
    const cache = createScreenerCache()
    const a = cache.get(TEXTS[3]!)
    expect(cache.peek(a.hash)).toBe(a)
    expect(cache.peek('0'.repeat(64))).toBeUndefined()
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 1 })
    expect(cache.delete(a.hash)).toBe(true)
    expect(cache.delete(a.hash)).toBe(false)
    expect(cache.get(TEXTS[3]!)).not.toBe(a) // the text was forgotten with it
    cache.clear()
    expect(cache.size).toBe(0)
    expect(cache.misses).toBe(2)
  })

  it('compiles with its engine', () => {
    const jitless = createScreenerCache({ engine: { jitless: true } })
    expect(jitless.get(TEXTS[0]!).engine.jitless).toBe(true)
    expect(createScreenerCache().get(TEXTS[0]!).engine.jitless).toBe(false)
  })

  it('refuses a bound that is not a whole number of at least 1', () => {
    for (const maxSize of [0, -1, 1.5, Number.NaN])
      expect(() => createScreenerCache({ maxSize })).toThrow(expect.objectContaining({ code: 'invalid_option' }))
  })
})
