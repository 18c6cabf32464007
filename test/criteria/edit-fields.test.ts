import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { isCriteriaError } from '../../src/errors'
import { formatIssue } from '../../src/issues/format-issue'
import { fieldUses, moveField, readFields, removeField, setField } from '../../src/criteria/edit-fields'
import { readJobSettings, setJobSettings } from '../../src/criteria/edit-job'
import { newCriteriaText } from '../../src/criteria/new-criteria-text'
import { setDecisionSettings } from '../../src/criteria/edit-decision'
import type { Field } from '../../src/criteria/types'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { firstIssue } from '../helpers/first-issue.js'

// The questions form: a question added, changed, moved or removed in the file's text, only its
// own lines touched, and a question the rules read never removed or renamed from under them.
const text = readFileSync(join(__dirname, '../../rules/lagerarbetare.yaml'), 'utf8')

const issueOf = firstIssue

// A small file with comments everywhere: the golden before and after of each edit.
const small = `# Lager, Jönköping
id: lager
fields:
  # the right to work comes first
  workPermit:
    type: boolean # yes or no
    label: { sv: Rätt att arbeta?, en: Right to work? }
  months:
    type: integer
    min: 0
    label:
      sv: Månader i lager   # as the ad says
      en: Months in a warehouse
criteria:
  - id: permit
    rule: { var: workPermit }
    required: true
    reason: { sv: rätt att arbeta, en: the right to work }
`

