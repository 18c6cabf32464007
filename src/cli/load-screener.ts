import { compileCriteria, type CriteriaDocument, type Screener, loadCriteria } from '../node/index.js'
import { resolve } from 'node:path'
import { CriteriaError } from '../errors.js'
import { formatIssues } from './diagnostics.js'
import type { CliIO } from './io.js'

/** Loads and compiles criteria for a command; on authoring errors prints them located and returns null (exit 2). */
export async function loadScreener(file: string, io: CliIO): Promise<Screener | null> {
  return (await loadCompiled(file, io))?.screener ?? null
}

/** As {@link loadScreener}, with the loaded document too, for a command that also lints it (preview). */
export async function loadCompiled(
  file: string,
  io: CliIO,
): Promise<{ doc: CriteriaDocument; screener: Screener } | null> {
  try {
    const doc = await loadCriteria(resolve(io.cwd, file))
    return { doc, screener: compileCriteria(doc) }
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
