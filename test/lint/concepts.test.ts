import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CONCEPTS } from '../../src/lint/concepts/index'
import { PERSONAL_LEXICONS } from '../../src/lint/lexicon/index'
import { findProtectedGrounds, type GroundId, type TextKind } from '../../src/lint/grounds'
import { growth } from '../helpers/growth'
import { wordsOf } from '../../src/lint/phrases'

const found = (text: string, kind: TextKind, language: 'sv' | 'en') =>
  findProtectedGrounds(text, { kind, language, read: true }).map((m) => m.ground)

describe('the concept table (src/lint/concepts/)', () => {
  it('gives every concept a unique kebab-case id and realisations in both languages', () => {
    const ids = CONCEPTS.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of CONCEPTS) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect({ id: c.id, sv: c.sv.length > 0, en: c.en.length > 0 }).toEqual({ id: c.id, sv: true, en: true })
    }
  })
})

// The same question in both languages is caught in both (issue #23: "Vilket år tog du studenten?").
const PAIRS: [GroundId, string, string][] = [
  ['age', 'Vilket år tog du studenten?', 'What year did you graduate?'],
  ['age', 'Är du född på 90-talet?', 'Were you born in the 1990s?'],
  ['age', 'max 5 år i arbetslivet', 'no more than 5 years of experience'],
  ['age', 'examen inom de senaste två åren', 'graduated within the last two years'],
  ['age', 'Tillhör du Gen Z?', 'Are you Gen Z?'],
  ['age', 'Har du vuxit upp med smartphones?', 'Did you grow up with smartphones?'],
  ['age', 'Är du mellan 25 och 35 år?', 'Are you between 25 and 35 years old?'],
  ['ethnicity', 'Var är dina föräldrar födda?', "What is your parents' country of birth?"],
  ['ethnicity', 'Vilket språk talar ni hemma?', 'What is your home language?'],
  ['ethnicity', 'I vilket land gick du i skolan?', 'In which country did you go to school?'],
  ['ethnicity', 'Vilket lands pass har du?', 'Which passport do you hold?'],
  ['family', 'Vem tar hand om barnen när de är sjuka?', 'Is your childcare arranged?'],
  ['religion', 'Firar du Ramadan?', 'Do you observe Ramadan?'],
  ['religion', 'Behöver du tid för bön?', 'Do you need prayer breaks?'],
]

describe('a concept is caught in both languages', () => {
  for (const [ground, sv, en] of PAIRS) {
    it(`sv "${sv}" is ${ground}`, () => expect(found(sv, 'label', 'sv')).toContain(ground))
    it(`en "${en}" is ${ground}`, () => expect(found(en, 'label', 'en')).toContain(ground))
  }
  it('"myndig" is age, and a minimum of experience is ordinary', () => {
    expect(found('Är du myndig?', 'label', 'sv')).toContain('age')
    expect(found('minst 2 års erfarenhet', 'reason', 'sv')).toEqual([])
    expect(found('at least 2 years of experience', 'reason', 'en')).toEqual([])
  })
})

// Whom a text is about: a ground word about the work, the people served, a subject, a product,
// a department or a benefit is not a finding; the head of a compound decides.
describe('text about others is not a finding', () => {
  const others: [string, TextKind, 'sv' | 'en'][] = [
    ['Lärare i religionskunskap', 'title', 'sv'],
    ['Modersmålslärare i arabiska', 'title', 'sv'],
    ['Handläggare föräldrapenning', 'title', 'sv'],
    ['Barnmorska till förlossningen', 'title', 'sv'],
    ['Säljare till damavdelningen', 'title', 'sv'],
    ['Har du arbetat med patienter med demens?', 'label', 'sv'],
    ['erfarenhet av att stötta elever med funktionsnedsättning', 'reason', 'sv'],
    ['Kan du hålla ordning på kön i kassan?', 'label', 'sv'],
    ['Har du hanterat gift och kemikalier?', 'label', 'sv'],
    ['Nurse in the maternity ward', 'title', 'en'],
    ["Sales assistant, women's clothing department", 'title', 'en'],
    ['experience processing parental benefit claims', 'reason', 'en'],
    ['Can you teach religious education?', 'label', 'en'],
    ['Have you debugged a race condition?', 'label', 'en'],
    ['experience with aged debt reports', 'reason', 'en'],
  ]
  for (const [text, kind, lang] of others)
    it(`${lang} ${kind} "${text}"`, () => expect(found(text, kind, lang)).toEqual([]))

  const applicant: [GroundId, string, TextKind, 'sv' | 'en'][] = [
    ['age', 'Vilken är pensionsåldern du siktar på?', 'label', 'sv'],
    ['ethnicity', 'Hudfärgen spelar roll', 'reason', 'sv'],
    ['ethnicity', 'Har du medborgarskapet?', 'label', 'sv'],
    ['sex', 'Kön', 'label', 'sv'],
    ['family', 'Är du gift?', 'label', 'sv'],
    ['sex', 'Kvinnlig säljare', 'title', 'sv'],
  ]
  for (const [ground, text, kind, lang] of applicant)
    it(`${lang} ${kind} "${text}" is ${ground}`, () => expect(found(text, kind, lang)).toContain(ground))
})

