import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintCriteria } from '../../src/lint/lint-criteria'
import { protectedGrounds } from '../../src/lint/protected-grounds'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/screen/load-criteria'

describe('lintCriteria', () => {
  it('finds each kind of problem with its position', async () => {
    const doc = await loadCriteria(join(__dirname, '../fixtures/lint/unfair.yaml'))
    const issues = lintCriteria(doc, compileCriteria(doc)).map((i) => `${i.line}:${i.column} ${i.severity} ${i.code} ${i.path.join('.')}`)
    expect(issues).toEqual([
      '13:3 warning unused-field fields.notes',
      '16:5 error protected-ground criteria.0.rule',
      '18:5 error missing-reason criteria.0.reason',
      '20:5 error protected-ground criteria.1.rule',
      '26:5 warning protected-ground criteria.2.justification',
      '31:15 warning personal-reason criteria.3.reason.sv',
      '33:5 warning duplicate-rule criteria.4.rule',
      '37:5 error constant-rule criteria.5.rule',
    ])
  })
  it('the bundled rule sets are clean', async () => {
    for (const f of ['frontend-developer', 'lagerarbetare', 'b2b-saljare']) {
      const doc = await loadCriteria(join(__dirname, `../../rules/${f}.yaml`))
      expect(lintCriteria(doc, compileCriteria(doc)), f).toEqual([])
    }
  })
})

describe('protectedGrounds', () => {
  const cases: [string[], string[]][] = [
    [['age'], ['age']],
    [['ålder'], ['age']],
    [['födelseår'], ['age']],
    [['birthYear', 'Year of birth'], ['age']],
    [['graduationYear'], ['age']],
    [['kön'], ['sex']],
    [['gender'], ['sex']],
    [['parentalLeave'], ['sex']],
    [['nationality'], ['ethnicity']],
    [['Ditt modersmål'], ['ethnicity']],
    [['postcode'], ['ethnicity']],
    [['maritalStatus'], ['family situation (proxy)']],
    [['experienceYears', 'Years of experience'], []],
    [['englishLevel', 'Din engelskanivå'], []],
    [['workPermit', 'Har du rätt att arbeta i Sverige?'], []],
  ]
  for (const [texts, want] of cases) it(`${texts.join(' / ')} -> ${want.join(', ') || 'none'}`, () => expect(protectedGrounds(texts)).toEqual(want))
})
