import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { readPlainYaml } from '../../src/criteria/plain-yaml'
import { generatedCriteria } from '../bench/synthetic'
import { comparePlainYaml } from '../helpers/compare-plain-yaml'
import { mutate, randomYaml, seeded } from '../helpers/random-yaml'

// The plain reader answers only where it reads as the YAML library does: for every text it
// takes, the value (key order, -0, NaN), every position (value and key) and the absence of
// errors and warnings are the library's; for every other text it declines, and the library
// reads it as before. Checked on every YAML file of the repository, the generated files of the
// benchmark, random texts of criteria shapes and their near misses, real files mutated, and
// what the YAML library itself writes (as the editing functions do) of random values.

const ROOT = join(import.meta.dirname, '../..')
const yamlFiles = ['rules', 'examples', 'test/fixtures', 'docs']
  .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()

describe('the plain YAML reader against the YAML library', () => {
  it('reads every YAML file of the repository as the library does, or declines', () => {
    expect(yamlFiles.length).toBeGreaterThan(40)
    for (const f of yamlFiles) expect(comparePlainYaml(readFileSync(join(ROOT, f), 'utf8'), f).difference, f).toBeNull()
  })

  it('takes the bundled criteria files and the generated ones (so loading them is fast)', () => {
    for (const f of yamlFiles.filter((f) => f.startsWith('rules/') && !f.endsWith('.test.yaml')))
      expect(comparePlainYaml(readFileSync(join(ROOT, f), 'utf8'), f), f).toEqual({ declined: false, difference: null })
    for (const n of [12, 100, 1000])
      expect(comparePlainYaml(generatedCriteria(n)), `${n} criteria`).toEqual({ declined: false, difference: null })
  })

  it('reads random texts of criteria shapes, and their near misses, as the library does, or declines', () => {
    let taken = 0
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { declined, difference } = comparePlainYaml(randomYaml(seed))
        if (!declined) taken++
        return difference === null
      }),
      { numRuns: 10_000 },
    )
    // The property says something only if the reader takes a fair share of them.
    expect(taken).toBeGreaterThan(500)
  })

  it('reads the bundled files mutated a character at a time as the library does, or declines', () => {
    const texts = yamlFiles.filter((f) => f.startsWith('rules/')).map((f) => readFileSync(join(ROOT, f), 'utf8'))
    let taken = 0
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.integer(), fc.integer({ min: 1, max: 3 }), (i, seed, edits) => {
        const rng = seeded(seed)
        let text = texts[i]!
        for (let e = 0; e < edits; e++) text = mutate(text, rng)
        const { declined, difference } = comparePlainYaml(text)
        if (!declined) taken++
        return difference === null
      }),
      { numRuns: 500 },
    )
    expect(taken).toBeGreaterThan(50)
  })

  it('reads what the YAML library writes (random values, any line width) as the library does, or declines', () => {
    let taken = 0
    for (const unit of ['grapheme-ascii', 'binary'] as const)
      fc.assert(
        fc.property(
          fc.dictionary(
            fc.string({ minLength: 1, maxLength: 12, unit }),
            fc.jsonValue({ maxDepth: 4, stringUnit: unit }),
            { minKeys: 1 },
          ),
          fc.integer({ min: 20, max: 100 }),
          (value, lineWidth) => {
            const { declined, difference } = comparePlainYaml(stringify(value, { lineWidth }))
            if (!declined) taken++
            return difference === null
          },
        ),
        { numRuns: 1_000 },
      )
    expect(taken).toBeGreaterThan(500)
  })

  it('declines what it leaves to the library', () => {
    for (const text of [
      '',
      '# only a comment\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: |\n  text\n',
      'a: >\n  text\n',
      'a:\n',
      'a: 1\na: 2\n',
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      '<<: { a: 1 }\n',
      '__proto__: 1\n',
      '1: a\n',
      'a: 0x1F\n',
      'a: .inf\n',
      'a: "two\n  lines"\n',
      'a: [1,\n  2]\n',
      'a: [1, 2, ]\n',
      'a: "\\x41"\n',
      'just text\n',
      '  a: 1\n',
      `${'- '.repeat(200)}a\n`,
      `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
    ])
      expect(readPlainYaml(text), JSON.stringify(text)).toBeNull()
  })

  it('locates values and keys as the library does', () => {
    const text =
      '# criteria\nid: x\ncriteria:\n  - id: a\n    rule: { ">=": [{ var: n }, 3] }\n    reason:\n      en: a long text\n        folded\n'
    const read = readPlainYaml(text, 'x.yaml')!
    expect(read.value).toEqual({
      id: 'x',
      criteria: [{ id: 'a', rule: { '>=': [{ var: 'n' }, 3] }, reason: { en: 'a long text folded' } }],
    })
    expect(read.index.locate(['criteria', 0, 'rule', '>=', 1])).toEqual({ file: 'x.yaml', line: 5, column: 32 })
    expect(read.index.locate(['criteria', 0, 'reason'], { key: true })).toEqual({ file: 'x.yaml', line: 6, column: 5 })
    expect(read.index.locate(['criteria', 7, 'rule'])).toEqual({ file: 'x.yaml', line: 4, column: 3 })
    expect(comparePlainYaml(text).difference).toBeNull()
  })
})
