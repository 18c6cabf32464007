import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintCriteria, type LintFinding } from '../../src/lint/lint-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { acknowledgementYaml, formatFinding } from '../../src/issues/format-finding'
import { formatIssue } from '../../src/issues/format-issue'
import { acknowledgeFinding } from '../../src/criteria/acknowledge-finding'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'
import { lintEntry, type RoundEntry } from './measure-round'

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
      '31:15 error personal-reason criteria.3.reason.sv',
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
        '22:15 error personal-reason criteria.0.reason.sv',
        '24:5 error protected-ground:ethnicity criteria.1.rule',
        '26:15 error protected-ground:ethnicity criteria.1.reason.sv',
        '28:5 error protected-ground:disability criteria.2.rule',
        '30:15 error protected-ground:disability criteria.2.reason.sv',
        '34:15 warning reason-frame criteria.3.reason.sv',
        '38:15 error personal-reason criteria.4.reason.sv',
        '38:15 warning reason-frame criteria.4.reason.sv',
      ])
    })
    it('"Har du fyllt 18 år?" read by a rule: the ground, the words, where, and what to ask instead', () => {
      const [f] = at('criteria.0.rule')
      expect(f).toMatchObject({
        code: 'protected_ground',
        ground: 'age',
        matched: 'fyllt 18 år',
        source: 'the sv label of field "adult"',
      })
      expect(f!.message.split('\n')[0]).toBe(
        'The question "Har du fyllt 18 år?" (field adult) asks about age, a protected ground; criterion adult reads it.',
      )
      expect(f!.advice).toContain('Ask for what the work needs instead: the experience, licence or qualification')
      expect(f!.advice).toContain(
        'Otherwise remove criterion adult, or write in its justification why it is lawful and necessary for the job.',
      )
      expect(formatFinding(f!, 'sv').headline).toBe(
        'Frågan "Har du fyllt 18 år?" (fältet adult) frågar efter ålder, en diskrimineringsgrund; kriteriet adult läser svaret.',
      )
    })
    it('"Hur gammal är du?" asked and read by no rule is an error, not an unused field', () => {
      const [f] = at('fields.howOld')
      expect(f).toMatchObject({ severity: 'error', code: 'protected_question', ground: 'age', matched: 'Hur gammal' })
      expect(formatFinding(f!, 'sv')).toMatchObject({
        headline: 'Frågan "Hur gammal är du?" (fältet howOld) frågar efter ålder, en diskrimineringsgrund.',
        advice: expect.stringMatching(
          /^Inget kriterium läser svaret, så formuläret ska inte fråga det: ta bort frågan\. Fråga i stället efter det arbetet kräver/,
        ),
      })
      expect(f!.advice).toMatch(/^No criterion reads the answer, so the form should not ask it: remove the question\./)
      expect(findings.some((x) => x.code === 'unused_field')).toBe(false)
    })
    it('a gender question asked but read by no rule is an error', () => {
      expect(at('fields.gender')[0]).toMatchObject({
        severity: 'error',
        code: 'protected_question',
        ground: 'sex',
        matched: 'kön',
      })
    })
    it('"en ung och energisk person" mailed to candidates: age (the longest match, energisk), and about the person', () => {
      const fs = at('criteria.0.reason.sv')
      expect(fs.map((f) => [f.code, f.ground ?? null, f.matched])).toEqual([
        ['protected_ground', 'age', 'energisk'],
        ['personal_reason', null, 'energisk person'],
      ])
      expect(fs[0]!.advice).toContain('A rejected candidate reads the reason.')
    })
    it('"Är du svensk medborgare?" is ethnicity', () => {
      expect(at('criteria.1.rule')[0]).toMatchObject({ ground: 'ethnicity', matched: 'medborgare' })
    })
    it('sick days as a merit are a disability proxy', () => {
      expect(at('criteria.2.rule')[0]).toMatchObject({ ground: 'disability', matched: 'sjukdagar' })
      expect(at('criteria.2.rule')[0]!.message).toContain('never about health, diagnoses, medication or sick days')
    })
    it('reasons about the person, in Swedish: a judgement, not the second person', () => {
      // "att du kan jobba helger" names a requirement: "du" alone is no judgement (it only reads badly after "För tjänsten krävs").
      expect(at('criteria.3.reason.sv').map((f) => f.code)).toEqual(['reason_frame'])
      expect(at('criteria.4.reason.sv')[0]).toMatchObject({ code: 'personal_reason', matched: 'tillräckligt bra' })
      expect(at('criteria.4.reason.sv')[0]!.message).toContain(
        'Name the requirement instead, e.g. "svenska på minst nivå B2" or "B-körkort". Saying "du" is no fault; a judgement of the person',
      )
      expect(formatFinding(at('criteria.4.reason.sv')[0]!, 'sv')).toMatchObject({
        headline: expect.stringMatching(
          /^Skälet ".*" \(kriteriet swedish\) handlar om den sökande \("tillräckligt bra"\), inte om kravet\.$/,
        ),
        advice:
          'Den som får nej läser det efter "För tjänsten krävs". Skriv kravet i stället, till exempel "svenska på minst nivå B2" eller "B-körkort". Att skälet säger "du" är inget fel; ett omdöme om personen (egenskaper, sätt, intryck, brister, jämförelser) är det.',
      })
    })
  })

  describe('reasons that must read well after "För tjänsten krävs" / "The role requires"', () => {
    const lintReason = (reason: string, extra = '') => {
      const doc = loadCriteriaText(
        [
          'id: x',
          'version: 1',
          'locale: sv',
          'job: { title: Säljare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
          'fields:',
          '  b: { type: boolean, label: { sv: B } }',
          'criteria:',
          `  - { id: b, rule: { var: b }, required: true, reason: { sv: ${JSON.stringify(reason)} }${extra} }`,
        ].join('\n'),
      )
      return lintCriteria(doc, compileCriteria(doc)).filter((f) => f.code.startsWith('reason_'))
    }
    it.each([
      ['Minst tre års erfarenhet av försäljning', 'starts with a capital letter ("Minst")'],
      ['minst tre års erfarenhet av försäljning.', 'ends with "."'],
      ['ha B-körkort', 'starts with a verb ("ha")'],
      ['att kunna arbeta helger', 'starts with "att"'],
      ['svenska på minst nivå B1, eftersom instruktionerna är på svenska', "put that part in the criterion's `why`"],
    ])('"%s": %s', (reason, why) => {
      const [f, ...rest] = lintReason(reason)
      expect(rest).toEqual([])
      expect(f).toMatchObject({ severity: 'warning', code: 'reason_frame' })
      expect(f!.message).toContain(why)
    })
    // Found trying a bartender's file: a field named "myndig" over a question that asks the legal
    // minimum age with its law was warned of by its name alone, although the question says why.
    it('a field name over a question that asks the legal minimum age with its law is covered by it', () => {
      const file = (label: string) => {
        const doc = loadCriteriaText(
          [
            'id: x',
            'version: 1',
            'locale: sv',
            'job: { title: Bartender, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
            'fields:',
            `  myndig: { type: boolean, label: { sv: ${JSON.stringify(label)} } }`,
            'criteria:',
            '  - { id: m, rule: { var: myndig }, required: true, reason: { sv: rätt att servera alkohol } }',
          ].join('\n'),
        )
        return lintCriteria(doc, compileCriteria(doc)).filter((f) => f.finding.startsWith('protected'))
      }
      expect(file('Har du fyllt 18? Enligt alkohollagen måste den som serverar ha fyllt 18 år.')).toEqual([])
      expect(file('Har du fyllt 18 år?').map((f) => [f.severity, f.finding])).toEqual([
        ['error', 'protected-ground:age'],
      ])
      expect(file('Har du B-körkort?').map((f) => [f.severity, f.finding])).toEqual([
        ['warning', 'protected-ground:age'],
      ])
    })
    // A Swedish recruiter reads what is wrong in Swedish, not only that something is (seventh pass of #23).
    it.each([
      ['Minst tre års erfarenhet av försäljning', 'Det börjar med stor bokstav ("Minst")'],
      ['minst tre års erfarenhet av försäljning.', 'Det slutar med "."'],
      ['ha B-körkort', 'Det börjar med ett verb ("ha")'],
      ['att kunna arbeta helger', 'Det börjar med "att"'],
      [
        'svenska på minst nivå B1, eftersom instruktionerna är på svenska',
        'Det bär sin egen motivering ("eftersom …")',
      ],
    ])('"%s" says in Swedish: %s', (reason, why) => {
      const [f] = lintReason(reason)
      const sv = formatIssue(f!, 'sv')
      expect(sv.split('\n')[0]).toBe('Skälet för kriteriet "b" läses inte bra efter "För tjänsten krävs".')
      expect(sv).toContain(why)
      expect(sv).not.toMatch(/\b(starts|ends|reason)\b/)
    })
    it('a reason written as a requirement, with its justification in why, is clean', () => {
      expect(lintReason('svenska på minst nivå B1', ', why: { sv: instruktionerna är på svenska }')).toEqual([])
      expect(lintReason('B-körkort')).toEqual([])
    })
    it('a reason that makes a sentence too long to follow, rendered in the rejection, is reported', () => {
      const long =
        'dokumenterad erfarenhet av att planera, genomföra och följa upp försäljning mot offentlig sektor i Skåne, Blekinge och Halland, inklusive upphandlingar enligt LOU och avtalsuppföljning med kommuner och regioner'
      const found = lintReason(long)
      expect(found.map((f) => f.code)).toEqual(['reason_render'])
      expect(found[0]!.message).toMatch(
        /^the sv reason of "b" reads badly as rendered: in the rejection, the sentence that carries the reason is \d+ words .*; in the talent-pool message, the sentence that carries the reason is \d+ words/,
      )
    })
  })

  it('ordinary words are not protected grounds (sex månader, transportbokningar, barn- och babyartiklar, namn på en referens, tror du, vård och omsorg, examensbevis, LSS)', async () => {
    expect(await lint(fixture('ordinary-words.yaml'))).toEqual([])
  })

  it('a ground only the field name points at, with a clean label, is a warning to check the name', () => {
    const doc = loadCriteriaText(
      [
        'id: x',
        'version: 1',
        'locale: sv',
        'job: { title: Servitör, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        '  allergier: { type: boolean, label: { sv: Har du kunskap om allergier och specialkost? } }',
        'criteria:',
        '  - { id: kost, rule: { var: allergier }, weight: 1, reason: { sv: kunskap om allergier och specialkost } }',
      ].join('\n'),
    )
    const [f, ...rest] = lintCriteria(doc, compileCriteria(doc))
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      severity: 'warning',
      finding: 'protected-ground:disability',
      source: 'the name of field "allergier"',
    })
    expect(f!.message).toBe(
      'The name of field allergier points at disability, a protected ground; its question does not.\nCheck what the form asks, and rename the field if it is about something else.',
    )
    expect(formatFinding(f!, 'sv').headline).toBe(
      'Namnet på fältet allergier pekar på funktionsnedsättning, en diskrimineringsgrund, men frågan gör det inte.',
    )
  })

  it('a justification turns the error into a warning that quotes it', async () => {
    const doc = loadCriteriaText(
      `id: x\nversion: 1\nlocale: en\njob: { title: Bartender, company: Acme, contact: { name: Ann, email: ann@acme.example } }\nfields:\n  adult: { type: boolean, label: { en: Are you 18 or older? } }\ncriteria:\n  - id: adult\n    rule: { var: adult }\n    required: true\n    reason: { en: the minimum age for serving alcohol }\n    justification: The Alcohol Act (2010:1622) 3 ch. 9 § sets 18 as the minimum age for serving alcohol.\n`,
      { file: 'x.yaml' },
    )
    const findings = lintCriteria(doc, compileCriteria(doc))
    expect(findings.map(brief)).toEqual(
      [
        '12:5 warning protected-ground:age criteria.0.justification',
        '11:15 warning protected-ground:age criteria.0.reason.en',
      ].sort(),
    )
    expect(findings[0]!.advice).toContain('The justification reads: "The Alcohol Act (2010:1622)')
  })

  describe('acknowledgements', () => {
    it('an acknowledged finding is not reported; an acknowledgement that matches nothing is', async () => {
      expect((await lint(fixture('acknowledged.yaml'))).map(brief)).toEqual([
        '25:9 warning unused-acknowledgement criteria.0.lintAcknowledge.0.finding',
      ])
    })
    it('with includeAcknowledged, the accepted finding comes back with its reason', async () => {
      const accepted = (await lint(fixture('acknowledged.yaml'), { includeAcknowledged: true })).filter(
        (f) => f.acknowledged,
      )
      expect(accepted.map((f) => [f.finding, f.acknowledged])).toEqual([
        [
          'protected-question:sex',
          'asked for anonymous equal-opportunities monitoring; never read by a rule, deleted after the report',
        ],
      ])
    })
    it('an acknowledgement on a field accepts the findings of the criteria that read it; the bare code accepts every ground', () => {
      const text = [
        'id: x',
        'version: 1',
        'locale: sv',
        'job: { title: Säljare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        '  baby:',
        '    type: boolean',
        '    label: { sv: "Har du sålt barnvagnar till kunder, av vilka många är gravida?" }',
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
    const findings = (doc: ReturnType<typeof file>) =>
      lintCriteria(doc, compileCriteria(doc)).filter((f) => f.code === 'missing_title')
    it('a title in one text while messages go out in Swedish and English: a warning at job.title that names what English candidates would read', () => {
      const [f, ...rest] = findings(file('Lagerarbetare'))
      expect(rest).toEqual([])
      expect(f).toMatchObject({
        severity: 'warning',
        finding: 'missing-title',
        path: ['job', 'title'],
        line: 5,
        column: 3,
        matched: 'Lagerarbetare',
      })
      expect(f!.message).toBe(
        'the job title is given in sv only, and this file\'s messages are also sent in en: a candidate would read "Lagerarbetare" in a message in English. Give the title per language, { sv: …, en: … } (the same words twice where they are the same)',
      )
    })
    it('a title in English only, with Swedish messages too, is the same finding the other way round', () => {
      expect(findings(file('{ en: Warehouse worker }')).map((f) => f.message)).toEqual([
        expect.stringContaining('a candidate would read "Warehouse worker" in a message in Swedish'),
      ])
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
      'id: x',
      'version: 1',
      'locale: sv',
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
      expect(
        findings([...job(', timezone: Europe/Stockholm'), 'delivery:', '  holidays: [2027-01-07]'])[0]!.message,
      ).toContain('Write [se, 2027-01-07] to keep')
    })
    it('is quiet when the list has se, when holidays is se or none, when there is no list, and for a job in another zone', () => {
      for (const holidays of ['[se, 2027-01-07]', '[2027-01-07, se]', 'se', 'none'])
        expect(findings([...job(), 'delivery:', `  holidays: ${holidays}`]), holidays).toEqual([])
      expect(findings(job())).toEqual([])
      expect(findings([...job(', timezone: Europe/Oslo'), 'delivery:', '  holidays: [2026-12-24]'])).toEqual([])
    })
    it('an acknowledgement on the job accepts it', () => {
      const lines = [
        ...job(
          ', lintAcknowledge: [{ finding: holidays-without-se, reason: "the recruiters work every day but these" }]',
        ),
        'delivery:',
        '  holidays: [2026-12-24]',
      ]
      expect(findings(lines)).toEqual([])
      expect(findings(lines, { includeAcknowledged: true }).map((f) => [f.finding, f.acknowledged])).toEqual([
        ['holidays-without-se', 'the recruiters work every day but these'],
      ])
    })
  })

  describe('messages a recruiter acts on (issue #23)', () => {
    const FAIRNESS = new Set(['protected_ground', 'protected_question', 'personal_reason'])
    const corpus = (name: string) =>
      (parse(readFileSync(fixture(name), 'utf8')) as RoundEntry[]).map((e) => ({ ...e, kind: e.kind ?? 'reason' }))
    const fixtures = ['unfair.yaml', 'everyday.yaml', 'acknowledged.yaml']

    it('every fairness finding has a first line under 120 characters, then advice, in Swedish and in English (lint fixtures and the labelled corpora)', async () => {
      const findings = [
        ...(await Promise.all(fixtures.map((f) => lint(fixture(f), { includeAcknowledged: true })))).flat(),
        ...[...corpus('grounds-corpus.yaml'), ...corpus('personal-reasons.yaml')].flatMap((e) => lintEntry(e)),
      ].filter((f) => FAIRNESS.has(f.code))
      expect(findings.length).toBeGreaterThan(200)
      const long: string[] = []
      for (const f of findings)
        for (const locale of ['sv', 'en'] as const) {
          const parts = formatFinding(f, locale)
          if (parts.headline.length >= 120 || parts.headline.includes('\n') || !parts.advice || !parts.acknowledge)
            long.push(`${locale} ${parts.headline.length}: ${parts.headline}`)
        }
      expect(long).toEqual([])
      // The English parts are also the finding's own: message is the first line and the advice.
      for (const f of findings) expect(f.message).toBe(`${formatFinding(f, 'en').headline}\n${f.advice}`)
    })

    it('the first line says what, where and which ground, in the words of the file', () => {
      const doc = loadCriteriaText(
        [
          'id: x',
          'version: 1',
          'locale: sv',
          'job: { title: Butikssäljare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
          'fields:',
          '  alder: { type: integer, label: { sv: Hur gammal är du? } }',
          '  b: { type: boolean, label: { sv: Har du B-körkort? } }',
          'criteria:',
          '  - { id: b, rule: { var: b }, required: true, reason: { sv: B-körkort } }',
        ].join('\n'),
      )
      const [f, ...rest] = lintCriteria(doc, compileCriteria(doc))
      expect(rest).toEqual([])
      expect(formatFinding(f!, 'sv').headline).toBe(
        'Frågan "Hur gammal är du?" (fältet alder) frågar efter ålder, en diskrimineringsgrund.',
      )
      expect(formatFinding(f!, 'en').headline).toBe(
        'The question "Hur gammal är du?" (field alder) asks about age, a protected ground.',
      )
      expect(f).toMatchObject({
        acknowledgeAt: ['fields', 'alder'],
        acknowledge:
          'lintAcknowledge:\n  - finding: protected-question:age\n    reason: <why this is not about the applicant>',
      })
      expect(formatFinding(f!, 'sv').acknowledge).toEqual({
        how: 'Handlar texten om något annat än den sökande (arbetet, ett ämne, kunderna eller patienterna)? Godkänn då fyndet: lägg till de här raderna i fältet alder, i samma indrag som label:',
        yaml: 'lintAcknowledge:\n  - finding: protected-question:age\n    reason: <varför texten inte handlar om den sökande>',
      })
    })

    it('a long text is quoted shortened, never the line lengthened', () => {
      const long =
        'Hur många dagar var du sjukskriven under de senaste tre åren, inklusive vård av barn och korta frånvarotillfällen?'
      const doc = loadCriteriaText(
        [
          'id: x',
          'version: 1',
          'locale: sv',
          'job: { title: Lagerarbetare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
          'fields:',
          `  sjukfranvaroSenasteTreAren: { type: integer, label: { sv: "${long}" } }`,
          'criteria:',
          '  - { id: franvaro-senaste-tre-aren, rule: { "<": [{ var: sjukfranvaroSenasteTreAren }, 5] }, required: true, reason: { sv: låg frånvaro } }',
        ].join('\n'),
      )
      // The grounds' first lines (a reason about the person has its own test above).
      const headlines = lintCriteria(doc, compileCriteria(doc))
        .filter((f) => f.code === 'protected_ground' || f.code === 'protected_question')
        .map((f) => formatFinding(f, 'sv').headline)
      expect(headlines.length).toBeGreaterThan(0)
      for (const h of headlines) {
        expect(h.length).toBeLessThan(120)
        // The quote gives way first, then a name longer than 24 characters.
        expect(h).toMatch(
          /^(Frågan( "Hur många dagar.*…")? \(fältet sjukfranvaro.*\) frågar efter|Skälet "låg frånvaro" \(kriteriet franvaro-senaste-tre[^)]*\) tar upp) (funktionsnedsättning, en diskrimineringsgrund|familjesituation, som kan avslöja kön och ålder)\.$/,
        )
      }
    })

    it("a religion teacher's title is told how to acknowledge it on the job, and the lines, pasted where they say, make the finding go away", () => {
      const lines = [
        'id: x',
        'version: 1',
        'locale: sv',
        'job:',
        '  title: Lärare i religionskunskap',
        '  company: Acme skola',
        '  contact: { name: Ann, email: ann@acme.example }',
        'fields:',
        '  leg: { type: boolean, label: { sv: Har du lärarlegitimation? } }',
        'criteria:',
        '  - { id: leg, rule: { var: leg }, required: true, reason: { sv: lärarlegitimation } }',
      ]
      const doc = loadCriteriaText(lines.join('\n'))
      const f = lintCriteria(doc, compileCriteria(doc)).find((x) => x.code === 'protected_ground')
      // The matcher may learn that a subject taught is not about the applicant; then there is nothing to acknowledge.
      if (!f) return
      const parts = formatFinding(f, 'sv')
      expect(parts.advice).not.toMatch(/^Formulera om/)
      expect(parts.acknowledge!.how).toContain('under job:, i samma indrag som title:')
      // Pasted by hand: the lines under job:, indented as title: is.
      const pasted = [
        ...lines.slice(0, 5),
        ...parts
          .acknowledge!.yaml.replace(
            '<varför texten inte handlar om den sökande>',
            'titeln namnger ämnet, inte den sökande',
          )
          .split('\n')
          .map((l) => `  ${l}`),
        ...lines.slice(5),
      ]
      const again = loadCriteriaText(pasted.join('\n'))
      expect(lintCriteria(again, compileCriteria(again))).toEqual([])
    })

    it('every fairness finding of the fixtures is gone once acknowledged where it says (acknowledgeFinding), and no other finding appears', async () => {
      for (const name of ['unfair.yaml', 'everyday.yaml']) {
        const text = readFileSync(fixture(name), 'utf8')
        const doc = loadCriteriaText(text, { file: name })
        const before = lintCriteria(doc, compileCriteria(doc))
        const fairness = before.filter((f) => FAIRNESS.has(f.code))
        expect(fairness.length).toBeGreaterThan(3)
        for (const f of fairness) {
          const next = acknowledgeFinding(text, {
            path: f.acknowledgeAt!,
            finding: f.finding,
            reason: 'reviewed: about something else',
          })
          const after = loadCriteriaText(next, { file: name })
          const left = lintCriteria(after, compileCriteria(after)).map((x) => `${x.finding} ${x.path.join('.')}`)
          expect(left, `${name}: ${f.finding} at ${f.path.join('.')}`).not.toContain(`${f.finding} ${f.path.join('.')}`)
          expect(left.every((x) => before.some((b) => `${b.finding} ${b.path.join('.')}` === x))).toBe(true)
        }
      }
    })
  })

  it('the other findings are worded from their arguments in Swedish too (constant rule, job title, holidays, acknowledgement)', async () => {
    const unfair = await lint(fixture('unfair.yaml'))
    expect(formatFinding(unfair.find((f) => f.code === 'constant_rule')!, 'sv').headline).toBe(
      'regeln för "always" är alltid sann, vad ansökan än säger',
    )
    const doc = loadCriteriaText(
      [
        'id: x',
        'version: 1',
        'locale: sv',
        'job: { title: Lagerarbetare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        '  b: { type: boolean, label: { sv: B, en: B } }',
        'criteria:',
        '  - { id: b, rule: { var: b }, required: true, reason: { sv: B-körkort, en: a category B licence } }',
        'delivery:',
        '  holidays: [2026-12-24, 2026-12-25, 2026-12-31]',
      ].join('\n'),
    )
    const sv = lintCriteria(doc, compileCriteria(doc)).map((f) => formatFinding(f, 'sv').headline)
    expect(sv).toEqual([
      'jobbets titel finns bara på svenska, men filens meddelanden skickas också på engelska: den som får ett meddelande på engelska skulle läsa "Lagerarbetare". Skriv titeln per språk, { sv: …, en: … } (samma ord två gånger där de är lika)',
      'delivery.holidays listar egna dagar utan se, så jobbet i Europe/Stockholm förlorar den svenska kalendern: meddelanden går ut på alla helgdagar och aftnar som inte står i listan (långfredagen, Kristi himmelsfärds dag, midsommarafton, julafton, nyårsafton …, varje år). Skriv [se, 2026-12-24, 2026-12-25, …] för att behålla den svenska kalendern och lägga till egna dagar',
    ])
    const [unused] = await lint(fixture('acknowledged.yaml'))
    expect(formatFinding(unused!, 'sv').headline).toBe(
      'godkännandet av "personal-reason" gäller inget fynd här: ta bort det (fynd heter till exempel protected-ground:age, personal-reason, unused-field)',
    )
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

describe('an acknowledgement or a justification must say why (a recruiter pasted the printed lines as they were)', () => {
  const file = (extra: { ack?: string; second?: string; justification?: string }) =>
    loadCriteriaText(
      [
        'id: x',
        'version: 1',
        'locale: sv',
        'job: { title: Undersköterska, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        '  barn:',
        '    type: boolean',
        '    label: { sv: Har du barn under 12 år? }',
        ...(extra.ack === undefined
          ? []
          : ['    lintAcknowledge:', '      - finding: protected-ground:family', `        reason: "${extra.ack}"`]),
        ...(extra.second === undefined
          ? []
          : ['      - finding: protected-ground:family', `        reason: "${extra.second}"`]),
        'criteria:',
        `  - { id: barn, rule: { "!": [{ var: barn }] }, required: true, reason: { sv: möjlighet att arbeta kvällar }${extra.justification === undefined ? '' : `, justification: "${extra.justification}"`} }`,
      ].join('\n'),
    )
  const run = (extra: { ack?: string; second?: string; justification?: string }) => {
    const doc = file(extra)
    return lintCriteria(doc, compileCriteria(doc)).map((f) => `${f.severity} ${f.finding}`)
  }
  it('the placeholder of the printed lines, or "ok", accepts nothing and is an error of its own', () => {
    for (const ack of ['<varför texten inte handlar om den sökande>', 'ok', 'behövs'])
      expect(run({ ack })).toEqual(['error unexplained-acknowledgement', 'error protected-ground:family'])
  })
  it('a reason in a sentence accepts the finding', () => {
    expect(run({ ack: 'frågan gäller barn i verksamheten, inte den sökandes egna' })).toEqual([])
  })
  it('a second acknowledgement with a reason accepts the finding although the first says only "ok"; the weak one is still an error, neither is unused', () => {
    for (const [ack, second] of [
      ['ok', 'frågan gäller barn i verksamheten, inte den sökandes egna'],
      ['frågan gäller barn i verksamheten, inte den sökandes egna', 'ok'],
    ] as const)
      expect(run({ ack, second })).toEqual(['error unexplained-acknowledgement'])
  })
  it('a one-word justification keeps the error; one that names the law turns it into a warning', () => {
    expect(run({ justification: 'behövs' })).toEqual([
      'error protected-ground:family',
      'error unexplained-justification',
    ])
    expect(run({ justification: 'Lagen (2099:1) kräver det för nattarbete med barn' })).toEqual([
      'warning protected-ground:family',
    ])
  })
  it('the Swedish wording says what to write', () => {
    const doc = file({ ack: 'ok' })
    const f = lintCriteria(doc, compileCriteria(doc)).find((x) => x.code === 'unexplained_acknowledgement')!
    // A first line under 120 characters, then the advice: also the way when the text is about the applicant.
    for (const lang of ['sv', 'en'] as const) {
      const { headline, advice } = formatFinding(f, lang)
      expect(headline.length, headline).toBeLessThan(120)
      expect(advice).toContain('justification')
    }
    expect(formatFinding(f, 'sv')).toEqual({
      headline:
        'godkännandet av protected-ground:family har inget skäl som går att läsa ("ok"), så det godkänner ingenting',
      advice:
        'Skriv i en mening varför texten inte handlar om den sökande, till exempel "titeln anger ämnet som ska undervisas, inte den sökande". Handlar texten om den sökande tar du bort godkännandet och skriver i stället i kriteriets justification varför kravet är lagligt och nödvändigt för tjänsten.',
    })
    // A long reason that is still no reason is shortened in the first line, never pushed past it.
    const long = file({ ack: '<varför texten inte handlar om den sökande>' })
    const g = lintCriteria(long, compileCriteria(long)).find((x) => x.code === 'unexplained_acknowledgement')!
    expect(formatFinding(g, 'sv').headline.length).toBeLessThan(120)
  })
  it('acknowledgeFinding writes the block the advice shows (acknowledgementYaml), indented where it goes', () => {
    const text = [
      'id: x',
      'version: 1',
      'locale: sv',
      'job: { title: Undersköterska, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
      'fields:',
      '  barn:',
      '    type: boolean',
      '    label: { sv: Har du barn under 12 år? }',
      'criteria:',
      '  - { id: barn, rule: { "!": [{ var: barn }] }, required: true, reason: { sv: möjlighet att arbeta kvällar } }',
      '',
    ].join('\n')
    const doc = loadCriteriaText(text)
    const f = lintCriteria(doc, compileCriteria(doc)).find((x) => x.acknowledgeAt)!
    const next = acknowledgeFinding(text, {
      path: f.acknowledgeAt!,
      finding: f.finding,
      reason: 'frågan gäller barn i verksamheten, inte den sökandes egna',
    })
    const block = acknowledgementYaml(f.finding, 'frågan gäller barn i verksamheten, inte den sökandes egna')
    expect(next).toMatch(
      new RegExp(
        `\\n( +)${block
          .split('\n')
          .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\n\\1')}\\n`,
      ),
    )
    expect(next).not.toContain('lintAcknowledge: [')
  })
})

describe('a shortened quote keeps the words that matched', () => {
  it('the matched words stay visible when the text is longer than the line', () => {
    const label = 'Vi vill gärna veta lite mer om din bakgrund inför intervjun, så berätta kort: är du född i Sverige?'
    const doc = loadCriteriaText(
      [
        'id: x',
        'version: 1',
        'locale: sv',
        'job: { title: Lagerarbetare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
        'fields:',
        `  bakgrundFragaInforIntervju: { type: boolean, label: { sv: "${label}" } }`,
        '  b: { type: boolean, label: { sv: Har du B-körkort? } }',
        'criteria:',
        '  - { id: b, rule: { var: b }, required: true, reason: { sv: B-körkort } }',
      ].join('\n'),
    )
    const f = lintCriteria(doc, compileCriteria(doc)).find((x) => x.ground === 'ethnicity')!
    const headline = formatFinding(f, 'sv').headline
    expect(headline.length).toBeLessThan(120)
    expect(headline.toLowerCase()).toContain(f.matched!.toLowerCase())
    expect(headline).toMatch(/^Frågan "….*…?" \(fältet /)
  })
})
