import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { CriteriaError, runRuleTestSource, type RuleTestOptions, type RuleTestReport } from '../index.js'
import { loadCriteria, readText } from './load-criteria.js'

/**
 * Runs the cases of a rule-set test file (YAML or JSON) against its criteria file: each
 * case's application is screened and compared with the expected outcome, unmet and missing
 * criteria, near miss and message substrings, with coverage per criterion. Files named in the
 * test file are relative to it. Throws a {@link CriteriaError} when a file does not load.
 * Node only; {@link runRuleTestSource} does the same from text anywhere.
 *
 * @example
 * ```ts
 * import { runRuleTests } from 'autoscreen/node'
 * it('lagerarbetare rules', async () => {
 *   const report = await runRuleTests('rules/lagerarbetare.test.yaml')
 *   expect(report.failed).toBe(0)
 * })
 * ```
 * @category Node
 */
export async function runRuleTests(file: string, options: RuleTestOptions = {}): Promise<RuleTestReport> {
  let text: string
  try {
    text = await readText(file)
  } catch (e) {
    if (e instanceof CriteriaError) throw e
    throw new CriteriaError([{ code: 'file_unreadable', path: [], file, message: (e as Error).message }])
  }
  const here = (name: string) => resolve(dirname(file), name)
  // x.test.yaml beside x.json: the criteria file is the one of that name that exists, whatever its extension.
  const criteria = async (name: string) => {
    const path = here(name)
    const found = [path, ...['.yaml', '.yml', '.json'].map((ext) => path.replace(/\.(ya?ml|json)$/i, ext))].find((p) =>
      existsSync(p),
    )
    return loadCriteria(found ?? path)
  }
  return runRuleTestSource({ text, file, criteria, readText: (name) => readText(here(name)) }, options)
}
