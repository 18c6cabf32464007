import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createContext, runInContext } from 'node:vm'
import { build } from 'esbuild'
import * as z from 'zod'
import { beforeAll, describe, expect, it } from 'vitest'
import '../../src/index'

// A browser under a Content-Security-Policy without 'unsafe-eval' reports every try at code
// generation (`new Function`), caught or not, as a securitypolicyviolation. The core bundled for
// the browser runs here in a bare context whose `Function` counts the tries: loading, compiling,
// screening, rendering and planning must try none when the caller says so (jitless), in a
// Worker, or on a page whose <meta> policy forbids it; and at most one (the library's own, never
// zod's) when nothing says. test/browser/csp.browser.ts checks the same in Chromium.
const root = join(__dirname, '../..')
const criteria = readFileSync(join(root, 'rules/frontend-developer.yaml'), 'utf8')
const application = JSON.parse(
  readFileSync(join(root, 'examples/applications/frontend-developer.jsonl'), 'utf8').split('\n')[0]!,
) as unknown
let code = ''

beforeAll(async () => {
  const entry = `import { compileCriteria, deliveryPolicy, loadCriteriaText, planDelivery, renderMessage } from ${JSON.stringify(join(root, 'src/index.ts'))}
    globalThis.run = (text, app, options) => {
      const screener = compileCriteria(loadCriteriaText(text, options), options)
      const result = screener.screen(app, { now: 'arrival' })
      const now = new Date(result.audit.evaluatedAt)
      return { outcome: result.outcome, jitless: screener.engine.jitless, text: renderMessage(result, { screener, now }).text, sendAt: planDelivery(result, deliveryPolicy(screener.criteria), { now }).sendAt }
    }`
  const r = await build({
    stdin: { contents: entry, resolveDir: __dirname, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
    target: 'es2022',
  })
  code = r.outputFiles[0]!.text
}, 60_000)

type Host = { codeGeneration: boolean; globals?: Record<string, unknown> }
function run(host: Host, options?: object) {
  const context = createContext(
    { TextEncoder, TextDecoder, URL, console, ...host.globals },
    { codeGeneration: { strings: host.codeGeneration, wasm: false } },
  )
  // Every try at code generation, counted where the code looks `Function` up.
  runInContext(
    `globalThis.tries = []
    const Real = Function
    globalThis.Function = new Proxy(Real, {
      construct(target, args) { tries.push(String(args.at(-1)).slice(0, 40)); return Reflect.construct(target, args) },
      apply(target, self, args) { tries.push(String(args.at(-1)).slice(0, 40)); return Reflect.apply(target, self, args) },
    })`,
    context,
  )
  runInContext(code, context)
  const out = (
    context as {
      run: (t: string, a: unknown, o?: object) => { outcome: string; jitless: boolean; text: string; sendAt: string }
    }
  ).run(criteria, application, options)
  return { ...out, tries: (context as { tries: string[] }).tries }
}

const metaPolicy = (content: string) => ({
  document: {
    querySelectorAll: () => [
      {
        getAttribute: (name: string) =>
          name === 'http-equiv' ? 'Content-Security-Policy' : name === 'content' ? content : null,
      },
    ],
  },
})

describe('code generation is tried only when nothing says whether the host allows it', () => {
  it('the caller says so (jitless): nothing is tried, and the result is the same', () => {
    const told = run({ codeGeneration: false }, { engine: { jitless: true } })
    expect(told.tries).toEqual([])
    expect(told.jitless).toBe(true)
    const generated = run({ codeGeneration: true })
    expect({ ...told, tries: [], jitless: true }).toEqual({ ...generated, tries: [], jitless: true })
  })

  it('a Cloudflare Worker: nothing is tried', () => {
    const r = run({ codeGeneration: false, globals: { navigator: { userAgent: 'Cloudflare-Workers' } } })
    expect(r.tries).toEqual([])
    expect(r.jitless).toBe(true)
  })

  it("a page whose <meta> policy leaves out 'unsafe-eval': nothing is tried", () => {
    const r = run({ codeGeneration: false, globals: metaPolicy("default-src 'self'; script-src 'self'") })
    expect(r.tries).toEqual([])
    expect(r.jitless).toBe(true)
    // default-src stands for script-src when the policy names none.
    expect(run({ codeGeneration: false, globals: metaPolicy("default-src 'self'") }).tries).toEqual([])
  })

  it("a <meta> policy that allows 'unsafe-eval' says nothing against it: generated code", () => {
    const r = run({ codeGeneration: true, globals: metaPolicy("script-src 'self' 'unsafe-eval'") })
    expect(r.jitless).toBe(false)
  })

  it('nothing says: the library tries once (zod never), and goes on with closures when refused', () => {
    const r = run({ codeGeneration: false })
    expect(r.tries).toEqual(['return true'])
    expect(r.jitless).toBe(true)
    expect(r.outcome).toMatch(/^(pass|reject|review)$/)
  })

  it("the library's schemas leave a program's own zod settings as they were", () => {
    expect(z.config().jitless).toBeFalsy()
  })
})
