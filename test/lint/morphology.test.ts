import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { compoundParts, relationTo, stemWord, type MorphologyLanguage, type WordRelation } from '../../src/lint/morphology'

type Lang = MorphologyLanguage
interface Fixture {
  compounds: Record<Lang, Record<string, string[] | 'none'>>
  stems: Record<Lang, Record<string, string[]>>
  relations: Record<Lang, [string, string, WordRelation][]>
}
const fixture = parse(readFileSync(join(__dirname, '../fixtures/lint/morphology.yaml'), 'utf8')) as Fixture
const langs: Lang[] = ['sv', 'en']

describe('morphology (test/fixtures/lint/morphology.yaml)', () => {
  it('covers at least 120 Swedish and 30 English compounds and non-compounds', () => {
    expect(Object.keys(fixture.compounds.sv).length).toBeGreaterThanOrEqual(120)
    expect(Object.keys(fixture.compounds.en).length).toBeGreaterThanOrEqual(30)
  })
  for (const lang of langs) {
    describe(`${lang} compounds`, () => {
      for (const [word, want] of Object.entries(fixture.compounds[lang] ?? {}))
        it(word, () => {
          const got = compoundParts(word, undefined, lang)
          expect(got === null ? 'none' : [...got.modifiers, got.head]).toEqual(want)
        })
    })
    describe(`${lang} stems`, () => {
      for (const [stem, words] of Object.entries(fixture.stems[lang] ?? {}))
        it(stem, () => expect(words.map((w) => [w, stemWord(w, lang)])).toEqual(words.map((w) => [w, stem])))
    })
    describe(`${lang} relations`, () => {
      for (const [word, term, want] of fixture.relations[lang] ?? []) it(`${word} / ${term}`, () => expect(relationTo(word, term, lang)).toBe(want))
    })
  }
})
