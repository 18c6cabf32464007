import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { isCriteriaError } from '../../src/errors'
import { createLintMemo, lintCriteria, type LintOptions } from '../../src/lint/lint-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'

// The Studio lints the file after every pause in typing with a memo (createLintMemo) that keeps
// the checks of the texts that did not change. The findings must be exactly those of a lint
// without it, through any sequence of versions: edited reasons, titles and labels, criteria
// reordered, and back to the start.

type Value = {
  job: { title: unknown }
  fields: Record<string, { label?: Record<string, string> }>
  criteria: { id: string; reason: Record<string, string> }[]
}

/** A file's versions as a recruiter might write them, one after another. */
function versions(text: string): string[] {
  const edits: ((v: Value) => void)[] = [
    () => {},
    (v) => {
      const r = v.criteria[0]!.reason
      for (const l of Object.keys(r)) r[l] = `${r[l]} (changed)`
    },
    (v) => void (v.job.title = { sv: 'Kvinnlig lagerarbetare, ung och frisk', en: 'Young warehouse worker' }),
    (v) => {
      const first = Object.values(v.fields)[0]
      if (first) first.label = { sv: 'Hur gammal är du?', en: 'How old are you?' }
    },
    (v) => void v.criteria.reverse(),
    (v) => {
      const c = v.criteria[1] ?? v.criteria[0]!
      c.reason = {
        ...c.reason,
        sv: 'du måste vara ung, frisk och utåtriktad',
        en: 'you must be young, healthy and outgoing.',
      }
    },
    () => {},
  ]
  const out: string[] = []
  const value = parse(text) as Value
  for (const edit of edits) {
    edit(value)
    out.push(stringify(value))
  }
  return [...out, text]
}

const loads = (file: string): boolean => {
  try {
    return loadCriteriaText(readFileSync(file, 'utf8')).criteria.criteria.length > 1
  } catch {
    return false
  }
}
const FILES = [
  ...['frontend-developer', 'lagerarbetare', 'b2b-saljare', 'underskoterska-hemtjanst'].map((n) =>
    join(__dirname, `../../rules/${n}.yaml`),
  ),
  ...readdirSync(join(__dirname, '../fixtures/lint'))
    .filter((n) => /^(everyday|unfair|acknowledged|morphology|ordinary-words)\.yaml$/.test(n))
    .map((n) => join(__dirname, `../fixtures/lint/${n}`)),
].filter(loads)

describe('linting with a memo', () => {
  for (const options of [{}, { includeAcknowledged: true }] as LintOptions[])
    it(`finds exactly what linting without one finds, version after version${options.includeAcknowledged ? ' (acknowledged included)' : ''}`, () => {
      let compared = 0
      for (const file of FILES) {
        const memo = createLintMemo()
        for (const text of versions(readFileSync(file, 'utf8'))) {
          let doc
          try {
            doc = loadCriteriaText(text)
          } catch (e) {
            if (isCriteriaError(e)) continue
            throw e
          }
          const screener = compileCriteria(doc)
          expect(JSON.stringify(lintCriteria(doc, screener, { ...options, memo }))).toBe(
            JSON.stringify(lintCriteria(doc, screener, options)),
          )
          compared++
        }
      }
      expect(compared).toBeGreaterThan(40)
    })
  it('has files to compare', () => expect(FILES.length).toBeGreaterThanOrEqual(6))
  it('keeps one file at a time: a memo used on another file still finds what that file holds', () => {
    const memo = createLintMemo()
    for (const file of [...FILES, ...[...FILES].reverse()]) {
      const doc = loadCriteriaText(readFileSync(file, 'utf8'))
      const screener = compileCriteria(doc)
      expect(JSON.stringify(lintCriteria(doc, screener, { memo }))).toBe(JSON.stringify(lintCriteria(doc, screener)))
    }
  })
})
