import { criteriaJsonSchema } from '../../criteria/json-schema'
import { args } from '../args'
import type { CliIO } from '../io'

export const schemaHelp = `Usage: autoscreen schema

Prints the JSON Schema of criteria files, for editor completion:
  autoscreen schema > criteria.schema.json
  # yaml-language-server: $schema=./criteria.schema.json`

export async function schema(argv: string[], io: CliIO): Promise<number> {
  args(argv, {})
  io.stdout.write(`${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`)
  return 0
}
