import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import {
  analyzeWord,
  baseForm,
  compoundParts,
  headKind,
  inflects,
  matchesHead,
  relationTo,
  stemWord,
  termRole,
  type HeadKind,
  type MorphologyLanguage,
  type WordRelation,
} from '../../src/lint/morphology'

type Lang = MorphologyLanguage
interface Fixture {
  compounds: Record<Lang, Record<string, string[] | 'none'>>
  stems: Record<Lang, Record<string, string[]>>
  relations: Record<Lang, [string, string, WordRelation][]>
  headKinds: Record<Lang, Record<string, HeadKind>>
  inflections: Record<Lang, [string, string, boolean][]>
  baseForms: Record<Lang, Record<string, string>>
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
      for (const [word, term, want] of fixture.relations[lang] ?? [])
        it(`${word} / ${term}`, () => expect(relationTo(word, term, lang)).toBe(want))
    })
    describe(`${lang} inflections`, () => {
      for (const [form, lemma, want] of fixture.inflections[lang] ?? [])
        it(`${form} / ${lemma}`, () => expect(inflects(form, lemma, lang)).toBe(want))
    })
    describe(`${lang} base forms`, () => {
      for (const [word, want] of Object.entries(fixture.baseForms[lang] ?? {}))
        it(word, () => expect(baseForm(word, undefined, lang) ?? 'none').toBe(want))
    })
    describe(`${lang} head kinds`, () => {
      for (const [head, want] of Object.entries(fixture.headKinds[lang] ?? {}))
        it(head, () => expect(headKind(head, lang)).toBe(want))
    })
  }
  it('analyzeWord gives the stems the matcher compares, once per word', () => {
    const known = new Set(['ålder', 'religion', 'hudfärg'])
    expect(analyzeWord('Pensionsåldern', 'sv', known)).toEqual({
      stem: stemWord('pensionsåldern', 'sv'),
      parts: { modifiers: ['pension'], head: 'ålder' },
      headStem: stemWord('ålder', 'sv'),
      modifierStems: [stemWord('pension', 'sv')],
    })
    expect(analyzeWord('religionskunskapen', 'sv', known).modifierStems).toEqual([stemWord('religion', 'sv')])
    expect(analyzeWord('barnen', 'sv', known)).toEqual({ stem: 'barn', parts: null, headStem: null, modifierStems: [] })
    expect(analyzeWord('schoolchildren', 'en').headStem).toBe(stemWord('child', 'en'))
  })
  it('agrees with itself: matchesHead is same or head, termRole the compound part of relationTo', () => {
    for (const lang of langs)
      for (const [word, term, want] of fixture.relations[lang] ?? []) {
        expect(matchesHead(word, term, lang), `${word} / ${term}`).toBe(want === 'same' || want === 'head')
        if (want === 'head' || want === 'modifier')
          expect([want, null]).toContain(termRole(word, term, undefined, lang))
      }
  })
  it("splits with the caller's words what the lexicon lacks, and the caller's words block nothing", () => {
    const known = new Set(['lhbtq', 'hudfärg'])
    expect(compoundParts('lhbtqgrupper', known)).toEqual({ modifiers: ['lhbtq'], head: 'grupp' })
    expect(compoundParts('lhbtqgrupper')).toEqual(null) // no vowel: no guess
    expect(compoundParts('hudfärgen', known)).toEqual({ modifiers: ['hud'], head: 'färg' })
  })
  it('does not split a pasted token longer than any word', () => {
    expect(compoundParts('barnomsorg'.repeat(20))).toBeNull()
  })
})
