import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { canonicalJson } from '../../src/criteria/canonical-json'
import { composeCriterion, type CriterionChoice, type CriterionCondition } from '../../src/criteria/compose-criterion'
import { choiceOf, placeholdersFor, proposeCriterionId } from '../../src/criteria/criterion-choice'
import { moveCriterion, readCriteria, removeCriterion, setCriterion } from '../../src/criteria/edit-criteria'
import { CriteriaError } from '../../src/errors'
import { formatIssue } from '../../src/issues/format-issue'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'

// The criteria of a file edited as a program (and the Studio's form) does: each edit touches
// only the lines it must, and the file stays one that loads.

const HEAD = `# yaml-language-server: $schema=../docs/criteria.schema.json
# Testjobb: kommentaren överst ska stå kvar.
id: testjobb
version: 1
locale: sv
job:
  title: { sv: Testare, en: Tester }
  company: Test AB
  contact: { name: Kim, email: kim@test.example }
fields:
  permit: { type: boolean, label: { sv: Arbetstillstånd?, en: Work permit? } }
  years: { type: integer, min: 0, label: { sv: År?, en: Years? } }
  level: { type: enum, values: [A1, A2, B1, B2, C1, C2], label: { sv: Nivå?, en: Level? } }
  licence: { type: enum, values: [B, C, Ingen], label: { sv: Körkort?, en: Licence? } }
  tools: { type: list, values: [Excel, SAP, Visma, Fortnox], label: { sv: System?, en: Systems? } }
  start: { type: date, label: { sv: Start?, en: Start? } }
  city: { type: string, label: { sv: Stad?, en: City? } }
`
const FIVE = `${HEAD}
criteria:
  # Först kraven.
  - id: permit
    rule: { var: permit }
    required: true
    reason:
      sv: rätt att arbeta i Sverige   # som Migrationsverket skriver
      en: the right to work in Sweden

  - id: years
    rule: { ">=": [{ var: years }, 2] }
    weight: 2
    reason: { sv: "minst {{min}} års erfarenhet", en: "at least {{min}} years of experience" }
    note: räknas i hela år

  - id: level
    rule: { cefrAtLeast: [{ var: level }, B1] }
    required: true
    reason: { sv: "svenska på minst nivå {{level}}", en: "Swedish at level {{level}}" }

  # Sedan det meriterande.
  - id: tools
    rule: { atLeast: [2, { var: tools }, [Excel, SAP, Visma]] }
    weight: 1
    reason: { sv: "minst {{count}} av {{values}}", en: "at least {{count}} of {{values}}" }

  - id: start
    rule: { dateOnOrBefore: [{ var: start }, { addMonths: [{ submittedAt: [] }, 1] }] }
    weight: 1
    reason: { sv: start inom en månad, en: a start within a month }

decision:
  minScore: 1 # en poäng räcker
`

const loads = (text: string) => compileCriteria(loadCriteriaText(text))
const changedLines = (a: string, b: string) => {
  const x = a.split('\n')
  const y = b.split('\n')
  let head = 0
  while (head < x.length && x[head] === y[head]) head++
  let tail = 0
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++
  return { removed: x.slice(head, x.length - tail), added: y.slice(head, y.length - tail), at: head + 1 }
}
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f()
  } catch (e) {
    if (e instanceof CriteriaError) return e.issues[0]!.code
    throw e
  }
  return undefined
}

