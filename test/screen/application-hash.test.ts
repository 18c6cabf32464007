import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/criteria/canonical-json'
import { pureSha256Hex } from '../../src/criteria/hash'
import { APPLICATION_HASH_SCHEME, applicationHash } from '../../src/screen/application-hash'
import type { Application } from '../../src/screen/application'

// Issue #25: the hash an ATS keys idempotency on, documented so another language recomputes it.
// The vectors were computed by an independent implementation of the recipe (Python: canonical
// JSON written from scratch, hashlib), not by autoscreen: they hold the recipe, not the code.
interface Vector {
  name: string
  jobId: string
  application: { id: string; answers?: Record<string, unknown> }
  canonical: string
  hash: string
}
const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/application-hash/vectors.json'), 'utf8')) as {
  vectors: Vector[]
}
const byName = (start: string) => fixture.vectors.find((v) => v.name.startsWith(start))!

describe('applicationHash', () => {
  it.each(fixture.vectors.map((v) => [v.name, v] as const))('%s', (_, v) => {
    expect(canonicalJson([APPLICATION_HASH_SCHEME, v.jobId, v.application.id, v.application.answers ?? {}])).toBe(
      v.canonical,
    )
    expect(applicationHash(v.jobId, v.application)).toBe(v.hash)
    // The pure-JavaScript SHA-256 (browsers, Workers) gives the same.
    expect(pureSha256Hex(v.canonical)).toBe(v.hash)
  })

  it('gives the idempotency recipe its answers: a duplicate, a conflict, another job', () => {
    const sent = byName('an application as an ATS sends it')
    expect(byName('the same answers in another key order').hash).toBe(sent.hash)
    expect(byName('the same id with other answers').hash).not.toBe(sent.hash)
    expect(byName('list order').hash).not.toBe(sent.hash)
    expect(byName('the same answers under another job').hash).not.toBe(sent.hash)
    expect(byName('no answers').hash).toBe(byName('empty answers').hash)
    expect(new Set(fixture.vectors.map((v) => v.hash)).size).toBe(fixture.vectors.length - 2)
  })

  it('reads only the id and the answers of an application', () => {
    const v = byName('an application as an ATS sends it')
    const full: Application = {
      ...v.application,
      submittedAt: '2026-11-20T09:14:00+01:00',
      source: 'linkedin',
      candidate: { firstName: 'Maja', email: 'maja@example.se' },
    }
    expect(applicationHash(v.jobId, full)).toBe(v.hash)
    const later: Application = { ...full, submittedAt: '2026-11-21T09:14:00+01:00' }
    expect(applicationHash(v.jobId, later)).toBe(v.hash)
  })

  it('refuses what has no hash: an empty id, answers that contain themselves', () => {
    expect(() => applicationHash('', { id: 'a' })).toThrow(expect.objectContaining({ code: 'invalid_option' }))
    expect(() => applicationHash('job', { id: '' })).toThrow(expect.objectContaining({ code: 'invalid_option' }))
    expect(() => applicationHash('job', { id: 1 as unknown as string })).toThrow(
      expect.objectContaining({ code: 'invalid_option' }),
    )
    const answers: Record<string, unknown> = { a: 1 }
    answers.self = answers
    expect(() => applicationHash('job', { id: 'a', answers })).toThrow(
      expect.objectContaining({ code: 'cyclic_value' }),
    )
  })
})
