import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintCriteria, type LintFinding } from '../../src/lint/lint-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { loadCriteria } from '../../src/node/load-criteria'

const fixture = (name: string) => join(__dirname, '../fixtures/lint', name)
async function lint(file: string, options = {}): Promise<LintFinding[]> {
  const doc = await loadCriteria(file)
  return lintCriteria(doc, compileCriteria(doc), options)
}
const brief = (f: LintFinding) => `${f.line}:${f.column} ${f.severity} ${f.finding} ${f.path.join('.')}`

describe('lintCriteria', () => {
  it('finds each kind of problem with its position', async () => {
    expect((await lint(fixture('unfair.yaml'))).map(brief)).toEqual([
      '13:3 warning unused-field fields.notes',
      '16:5 error protected-ground:age criteria.0.rule',
      '18:5 error missing-reason criteria.0.reason',
      '18:15 error protected-ground:age criteria.0.reason.sv',
      '20:5 error protected-ground:sex criteria.1.rule',
      '26:5 warning protected-ground:ethnicity criteria.2.justification',
      '27:15 warning protected-ground:ethnicity criteria.2.reason.sv',
      '27:42 warning protected-ground:ethnicity criteria.2.reason.en',
      '31:15 warning personal-reason criteria.3.reason.sv',
      '33:5 warning duplicate-rule criteria.4.rule',
      '37:5 error constant-rule criteria.5.rule',
    ])
  })

  describe('everyday wording of protected grounds (test/fixtures/lint/everyday.yaml)', async () => {
    const findings = await lint(fixture('everyday.yaml'))
    const at = (path: string) => findings.filter((f) => f.path.join('.') === path)

    it('reports exactly these findings', () => {
      expect(findings.map(brief)).toEqual([
        '12:3 error protected-question:age fields.howOld',
        '15:3 error protected-question:sex fields.gender',
        '20:5 error protected-ground:age criteria.0.rule',
        '22:15 error protected-ground:age criteria.0.reason.sv',
        '22:15 warning personal-reason criteria.0.reason.sv',
        '24:5 error protected-ground:ethnicity criteria.1.rule',
        '26:15 error protected-ground:ethnicity criteria.1.reason.sv',
        '28:5 error protected-ground:disability criteria.2.rule',
        '30:15 error protected-ground:disability criteria.2.reason.sv',
        '34:15 warning personal-reason criteria.3.reason.sv',
        '34:15 warning reason-frame criteria.3.reason.sv',
        '38:15 warning personal-reason criteria.4.reason.sv',
        '38:15 warning reason-frame criteria.4.reason.sv',
      ])
    })
    it('"Har du fyllt 18 år?" read by a rule: the ground, the words, where, and what to ask instead', () => {
      const [f] = at('criteria.0.rule')
      expect(f).toMatchObject({ code: 'protected_ground', ground: 'age', matched: 'fyllt 18 år', source: 'the sv label of field "adult"' })
      expect(f!.message).toContain('criterion "adult" reads field "adult", which concerns age (the sv label of field "adult" says "fyllt 18 år")')
      expect(f!.message).toContain('ask for what the work needs instead: the experience, the licence or the qualification')
    })
    it('"Hur gammal är du?" asked and read by no rule is an error, not an unused field', () => {
      const [f] = at('fields.howOld')
      expect(f).toMatchObject({ severity: 'error', code: 'protected_question', ground: 'age', matched: 'Hur gammal' })
      expect(f!.message).toContain('no criterion reads it: the form should not collect it')
      expect(findings.some((x) => x.code === 'unused_field')).toBe(false)
    })
    it('a gender question asked but read by no rule is an error', () => {
      expect(at('fields.gender')[0]).toMatchObject({ severity: 'error', code: 'protected_question', ground: 'sex', matched: 'kön' })
    })
    it('"en ung och energisk person" mailed to candidates: age, and about the person', () => {
      const fs = at('criteria.0.reason.sv')
      expect(fs.map((f) => [f.code, f.ground ?? null, f.matched])).toEqual([
        ['protected_ground', 'age', 'ung och'],
        ['personal_reason', null, 'person'],
      ])
      expect(fs[0]!.message).toContain('candidates read it')
    })
    it('"Är du svensk medborgare?" is ethnicity', () => {
      expect(at('criteria.1.rule')[0]).toMatchObject({ ground: 'ethnicity', matched: 'medborgare' })
    })
    it('sick days as a merit are a disability proxy', () => {
      expect(at('criteria.2.rule')[0]).toMatchObject({ ground: 'disability', matched: 'sjukdagar' })
      expect(at('criteria.2.rule')[0]!.message).toContain('never about health, diagnoses, medication, sick days or absence')
    })
    it('reasons about the person, in Swedish', () => {
      expect(at('criteria.3.reason.sv')[0]).toMatchObject({ code: 'personal_reason', matched: 'du' })
      expect(at('criteria.4.reason.sv')[0]).toMatchObject({ code: 'personal_reason', matched: 'din, tillräckligt bra' })
      expect(at('criteria.4.reason.sv')[0]!.message).toContain('Name the requirement instead, e.g. "svenska på minst nivå B2"')
    })
  })

  describe('reasons that must read well after "För tjänsten krävs" / "The role requires"', () => {
    const lintReason = (reason: string, extra = '') => {
      const doc = loadCriteriaText(
        ['id: x', 'version: 1', 'locale: sv', 'job: { title: Säljare, company: Acme, contact: { name: Ann, email: ann@acme.example } }', 'fields:', '  b: { type: boolean, label: { sv: B } }', 'criteria:', `  - { id: b, rule: { var: b }, required: true, reason: { sv: ${JSON.stringify(reason)} }${extra} }`].join('\n'),
      )
      return lintCriteria(doc, compileCriteria(doc)).filter((f) => f.code.startsWith('reason_'))
    }
    it.each([
      ['Minst tre års erfarenhet av försäljning', 'starts with a capital letter ("Minst")'],
      ['minst tre års erfarenhet av försäljning.', 'ends with "."'],
      ['ha B-körkort', 'starts with a verb ("ha")'],
      ['att kunna arbeta helger', 'starts with "att"'],
      ['svenska på minst nivå B1, eftersom instruktionerna är på svenska', 'put that part in the criterion\'s `why`'],
    ])('"%s": %s', (reason, why) => {
      const [f, ...rest] = lintReason(reason)
      expect(rest).toEqual([])
      expect(f).toMatchObject({ severity: 'warning', code: 'reason_frame' })
      expect(f!.message).toContain(why)
    })
    it('a reason written as a requirement, with its justification in why, is clean', () => {
      expect(lintReason('svenska på minst nivå B1', ', why: { sv: instruktionerna är på svenska }')).toEqual([])
      expect(lintReason('B-körkort')).toEqual([])
    })
    it('a reason that makes a sentence too long to follow, rendered in the rejection, is reported', () => {
      const long = 'dokumenterad erfarenhet av att planera, genomföra och följa upp försäljning mot offentlig sektor i Skåne, Blekinge och Halland, inklusive upphandlingar enligt LOU och avtalsuppföljning med kommuner och regioner'
      const found = lintReason(long)
      expect(found.map((f) => f.code)).toEqual(['reason_render'])
      expect(found[0]!.message).toMatch(/^the sv reason of "b" reads badly as rendered: in the rejection, the sentence that carries the reason is \d+ words .*; in the talent-pool message, the sentence that carries the reason is \d+ words/)
    })
  })

  it('ordinary words are not protected grounds (sex månader, transportbokningar, barn- och babyartiklar, namn på en referens, tror du, vård och omsorg, examensbevis, LSS)', async () => {
    expect(await lint(fixture('ordinary-words.yaml'))).toEqual([])
  })

  it('a ground only the field name points at, with a clean label, is a warning to check the name', () => {
    const doc = loadCriteriaText(
      [
        'id: x', 'version: 1', 'locale: sv',
        'job: { title: Servitör, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        '  allergier: { type: boolean, label: { sv: Har du kunskap om allergier och specialkost? } }',
        'criteria:',
        '  - { id: kost, rule: { var: allergier }, weight: 1, reason: { sv: kunskap om allergier och specialkost } }',
      ].join('\n'),
    )
    const [f, ...rest] = lintCriteria(doc, compileCriteria(doc))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', finding: 'protected-ground:disability', source: 'the name of field "allergier"' })
    expect(f!.message).toContain('Only the name points at it, not the sv label: check what the form asks, and rename the field if it is about something else')
  })

  it('a justification turns the error into a warning that quotes it', async () => {
    const doc = loadCriteriaText(
      `id: x\nversion: 1\nlocale: en\njob: { title: Bartender, company: Acme, contact: { name: Ann, email: ann@acme.example } }\nfields:\n  adult: { type: boolean, label: { en: Are you 18 or older? } }\ncriteria:\n  - id: adult\n    rule: { var: adult }\n    required: true\n    reason: { en: the minimum age for serving alcohol }\n    justification: The Alcohol Act (2010:1622) 3 ch. 9 § sets 18 as the minimum age for serving alcohol.\n`,
      { file: 'x.yaml' },
    )
    const findings = lintCriteria(doc, compileCriteria(doc))
    expect(findings.map(brief)).toEqual(['12:5 warning protected-ground:age criteria.0.justification', '11:15 warning protected-ground:age criteria.0.reason.en'].sort())
    expect(findings[0]!.message).toContain('justified: The Alcohol Act (2010:1622)')
  })

  describe('acknowledgements', () => {
    it('an acknowledged finding is not reported; an acknowledgement that matches nothing is', async () => {
      expect((await lint(fixture('acknowledged.yaml'))).map(brief)).toEqual(['25:9 warning unused-acknowledgement criteria.0.lintAcknowledge.0.finding'])
    })
    it('with includeAcknowledged, the accepted finding comes back with its reason', async () => {
      const accepted = (await lint(fixture('acknowledged.yaml'), { includeAcknowledged: true })).filter((f) => f.acknowledged)
      expect(accepted.map((f) => [f.finding, f.acknowledged])).toEqual([['protected-question:sex', 'asked for anonymous equal-opportunities monitoring; never read by a rule, deleted after the report']])
    })
    it('an acknowledgement on a field accepts the findings of the criteria that read it; the bare code accepts every ground', () => {
      const text = [
        'id: x', 'version: 1', 'locale: sv',
        'job: { title: Säljare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        '  baby:',
        '    type: boolean',
        '    label: { sv: Har du sålt barnvagnar till kunder som är gravida? }',
        '    lintAcknowledge: [{ finding: protected-ground, reason: "the customers are pregnant, not the candidate" }]',
        'criteria:',
        '  - { id: baby, rule: { var: baby }, weight: 1, reason: { sv: erfarenhet av försäljning av barnvagnar } }',
      ]
      const acknowledged = loadCriteriaText(text.join('\n'))
      expect(lintCriteria(acknowledged, compileCriteria(acknowledged))).toEqual([])
      const plain = loadCriteriaText(text.filter((l) => !l.includes('lintAcknowledge')).join('\n'))
      expect(lintCriteria(plain, compileCriteria(plain)).map((f) => f.finding)).toEqual(['protected-ground:sex'])
    })
    it('an acknowledgement needs a reason', () => {
      expect(() =>
        loadCriteriaText(
          `id: x\nversion: 1\nlocale: sv\njob: { title: S, company: A, contact: { name: A, email: a@a.example } }\nfields:\n  a: { type: boolean, label: { sv: A }, lintAcknowledge: [{ finding: unused-field }] }\ncriteria:\n  - { id: a, rule: { var: a }, weight: 1, reason: { sv: a } }\n`,
        ),
      ).toThrow(/reason/)
    })
  })

  describe('missing-title: the job title in every language the messages are sent in', () => {
    const file = (title: string, reasons = '{ sv: B-körkort, en: a category B licence }', ack = '') =>
      loadCriteriaText(
        [
          'id: t',
          'version: 1',
          'locale: sv',
          'job:',
          `  title: ${title}`,
          '  company: Acme',
          '  contact: { name: Ann, email: ann@acme.example }',
          ...(ack ? [`  lintAcknowledge: [{ finding: missing-title, reason: ${ack} }]`] : []),
          'fields:',
          '  b: { type: boolean, label: { sv: B, en: B } }',
          'criteria:',
          `  - { id: b, rule: { var: b }, required: true, reason: ${reasons} }`,
          '',
        ].join('\n'),
      )
    const findings = (doc: ReturnType<typeof file>) => lintCriteria(doc, compileCriteria(doc)).filter((f) => f.code === 'missing_title')
    it('a title in one text while messages go out in Swedish and English: a warning at job.title that names what English candidates would read', () => {
      const [f, ...rest] = findings(file('Lagerarbetare'))
      expect(rest).toEqual([])
      expect(f).toMatchObject({ severity: 'warning', finding: 'missing-title', path: ['job', 'title'], line: 5, column: 3, matched: 'Lagerarbetare' })
      expect(f!.message).toBe(
        'the job title is given in sv only, and this file\'s messages are also sent in en: a candidate would read "Lagerarbetare" in a message in English. Give the title per language, { sv: …, en: … } (the same words twice where they are the same)',
      )
    })
    it('a title in English only, with Swedish messages too, is the same finding the other way round', () => {
      expect(findings(file('{ en: Warehouse worker }')).map((f) => f.message)).toEqual([expect.stringContaining('a candidate would read "Warehouse worker" in a message in Swedish')])
    })
    it('no finding when the title has both languages, or when the messages go out in one language only', () => {
      expect(findings(file('{ sv: Lagerarbetare, en: Warehouse worker }'))).toEqual([])
      expect(findings(file('{ sv: UX-designer, en: UX-designer }'))).toEqual([])
      expect(findings(file('Lagerarbetare', '{ sv: B-körkort }'))).toEqual([])
    })
    it('an acknowledgement on the job accepts it', () => {
      expect(findings(file('Tester', undefined, 'samma titel på båda språken'))).toEqual([])
    })
  })

  describe('holidays-without-se', () => {
    const job = (extra = '') => [
      'id: x', 'version: 1', 'locale: sv',
      `job: { title: Lagerarbetare, company: Acme, contact: { name: Ann, email: ann@acme.example }${extra} }`,
      'fields:',
      '  truck: { type: boolean, label: { sv: Har du truckkort? } }',
      'criteria:',
      '  - { id: truck, rule: { var: truck }, required: true, reason: { sv: truckkort } }',
    ]
    const findings = (lines: string[], options = {}) => {
      const doc = loadCriteriaText(lines.join('\n'), { file: 'x.yaml' })
      return lintCriteria(doc, compileCriteria(doc), options)
    }
    it('warns, at the holidays key, when a job in Europe/Stockholm lists its own days without se', () => {
      const [f, ...rest] = findings([...job(), 'delivery:', '  holidays: [2026-12-24, 2026-12-25, 2026-12-31]'])
      expect(rest).toEqual([])
      expect(brief(f!)).toBe('10:3 warning holidays-without-se delivery.holidays')
      expect(f!.code).toBe('holidays_without_se')
      expect(f!.message).toBe(
        'delivery.holidays lists its own days without se, so this job in Europe/Stockholm loses the Swedish calendar: messages go out on every public holiday and eve not on the list (långfredagen, Kristi himmelsfärds dag, midsommarafton, julafton, nyårsafton …, every year). Write [se, 2026-12-24, 2026-12-25, …] to keep the Swedish calendar and add your own days',
      )
      expect(findings([...job(), 'delivery:', '  holidays: []'])[0]!.message).toContain('lists no day without se')
      expect(findings([...job(', timezone: Europe/Stockholm'), 'delivery:', '  holidays: [2027-01-07]'])[0]!.message).toContain('Write [se, 2027-01-07] to keep')
    })
    it('is quiet when the list has se, when holidays is se or none, when there is no list, and for a job in another zone', () => {
      for (const holidays of ['[se, 2027-01-07]', '[2027-01-07, se]', 'se', 'none']) expect(findings([...job(), 'delivery:', `  holidays: ${holidays}`]), holidays).toEqual([])
      expect(findings(job())).toEqual([])
      expect(findings([...job(', timezone: Europe/Oslo'), 'delivery:', '  holidays: [2026-12-24]'])).toEqual([])
    })
    it('an acknowledgement on the job accepts it', () => {
      const lines = [...job(', lintAcknowledge: [{ finding: holidays-without-se, reason: "the recruiters work every day but these" }]'), 'delivery:', '  holidays: [2026-12-24]']
      expect(findings(lines)).toEqual([])
      expect(findings(lines, { includeAcknowledged: true }).map((f) => [f.finding, f.acknowledged])).toEqual([['holidays-without-se', 'the recruiters work every day but these']])
    })
  })

  it('every bundled rule set lints clean, and none carries an acknowledgement', async () => {
    const dir = join(__dirname, '../../rules')
    const files = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !n.includes('.test.'))
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const f of files) {
      const findings = await lint(join(dir, f), { includeAcknowledged: true })
      expect(findings.map(brief), f).toEqual([])
    }
  })
})
