import * as z from 'zod'
import { CriteriaSchema } from './schema.js'

/**
 * The JSON Schema of criteria files, generated from the zod schema. Point editors at it
 * (`# yaml-language-server: $schema=…`) for completion and checks while writing rules.
 *
 * @example
 * ```ts
 * fs.writeFileSync('criteria.schema.json', JSON.stringify(criteriaJsonSchema(), null, 2))
 * ```
 * @category Criteria files
 */
export function criteriaJsonSchema(): Record<string, unknown> {
  // `input` so that keys with defaults are optional for authors.
  const schema = z.toJSONSchema(CriteriaSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  return { ...schema, $id: 'https://autoscreen.dev/schema/criteria-1.json' }
}