// A law named in a text does not hide a question about a ground: the law belongs in the
// criterion's justification (which turns the error into a warning). Only a text whose ground
// word is the law's own name or topic is about something else.
describe('a text that names a law', () => {
  const asks: [GroundId, string, TextKind, 'sv' | 'en'][] = [
    ['age', 'Hur gammal är du? (krav enligt lagen)', 'label', 'sv'],
    ['age', 'att du har fyllt 25 år, krav enligt arbetsmiljölagen', 'reason', 'sv'],
    ['age', 'Are you under 18? (licensing law)', 'label', 'en'],
    ['ethnicity', 'Är du svensk medborgare? (krav enligt lag)', 'label', 'sv'],
    ['age', 'What is your date of birth? (required by law)', 'label', 'en'],
    ['ethnicity', 'Are you a British citizen? (required under the Act)', 'label', 'en'],
    ['disability', 'no health conditions, as required by regulation', 'reason', 'en'],
  ]
  for (const [ground, text, kind, lang] of asks)
    it(`${lang} ${kind} "${text}" is still ${ground}`, () => expect(found(text, kind, lang)).toContain(ground))
  const about: [string, TextKind, 'sv' | 'en'][] = [
    ['Har du kunskap om diskrimineringslagen?', 'label', 'sv'],
    ['kunskap om föräldraledighetslagen', 'reason', 'sv'],
    ['knowledge of the Equality Act 2010', 'reason', 'en'],
    ['knowledge of the Age Discrimination Act', 'reason', 'en'],
    ['familiarity with the Disability Discrimination Act', 'reason', 'en'],
  ]
  for (const [text, kind, lang] of about)
    it(`${lang} ${kind} "${text}" is about the law`, () => expect(found(text, kind, lang)).toEqual([]))
})

// The legal minimum age of the work, stated with its basis in the same text (a law, or work the
// law sets an age for: alcohol, tobacco, gambling), is what the law asks, not a finding. Every
// held-out round's writer labelled such texts ordinary (seventh pass). Without its basis, or
// above the age of majority, it is still age.
describe('the legal minimum age with its basis in the text', () => {
  const lawful: [string, TextKind, 'sv' | 'en'][] = [
    ['Har du fyllt 18? Enligt tobakslagen får yngre inte sälja tobak.', 'label', 'sv'],
    ['18 år eller äldre (krav enligt tobakslagen)', 'value', 'sv'],
    ['att du har fyllt 18 år, eftersom du kommer att sälja tobak', 'reason', 'sv'],
    ['Är du myndig? Spellagen kräver det för personal vid borden.', 'label', 'sv'],
    ['Are you 18 or over? (The law requires this for selling alcohol.)', 'label', 'en'],
    ['18 or over (Licensing Act requirement)', 'value', 'en'],
    ['that you are 18 or over, as you will be serving alcohol', 'reason', 'en'],
  ]
  for (const [text, kind, lang] of lawful)
    it(`${lang} ${kind} "${text}" is the law's minimum age`, () => expect(found(text, kind, lang)).toEqual([]))
  const still: [string, TextKind, 'sv' | 'en'][] = [
    ['Har du fyllt 18 år?', 'label', 'sv'],
    ['att du har fyllt 18 år', 'reason', 'sv'],
    ['Är du minst 25 år? Du kommer att servera alkohol.', 'label', 'sv'],
    ['Are you 21 or over, as you will be serving alcohol?', 'label', 'en'],
    ['Are you 18 or over?', 'label', 'en'],
    ['How old are you? We sell tobacco.', 'label', 'en'],
  ]
  for (const [text, kind, lang] of still)
    it(`${lang} ${kind} "${text}" is still age`, () => expect(found(text, kind, lang)).toContain('age'))
})

