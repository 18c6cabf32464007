import { CompletionContext } from '@codemirror/autocomplete'
import { EditorState } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import { criteriaJsonSchema } from '../../src/index'
import { completeFromSchema, pathAbove } from '../../src/studio/schema-help'
import { SCHEMA_SV } from '../../src/studio/schema-words-sv'

// The Studio editor's completion comes from the criteria JSON Schema, at the path the cursor
// is at (read from indentation).
const text = `id: x
locale: sv
fields:
  years:
    type: number
    label: { sv: År }
criteria:
  - id: a
    rule: { var: years }
    req
  - id: b
    onMissing: re
job:
  `
const state = EditorState.create({ doc: text })
const lineOf = (needle: string) => state.doc.lineAt(text.indexOf(needle)).number
const complete = (needle: string) =>
  completeFromSchema(new CompletionContext(state, text.indexOf(needle) + needle.length, true))

describe('completion from the criteria schema', () => {
  it('reads the path at a line from indentation', () => {
    expect(pathAbove(state.doc, lineOf('    type: number'))).toEqual(['fields', 'years'])
    expect(pathAbove(state.doc, lineOf('    req'))).toEqual(['criteria', 0])
    expect(pathAbove(state.doc, lineOf('  - id: b'))).toEqual(['criteria', 0])
  })
  it('offers the keys a criterion may have, with their descriptions', () => {
    const r = complete('    req')!
    const required = r.options.find((o) => o.label === 'required')!
    expect(required.info).toContain('knockout requirement')
    expect(r.options.map((o) => o.label)).toEqual(
      expect.arrayContaining(['rule', 'when', 'reason', 'why', 'advice', 'weight', 'nearMissAllowed', 'justification']),
    )
  })
  it('offers the values of a key with a fixed set', () => {
    expect(complete('    onMissing: re')!.options.map((o) => o.label)).toEqual(['review', 'reject', 'skip'])
  })
  it('offers the keys of the job at the top level', () => {
    expect(complete('job:\n  ')!.options.map((o) => o.label)).toEqual(
      expect.arrayContaining(['title', 'company', 'closesAt', 'timezone', 'contact', 'url']),
    )
  })
  it('describes the keys in Swedish on a Swedish page', () => {
    const sv = completeFromSchema(new CompletionContext(state, text.indexOf('    req') + 7, true), 'sv')!
    expect(sv.options.find((o) => o.label === 'required')!.info).toBe(
      'true: ett skallkrav; är det inte uppfyllt avböjs ansökan.',
    )
    expect(sv.options.find((o) => o.label === 'weight')!.info).toBe(
      'Poäng som ett meriterande kriterium (inget krav) ger när det är uppfyllt.',
    )
    for (const o of sv.options)
      if (o.info)
        expect(o.info, o.label).not.toBe(
          completeFromSchema(new CompletionContext(state, text.indexOf('    req') + 7, true), 'en')!.options.find(
            (e) => e.label === o.label,
          )!.info,
        )
  })
  it('has Swedish for every description of the schema, and none for a description it no longer has', () => {
    const found = new Set<string>()
    const walk = (s: unknown): void => {
      if (!s || typeof s !== 'object') return
      if (Array.isArray(s)) return s.forEach(walk)
      const o = s as Record<string, unknown>
      if (typeof o.description === 'string') found.add(o.description)
      for (const v of Object.values(o)) walk(v)
    }
    walk(criteriaJsonSchema())
    expect([...found].filter((d) => !(d in SCHEMA_SV))).toEqual([])
    expect(Object.keys(SCHEMA_SV).filter((d) => !found.has(d))).toEqual([])
  })
})
