// The personal-reason reader (src/lint/model/personal.ts): it adds a finding only where the word
// lists found none, says so in the file's language, and reads no requirement of the bundled rule
// sets or examples as a judgement of the person.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  compileCriteria,
  findPersonalWording,
  formatIssue,
  lintCriteria,
  loadCriteriaText,
  personalReason,
} from '../../../src/index'
import { THRESHOLD } from '../../../src/lint/model/personal-weights'

function lintReason(reason: string, locale: 'sv' | 'en') {
  const doc = {
    id: 'reason',
    version: 1,
    locale,
    job: {
      company: 'Acme AB',
      contact: { name: 'Eva Lind', email: 'jobb@acme.example' },
      title: { [locale]: locale === 'sv' ? 'Lagerarbetare' : 'Warehouse worker' },
    },
    fields: {
      ok: {
        type: 'boolean',
        label: { [locale]: locale === 'sv' ? 'Har du B-körkort?' : 'Do you hold a driving licence?' },
      },
    },
    criteria: [{ id: 'ok', rule: { var: 'ok' }, required: true, reason: { [locale]: reason } }],
  }
  const loaded = loadCriteriaText(JSON.stringify(doc), { format: 'json' })
  return lintCriteria(loaded, compileCriteria(loaded)).filter((f) => f.finding === 'personal-reason')
}

// Reasons the word lists do not know, written for this test (none is in a corpus or a round).
const UNLISTED: ['sv' | 'en', string][] = [
  ['en', 'someone who would get on with the regulars straight away'],
  ['sv', 'en person vi kunde tänka oss att umgås med på fritiden'],
]

describe('the personal-reason reader', () => {
  for (const [lang, text] of UNLISTED)
    it(`finds "${text}" where the lists find nothing, and says a model read it`, () => {
      expect(findPersonalWording(text, lang)).toEqual([])
      expect(personalReason(text, lang).personal).toBe(true)
      const [f, ...rest] = lintReason(text, lang)
      expect(rest).toEqual([])
      expect(f).toMatchObject({ severity: 'error', finding: 'personal-reason' })
      expect(f!.params).toMatchObject({ model: true, words: [] })
      const message = formatIssue({ code: 'personal_reason', params: f!.params!, path: [] } as never, lang)
      expect(message.split('\n')[0]).not.toContain('()')
      expect(message).toContain(lang === 'sv' ? 'lintens modell' : "the lint's model")
    })

  it('is not asked where the lists found words: their words are the finding', () => {
    const [f] = lintReason('att du verkar mer engagerad', 'sv')
    expect(f!.params).toMatchObject({ words: ['du verkar mer engagerad'] })
    expect(f!.params?.model).toBeUndefined()
  })

  it('reads no reason of the bundled rule sets or the examples as personal', () => {
    const dirs = [join(__dirname, '../../../rules'), join(__dirname, '../../../examples')]
    let reasons = 0
    const read: string[] = []
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory() && e.name !== 'node_modules') walk(join(dir, e.name))
        else if (/\.ya?ml$/.test(e.name)) {
          let loaded
          try {
            loaded = loadCriteriaText(readFileSync(join(dir, e.name), 'utf8'))
          } catch {
            continue // a test file or an application, not criteria
          }
          reasons += loaded.criteria.criteria.reduce((n, c) => n + Object.keys(c.reason).length, 0)
          for (const f of lintCriteria(loaded, compileCriteria(loaded)))
            if (f.params?.model) read.push(`${e.name}: ${f.matched}`)
        }
      }
    }
    for (const d of dirs) walk(d)
    expect(reasons).toBeGreaterThan(40)
    expect(read).toEqual([])
  })

  it('keeps the threshold cross-validation chose, above even odds', () => {
    expect(THRESHOLD).toBeGreaterThanOrEqual(0.5)
    expect(personalReason('a forklift licence', 'en').probability).toBeLessThan(0.1)
  })
})