describe('the questions of a file', () => {
  it('reads them in the order written', () => {
    expect(readFields(text).map((f) => f.name)).toEqual([
      'workPermit',
      'truckLicence',
      'warehouseMonths',
      'eveningShifts',
      'swedishLevel',
      'driversLicence',
      'availableFrom',
    ])
    expect(readFields(small)[1]).toEqual({
      name: 'months',
      field: { type: 'integer', min: 0, label: { sv: 'Månader i lager', en: 'Months in a warehouse' } },
    })
    expect(readFields('id: x\n')).toEqual([])
  })

  it('changes one line for a changed label and keeps every comment', () => {
    const after = setField(small, 'months', {
      type: 'integer',
      min: 0,
      max: 600,
      label: { sv: 'Månader i lager', en: 'Months in a warehouse or a shop' },
    })
    expect(after).toBe(
      small
        .replace('    min: 0\n', '    min: 0\n    max: 600\n')
        .replace('en: Months in a warehouse\n', 'en: Months in a warehouse or a shop\n'),
    )
    // A one-line label stays on one line.
    const flow = setField(small, 'workPermit', {
      type: 'boolean',
      label: { sv: 'Får du arbeta i Sverige?', en: 'Right to work?' },
    })
    expect(flow).toBe(
      small.replace(
        '{ sv: Rätt att arbeta?, en: Right to work? }',
        '{ sv: Får du arbeta i Sverige?, en: Right to work? }',
      ),
    )
  })

  it('adds a question at the end of fields, in the order the examples write keys, and it loads', () => {
    const field: Field = {
      type: 'enum',
      label: { sv: 'Körkort', en: 'Driving licence' },
      values: ['B', 'C', 'Annat'],
      valueLabels: { Annat: { sv: 'Annat körkort', en: 'Another licence' } },
      reviewValues: ['Annat'],
    }
    const after = setField(small, 'licence', field)
    expect(after).toBe(
      small.replace(
        'criteria:\n',
        '  licence:\n    type: enum\n    values: [B, C, Annat]\n    valueLabels:\n      Annat: { sv: Annat körkort, en: Another licence }\n    reviewValues: [Annat]\n    label:\n      sv: Körkort\n      en: Driving licence\ncriteria:\n',
      ),
    )
    const full = setField(text, 'licence', field)
    expect(loadCriteriaText(full).criteria.fields.licence).toEqual(field)
  })

  it('refuses a question the schema refuses, with its issues, writing nothing', () => {
    const issue = issueOf(() => setField(small, 'start', { type: 'date', min: '2026-02-30', label: { sv: 'Start' } }))
    expect(issue.path).toEqual(['fields', 'start', 'min'])
    expect(issueOf(() => setField(small, '1st', { type: 'boolean', label: { sv: 'x' } }))).toMatchObject({
      code: 'invalid_field_name',
      params: { name: '1st' },
    })
  })

  it('renames a question no rule reads, in place; refuses one a criterion reads, naming it', () => {
    const renamed = setField(
      small,
      'months',
      { type: 'integer', min: 0, label: { sv: 'Månader i lager', en: 'Months in a warehouse' } },
      { rename: 'warehouseMonths' },
    )
    expect(renamed).toBe(small.replace('  months:\n', '  warehouseMonths:\n'))
    const issue = issueOf(() =>
      setField(small, 'workPermit', { type: 'boolean', label: { sv: 'x' } }, { rename: 'permit' }),
    )
    expect(issue).toMatchObject({
      code: 'field_in_use',
      params: { name: 'workPermit', criteria: ['permit'], fields: [], rename: true },
    })
    expect(formatIssue(issue, 'sv')).toBe('frågan "workPermit" läses av kriteriet "permit": byt namn där först')
    expect(
      issueOf(() => setField(small, 'months', { type: 'boolean', label: { sv: 'x' } }, { rename: 'workPermit' })),
    ).toMatchObject({ code: 'field_exists' })
    expect(
      issueOf(() => setField(small, 'nope', { type: 'boolean', label: { sv: 'x' } }, { rename: 'other' })),
    ).toMatchObject({ code: 'field_not_found' })
  })

  it('moves a question with its comment, every line as written', () => {
    const moved = moveField(small, 'workPermit', 1)
    expect(moved).toBe(
      small
        .replace(
          '  # the right to work comes first\n  workPermit:\n    type: boolean # yes or no\n    label: { sv: Rätt att arbeta?, en: Right to work? }\n',
          '',
        )
        .replace(
          'criteria:\n',
          '  # the right to work comes first\n  workPermit:\n    type: boolean # yes or no\n    label: { sv: Rätt att arbeta?, en: Right to work? }\ncriteria:\n',
        ),
    )
    expect(moveField(moved, 'workPermit', 0)).toBe(small)
    expect(moveField(small, 'workPermit', 99)).toBe(moved)
    const order = readFields(moveField(text, 'availableFrom', 2)).map((f) => f.name)
    expect(order).toEqual([
      'workPermit',
      'truckLicence',
      'availableFrom',
      'warehouseMonths',
      'eveningShifts',
      'swedishLevel',
      'driversLicence',
    ])
  })

  it('removes a question no rule reads; refuses one that is read, naming every reader', () => {
    const added = setField(small, 'extra', { type: 'string', label: { sv: 'Övrigt' } })
    expect(removeField(added, 'extra')).toBe(small)
    expect(issueOf(() => removeField(text, 'truckLicence'))).toMatchObject({
      code: 'field_in_use',
      params: { criteria: ['truckkort'] },
    })
    const dated = setField(setField(small, 'start', { type: 'date', label: { sv: 'Start' } }), 'end', {
      type: 'date',
      notBefore: 'start',
      label: { sv: 'Slut' },
    })
    expect(fieldUses(dated, 'start')).toEqual({ criteria: [], fields: ['end'] })
    expect(
      formatIssue(
        issueOf(() => removeField(dated, 'start')),
        'en',
      ),
    ).toBe('the question "start" is read by the question "end": remove it there first')
    expect(issueOf(() => removeField(small, 'nope'))).toMatchObject({ code: 'field_not_found' })
  })

  it('refuses hostile text with a typed error: not a map, duplicate keys, aliases, not YAML', () => {
    expect(issueOf(() => readFields('- a\n- b\n'))).toMatchObject({ code: 'edit_not_a_map' })
    expect(issueOf(() => readFields('id: x\nfields: [a, b]\n'))).toMatchObject({
      code: 'edit_not_a_map',
      params: { path: 'fields' },
    })
    expect(
      issueOf(() =>
        setField(
          'id: x\nfields:\n  a: { type: boolean, label: { sv: a } }\n  a: { type: boolean, label: { sv: b } }\n',
          'b',
          { type: 'boolean', label: { sv: 'b' } },
        ),
      ),
    ).toMatchObject({ code: 'duplicate_key' })
    const aliased = 'id: x\nfields:\n  a: &q { type: boolean, label: { sv: a } }\n  b: *q\n'
    expect(issueOf(() => setField(aliased, 'a', { type: 'boolean', label: { sv: 'c' } }))).toMatchObject({
      code: 'edit_alias',
      params: { alias: 'q' },
    })
    // The unclosed [ is named as the slip it is (criteria/yaml-slips.ts).
    expect(issueOf(() => readJobSettings('id: x\njob: [\n'))).toMatchObject({ code: 'unclosed_bracket' })
    expect(issueOf(() => moveField(`id: x\nfields:\n${'  '.repeat(1)}a: ${'['.repeat(5000)}\n`, 'a', 0)).code).toMatch(
      /too_deep|syntax/,
    )
  })
})

