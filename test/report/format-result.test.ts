import { describe, expect, it } from 'vitest'
import { compileCriteria, formatResult, loadCriteriaText } from '../../src/index'
import { loadCriteria } from '../../src/node/index'

// The table view of a result: explanations in technical English by default, in the file's
// language with its questions when `words` is given.
describe('formatResult', () => {
  // Found trying a bartender's file whose criteria are all requirements: every line said
  // "0 av 0 poäng (går vidare från 0 poäng)", words about a score the job does not have.
  it('says nothing of points when no criterion gives any', () => {
    const doc = loadCriteriaText(
      [
        'id: x',
        'version: 1',
        'locale: sv',
        'job: { title: Bartender, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        '  k: { type: boolean, label: { sv: Kan du arbeta kvällar? } }',
        'criteria:',
        '  - { id: k, rule: { var: k }, required: true, reason: { sv: möjlighet att arbeta kvällar } }',
      ].join('\n'),
    )
    const result = compileCriteria(doc).screen(
      { id: 'a', submittedAt: '2026-12-01T09:00:00Z', answers: { k: true } },
      { now: new Date('2026-12-01T10:00:00Z') },
    )
    const words = { locale: 'sv' as const, fields: doc.criteria.fields }
    expect(formatResult(result, { words }).split('\n')[0]).toBe('a  GÅR VIDARE')
    expect(formatResult(result, { words })).not.toMatch(/poäng/)
  })

  it('explains unmet and skipped criteria in the words asked for', async () => {
    const doc = await loadCriteria('rules/underskoterska-hemtjanst.yaml')
    const screener = compileCriteria(doc)
    const c = doc.criteria
    const result = screener.screen(
      {
        id: 'a-1',
        submittedAt: '2026-12-03T21:15:00+01:00',
        answers: {
          underskoterskeexamen: false,
          utbildning: 'Vårdbiträde',
          erfarenhetManader: 6,
          korkort: 'B',
          kunskaper: ['Demensvård', 'Palliativ vård'],
          tillgangligFran: '2026-12-20',
        },
      },
      { now: 'arrival' },
    )
    const plain = formatResult(result, { explain: true })
    expect(plain).toContain('none of: underskoterskeexamen is true; erfarenhetManader is at least 24')
    // The status column says it does not apply, in every language; the explanation follows without saying it again.
    expect(plain).toMatch(
      /does not apply +examensbevis eller yrkesbevis för undersköterska — underskoterskeexamen is false; true required/,
    )
    const sv = formatResult(result, {
      explain: true,
      words: { locale: 'sv', fields: c.fields, timezone: c.job.timezone },
    })
    expect(sv).toContain(
      'Inget av detta gäller: svaret på ”Har du undersköterskeexamen?” är ja; svaret på ”Hur många månader har du arbetat inom vård och omsorg?” är minst 24',
    )
    // The status column says it does not apply; the explanation follows without saying it again.
    expect(sv).toContain(
      'gäller inte    examensbevis eller yrkesbevis för undersköterska — Svaret på ”Har du undersköterskeexamen?” är nej; ja krävs',
    )
    const en = formatResult(result, { explain: true, words: { locale: 'en', fields: c.fields } })
    expect(en).toMatch(
      /does not apply +examensbevis eller yrkesbevis för undersköterska — The answer to “Do you have an assistant nurse qualification\?” is no; yes required/,
    )
  })

  // A Swedish file's table is Swedish throughout: outcome, score, kinds, statuses, the closing
  // date's name, and why an answer could not be used (the max it broke, the reviewNote).
  it('is all Swedish for a Swedish file, and a merit gives points rather than being required', async () => {
    const doc = await loadCriteria('rules/underskoterska-hemtjanst.yaml')
    const screener = compileCriteria(doc)
    const words = { locale: 'sv' as const, fields: doc.criteria.fields, timezone: doc.criteria.job.timezone }
    const review = screener.screen(
      {
        id: 'x2',
        submittedAt: '2026-12-03T21:15:00+01:00',
        answers: { utbildning: 'Annan motsvarande utbildning', erfarenhetManader: 700 },
      },
      { now: 'arrival' },
    )
    const sv = formatResult(review, { explain: true, words })
    expect(sv.split('\n')[0]).toBe('x2  TILL EN PERSON  0 av 3 poäng (går vidare från 1 poäng)')
    expect(sv).toMatch(/✓ sista ansökningsdag +krav +uppfyllt/)
    expect(sv).toContain(
      'Svaret 700 på ”Hur många månader har du arbetat inom vård och omsorg?” går inte att använda: frågan tar emot högst 600. En person tittar på ansökan.',
    )
    expect(sv).toContain(
      'En person bedömer svaret ”Annan motsvarande utbildning” på ”Vilken vårdutbildning har du?”. Till den som bedömer: Bedöm om utbildningen motsvarar vård- och omsorgsprogrammet; begär kursintyg.',
    )
    expect(sv).toContain(
      'Inget svar på ”Har du undersköterskeexamen?” och ”Kan du visa examensbevis eller yrkesbevis för undersköterska?”, och svaren kan ändra beslutet.',
    )
    expect(sv).not.toMatch(/\b(REVIEW|score|pass at|required|missing|invalid|is not answered|must be|deadline)\b/)
    const unmet = screener.screen(
      {
        id: 'a-2',
        submittedAt: '2026-12-03T21:15:00+01:00',
        answers: {
          underskoterskeexamen: true,
          examensbevis: true,
          utbildning: 'Vårdbiträde',
          erfarenhetManader: 6,
          korkort: 'B',
          kunskaper: ['Demensvård'],
          tillgangligFran: '2026-12-20',
        },
      },
      { now: 'arrival' },
    )
    const merit = formatResult(unmet, { explain: true, words })
      .split('\n')
      .find((l) => l.includes('kunskaper'))!
    expect(merit).toMatch(/\+2 +inte uppfyllt/)
    expect(merit).toContain('ger poäng')
    expect(merit).not.toContain('krävs')
    const en = formatResult(review, { explain: true, words: { ...words, locale: 'en' } })
    expect(en.split('\n')[0]).toBe('x2  TO A PERSON  score 0/3 (pass at 1)')
    expect(en).toContain('✓ closing date')
    expect(en).toContain(
      'The answer 700 to “How many months have you worked in health or social care?” cannot be used: the question accepts at most 600. A person looks at the application.',
    )
    expect(formatResult(unmet, { explain: true, words: { ...words, locale: 'en' } })).toContain('gives points')
  })
  // Found in a Swedish trial: a rejection on an unmet requirement said of an unusable answer
  // "En person tittar på ansökan", and nobody would: the no rests on what is known.
  it('says that a decided result stands without the unclear answer, and that a person looks only when one will', async () => {
    const doc = await loadCriteria('rules/underskoterska-hemtjanst.yaml')
    const screener = compileCriteria(doc)
    const words = { locale: 'sv' as const, fields: doc.criteria.fields }
    const base = {
      underskoterskeexamen: true,
      examensbevis: true,
      utbildning: 'Vård- och omsorgsprogrammet',
      kunskaper: ['Demensvård', 'Palliativ vård'],
      tillgangligFran: '2026-12-10',
    }
    const screen = (answers: Record<string, unknown>) =>
      formatResult(
        screener.screen(
          { id: 'a', submittedAt: '2026-12-03T10:00:00+01:00', answers: { ...base, ...answers } },
          { now: new Date('2026-12-03T10:00:00Z') },
        ),
        { words },
      )
    // No driving licence (required) rejects, whatever the months would have been.
    const rejected = screen({ korkort: 'Inget', underskoterskeexamen: false, erfarenhetManader: 'tre' })
    expect(rejected.split('\n')[0]).toMatch(/^a {2}AVBÖJS/)
    expect(rejected).toContain('går inte att använda: svaret ska vara ett tal, men beslutet står ändå.')
    expect(rejected).not.toContain('En person tittar')
    // With the licence, the months decide: a person looks.
    const review = screen({ korkort: 'B', underskoterskeexamen: false, erfarenhetManader: 'tre' })
    expect(review.split('\n')[0]).toMatch(/^a {2}TILL EN PERSON/)
    expect(review).toContain('går inte att använda: svaret ska vara ett tal. En person tittar på ansökan.')
  })
})
