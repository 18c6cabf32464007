import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Application } from '../../src/screen/application'

/** The bundled example applications of a rule set (examples/applications/<name>.jsonl), in file order. */
export function exampleApplications(name: string): Application[] {
  return readFileSync(join(__dirname, '../../examples/applications', `${name}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Application)
}
