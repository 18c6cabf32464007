import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { findProtectedGrounds, type GroundId, type TextKind } from '../../src/lint/grounds'
import { findPersonalWording } from '../../src/lint/personal-wording'
import { measure, type RoundEntry } from './measure-round'

interface Entry {
  lang: 'sv' | 'en'
  kind: TextKind
  ground: GroundId | 'none'
  text: string
  read?: boolean
}

const read = (name: string) => parse(readFileSync(join(__dirname, '../fixtures/lint', name), 'utf8'))
// The first set was written before the word lists; the second after, in rounds (see its header).
const corpus = [...read('grounds-corpus.yaml'), ...read('grounds-corpus-holdout.yaml')] as Entry[]

/** What the lint finds in an entry, as a field name is matched (no language) or as text in its language. */
function found(e: Entry): GroundId[] {
  return findProtectedGrounds(e.text, {
    kind: e.kind,
    language: e.kind === 'name' ? undefined : e.lang,
    read: e.read ?? false,
  }).map((m) => m.ground)
}

describe('protected-ground corpus (test/fixtures/lint/grounds-corpus*.yaml)', () => {
  it('has at least 200 labelled texts in each of the two languages together, protected and not', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    for (const lang of ['sv', 'en']) {
      expect(corpus.filter((e) => e.lang === lang && e.ground !== 'none').length).toBeGreaterThanOrEqual(50)
      expect(corpus.filter((e) => e.lang === lang && e.ground === 'none').length).toBeGreaterThanOrEqual(50)
    }
  })
  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: recall >= 0.95 on protected texts, precision >= 0.95`, () => {
      const entries = corpus.filter((e) => e.lang === lang)
      let correct = 0
      let flagged = 0
      let protectedCount = 0
      const misses: string[] = []
      const falseAlarms: string[] = []
      for (const e of entries) {
        const grounds = found(e)
        if (e.ground !== 'none') protectedCount++
        if (grounds.length) flagged++
        if (e.ground !== 'none' && grounds.includes(e.ground)) correct++
        else if (e.ground !== 'none')
          misses.push(`${e.kind} "${e.text}": wanted ${e.ground}, found ${grounds.join(', ') || 'nothing'}`)
        if (e.ground === 'none' && grounds.length)
          falseAlarms.push(`${e.kind} "${e.text}": found ${grounds.join(', ')}`)
      }
      const recall = correct / protectedCount
      const precision = correct / flagged
      console.info(
        `${lang}: recall ${recall.toFixed(3)} (${correct}/${protectedCount}), precision ${precision.toFixed(3)} (${correct}/${flagged}), ${entries.length} texts`,
      )
      expect({ recall: recall >= 0.95, misses }).toEqual({ recall: true, misses: expect.any(Array) })
      expect({ precision: precision >= 0.95, falseAlarms }).toEqual({ precision: true, falseAlarms: expect.any(Array) })
    })
  }
})

describe('reasons about the person (test/fixtures/lint/personal-reasons.yaml)', () => {
  const reasons = read('personal-reasons.yaml') as { lang: 'sv' | 'en'; personal: boolean; text: string }[]
  it('has personal and requirement-worded reasons in both languages', () => {
    for (const lang of ['sv', 'en'])
      for (const personal of [true, false])
        expect(reasons.filter((r) => r.lang === lang && r.personal === personal).length).toBeGreaterThanOrEqual(8)
  })
  for (const r of reasons)
    it(`${r.lang} "${r.text}" is ${r.personal ? '' : 'not '}about the person`, () =>
      expect(findPersonalWording(r.text, r.lang).length > 0).toBe(r.personal))
})

describe('reasons about the person, fourth pass (test/fixtures/lint/personal-reasons-4.yaml)', () => {
  const reasons = read('personal-reasons-4.yaml') as RoundEntry[]
  it('has 60+ variants: both languages, both labels, half of the personal ones without the second person', () => {
    expect(reasons.length).toBeGreaterThanOrEqual(60)
    for (const lang of ['sv', 'en'])
      for (const personal of [true, false]) {
        const some = reasons.filter((r) => r.lang === lang && r.personal === personal)
        expect(some.length).toBeGreaterThanOrEqual(15)
        if (personal)
          expect(
            some.filter((r) => !/\b(du|dig|din|ditt|dina|you|your)\b/i.test(r.text)).length,
          ).toBeGreaterThanOrEqual(some.length / 2 - 1)
      }
  })
  for (const r of reasons)
    it(`${r.lang} "${r.text}" is ${r.personal ? '' : 'not '}about the person`, () =>
      expect(findPersonalWording(r.text, r.lang).length > 0).toBe(r.personal))
})

// The tuned corpora written for issue #23 (test/fixtures/lint/grounds-corpus-tuned*.yaml), each
// text placed where the lint meets it in a file and run through the real lint (measure-round.ts).
// grounds-corpus-frames.yaml: variants of the examples written with the matching (no reasons);
// grounds-corpus-frames-2.yaml: the second pass (look-alikes about others, indirect proxies, laws).
// grounds-corpus-frames-3.yaml: the third pass (tasks and relative clauses about others, indirect English proxies).
// grounds-corpus-frames-4.yaml: the fourth pass (readings missing on tuned-4, each with look-alikes about others).
// grounds-corpus-tuned-4.yaml: the fourth tuned set (two writers who saw no code), with reasons.
// grounds-corpus-tuned-5.yaml: the fifth tuned set (a writer who saw no code), with reasons; its first-run figures in its header.
// grounds-corpus-frames-5.yaml: the fifth pass's paraphrase probe (each class of real case in several wordings, with look-alikes).
// grounds-corpus-tuned-6.yaml: the sixth tuned set (a writer who saw no code, asked for the classes round F missed), with reasons; first-run figures in its header.
// grounds-corpus-tuned-7.yaml: the seventh tuned set, written for breadth (registers, euphemisms, proxies; the languages written apart), with reasons.
describe.each([
  ['grounds-corpus-tuned.yaml', true],
  ['grounds-corpus-tuned-2.yaml', true],
  ['grounds-corpus-tuned-3.yaml', true],
  ['grounds-corpus-tuned-4.yaml', true],
  ['grounds-corpus-tuned-5.yaml', true],
  ['grounds-corpus-tuned-6.yaml', true],
  ['grounds-corpus-tuned-7.yaml', true],
  ['grounds-corpus-frames.yaml', false],
  ['grounds-corpus-frames-2.yaml', false],
  ['grounds-corpus-frames-3.yaml', false],
  ['grounds-corpus-frames-4.yaml', false],
  ['grounds-corpus-frames-5.yaml', false],
])('tuned corpus %s, through lintCriteria', (file, reasons) => {
  const figures = measure(read(file) as RoundEntry[]) as Record<
    'sv' | 'en',
    {
      real: number
      texts: number
      recall: number
      precision: number
      ordinaryFlaggedAsErrors: string
      personalReasonRecall: number | null
      misses: string[]
      alarms: string[]
      personalMisses: string[]
      personalAlarms: string[]
    }
  >
  for (const lang of ['sv', 'en'] as const) {
    const f = figures[lang]
    it(`${lang}: recall and precision >= 0.95 on protected grounds`, () => {
      expect(f.real).toBeGreaterThanOrEqual(10)
      expect({ recall: f.recall >= 0.95, misses: f.misses }).toEqual({ recall: true, misses: expect.any(Array) })
      expect({ precision: f.precision >= 0.95, alarms: f.alarms }).toEqual({
        precision: true,
        alarms: expect.any(Array),
      })
    })
    it(`${lang}: at most 3% of ordinary texts flagged as errors`, () => {
      const [errors, ordinary] = f.ordinaryFlaggedAsErrors.split(' of ').map(Number) as [number, number]
      expect(ordinary).toBeGreaterThan(0)
      expect({ share: errors / ordinary <= 0.03, alarms: f.alarms }).toEqual({ share: true, alarms: expect.any(Array) })
    })
    if (reasons)
      it(`${lang}: personal-reason recall >= 0.90, with at most one requirement-worded reason flagged`, () => {
        expect(f.personalReasonRecall).not.toBeNull()
        expect({ recall: (f.personalReasonRecall ?? 0) >= 0.9, misses: f.personalMisses }).toEqual({
          recall: true,
          misses: expect.any(Array),
        })
        expect(f.personalAlarms.length).toBeLessThanOrEqual(1)
      })
  }
})
