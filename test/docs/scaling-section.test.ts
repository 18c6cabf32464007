import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { resultJson } from '../../src/screen/result-json'
import type { Application } from '../../src/screen/application'

// Issue #24: the integration guide's section 7, "Scaling out", as written: a worker pool with one
// compiled screener per worker. Its two files type-check with the project's settings, and, built
// as a consumer would build them (esbuild, the package's source for 'autoscreen'), the pool gives
// the results one screener gives, batch by batch, in order.
const root = join(__dirname, '../..')
const guide = readFileSync(join(root, 'docs/integration.md'), 'utf8')
const start = guide.indexOf('\n## 7. Scaling out')
const section = guide.slice(start, guide.indexOf('\n## ', start + 5))
const [worker, pool] = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)
const dir = mkdtempSync(join(tmpdir(), 'autoscreen-pool-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const index = JSON.stringify(join(root, 'src/index.js'))
const write = (name: string, code: string) => {
  const file = join(dir, name)
  writeFileSync(file, code.replaceAll("from 'autoscreen'", `from ${index}`))
  return file
}

describe('integration guide, section 7: a worker pool, one compiled screener per worker', () => {
  it('has the two files it describes', () => {
    expect(worker).toContain('compileCriteria(loadCriteriaText(workerData.criteria))')
    expect(pool).toContain("new URL('./screen-worker.js', import.meta.url)")
  })

  it('type-checks with the project’s compiler settings', () => {
    const files = [write('screen-worker.ts', worker!), write('screen-pool.ts', pool!)]
    const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
    const program = ts.createProgram(files, { ...options, noEmit: true })
    const problems = files.flatMap((file) => {
      const source = program.getSourceFile(file)!
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
        (d) =>
          `${file}:${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      )
    })
    expect(problems).toEqual([])
  }, 120_000)

  it('screens batches in workers and gives them back in order, as one screener would', async () => {
    const out = join(dir, 'out')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
    await build({
      entryPoints: {
        'screen-worker': write('screen-worker.ts', worker!),
        'screen-pool': write('screen-pool.ts', pool!),
      },
      outdir: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Some dependencies are CommonJS and require Node built-ins: the usual shim of an ESM bundle for Node.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'error',
    })
    const text = readFileSync(join(root, 'rules/frontend-developer.yaml'), 'utf8')
    const apps = readFileSync(join(root, 'examples/applications/frontend-developer.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Application)
    const broken = { ...apps[0]!, id: 'broken', submittedAt: 'yesterday' }
    const all = [...apps, broken, ...apps.map((a) => ({ ...a, id: `${a.id}-2` }))]
    writeFileSync(join(dir, 'criteria.yaml'), text)
    writeFileSync(join(dir, 'applications.json'), JSON.stringify(all))
    const main = `import { readFileSync } from 'node:fs'
import { screenPool } from './screen-pool.js'
const pool = screenPool(readFileSync(${JSON.stringify(join(dir, 'criteria.yaml'))}, 'utf8'), 'arrival', 2)
const all = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'applications.json'))}, 'utf8'))
const batches = []
for (let i = 0; i < all.length; i += 3) batches.push(all.slice(i, i + 3))
const results = await Promise.all(batches.map((batch) => pool.screen(batch)))
process.stdout.write(results.join('\\n'))
await pool.close()
`
    writeFileSync(join(out, 'main.js'), main)
    const r = spawnSync(process.execPath, [join(out, 'main.js')], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    const screener = compileCriteria(loadCriteriaText(text))
    const lines = r.stdout.split('\n')
    expect(lines).toHaveLength(all.length)
    for (const [i, application] of all.entries()) {
      if (application === broken)
        expect(JSON.parse(lines[i]!)).toEqual({ error: expect.stringContaining('submittedAt'), id: 'broken' })
      else expect(lines[i]).toBe(resultJson(screener.screen(application, { now: 'arrival' })))
    }
  }, 120_000)
})