describe('every condition the form writes reads back as the same choice', () => {
  const conditions: [string, CriterionCondition][] = [
    ['permit', { kind: 'yes' }],
    ['permit', { kind: 'no' }],
    ['years', { kind: 'atLeast', value: 3 }],
    ['years', { kind: 'atMost', value: 10 }],
    ['years', { kind: 'between', min: 1, max: 5 }],
    ['licence', { kind: 'oneOf', values: ['B'] }],
    ['licence', { kind: 'oneOf', values: ['B', 'C'] }],
    ['city', { kind: 'oneOf', values: ['Malmö: centrum'] }],
    ['tools', { kind: 'includesAny', values: ['Excel', 'SAP'] }],
    ['tools', { kind: 'includesAll', values: ['Visma'] }],
    ['tools', { kind: 'atLeastOf', count: 2, values: ['Excel', 'SAP', 'Fortnox'] }],
    ['level', { kind: 'cefrAtLeast', level: 'B2' }],
    ['start', { kind: 'onOrBefore', date: '2027-01-15' }],
    ['start', { kind: 'onOrAfter', date: '2026-12-01' }],
    ['start', { kind: 'withinDaysOfApplication', days: 30 }],
    ['start', { kind: 'withinMonthsOfApplication', months: 2 }],
  ]
  for (const [field, condition] of conditions)
    for (const variant of ['required', 'points'] as const)
      it(`${condition.kind} on ${field}, ${variant}`, () => {
        const placeholders = placeholdersFor(condition)
          .map((p) => `{{${p}}}`)
          .join(' ')
        const choice: CriterionChoice = {
          id: 'ny',
          field,
          condition,
          required: variant === 'required',
          ...(variant === 'points' ? { weight: 3 } : { nearMissAllowed: true }),
          when:
            field === 'permit'
              ? { field: 'years', condition: { kind: 'atLeast', value: 1 } }
              : { field: 'permit', condition: { kind: 'yes' } },
          reason: { sv: `krav ${placeholders}`.trim(), en: `requirement ${placeholders}`.trim() },
          why: { sv: 'det behövs', en: 'it is needed' },
          advice: { sv: 'gå en kurs' },
        }
        const text = setCriterion(FIVE, 'ny', composeCriterion(choice))
        loads(text) // the placeholders are the rule's own: the file loads
        const listed = readCriteria(text).criteria
        expect(listed.map((c) => c.id)).toEqual(['permit', 'years', 'level', 'tools', 'start', 'ny'])
        expect(listed.at(-1)!.choice).toEqual(choice)
        expect(text.startsWith(FIVE.trimEnd().split('\ndecision:')[0]!)).toBe(true)
      })
  it('the criteria of the file as written read back as choices too', () => {
    const listed = readCriteria(FIVE).criteria
    expect(listed.map((c) => [c.id, c.choice?.condition.kind, c.line])).toEqual([
      ['permit', 'yes', 21],
      ['years', 'atLeast', 28],
      ['level', 'cefrAtLeast', 34],
      ['tools', 'atLeastOf', 40],
      ['start', 'withinMonthsOfApplication', 45],
    ])
    expect(listed[0]!.choice!.reason).toEqual({ sv: 'rätt att arbeta i Sverige', en: 'the right to work in Sweden' })
    // Writing a choice back as it was read changes nothing, comments and note included.
    let text = FIVE
    for (const c of listed) text = setCriterion(text, c.id, composeCriterion(c.choice!, c.criterion))
    expect(text).toBe(FIVE)
  })
  it('a hand-written rule the form cannot write is no choice: it is shown, never rewritten', () => {
    const fields = readCriteria(FIVE).fields
    expect(
      choiceOf(
        { id: 'x', rule: { or: [{ var: 'permit' }, { '>=': [{ var: 'years' }, 2] }] }, required: true, reason: {} },
        fields,
      ),
    ).toBeNull()
    expect(choiceOf({ id: 'x', rule: { '>=': [{ var: 'start' }, 2] }, required: true, reason: {} }, fields)).toBeNull() // not a number field
    expect(
      choiceOf({ id: 'x', rule: { '>=': [{ var: 'years' }, '2'] }, required: true, reason: {} }, fields),
    ).toBeNull() // a text, not a number
    expect(
      choiceOf({ id: 'x', rule: { var: 'permit' }, when: { if: [1, 2, 3] }, required: true, reason: {} }, fields),
    ).toBeNull()
    expect(choiceOf({ id: 'x', rule: { var: 'permit' }, required: true, weight: 2, reason: {} }, fields)).toBeNull()
    expect(choiceOf({ id: 'x', rule: { var: 'nothere' }, required: true, reason: {} }, fields)).toBeNull()
  })
})

