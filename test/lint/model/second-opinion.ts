// Does a learned second opinion for grounds earn its place next to the rules? (issue #23, after round AB)
//
// For each of the last eight rounds (U … AB), a 9-class softmax over hashed features is trained on
// the labelled corpora, the generated ordinary file texts (background.ts) and only the rounds
// written before it; its thresholds come from 5-fold cross-validation on that training set alone,
// with targets fixed beforehand (per kind: out of fold, added findings on texts where the rules find
// nothing are right at least 9 times in 10 over at least 15 additions, and fall on at most 1 in 100
// generated ordinary texts; a kind that cannot meet both is not read). The round is then measured
// as measure-round.ts counts it, the entry placed in a small file beside ordinary texts: the rules'
// findings (at the round's first-run commit, and today), plus a warning wherever the model reads a
// ground in a text in which the rules found none (the entry, and the file's other texts).
// Last, the model trained on everything is run over the repository's own criteria files (gate.ts).
//
// Run: npx tsx test/lint/model/second-opinion.ts [--bits 13] [--min-words 2] [--epochs 20]
//      [--rounds u,v] [--gate-only] [--write src/lint/model/ground-weights.ts] [--json out.json]
// The rules' findings are read from rules-then/then-x.json (the rules at round x's first-run commit, stored) and,
// if present, rules-then/today-x.json (today's rules); both are written by rules-findings.ts (see README).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { findProtectedGrounds } from '../../../src/index'
import { BACKGROUND } from './background'
import { type Example, FILES, GROUNDS, loadFile, ROUNDS } from './data'
import { features } from './features'
import { gateTexts } from './gate'
import { dequantise, type Model, predict, train } from './softmax'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1]! : fallback
}
const BITS = Number(arg('--bits', '13'))
const MIN_WORDS = Number(arg('--min-words', '2'))
const EPOCHS = Number(arg('--epochs', '20'))
const FINDINGS = arg('--findings', new URL('./rules-then', import.meta.url).pathname)
const TARGETS = ['u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].map((r) => `round-${r}`)
const chosen = arg('--rounds', '')
  .split(',')
  .filter(Boolean)
  .map((r) => `round-${r}`)
/** Targets fixed beforehand. */
const ADD_PRECISION = 0.9
const MIN_ADDS = 15
const BACKGROUND_RATE = 0.01
/** Over which labelled texts added findings must be right 9 times in 10: all of them, or those where today's rules find nothing. */
const POPULATION = arg('--population', 'all')
const CURVE = process.argv.includes('--curve')
const FIXED = Number(arg('--fixed', 'NaN'))
const KINDS = ['label', 'value', 'reason', 'title'] as const
type Kind = (typeof KINDS)[number]
/** The kind the model reads a text as (a note as a label); a field name (an identifier) is never read. */
const kindOf = (k: string): Kind | undefined =>
  k === 'note' ? 'label' : (KINDS as readonly string[]).includes(k) ? (k as Kind) : undefined
const wordCount = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length

const gate = await gateTexts()
const gateSet = new Set(gate.texts.map((t) => t.text.toLowerCase()))
// The gate stays unseen: a generated text that a repository file also holds is left out.
const background = BACKGROUND.filter((b) => !gateSet.has(b.text.toLowerCase()))

const rulesCache = new Map<string, string[]>()
/** The grounds today's rules find in a bare text (for the calibration population only). */
const rulesOn = (e: { text: string; kind: string; lang: string; read?: boolean }) => {
  const k = `${e.lang}\u0000${e.kind}\u0000${e.read}\u0000${e.text}`
  let v = rulesCache.get(k)
  if (!v) {
    v = findProtectedGrounds(e.text, {
      kind: e.kind as 'label',
      language: e.lang as 'sv',
      read: e.read ?? true,
    }).map((m) => m.ground as string)
    rulesCache.set(k, v)
  }
  return v
}

const fit = (xs: Example[]) =>
  train(
    xs.map((e) => features(e, BITS)),
    xs.map((e) => GROUNDS.indexOf(e.ground)),
    BITS,
    GROUNDS.length,
    { epochs: EPOCHS },
  )
/** Weight levels: 127 (int8) or 7 (int4, two weights a byte). */
const LEVELS = Number(arg('--levels', '127'))
const int8 = (m: Model) => {
  let max = 0
  for (const w of m.weights) max = Math.max(max, Math.abs(w))
  const scale = max / LEVELS
  const q = new Int8Array(m.weights.length)
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i]! / scale)
  return { model: dequantise(BITS, GROUNDS.length, scale, q), scale, q }
}
const top = (p: Float64Array) => {
  let best = 1
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c
  return best
}

