import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index'

// Every public export carries a TSDoc comment with an @example: typedoc builds the API
// reference from them, and an export without one is an API nobody can learn from the docs.
for (const [entry, file, names] of [
  [
    'autoscreen',
    '../src/index.ts',
    [
      'compileCriteria',
      'loadCriteriaText',
      'loadTemplates',
      'runRuleTestSource',
      'testThreeValued',
      'formatCaseSummary',
      'renderMessage',
      'planDelivery',
      'summarize',
      'isCriteriaError',
    ],
  ],
  ['autoscreen/node', '../src/node/index.ts', ['loadCriteria', 'runRuleTests', 'compileCriteria', 'renderMessage']],
] as const)
  describe(`the public API of ${entry}`, () => {
    const root = join(__dirname, file)
    const program = ts.createProgram([root], {
      strict: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
    })
    const checker = program.getTypeChecker()
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(root)!)!
    const exports = checker.getExportsOfModule(symbol)

    it('exports at least the documented entry points', () => {
      expect(exports.length).toBeGreaterThan(60)
      for (const name of names) expect(exports.map((e) => e.name)).toContain(name)
      expect(typeof api.compileCriteria).toBe('function')
    })
    it('documents every export with an @example', () => {
      const missing = exports
        .filter((e) => {
          const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e
          return !target.getJsDocTags(checker).some((t) => t.name === 'example')
        })
        .map((e) => e.name)
      expect(missing).toEqual([])
    })
  })