// Seventh pass: classes of false alarm the held-out rounds G, H and I showed after their first
// runs, each with the real case it must not hide.
describe('look-alikes of a law, a document, a named thing or an event', () => {
  const ordinary: [string, TextKind, 'sv' | 'en'][] = [
    ['Är du svensk medborgare? Tjänsten är placerad i säkerhetsklass 2.', 'label', 'sv'],
    ['British citizenship, as the post needs security clearance', 'reason', 'en'],
    ['att du har ett giltigt läkarintyg för yrkesfiskare', 'reason', 'sv'],
    ['Do you hold a valid Class 2 medical certificate?', 'label', 'en'],
    ['Har du restaurerat båtar som är äldre än 90 år?', 'label', 'sv'],
    ['Have you worked with the Equality and Human Rights Commission?', 'label', 'en'],
    ['Have you processed Disability Living Allowance claims?', 'label', 'en'],
    ['Have you advised on the Gender Recognition Act?', 'label', 'en'],
    ['HBTQ-samordnare', 'title', 'sv'],
    ['Funktionshinder-samordnare till kommunen', 'title', 'sv'],
    ['Vikariat under föräldraledighet, 12 månader', 'value', 'sv'],
    ['Handläggare mot mäns våld mot kvinnor', 'title', 'sv'],
    ['Har du dömt i damernas eller herrarnas serie?', 'label', 'sv'],
    ['Same-sex and opposite-sex ceremonies', 'value', 'en'],
    ['How old is the building you manage?', 'label', 'en'],
    ['British Sign Language Level 2', 'value', 'en'],
    ['Have you designed colour-blind settings for an app?', 'label', 'en'],
    ['Har du analyserat graviditetstester i ett laboratorium?', 'label', 'sv'],
    ['Hur skulle du bemöta en intagen som vill be under arbetstid?', 'label', 'sv'],
  ]
  for (const [text, kind, lang] of ordinary)
    it(`${lang} ${kind} "${text}" is about something else`, () => expect(found(text, kind, lang)).toEqual([]))
  const real: [GroundId, string, TextKind, 'sv' | 'en'][] = [
    ['ethnicity', 'Är du svensk medborgare?', 'label', 'sv'],
    ['disability', 'Do you have a medical certificate?', 'label', 'en'],
    [
      'disability',
      'Have you ever claimed Personal Independence Payment or Disability Living Allowance?',
      'label',
      'en',
    ],
    // A name in capitals ends before a role: the ground word describes the applicant, then the employer follows.
    ['sex', 'Female Carer Support Network', 'title', 'en'],
    ['sex', 'Vilket omklädningsrum använder du, herrarnas eller damernas?', 'label', 'sv'],
    ['sexual-orientation', 'Are you in a same-sex relationship?', 'label', 'en'],
    ['age', 'How old are you?', 'label', 'en'],
    ['family', 'Är du föräldraledig just nu?', 'label', 'sv'],
    ['age', 'Är du minst 25 år?', 'label', 'sv'],
    ['age', 'Are you at least 21?', 'label', 'en'],
    ['age', 'Du måste vara minst 20 år för att söka', 'reason', 'sv'],
  ]
  for (const [ground, text, kind, lang] of real)
    it(`${lang} ${kind} "${text}" is still ${ground}`, () => expect(found(text, kind, lang)).toContain(ground))
})

// Seventh pass: indirect wordings that recur in every held-out round's misses, in both languages,
// with the look-alikes that must stay quiet.
describe('recurring indirect wordings', () => {
  const real: [GroundId, string, TextKind, 'sv' | 'en'][] = [
    ['transgender', 'att könet i din legitimation stämmer med hur du ser ut', 'reason', 'sv'],
    ['transgender', 'Är du född kvinna?', 'label', 'sv'],
    ['transgender', 'Does the sex in your passport match how you present?', 'label', 'en'],
    ['transgender', 'Spa Attendant (born female)', 'title', 'en'],
    ['ethnicity', 'Är din examen utfärdad utanför EU?', 'label', 'sv'],
    ['ethnicity', 'a degree awarded in the UK; overseas qualifications are not accepted', 'reason', 'en'],
    ['ethnicity', 'How many years have you lived in the UK?', 'label', 'en'],
    ['religion', 'Vilken församling tillhör du?', 'label', 'sv'],
    ['religion', 'Do you attend a church or mosque?', 'label', 'en'],
    ['disability', 'Are you on any prescribed medication?', 'label', 'en'],
    ['disability', 'Har du haft kontakt med psykiatrin?', 'label', 'sv'],
    ['family', 'Childfree sales manager', 'title', 'en'],
    ['family', 'Barnfri säljare till Göteborg', 'title', 'sv'],
    ['family', 'Are you planning on starting a family soon?', 'label', 'en'],
    ['family', 'Store Manager (suits someone without young children)', 'title', 'en'],
    ['sexual-orientation', 'Would you describe yourself as heterosexual?', 'label', 'en'],
    ['religion', 'Do you observe a fast during the year?', 'label', 'en'],
    ['transgender', 'a candidate whose gender matches what is on their birth certificate', 'reason', 'en'],
  ]
  for (const [ground, text, kind, lang] of real)
    it(`${lang} ${kind} "${text}" is ${ground}`, () => expect(found(text, kind, lang)).toContain(ground))
  const ordinary: [string, TextKind, 'sv' | 'en'][] = [
    ['Have you processed passport applications?', 'label', 'en'],
    ['a degree in nursing from an accredited university', 'reason', 'en'],
    ['Har du arbetat med konservering i en kyrka?', 'label', 'sv'],
    ['experience of helping clients back to work after long-term sick leave', 'reason', 'en'],
    ['Have you dispensed prescribed medication to residents?', 'label', 'en'],
    ['experience supporting clients starting a family business', 'reason', 'en'],
    ['Have you processed birth certificate applications?', 'label', 'en'],
  ]
  for (const [text, kind, lang] of ordinary)
    it(`${lang} ${kind} "${text}" is about something else`, () => expect(found(text, kind, lang)).toEqual([]))
})