describe('edits touch only their lines', () => {
  it('editing criterion 2 of 5 changes only the lines of what changed in it', () => {
    const [, years] = readCriteria(FIVE).criteria
    const choice = {
      ...years!.choice!,
      condition: { kind: 'atLeast', value: 3 } as const,
      weight: 1,
      why: { sv: 'jobbet är självständigt' },
    }
    const text = setCriterion(FIVE, 'years', composeCriterion(choice, years!.criterion))
    expect(changedLines(FIVE, text)).toEqual({
      at: 29,
      removed: [
        '    rule: { ">=": [{ var: years }, 2] }',
        '    weight: 2',
        '    reason: { sv: "minst {{min}} års erfarenhet", en: "at least {{min}} years of experience" }',
      ],
      added: [
        '    rule: { ">=": [{ var: years }, 3] }',
        '    weight: 1',
        '    reason: { sv: "minst {{min}} års erfarenhet", en: "at least {{min}} years of experience" }',
        '    why: { sv: jobbet är självständigt }',
      ],
    })
    loads(text)
  })
  it('a changed reason in a block keeps the other language and its comment', () => {
    const [permit] = readCriteria(FIVE).criteria
    const text = setCriterion(
      FIVE,
      'permit',
      composeCriterion(
        { ...permit!.choice!, reason: { ...permit!.choice!.reason, en: 'a Swedish work permit' } },
        permit!.criterion,
      ),
    )
    expect(changedLines(FIVE, text)).toEqual({
      at: 26,
      removed: ['      en: the right to work in Sweden'],
      added: ['      en: a Swedish work permit'],
    })
  })
  it('a knockout made preferred, and renamed, in place', () => {
    const [permit] = readCriteria(FIVE).criteria
    const text = setCriterion(
      FIVE,
      'permit',
      composeCriterion({ ...permit!.choice!, required: false, weight: 2 }, permit!.criterion),
      { rename: 'permit-merit' },
    )
    expect(changedLines(FIVE, text)).toEqual({
      at: 21,
      removed: ['  - id: permit', '    rule: { var: permit }', '    required: true'],
      added: ['  - id: permit-merit', '    rule: { var: permit }', '    weight: 2'],
    })
    expect(readCriteria(text).criteria.map((c) => c.id)).toEqual(['permit-merit', 'years', 'level', 'tools', 'start'])
  })
  it('moving keeps each criterion and its comment as written', () => {
    const text = moveCriterion(FIVE, 'tools', 0)
    expect(readCriteria(text).criteria.map((c) => c.id)).toEqual(['tools', 'permit', 'years', 'level', 'start'])
    expect(text).toContain('criteria:\n  # Sedan det meriterande.\n  - id: tools\n')
    expect(text).toContain(
      '    weight: 1\n    reason: { sv: "minst {{count}} av {{values}}", en: "at least {{count}} of {{values}}" }\n\n  # Först kraven.\n  - id: permit\n',
    )
    expect(text.split('\n').sort()).toEqual(FIVE.split('\n').sort())
    expect(moveCriterion(text, 'tools', 3)).toBe(FIVE)
    loads(text)
  })
  it('removing takes the criterion, its comment and one blank line', () => {
    const text = removeCriterion(FIVE, 'tools')
    const block = [
      '',
      '',
      '  # Sedan det meriterande.',
      '  - id: tools',
      '    rule: { atLeast: [2, { var: tools }, [Excel, SAP, Visma]] }',
      '    weight: 1',
      '    reason: { sv: "minst {{count}} av {{values}}", en: "at least {{count}} of {{values}}" }',
    ].join('\n')
    expect(FIVE).toContain(block)
    expect(text).toBe(FIVE.replace(block, ''))
    const first = removeCriterion(FIVE, 'permit')
    expect(first).toContain('criteria:\n  - id: years\n')
    const none = ['years', 'level', 'tools', 'start'].reduce((t, id) => removeCriterion(t, id), first)
    expect(none).toBe(`${HEAD}\ncriteria: []\n\ndecision:\n  minScore: 1 # en poäng räcker\n`)
    // A new file with no criteria gets its first from the form.
    const again = setCriterion(none, 'permit', composeCriterion(readCriteria(FIVE).criteria[0]!.choice!))
    loads(again.replace('minScore: 1', 'minScore: 0'))
    expect(readCriteria(again).criteria.map((c) => c.id)).toEqual(['permit'])
    expect(again).toContain('\ncriteria:\n  - id: permit\n    rule: { var: permit }\n    required: true\n')
    // A flow list in a YAML file stays in flow style, in YAML.
    const flow = setCriterion(
      again.replace(
        /criteria:\n[\s\S]*?\n\n/,
        'criteria: [{ id: a, rule: { var: permit }, required: true, reason: { sv: a } }]\n\n',
      ),
      'b',
      { rule: { var: 'permit' }, weight: 1, reason: { sv: 'b' } },
    )
    expect(flow).toContain(
      'criteria: [{ id: a, rule: { var: permit }, required: true, reason: { sv: a } }, { id: b, rule: { var: permit }, weight: 1, reason: { sv: b } }]\n',
    )
  })
  it('a file without criteria, and an empty text, get a list', () => {
    const choice: CriterionChoice = {
      id: 'permit',
      field: 'permit',
      condition: { kind: 'yes' },
      required: true,
      reason: { sv: 'arbetstillstånd' },
    }
    const text = setCriterion(HEAD, 'permit', composeCriterion(choice))
    expect(text.startsWith(HEAD)).toBe(true)
    expect(readCriteria(text).criteria[0]!.choice).toEqual(choice)
    expect(readCriteria('').criteria).toEqual([])
    expect(readCriteria(setCriterion('', 'permit', composeCriterion(choice))).criteria.map((c) => c.id)).toEqual([
      'permit',
    ])
  })
  it('a file written as JSON stays JSON', () => {
    const json = JSON.stringify(
      {
        ...(parseYaml(FIVE) as object),
        decision: { minScore: 0 },
        criteria: [{ id: 'permit', rule: { var: 'permit' }, required: true, reason: { sv: 'tillstånd' } }],
      },
      null,
      2,
    )
    const listed = readCriteria(json).criteria
    const choice = {
      ...listed[0]!.choice!,
      id: 'years',
      field: 'years',
      condition: { kind: 'atLeast', value: 2 } as const,
    }
    let text = setCriterion(json, 'years', composeCriterion(choice))
    text = setCriterion(text, 'permit', composeCriterion({ ...listed[0]!.choice!, required: false, weight: 1 }))
    text = moveCriterion(text, 'years', 0)
    expect(
      (JSON.parse(text) as { criteria: { id: string; weight?: number }[] }).criteria.map((c) => [c.id, c.weight]),
    ).toEqual([
      ['years', undefined],
      ['permit', 1],
    ])
    text = removeCriterion(text, 'permit')
    expect((JSON.parse(text) as { criteria: unknown[] }).criteria).toHaveLength(1)
    loadCriteriaText(text, { format: 'json' })
  })
})