/** Per-kind thresholds from out-of-fold probabilities on the training set. */
function calibrate(train: Example[]): Record<Kind, number> {
  const K = 5
  const oof: Float64Array[] = new Array(train.length)
  for (let f = 0; f < K; f++) {
    const m = int8(fit(train.filter((_, i) => i % K !== f))).model
    train.forEach((e, i) => {
      if (i % K === f) oof[i] = predict(m, features(e, BITS))
    })
  }
  const out = {} as Record<Kind, number>
  for (const kind of KINDS) {
    const idx = train
      .map((_, i) => i)
      .filter((i) => kindOf(train[i]!.kind) === kind && wordCount(train[i]!.text) >= MIN_WORDS)
    const labelled = idx.filter(
      (i) => train[i]!.file !== 'background' && (POPULATION === 'all' || rulesOn(train[i]!).length === 0),
    )
    const bg = idx.filter((i) => train[i]!.file === 'background')
    out[kind] = Infinity
    for (let t = 0.3; t < 0.995; t += 0.01) {
      let n = 0
      let ok = 0
      for (const i of labelled) {
        const p = oof[i]!
        const g = top(p)
        if (p[g]! >= t) {
          n++
          if (GROUNDS[g] === train[i]!.ground) ok++
        }
      }
      const bgAdds = bg.filter((i) => oof[i]![top(oof[i]!)]! >= t).length
      if (CURVE && Math.round(t * 100) % 5 === 0)
        console.log(
          `    ${kind} P ≥ ${t.toFixed(2)}: ${ok} right of ${n} added where the rules find nothing (of ${labelled.length}, ${labelled.filter((i) => train[i]!.ground !== 'none').length} real); ${bgAdds} of ${bg.length} background`,
        )
      if (out[kind] === Infinity && n >= MIN_ADDS && ok / n >= ADD_PRECISION && bgAdds <= BACKGROUND_RATE * bg.length) {
        out[kind] = +t.toFixed(2)
        if (!CURVE) break
      }
    }
  }
  if (!Number.isNaN(FIXED)) for (const kind of KINDS) out[kind] = FIXED
  return out
}

/** The model's warning on one text, if any: the ground when its probability clears the kind's threshold. */
function warn(
  m: Model,
  th: Record<Kind, number>,
  e: { text: string; kind: string; lang: string; read?: boolean },
): string | undefined {
  const kind = kindOf(e.kind)
  // A template's expressions are filled in later ("{{date}}"): the model reads the words around them.
  const text = e.text.replace(/\{\{[^}]*\}\}/g, ' ')
  if (!kind || wordCount(text) < MIN_WORDS) return undefined
  const p = predict(m, features({ ...e, text, kind }, BITS))
  const g = top(p)
  return p[g]! >= th[kind] ? GROUNDS[g] : undefined
}

