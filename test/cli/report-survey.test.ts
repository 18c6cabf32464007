import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'

const dir = mkdtempSync(join(tmpdir(), 'autoscreen-survey-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

// The frontend example, screened on arrival with messages: fe-1001 pass (advance), fe-1002 and
// fe-1003 rejected, fe-1004 review (acknowledged only), fe-1005 late, fe-1006 and fe-1008 talent
// pool (asked to opt in).
let results = ''
beforeAll(async () => {
  results = (
    await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--messages',
      '--now',
      'arrival',
      'examples/applications/frontend-developer.jsonl',
    ])
  ).stdout
})

// fe-1002 answers twice (the later 4 counts); x-1 is in no result.
const answers = file(
  'answers.csv',
  'applicationId;score;comment\nfe-1001;10;\nfe-1002;3;\nfe-1003;6;\nfe-1004;9;\nfe-1005;2;Too late?\nfe-1006;8;\nx-1;5;\nfe-1002;4;\n',
)
// fe-1001 got no talent-pool message.
const consents = file('consents.csv', 'applicationId,at\nfe-1006,2026-11-25\nfe-1008,2026-11-27\nfe-1001,2026-11-27\n')

describe('autoscreen report --survey --consents', () => {
  it('adds candidate NPS and consents to the report; warns of the answer given twice and of the answer for no result; exit 0', async () => {
    const r = await cli(['report', '--survey', answers, '--consents', consents, '-'], { stdin: results })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      ':9:1  warning  a second answer for the application "fe-1002" (the first is on line 3): the later answer counts  duplicate_answer',
    )
    expect(r.stderr).toContain('answers.csv  warning  1 answer names no application in the results: counted apart')
    expect(r.stderr).toContain(
      'consents.csv  warning  1 consent names no talent-pool message in the results: counted apart',
    )
    // Counted: fe-1001 10 P, fe-1002 4 D (the later), fe-1003 6 D, fe-1004 9 P, fe-1005 2 D, fe-1006 8 Pa.
    // 2 promoters, 1 passive, 3 detractors of 6: 100 × (2 − 3) / 6 = -16.7, shown as -17.
    expect(r.stdout).toContain(
      'Candidate NPS -17 from 6 answers: 2 promoters (9–10), 1 passive (7–8), 3 detractors (0–6).',
    )
    // Talent pool: fe-1006 and fe-1008 asked; both consented.
    expect(r.stdout).toContain('| *asked to opt in (consent)* | 2 | 2 | 100.0% |')
  })
  it('--format json holds the figures; --format html the charts', async () => {
    const json = JSON.parse(
      (await cli(['report', '--survey', answers, '--consents', consents, '--format', 'json', '-'], { stdin: results }))
        .stdout,
    )
    expect(json.candidateExperience.overall).toEqual({
      answers: 6,
      promoters: 2,
      passives: 1,
      detractors: 3,
      nps: -16.7,
      small: true,
    })
    expect(json.candidateExperience.answers).toEqual({ read: 8, counted: 6, unmatched: 1, replaced: 1, withComment: 1 })
    // Rejected by the program: fe-1002 on work-permit (D), fe-1003 on its unmet requirements (D), fe-1005 late (D).
    expect(
      json.candidateExperience.byDecisiveCriterion.groups.find((g: { group: string }) => g.group === 'deadline'),
    ).toMatchObject({ answers: 1, detractors: 1, nps: -100 })
    expect(json.consents).toEqual({
      messages: { consent: 2, notice: 0, unknown: 0 },
      given: { consent: 2, notice: 0, unknown: 0 },
      unmatched: 1,
    })
    const html = (await cli(['report', '--survey', answers, '--format', 'html', '-'], { stdin: results })).stdout
    expect(html).toContain('<h2>Candidate experience</h2>')
    expect(html).toContain('<svg role="img" aria-labelledby="nps-byStage-title nps-byStage-desc"')
  })
  it('a survey or consents file with errors: every one as file:line:col, no report, exit 2', async () => {
    const bad = file('bad.csv', 'applicationId,score\nfe-1001,9\nfe-1002,11\nfe-1003,7.5\n')
    const r = await cli(['report', '--survey', bad, '-'], { stdin: results })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('bad.csv:3:9  error  the score 11 is not on the scale 0–10')
    expect(r.stderr).toContain('bad.csv:4:9  error  the score 7.5 is not a whole number')
    const when = file('when.csv', 'applicationId,at\nfe-1006,last week\n')
    const c = await cli(['report', '--consents', when, '-'], { stdin: results })
    expect(c.code).toBe(2)
    expect(c.stderr).toContain('when.csv:2:9  error  "last week" is not a date')
    const missing = await cli(['report', '--survey', join(dir, 'nothing.csv'), '-'], { stdin: results })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read')
  })
})