describe('edits that cannot be made say why, and write nothing', () => {
  const choice: CriterionChoice = {
    id: 'permit',
    field: 'permit',
    condition: { kind: 'yes' },
    required: true,
    reason: { sv: 'x' },
  }
  it('with a code and the words in both languages', () => {
    expect(codeOf(() => setCriterion(FIVE, 'years', composeCriterion(choice), { rename: 'permit' }))).toBe(
      'criterion_id_taken',
    )
    expect(codeOf(() => setCriterion(FIVE, 'Bad id', composeCriterion(choice)))).toBe('criterion_id_invalid')
    expect(codeOf(() => setCriterion(FIVE, 'years', composeCriterion(choice), { add: true }))).toBe(
      'criterion_id_taken',
    ) // never replaces
    expect(codeOf(() => moveCriterion(FIVE, 'nothere', 0))).toBe('criterion_not_found')
    expect(codeOf(() => moveCriterion(FIVE, 'permit', 5))).toBe('criterion_position_invalid')
    expect(codeOf(() => removeCriterion(FIVE, 'nothere'))).toBe('criterion_not_found')
    expect(codeOf(() => readCriteria('criteria: [\n'))).toBe('criteria_text_unparsable')
    expect(codeOf(() => readCriteria('- a\n- b\n'))).toBe('criteria_text_not_map')
    expect(codeOf(() => readCriteria('criteria: seven\n'))).toBe('criteria_list_invalid')
    try {
      setCriterion(FIVE, 'years', composeCriterion(choice), { rename: 'permit' })
    } catch (e) {
      const issue = (e as CriteriaError).issues[0]!
      expect(formatIssue(issue, 'sv')).toBe(
        'kriteriet "permit" finns redan (kriterium nummer 1); ge det här ett eget id',
      )
      expect(issue.message).toBe('criterion "permit" already exists (criteria[0]): give this one an id of its own')
    }
  })
  it('a file with schema errors elsewhere is still read and edited', () => {
    const broken = FIVE.replace('locale: sv', 'locale: fi')
    expect(() => loadCriteriaText(broken)).toThrow(CriteriaError)
    expect(readCriteria(broken).criteria).toHaveLength(5)
    expect(
      readCriteria(setCriterion(broken, 'extra', composeCriterion({ ...choice, id: 'extra' }))).criteria,
    ).toHaveLength(6)
  })
})