// Four problems a Swedish recruiter found (issue #23, third pass).
describe("the recruiter's four problems", () => {
  it("medication given as a task is the work, not the applicant's health", () => {
    expect(found('Have you had delegation to give medication?', 'label', 'en')).toEqual([])
    expect(found('Har du delegering att ge läkemedel?', 'label', 'sv')).toEqual([])
    expect(found('Do you have experience administering insulin?', 'label', 'en')).toEqual([])
  })
  it('a relative clause after the people served is about them', () => {
    expect(found('Har du arbetat med brukare som har annat modersmål än svenska?', 'label', 'sv')).toEqual([])
    expect(found('Have you worked with clients whose first language is not English?', 'label', 'en')).toEqual([])
  })
  it('too old, too young or overqualified in a reason is age', () => {
    for (const t of ['att du är för gammal för tjänsten', 'för ung för tjänsten', 'överkvalificerad för tjänsten'])
      expect(found(t, 'reason', 'sv')).toContain('age')
    for (const t of ['too old for the role', 'too young for the role', 'overqualified for this position'])
      expect(found(t, 'reason', 'en')).toContain('age')
  })
  it('a birthplace question is ethnicity only, a birth year is age', () => {
    expect(found('Är du född i Sverige?', 'label', 'sv')).toEqual(['ethnicity'])
    expect(found('Were you born in Sweden?', 'label', 'en')).toEqual(['ethnicity'])
    expect(found('Är du född 1990 eller senare?', 'label', 'sv')).toEqual(['age'])
  })
})

// Eighth to twenty-ninth passes: classes of the misses and false alarms of rounds J to AJ (each read
// after its first run), written in other words than the rounds' (test/fixtures/lint/concept-passes.yaml).
describe('eighth to twenty-ninth passes: indirect wordings and look-alikes', () => {
  const cases = parse(readFileSync(join(__dirname, '../fixtures/lint/concept-passes.yaml'), 'utf8')) as {
    pass: string
    lang: 'sv' | 'en'
    kind: TextKind
    ground: GroundId | 'none'
    text: string
  }[]
  it('reads the cases of every pass', () =>
    expect(new Set(cases.map((c) => c.pass))).toEqual(
      new Set([
        'eighth',
        'ninth',
        'tenth',
        'eleventh',
        'twelfth',
        'thirteenth',
        'fourteenth',
        'fifteenth',
        'sixteenth',
        'seventeenth',
        'eighteenth',
        'nineteenth',
        'twentieth',
        'twenty-first',
        'twenty-second',
        'twenty-third',
        'twenty-fourth',
        'twenty-fifth',
        'twenty-sixth',
        'twenty-seventh',
        'twenty-eighth',
        'twenty-ninth',
      ]),
    ))
  for (const c of cases)
    if (c.ground === 'none')
      it(`${c.pass}: ${c.lang} ${c.kind} "${c.text}" is about something else`, () =>
        expect(found(c.text, c.kind, c.lang)).toEqual([]))
    else
      it(`${c.pass}: ${c.lang} ${c.kind} "${c.text}" is ${c.ground}`, () =>
        expect(found(c.text, c.kind, c.lang)).toContain(c.ground))
  it("reads an acronym's plural as one word", () =>
    expect(wordsOf('Two GCSEs and NVQs').map((w) => w.text)).toEqual(['two', 'gcses', 'and', 'nvqs']))
  it('still finds an age above the legal minimum, and the word age without a law', () => {
    expect(found('en ålder på minst 25 år, som alkohollagen kräver', 'reason', 'sv')).toContain('age')
    expect(found('a minimum age of 18', 'reason', 'en')).toContain('age')
  })
})

