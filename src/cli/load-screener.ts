import { compileCriteria, type Screener, loadCriteria } from '../node/index.js'
import { resolve } from 'node:path'
import { CriteriaError } from '../errors.js'
import { formatIssues } from './diagnostics.js'
import type { CliIO } from './io.js'

/** Loads and compiles criteria for a command; on authoring errors prints them located and returns null (exit 2). */
export async function loadScreener(file: string, io: CliIO): Promise<Screener | null> {
  try {
    return compileCriteria(await loadCriteria(resolve(io.cwd, file)))
  } catch (e) {
    if (!(e instanceof CriteriaError)) throw e
    io.stderr.write(
      `${formatIssues(
        e.issues.map((i) => ({ ...i, file: i.file ?? file })),
        io,
        e.locale,
      )}\n`,
    )
    return null
  }
}
