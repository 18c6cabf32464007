import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STAGES } from '../../src/criteria/constants'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import { formatStageMismatch, stageName } from '../../src/schedule/stage-wording'
import { stageFor, stageProblem } from '../../src/schedule/stages'

// Why a stage does not fit a decision, worded for a recruiter in Swedish and English by the
// library, for the CLI and the Studio alike: worded exactly when stageProblem refuses.
const root = join(import.meta.dirname, '../..')
const screener = compileCriteria(loadCriteriaText(readFileSync(join(root, 'rules/lagerarbetare.yaml'), 'utf8')))
const application = JSON.parse(readFileSync(join(root, 'examples/lg-2002.json'), 'utf8'))
const rejected = screener.screen(application, { now: 'arrival' })
const passedByPerson = recordDecision(
  rejected,
  { outcome: 'pass', by: 'Maja', at: rejected.audit.evaluatedAt, reasons: { criteria: [], text: {} } } as never,
  { screener },
)

describe('formatStageMismatch', () => {
  it('words a refusal exactly when stageProblem refuses, and names the stage that fits', () => {
    let refused = 0
    for (const result of [rejected, passedByPerson])
      for (const stage of STAGES)
        for (const locale of ['sv', 'en'] as const) {
          const text = formatStageMismatch(result, stage, locale)
          expect(text === null, `${stage} ${locale}`).toBe(stageProblem(result, stage) === null)
          if (text === null) continue
          refused++
          expect(text).toContain(stageName(stage, locale))
          expect(text).toContain(stageName(stageFor(result), locale))
        }
    expect(refused).toBeGreaterThan(10)
  })

  it('says in Swedish what the program and a person decided', () => {
    expect(formatStageMismatch(rejected, 'advance', 'sv')).toBe(
      'Meddelandet ”Vidare till nästa steg” är för en ansökan som går vidare, och här avböjde programmet ansökan som ett nära ja. Ett meddelande säger aldrig något som inte har beslutats. Till det här beslutet hör ”Nära ja, sparas i kandidatbanken”.',
    )
    expect(formatStageMismatch(passedByPerson, 'talent-pool', 'sv')).toContain(
      'här har en person beslutat ”Går vidare”',
    )
  })
})