// A phrase with an apostrophe is two words ("didn't" is "didn t"), and an alternative cannot
// span words: 'we did not|didn t see' reads as "we did not|didn" then "t", a pattern that never
// matches. Seventh and eighth passes found five such; none may come back.
describe('the tables hold no alternative split across words', () => {
  // A clitic may stand only beside its own full forms ("are|re", "not|t"), and a stem cut at the
  // apostrophe ("didn") only beside other stems and before the word "t" (the openings match one
  // word, the first, so "didn" stands alone there).
  const full: Record<string, readonly string[]> = {
    t: ['not'],
    s: ['is', 'has'],
    d: ['would', 'had', 'did'],
    ve: ['have'],
    re: ['are', 'were'],
    ll: ['will', 'shall'],
    m: ['am'],
  }
  const stem = /^(didn|don|doesn|isn|aren|wasn|weren|couldn|wouldn|shouldn|haven|hasn|hadn|won)$/u
  const tables = [
    ...CONCEPTS.flatMap((c) => [...c.sv, ...c.en, ...(c.except ?? [])]),
    ...PERSONAL_LEXICONS.flatMap((l) => [
      ...l.terms,
      ...l.persons,
      ...l.traits,
      ...l.standards,
      ...l.breaks,
      ...(l.except ?? []),
    ]),
  ].map((r) => (typeof r === 'string' ? r : r.match))
  it('reads the tables', () => expect(tables.length).toBeGreaterThan(500))
  const split = (pattern: string): string | undefined => {
    const words = pattern.split(' ')
    for (const [i, word] of words.entries()) {
      const alts = word.split('|')
      if (alts.length < 2) continue
      for (const alt of alts) if (full[alt] && alts.some((x) => x !== alt && !full[alt]!.includes(x))) return word
      if (alts.some((x) => stem.test(x)) && (words[i + 1] !== 't' || alts.some((x) => !stem.test(x)))) return word
    }
    return undefined
  }
  it('finds the split it looks for', () =>
    expect([split('we did not|didn t see'), split('you are|re at least #'), split('not|t a fit')]).toEqual([
      'not|didn',
      undefined,
      undefined,
    ]))
  it('holds none', () => expect(tables.filter((p) => split(p) !== undefined)).toEqual([]))
  // A phrase alternative split at a space repeats the word beside it: 'åt andra|det andra hållet'
  // reads as "åt", "andra or det", "andra", "hållet" and never matches "åt andra hållet". The
  // fourteenth and fifteenth passes found twelve.
  const repeats = (pattern: string): boolean => {
    const words = pattern.split(' ')
    return words.some((w, i) => w.includes('|') && w.split('|').some((a) => a === words[i - 1] || a === words[i + 1]))
  }
  it('finds a repeat beside an alternative', () =>
    expect([
      repeats('åt andra|det andra hållet'),
      repeats('female born|male born'),
      repeats('make|maka eller maka|make'),
    ]).toEqual([true, true, false]))
  it('holds no alternative that repeats the word beside it', () => expect(tables.filter(repeats)).toEqual([]))
  // A pattern listed twice in one concept is a dead copy: sixteen had gathered over the passes.
  it('lists no pattern twice in one concept and language', () => {
    const twice: string[] = []
    for (const c of CONCEPTS)
      for (const [where, list] of [
        ['sv', c.sv],
        ['en', c.en],
        ['except', c.except ?? []],
      ] as const) {
        const seen = new Set<string>()
        for (const r of list) {
          const p = typeof r === 'string' ? r : JSON.stringify(r)
          if (seen.has(p)) twice.push(`${c.id} ${where}: ${p}`)
          seen.add(p)
        }
      }
    expect(twice).toEqual([])
  })
})

// The lint runs in the page on every pause in typing: matching is linear in the text's length.
describe('matching cost', () => {
  it('grows linearly as a text doubles', () => {
    const unit = 'Har du erfarenhet av att arbeta med patienter med demens, och är du född på 90-talet? '
    const g = growth(
      (size) => {
        const text = unit.repeat(size)
        return () => findProtectedGrounds(text, { kind: 'note', language: 'sv' })
      },
      [500, 1000, 2000, 4000],
    )
    expect(g.exponent, g.table).toBeLessThan(1.4)
  })
})