/** The file's other texts beside an entry, as measure-round.ts places it. */
function others(e: Example): { text: string; kind: string; lang: string; read: boolean }[] {
  const sv = e.lang === 'sv'
  const o = [
    { text: sv ? 'Har du B-körkort?' : 'Do you hold a driving licence?', kind: 'label', lang: e.lang, read: true },
  ]
  if (e.kind !== 'title')
    o.push({ text: sv ? 'Lagerarbetare' : 'Warehouse worker', kind: 'title', lang: e.lang, read: true })
  o.push({ text: sv ? 'B-körkort' : 'a driving licence', kind: 'reason', lang: e.lang, read: true })
  if (e.kind === 'name') o.push({ text: sv ? 'Svar' : 'Answer', kind: 'label', lang: e.lang, read: e.read ?? true })
  if (e.kind === 'value') {
    o.push({
      text: sv ? 'Välj det som stämmer' : 'Choose what applies',
      kind: 'label',
      lang: e.lang,
      read: e.read ?? true,
    })
    o.push({ text: sv ? 'Inget av dessa' : 'None of these', kind: 'value', lang: e.lang, read: e.read ?? true })
  }
  return o
}

type Finding = { ground: string; severity: string }
function count(entries: Example[], found: (e: Example) => Finding[]) {
  const correct = entries.filter((e) => e.ground !== 'none' && found(e).some((f) => f.ground === e.ground)).length
  const flagged = entries.filter((e) => found(e).length > 0).length
  const real = entries.filter((e) => e.ground !== 'none').length
  const ordinary = entries.length - real
  const oe = entries.filter((e) => e.ground === 'none' && found(e).some((f) => f.severity === 'error')).length
  return {
    recall: correct / Math.max(1, real),
    precision: correct / Math.max(1, flagged),
    oe,
    ordinary,
    correct,
    flagged,
  }
}
const f2 = (x: number) => x.toFixed(2)

const rows: Record<string, unknown>[] = []
if (!process.argv.includes('--gate-only'))
  for (const round of chosen.length ? chosen : TARGETS) {
    const later = TARGETS.slice(TARGETS.indexOf(round))
    const rounds = ROUNDS.filter((r) => !later.includes(r))
    const trainSet = [...FILES.flatMap(loadFile), ...rounds.flatMap(loadFile), ...background]
    const t0 = performance.now()
    const th = calibrate(trainSet)
    const { model } = int8(fit(trainSet))
    const secs = ((performance.now() - t0) / 1000).toFixed(0)
    const test = loadFile(round)
    const stored = (which: string) =>
      JSON.parse(readFileSync(`${FINDINGS}/${which}-${round.slice(6)}.json`, 'utf8')) as Record<string, Finding[]>
    const then = stored('then')
    const today = existsSync(`${FINDINGS}/today-${round.slice(6)}.json`) ? stored('today') : undefined
    const adds = new Map<Example, Finding[]>()
    for (const e of test) {
      const a: Finding[] = []
      for (const o of others(e)) {
        const g = warn(model, th, o)
        if (g) a.push({ ground: g, severity: 'warning' })
      }
      adds.set(e, a)
    }
    const withModel = (rules: Record<string, Finding[]>) => (e: Example) => {
      const r = rules[`${round}#${e.index}`] ?? []
      const g = r.length ? undefined : warn(model, th, e)
      return [...r, ...adds.get(e)!, ...(g ? [{ ground: g, severity: 'warning' }] : [])]
    }
    for (const lang of ['sv', 'en'] as const) {
      const es = test.filter((e) => e.lang === lang)
      const row: Record<string, unknown> = { round, lang, th, trainTexts: trainSet.length, secs }
      const cells: [string, (e: Example) => Finding[]][] = [
        ['then', (e) => then[`${round}#${e.index}`] ?? []],
        ['then+model', withModel(then)],
      ]
      if (today) cells.push(['today', (e) => today[`${round}#${e.index}`] ?? []], ['today+model', withModel(today)])
      const line = [`${round.slice(6).toUpperCase().padEnd(2)} ${lang}`]
      for (const [name, fn] of cells) {
        const c = count(es, fn)
        row[name] = c
        line.push(`${name} ${f2(c.recall)}/${f2(c.precision)}/${c.oe}`)
      }
      // What the model added on the entry itself, right and wrong, over the rules then.
      const added = es
        .map((e) => [e, withModel(then)(e).slice((then[`${round}#${e.index}`] ?? []).length)] as const)
        .filter(([, a]) => a.length)
      const right = added.filter(([e, a]) => a.some((f) => f.ground === e.ground)).length
      line.push(`adds ${right} right of ${added.length}`)
      console.log(`${line.join('  ')}  thresholds ${JSON.stringify(th)} (${secs} s)`)
      if (process.argv.includes('--misses'))
        for (const [e, a] of added)
          console.log(
            `    ${a.some((f) => f.ground === e.ground) ? '+' : '-'} ${e.kind} [${e.ground}] "${e.text}" → ${a.map((f) => f.ground).join(', ')}`,
          )
      rows.push(row)
    }
  }

