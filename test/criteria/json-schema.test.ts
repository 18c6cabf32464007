import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { criteriaJsonSchema } from '../../src/criteria/json-schema'

describe('JSON Schema', () => {
  it('docs/criteria.schema.json, which the bundled rules point editors at, is current (run: npx tsx src/cli/main.ts schema > docs/criteria.schema.json)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../docs/criteria.schema.json'), 'utf8'))
    expect(committed).toEqual(criteriaJsonSchema())
  })
  it('documents keys for editor hovers and makes defaulted keys optional', () => {
    const s = criteriaJsonSchema() as { properties: Record<string, { description?: string }>; required: string[] }
    expect(s.properties.locale!.description).toBe('Default message language.')
    expect(s.required).not.toContain('decision')
    expect(s.required).not.toContain('format')
  })
})
