import { criteriaJsonSchema } from '../../node/index'
import { args } from '../args'
import type { CliIO } from '../io'


export async function schema(argv: string[], io: CliIO): Promise<number> {
  args(argv, {})
  io.stdout.write(`${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`)
  return 0
}
