import { describe, expect, it } from 'vitest'
import { compileCriteria, formatResult } from '../../src/index'
import { loadCriteria } from '../../src/node/index'

// The table view of a result: explanations in technical English by default, in the file's
// language with its questions when `words` is given.
describe('formatResult', () => {
  it('explains unmet and skipped criteria in the words asked for', async () => {
    const doc = await loadCriteria('rules/underskoterska-hemtjanst.yaml')
    const screener = compileCriteria(doc)
    const c = doc.criteria
    const result = screener.screen(
      { id: 'a-1', submittedAt: '2026-12-03T21:15:00+01:00', answers: { underskoterskeexamen: false, utbildning: 'Vårdbiträde', erfarenhetManader: 6, korkort: 'B', kunskaper: ['Demensvård', 'Palliativ vård'], tillgangligFran: '2026-12-20' } },
      { now: 'arrival' },
    )
    const plain = formatResult(result, { explain: true })
    expect(plain).toContain('none of: underskoterskeexamen is true; erfarenhetManader is at least 24')
    expect(plain).toContain('does not apply: underskoterskeexamen is false; true required')
    const sv = formatResult(result, { explain: true, words: { locale: 'sv', fields: c.fields, timezone: c.job.timezone } })
    expect(sv).toContain('Inget av detta gäller: svaret på ”Har du undersköterskeexamen?” är ja; svaret på ”Hur många månader har du arbetat inom vård och omsorg?” är minst 24')
    expect(sv).toContain('gäller inte: Svaret på ”Har du undersköterskeexamen?” är nej; ja krävs')
    const en = formatResult(result, { explain: true, words: { locale: 'en', fields: c.fields } })
    expect(en).toContain('does not apply: The answer to “Do you have an assistant nurse qualification?” is no; yes required')
  })
})
