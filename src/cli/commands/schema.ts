import { criteriaJsonSchema } from '../../node/index.js'
import { args } from '../args.js'
import { emit, type CliIO } from '../io.js'

export async function schema(argv: string[], io: CliIO): Promise<number> {
  const { values } = args(argv, { output: { type: 'string' } })
  await emit(io, values.output, `${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`, 'schema')
  return 0
}
