import { criteriaJsonSchema } from '../../node/index.js'
import { args } from '../args.js'
import type { CliIO } from '../io.js'


export async function schema(argv: string[], io: CliIO): Promise<number> {
  args(argv, {})
  io.stdout.write(`${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`)
  return 0
}