// The model on every labelled text and background, its thresholds, and the gate.
const everything = [...FILES.flatMap(loadFile), ...ROUNDS.flatMap(loadFile), ...background]
const th = calibrate(everything)
const { model, scale, q } = int8(fit(everything))
let warned = 0
let ruled = 0
const warnings: string[] = []
for (const t of gate.texts) {
  const rules = rulesOn(t)
  if (rules.length) {
    ruled++
    continue
  }
  const g = warn(model, th, t)
  if (g) {
    warned++
    warnings.push(`  ${t.file}: ${t.kind} "${t.text}" → ${g}`)
  }
}
// int4: two weights a byte (low nibble first), each stored as its value + 8.
const bytes =
  LEVELS <= 7
    ? Uint8Array.from({ length: Math.ceil(q.length / 2) }, (_, i) => (q[2 * i]! + 8) | (((q[2 * i + 1] ?? 0) + 8) << 4))
    : new Uint8Array(q.buffer)
const b64 = Buffer.from(bytes).toString('base64')
console.log(
  `model on all ${everything.length} texts: thresholds ${JSON.stringify(th)}; weights ${bytes.length} bytes int8, ${gzipSync(bytes, { level: 9 }).length} gzipped; base64 ${b64.length}, ${gzipSync(b64, { level: 9 }).length} gzipped`,
)
console.log(
  `gate: ${gate.files} criteria files, ${gate.texts.length} texts; the rules find a ground in ${ruled}; the model warns on ${warned} of the other ${gate.texts.length - ruled}`,
)
for (const w of warnings) console.log(w)
const out = arg('--json', '')
if (out)
  writeFileSync(out, JSON.stringify({ rows, th, gate: { texts: gate.texts.length, ruled, warned, warnings } }, null, 1))
const w = arg('--write', '')
if (w) {
  if (LEVELS > 7) throw new Error('--write needs --levels 7: the lint decodes int4 weights')
  writeFileSync(
    w,
    `// Generated by test/lint/model/second-opinion.ts --write: int4 weights of the ground model (2^${BITS} buckets of hashed\n// features × ${GROUNDS.length} classes), trained on ${everything.length} texts: the labelled corpora, every round already read and ${background.length}\n// generated ordinary file texts (background.ts). Do not edit.\n/** Bits of the feature hash. */\nexport const BITS = ${BITS}\n/** The classes in weight order. */\nexport const CLASSES = ${JSON.stringify(GROUNDS)} as const\n/** A weight is its int4 value times this. */\nexport const SCALE = ${scale}\n/** The fewest words a text needs before the model reads it. */\nexport const MIN_WORDS = ${MIN_WORDS}\n/**\n * Per kind, the probability at which a ground is reported (5-fold cross-validation: added findings right 9 times in 10,\n * at most 1 in 100 generated ordinary file texts); a kind without one is not read.\n */\nexport const THRESHOLDS: Readonly<Partial<Record<string, number>>> = ${JSON.stringify(Object.fromEntries(Object.entries(th).filter(([, v]) => Number.isFinite(v))))}\n/** int4 weights, bucket-major (bucket * classes + class), two a byte (low nibble first, value + 8), base64. */\nexport const WEIGHTS = '${b64}'\n`,
  )
  console.log(`wrote ${w}`)
}