describe('ids', () => {
  it('a fresh id from the question and the condition, never a taken one', () => {
    expect(proposeCriterionId('workPermit', { kind: 'yes' }, [])).toBe('work-permit')
    expect(proposeCriterionId('experienceYears', { kind: 'atLeast', value: 3 }, [])).toBe('experience-years-min-3')
    expect(proposeCriterionId('licence', { kind: 'oneOf', values: ['B'] }, ['licence-b', 'licence-b-2'])).toBe(
      'licence-b-3',
    )
    expect(proposeCriterionId('körkort', { kind: 'cefrAtLeast', level: 'B2' }, [])).toBe('korkort-b2')
    expect(proposeCriterionId('_9', { kind: 'yes' }, [])).toMatch(/^[a-z][a-zA-Z0-9_-]*$/)
  })
})

describe('any sequence of edits keeps the file valid and equal to the intended list', () => {
  const fields = readCriteria(FIVE).fields
  const conditions: [string, CriterionCondition][] = [
    ['permit', { kind: 'yes' }],
    ['years', { kind: 'between', min: 1, max: 4 }],
    ['licence', { kind: 'oneOf', values: ['B', 'C'] }],
    ['tools', { kind: 'atLeastOf', count: 2, values: ['Excel', 'SAP'] }],
    ['start', { kind: 'withinDaysOfApplication', days: 14 }],
    ['level', { kind: 'cefrAtLeast', level: 'A2' }],
  ]
  const choiceArb = fc.record({
    at: fc.nat(conditions.length - 1),
    required: fc.boolean(),
    weight: fc.integer({ min: 1, max: 5 }),
    withWhen: fc.boolean(),
    why: fc.option(fc.constantFrom('det behövs', 'a: b # c', '"citat"', 'rad\\n', 'ja'), { nil: undefined }),
  })
  const op = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), choice: choiceArb }),
    fc.record({ kind: fc.constant('edit' as const), which: fc.nat(), choice: choiceArb }),
    fc.record({ kind: fc.constant('move' as const), which: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
  )
  it('checked after every step', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
        // minScore 0: removing every preferred criterion leaves a file that still loads.
        const start = FIVE.replace('minScore: 1', 'minScore: 0')
        let text = start
        const model = readCriteria(start).criteria.map((c) => c.criterion)
        for (const o of ops) {
          if (o.kind === 'move' || o.kind === 'remove' || o.kind === 'edit') if (!model.length) continue
          const build = (
            c: { at: number; required: boolean; weight: number; withWhen: boolean; why: string | undefined },
            id: string,
            previous?: Record<string, unknown>,
          ) => {
            const [field, condition] = conditions[c.at]!
            return composeCriterion(
              {
                id,
                field,
                condition,
                required: c.required,
                weight: c.weight,
                ...(c.withWhen && field !== 'permit' ? { when: { field: 'permit', condition: { kind: 'yes' } } } : {}),
                reason: { sv: 'ett krav', en: 'a requirement' },
                ...(c.why ? { why: { sv: c.why } } : {}),
              },
              previous,
            )
          }
          if (o.kind === 'add') {
            const [field, condition] = conditions[o.choice.at]!
            const id = proposeCriterionId(
              field,
              condition,
              model.map((c) => c.id as string),
            )
            const c = build(o.choice, id)
            text = setCriterion(text, id, c)
            model.push(c)
          } else if (o.kind === 'edit') {
            const i = o.which % model.length
            const c = build(o.choice, model[i]!.id as string, model[i])
            text = setCriterion(text, model[i]!.id as string, c)
            model[i] = c
          } else if (o.kind === 'move') {
            const i = o.which % model.length
            const to = o.to % model.length
            text = moveCriterion(text, model[i]!.id as string, to)
            model.splice(to, 0, ...model.splice(i, 1))
          } else {
            const i = o.which % model.length
            text = removeCriterion(text, model[i]!.id as string)
            model.splice(i, 1)
          }
          const listed = readCriteria(text).criteria
          expect(listed.map((c) => canonicalJson(c.criterion))).toEqual(model.map((c) => canonicalJson(c)))
          expect(listed.every((c, i) => c.choice !== null || i < 0)).toBe(true)
          if (model.length) loads(text)
          expect(text).toContain('# Testjobb: kommentaren överst ska stå kvar.')
          expect(text).toContain('minScore: 0 # en poäng räcker')
        }
        void fields
      }),
      { numRuns: 40 },
    )
  })
})
