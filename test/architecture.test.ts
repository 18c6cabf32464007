import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'

// Data flows one way: criteria -> logic -> screen -> messages, schedule, report, testing, lint
// -> node -> cli. A lower layer never imports a higher one; the core (everything but node/ and
// cli/) imports no Node built-in, so it runs in browsers, Workers, Deno and Bun.
const SRC = join(__dirname, '../src')
const LAYER: Record<string, number> = {
  'errors.ts': -1,
  'version.ts': -1,
  issues: -2,
  criteria: 0,
  time: 0.5,
  logic: 1,
  screen: 2,
  messages: 3,
  schedule: 3,
  report: 3,
  testing: 3,
  lint: 3,
  'index.ts': 4,
  node: 5,
  cli: 6,
  studio: 6,
}
// Siblings in the third layer that may read each other: messages reads schedule (reply-by dates), testing renders messages.
const ALLOWED = new Set(['messages>schedule', 'testing>messages', 'report>schedule', 'lint>messages'])

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
}
const top = (file: string) => relative(SRC, file).split('/')[0]!
const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!)

describe('architecture', () => {
  const all = files(SRC)
  it('every source file belongs to a layer', () => {
    expect(all.map(top).filter((t) => LAYER[t] === undefined)).toEqual([])
  })
  it('no layer imports a higher one', () => {
    const wrong: string[] = []
    for (const f of all)
      for (const spec of imports(f).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(f), spec)
        const from = top(f)
        const to = relative(SRC, target).startsWith('..') ? 'outside' : top(target)
        if (to === 'outside') continue
        const up = (LAYER[to] ?? 0) > LAYER[from]!
        const sideways = LAYER[to] === LAYER[from] && to !== from
        if ((up || sideways) && !ALLOWED.has(`${from}>${to}`)) wrong.push(`${relative(SRC, f)} imports ${spec}`)
      }
    expect(wrong).toEqual([])
  })
  it('the page and the CLI hold no logic the library lacks: they reach it through its public entries', () => {
    const wrong: string[] = []
    for (const f of all.filter((x) => ['studio', 'cli'].includes(top(x))))
      for (const spec of imports(f).filter((s) => s.startsWith('.'))) {
        const to = relative(SRC, resolve(dirname(f), spec)).replace(/\.js$/, '')
        const own = to.startsWith(`${top(f)}/`)
        const publicEntry = to === 'index' || to === 'node/index'
        // --version and --help read the version, the error types and the fixed vocabularies
        // without loading the library: a fast start.
        const startup = top(f) === 'cli' && ['errors', 'version', 'criteria/constants'].includes(to)
        // The page bundles the example criteria files as text (data, not logic) for "New file".
        const example = top(f) === 'studio' && /^\.\.\/\.\.\/rules\/[\w-]+\.yaml\?raw$/.test(spec)
        if (!own && !publicEntry && !startup && !example) wrong.push(`${relative(SRC, f)} imports ${spec}`)
      }
    expect(wrong).toEqual([])
  })
  it('the core imports no Node built-in', () => {
    const core = all.filter((f) => LAYER[top(f)]! <= 4)
    const wrong = core.flatMap((f) =>
      imports(f)
        .filter(
          (s) =>
            s.startsWith('node:') ||
            ['fs', 'path', 'crypto', 'os', 'url', 'util', 'stream', 'fs/promises', 'child_process'].includes(s),
        )
        .map((s) => `${relative(SRC, f)} imports ${s}`),
    )
    expect(wrong).toEqual([])
  })
  it('the core parses YAML only through parseYaml, which needs no permission in Deno', () => {
    // The YAML library's parser reads LOG_TOKENS and LOG_STREAM, which Deno refuses without --allow-env (criteria/yaml-document.ts).
    const core = all.filter((f) => LAYER[top(f)]! <= 4 && !f.endsWith('criteria/yaml-document.ts'))
    const wrong = core
      .filter((f) =>
        /^import\s*\{[^}]*\b(parseDocument|parseAllDocuments|parse|Parser|Composer)\b[^}]*\}\s*from\s*'yaml'/m.test(
          readFileSync(f, 'utf8'),
        ),
      )
      .map((f) => relative(SRC, f))
    expect(wrong).toEqual([])
  })
})
