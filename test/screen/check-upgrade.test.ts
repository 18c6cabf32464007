import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../../src/version'
import { checkUpgrade, type StoredResult } from '../../src/screen/check-upgrade'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import type { ScreeningResult } from '../../src/screen/result'
import { syntheticApplications } from '../bench/synthetic'

// Issue #25: after a package upgrade, do stored criteria still load, compile to the hash they
// were published with, and decide stored applications as they did? A report, never a throw.
const text = readFileSync(join(__dirname, '../../rules/frontend-developer.yaml'), 'utf8')
const screener = compileCriteria(loadCriteriaText(text))
// Decided at several times (the deadline and date rules read the clock): each is re-screened at its own.
const stored: StoredResult[] = syntheticApplications(screener.criteria, 40, 3).map((a, i) => {
  const now = new Date(Date.parse('2026-11-21T10:00:00Z') + i * 18 * 3_600_000)
  // Every fifth leaves its answers out: those go to a person.
  const application = {
    ...a,
    submittedAt: new Date(now.getTime() - 3_600_000).toISOString(),
    ...(i % 5 === 0 ? { answers: {} } : {}),
  }
  // As an ATS stores them: JSON in, JSON out.
  return JSON.parse(JSON.stringify({ result: screener.screen(application, { now }), application })) as StoredResult
})
const outcomes = new Set(stored.map((s) => s.result.outcome))
const late = stored.filter((s) => s.result.unmet.includes('deadline')).length

describe('checkUpgrade', () => {
  it('reports the same criteria and the same decisions when nothing changed', () => {
    expect(outcomes.size).toBe(3) // pass, reject and review among the stored
    expect(late).toBeGreaterThan(0) // and some decided after the closing date
    const report = checkUpgrade({ criteria: text, hash: screener.hash, results: stored })
    expect(report).toEqual({
      ok: true,
      engineVersion: VERSION,
      criteria: 'same',
      publishedHash: screener.hash,
      hash: screener.hash,
      issues: [],
      warnings: [],
      results: { checked: 40, same: 40, changed: [], skipped: [] },
    })
  })

  it('takes a loaded document or a plain object as well as text', () => {
    expect(checkUpgrade({ criteria: loadCriteriaText(text), hash: screener.hash }).ok).toBe(true)
    expect(
      checkUpgrade({ criteria: JSON.parse(JSON.stringify(screener.criteria)), hash: screener.hash, format: 'json' })
        .criteria,
    ).toBe('same')
  })

  it('says when the criteria load to another hash than the one published', () => {
    const report = checkUpgrade({ criteria: text, hash: 'f'.repeat(64) })
    expect(report).toMatchObject({
      ok: false,
      criteria: 'hash_changed',
      publishedHash: 'f'.repeat(64),
      hash: screener.hash,
      issues: [],
    })
  })

  it('says, located, why criteria no longer load, and screens nothing', () => {
    const broken = text.replace(/^fields:/m, 'feilds:')
    const report = checkUpgrade({ criteria: broken, hash: screener.hash, results: stored.slice(0, 2) })
    expect(report.ok).toBe(false)
    expect(report.criteria).toBe('not_loading')
    expect(report.hash).toBeNull()
    expect(report.issues.length).toBeGreaterThan(0)
    expect(report.issues[0]).toMatchObject({ line: expect.any(Number), code: expect.any(String) })
    expect(report.results.checked).toBe(0)
    expect(report.results.skipped.map((s) => s.reason)).toEqual(['not_loading', 'not_loading'])
  })

  it('lists a stored decision that screening again changes, with the criteria that changed', () => {
    // A result as an earlier version might have decided it: its outcome and one status differ.
    const pass = stored.find((s) => s.result.outcome === 'pass')!
    const old = structuredClone(pass)
    const met = old.result.criteria.find((c) => c.status === 'met' && c.required)!
    ;(met as { status: string }).status = 'unmet'
    old.result.outcome = 'reject'
    const report = checkUpgrade({ criteria: text, hash: screener.hash, results: [old, stored[1]!] })
    expect(report.ok).toBe(false)
    expect(report.criteria).toBe('same')
    expect(report.results).toMatchObject({ checked: 2, same: 1, skipped: [] })
    expect(report.results.changed).toEqual([
      {
        applicationId: pass.result.application.id,
        outcomeChanged: true,
        was: { outcome: 'reject', nearMiss: pass.result.nearMiss, score: pass.result.score },
        now: { outcome: 'pass', nearMiss: pass.result.nearMiss, score: pass.result.score },
        criteria: [{ id: met.id, was: 'unmet', now: 'met' }],
      },
    ])
    // A score alone differing is a change too, though the outcome stands.
    const scored = structuredClone(pass)
    scored.result.score += 1
    expect(checkUpgrade({ criteria: text, hash: screener.hash, results: [scored] }).results.changed[0]).toMatchObject({
      outcomeChanged: false,
      criteria: [],
    })
  })

  it('skips, with why, results it cannot compare', () => {
    const other = structuredClone(stored[0]!)
    other.result.audit.criteriaHash = '0'.repeat(64)
    const edited = structuredClone(stored[1]!)
    edited.application.answers = { ...edited.application.answers, experienceYears: 99 }
    const noEnvelope = structuredClone(stored[2]!)
    noEnvelope.application.submittedAt = 'yesterday'
    const report = checkUpgrade({
      criteria: text,
      hash: screener.hash,
      results: [
        other,
        edited,
        noEnvelope,
        { result: {} as ScreeningResult, application: stored[3]!.application },
        stored[4]!,
      ],
    })
    expect(report.results.skipped.map((s) => [s.applicationId, s.reason])).toEqual([
      [other.result.application.id, 'other_criteria'],
      [edited.result.application.id, 'answers_differ'],
      [noEnvelope.result.application.id, 'application_invalid'],
      [stored[3]!.application.id, 'not_a_result'],
    ])
    expect(report.results).toMatchObject({ checked: 1, same: 1, changed: [] })
    expect(report.ok).toBe(false)
  })

  it("compares the program's decision of a result a person has decided since", () => {
    const review = stored.find((s) => s.result.outcome === 'review')!
    const decided = recordDecision(
      review.result,
      { outcome: 'pass', by: 'Sara', at: new Date(Date.parse(review.result.audit.evaluatedAt) + 60_000) },
      { screener },
    )
    expect(
      checkUpgrade({
        criteria: text,
        hash: screener.hash,
        results: [{ result: decided, application: review.application }],
      }).results,
    ).toMatchObject({ checked: 1, same: 1 })
  })
})
