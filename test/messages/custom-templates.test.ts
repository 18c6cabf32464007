import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CriteriaError } from '../../src/errors'
import { renderMessage } from '../../src/messages/render-message'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { checkTemplate } from '../../src/criteria/templates'
import { loadCriteria } from '../../src/node/load-criteria'

const dir = join(__dirname, '../fixtures/templates')
const now = new Date('2026-11-24T12:00:00+01:00')

describe('custom templates', () => {
  it('are loaded relative to the criteria file and used for their stage and language', async () => {
    const screener = compileCriteria(await loadCriteria(join(dir, 'criteria.yaml')))
    const r = screener.screen({ id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { years: 0 } }, { now })
    const m = renderMessage(r, { screener, now })
    expect(m.subject).toBe('About Tester at Acme')
    expect(m.text).toBe(
      'Hi there,\n\nThanks for applying. The role needs at least a year of testing experience.\n\nThe Acme team',
    )
    // Stages without a custom template fall back to the built-in one.
    const passed = screener.screen(
      { id: 'b', submittedAt: '2026-11-20T10:00:00+01:00', answers: { years: 3 } },
      { now },
    )
    expect(renderMessage(passed, { screener, now }).text).toContain('The next step is a first conversation')
    // …and a stage that does not fit the decision is refused, custom template or not.
    expect(() => renderMessage(r, { screener, now, stage: 'advance' })).toThrow(
      expect.objectContaining({ code: 'stage_mismatch' }),
    )
  })
  it('errors name the template file and line, and an unreadable file, at load', async () => {
    try {
      await loadCriteria(join(dir, 'bad-criteria.yaml'))
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(CriteriaError)
      const issues = (e as CriteriaError).issues
      expect(issues).toEqual([
        expect.objectContaining({
          code: 'template_invalid',
          file: join(dir, 'bad.en.hbs'),
          line: 5,
          message: expect.stringContaining('unknown helper "shout"'),
        }),
        expect.objectContaining({ code: 'template_unreadable', line: 20, column: 11 }),
      ])
    }
  })
  it('syntax errors give their line', () => {
    expect(checkTemplate('Subject: x\n\nHello {{#if a}}\nno close\n')).toMatchObject({
      line: expect.any(Number),
      message: expect.stringMatching(/Parse error|if/),
    })
    expect(checkTemplate('fine {{candidate.firstName}}')).toBeNull()
  })
})
