// Random YAML texts for the differential test of the plain reader (src/criteria/plain-yaml.ts):
// the shapes criteria files use and their near misses, in every style the reader takes or
// declines, then mutated a character at a time. Seeded: the same seed gives the same text.

/** A small seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = [
  'id',
  'rule',
  'var',
  'en',
  'sv',
  'reason',
  'weight',
  'a',
  'b',
  'Malmö',
  'x y',
  'true',
  'null',
  '~',
  '1',
  '-1',
  '1.5',
  '0x1F',
  '0o7',
  '.inf',
  '-.inf',
  '.nan',
  '1e3',
  '007',
  '+5',
  '-0',
  '2026-12-15',
  '08:00',
  'yes',
  'No',
  'TRUE',
  'False',
  '{{min}} år',
  'C#',
  'a#b',
  'https://x.example/a',
  'a: b',
  'a:',
  ':a',
  '-a',
  '- a',
  '? a',
  '&a',
  '*a',
  '!t',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  '<<',
  '__proto__',
  'toString',
  'a,b',
  '[a]',
  '{a}',
  "it's",
  'say "hi"',
  '😀',
  'é',
  'line one',
  '.',
  '1_000',
  '0.50',
  '.5',
  '5.',
  '+.5',
  '1e-3',
  '1E+3',
  'Null',
  'NULL',
  'nul',
]
const CHARS = [
  ' ',
  ' ',
  '\n',
  '\n',
  ':',
  '-',
  '#',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '\t',
  '&',
  '*',
  '!',
  '|',
  '>',
  '?',
  'a',
  '1',
  '.',
  '\\',
  '\r',
  '\u00a0',
  '\ufeff',
  '%',
  '~',
]

type Rng = () => number
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!
const chance = (rng: Rng, p: number) => rng() < p

const COMMON = [
  'id',
  'rule',
  'var',
  'en',
  'sv',
  'reason',
  'weight',
  'Malmö',
  'x y',
  '3',
  '-1',
  '1.5',
  'true',
  'null',
  '2026-12-15',
  'B2',
  'react',
]

function scalar(rng: Rng, inFlow: boolean): string {
  const word = chance(rng, 0.92) ? pick(rng, COMMON) : pick(rng, WORDS)
  const style = rng()
  if (style < 0.15) return JSON.stringify(word)
  if (style < 0.2)
    return `"${word.replace(/"/g, '\\"')}${pick(rng, ['\\n', '\\t', '\\\\', '\\/', '\\x41', '\\u00e5', '\\e', '\\ ', ''])}"`
  if (style < 0.3) return `'${word.replace(/'/g, "''")}'`
  if (!inFlow && style < 0.4) return `${word} ${pick(rng, WORDS)}`
  return word
}

function flow(rng: Rng, depth: number): string {
  const sp = () => pick(rng, ['', ' ', ' ', '  '])
  const n = Math.floor(rng() * 4)
  const items: string[] = []
  const map = chance(rng, 0.5)
  for (let i = 0; i < n; i++) {
    const value = depth < 3 && chance(rng, 0.3) ? flow(rng, depth + 1) : scalar(rng, true)
    items.push(map ? `${scalar(rng, true)}:${pick(rng, [' ', ' ', '', '  '])}${value}` : value)
  }
  const body = items.join(`${sp()},${pick(rng, [' ', ' ', '', '\n  '])}`) + (n && chance(rng, 0.05) ? ',' : '')
  return map ? `{${sp()}${body}${sp()}}` : `[${sp()}${body}${sp()}]`
}

function filler(rng: Rng, indent: number): string {
  const r = rng()
  if (r < 0.05) return '\n'
  if (r < 0.1) return `${' '.repeat(Math.floor(rng() * (indent + 3)))}# note: a - b\n`
  if (r < 0.12) return '   \n'
  return ''
}

function block(rng: Rng, indent: number, depth: number, out: string[], first: string): void {
  const list = chance(rng, 0.35)
  const n = 1 + Math.floor(rng() * 4)
  for (let i = 0; i < n; i++) {
    const lead = i === 0 ? first : ' '.repeat(indent)
    const head = list ? `${lead}-${pick(rng, [' ', ' ', '  '])}` : `${lead}${scalar(rng, false).replace(/\n/g, '')}:`
    const r = rng()
    if (depth < 5 && r < 0.35) {
      if (list && chance(rng, 0.6)) {
        // A compact map or list inside the entry: its next keys line up with its first.
        const column = head.length - (i === 0 ? first.length - indent : 0)
        block(rng, column, depth + 1, out, head)
        continue
      }
      out.push(`${head}${chance(rng, 0.1) ? ' # c' : ''}\n${filler(rng, indent)}`)
      const deeper = indent + (chance(rng, 0.15) ? 0 : 1 + Math.floor(rng() * 3))
      block(rng, deeper, depth + 1, out, ' '.repeat(deeper))
      continue
    }
    const value = r < 0.5 ? flow(rng, 0) : r < 0.55 ? '' : scalar(rng, false)
    let line = `${head}${list ? '' : pick(rng, [' ', ' ', '  ', ''])}${value}${chance(rng, 0.1) ? pick(rng, [' # c', '#c', '  ']) : ''}\n`
    // A long text continued on deeper lines, as a YAML writer folds it.
    if (chance(rng, 0.1))
      line += `${' '.repeat(indent + pick(rng, [0, 1, 2, 4]))}${pick(rng, WORDS)}\n${chance(rng, 0.3) ? '\n' : ''}${chance(rng, 0.5) ? `${' '.repeat(indent + 2)}${pick(rng, WORDS)}\n` : ''}`
    out.push(line + filler(rng, indent))
  }
}

/** A random YAML text of the shapes criteria files use, sometimes mutated. */
export function randomYaml(seed: number): string {
  const rng = seeded(seed)
  const out: string[] = [filler(rng, 0)]
  block(rng, 0, 0, out, '')
  let text = out.join('')
  const edits = chance(rng, 0.5) ? 0 : 1 + Math.floor(rng() * 3)
  for (let i = 0; i < edits; i++) text = mutate(text, rng)
  return text
}

/** One character inserted, deleted or replaced at a random place. */
export function mutate(text: string, rng: Rng): string {
  const at = Math.floor(rng() * (text.length + 1))
  const r = rng()
  if (r < 0.33) return text.slice(0, at) + pick(rng, CHARS) + text.slice(at)
  if (r < 0.66) return text.slice(0, at) + text.slice(at + 1)
  return text.slice(0, at) + pick(rng, CHARS) + text.slice(at + 1)
}