describe('a new file', () => {
  it('loads as it is when the job is given, and says what to fill in when not', () => {
    const text = newCriteriaText({
      id: 'lager',
      locale: 'sv',
      title: { sv: 'Lagerarbetare', en: 'Warehouse worker' },
      company: 'Vätterlogistik AB',
      contact: { name: 'Ahmed Karimi', email: 'jobb@vatterlogistik.example' },
    })
    const doc = loadCriteriaText(text)
    expect(doc.criteria.job).toMatchObject({
      title: { sv: 'Lagerarbetare', en: 'Warehouse worker' },
      company: 'Vätterlogistik AB',
      timezone: 'Europe/Stockholm',
    })
    expect(readFields(text).map((f) => f.name)).toEqual(['workPermit'])
    try {
      loadCriteriaText(newCriteriaText({ id: 'blank', locale: 'en' }))
      expect.unreachable()
    } catch (e) {
      if (!isCriteriaError(e)) throw e
      expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual([
        'job.company',
        'job.contact.email',
        'job.contact.name',
        'job.title',
      ])
    }
  })
})

describe('random edits', () => {
  // Any sequence of form edits gives a text that parses to the intended document, and the
  // lines of the questions not edited are those written before.
  const name = fc.constantFrom('alpha', 'beta', 'gamma', 'delta')
  const words = fc.stringMatching(/^[A-Za-zåäö][A-Za-zåäö ,:#?-]{0,20}$/)
  const field: fc.Arbitrary<Field> = fc.oneof(
    fc.record({ type: fc.constant('boolean' as const), label: fc.record({ sv: words, en: words }) }),
    fc.record({
      type: fc.constant('integer' as const),
      min: fc.integer({ min: 0, max: 10 }),
      max: fc.integer({ min: 11, max: 99 }),
      label: fc.record({ sv: words }),
    }),
    fc.record({
      type: fc.constant('enum' as const),
      values: fc.uniqueArray(fc.constantFrom('A', 'B', 'C d', 'E, f'), { minLength: 1 }),
      label: fc.record({ en: words }),
    }),
  )
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), name, field }),
    fc.record({ kind: fc.constant('move' as const), name, to: fc.nat(4) }),
    fc.record({ kind: fc.constant('remove' as const), name }),
    fc.record({ kind: fc.constant('company' as const), company: words }),
    fc.record({ kind: fc.constant('minScore' as const), value: fc.nat(5) }),
  )
  it('keeps the text and the intended document in step', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        let out = small
        let fields = Object.entries((parse(small) as { fields: Record<string, unknown> }).fields)
        let company: string | undefined
        let minScore: number | undefined
        for (const e of edits) {
          const before = out
          const has = 'name' in e && fields.some(([n]) => n === e.name)
          if (e.kind === 'set') {
            out = setField(out, e.name, e.field)
            if (has) fields = fields.map(([n, f]) => [n, n === e.name ? e.field : f])
            else fields.push([e.name, e.field])
          } else if (e.kind === 'move' && has) {
            out = moveField(out, e.name, e.to)
            const from = fields.findIndex(([n]) => n === e.name)
            const [moved] = fields.splice(from, 1)
            fields.splice(Math.min(e.to, fields.length), 0, moved!)
          } else if (e.kind === 'remove' && has) {
            out = removeField(out, e.name)
            fields = fields.filter(([n]) => n !== e.name)
          } else if (e.kind === 'company') {
            out = setJobSettings(out, { company: e.company })
            company = e.company
          } else if (e.kind === 'minScore') {
            out = setDecisionSettings(out, { minScore: e.value })
            minScore = e.value
          }
          // The lines of the other questions are still in the text, as written.
          if (e.kind === 'set' || e.kind === 'remove')
            for (const f of readFields(before))
              if (f.name !== e.name) expect(out).toContain(questionLines(before, f.name))
        }
        const doc = parse(out) as Record<string, unknown>
        expect(Object.entries(doc.fields as object)).toEqual(fields)
        expect((doc.job as { company?: string } | undefined)?.company).toBe(company)
        expect((doc.decision as { minScore?: number } | undefined)?.minScore).toBe(minScore)
        expect(out.startsWith('# Lager, Jönköping\nid: lager\n')).toBe(true)
        expect(out).toContain(
          'criteria:\n  - id: permit\n    rule: { var: workPermit }\n    required: true\n    reason: { sv: rätt att arbeta, en: the right to work }\n',
        )
      }),
      { numRuns: 60 },
    )
  })
})

/** The lines of one question: from its key to the next key at its indent. */
function questionLines(text: string, name: string): string {
  const lines = text.split('\n')
  const at = lines.indexOf(`  ${name}:`)
  let end = at + 1
  while (end < lines.length && /^ {4}/.test(lines[end]!)) end++
  return lines.slice(at, end).join('\n')
}
