// The personal-reason reader of the fairness lint (issue #23, eighth pass): a binary logistic
// model, "does this reason judge the person rather than name a requirement", over the same hashed
// features as the ordinary-text veto (features.ts). The lint asks it about a candidate-facing
// reason in which the word lists found nothing, so it can only add a finding, never remove one.
//
// Trains on every labelled reason of the tuned corpora, the personal-reason fixtures and the
// rounds already read (test/lint/rounds/, each first run recorded in its header before any
// tuning); a round not yet run is never trained on. Reasons labelled with a ground are left out
// (they are neither). Picks the threshold by 5-fold cross-validation with a target fixed
// beforehand (out of fold, at most 1 in 500 requirement reasons read as personal), reports
// leave-one-round-out figures, size and speed, and with --write generates
// src/lint/model/personal-weights.ts.
// Run: npx tsx test/lint/model/personal.ts [--bits 13] [--target 0.002] [--write]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { parse } from 'yaml'
import { FIXTURES } from './data'
import { features } from './features'
import { predict, quantise, train } from './softmax'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const BITS = arg('--bits', 13)
const TARGET = arg('--target', 0.002)
const ROUNDS = new URL('../rounds/', import.meta.url).pathname

interface Reason {
  source: string
  lang: 'sv' | 'en'
  text: string
  personal: boolean
}

/** The reasons of one labelled file: entries with `personal`, and reasons labelled with no ground (requirements). */
function reasons(path: string, source: string): Reason[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'))
  if (!Array.isArray(raw)) return []
  return (raw as Record<string, unknown>[]).flatMap((e) => {
    if (typeof e?.text !== 'string' || (e.lang !== 'sv' && e.lang !== 'en')) return []
    if (typeof e.personal === 'boolean') return [{ source, lang: e.lang, text: e.text, personal: e.personal }]
    if (e.kind === 'reason' && (e.ground ?? 'none') === 'none')
      return [{ source, lang: e.lang, text: e.text, personal: false }]
    return []
  })
}

const fixtureFiles = readdirSync(FIXTURES).filter((f) => /^(grounds-corpus|personal-reasons).*\.yaml$/.test(f))
const roundFiles = readdirSync(ROUNDS).filter((f) => f.endsWith('.yaml'))
const all: Reason[] = [
  ...fixtureFiles.flatMap((f) => reasons(`${FIXTURES}/${f}`, f)),
  ...roundFiles.flatMap((f) => reasons(ROUNDS + f, f)),
]
const x = (r: Reason) => features({ lang: r.lang, kind: 'reason', read: true, text: r.text }, BITS)

/** Logit weights for "personal": the difference of the two classes' weights of a 2-class softmax. */
function fit(rs: Reason[]): Float32Array {
  const m = train(
    rs.map(x),
    rs.map((r) => (r.personal ? 1 : 0)),
    BITS,
    2,
  )
  const d = new Float32Array(1 << BITS)
  for (let j = 0; j < d.length; j++) d[j] = m.weights[j * 2 + 1]! - m.weights[j * 2]!
  return d
}
const p = (d: ArrayLike<number>, r: Reason, scale = 1) => {
  const f = x(r)
  let z = 0
  for (const j of f) z += d[j]! * scale
  return 1 / (1 + Math.exp(-z / Math.sqrt(f.length)))
}
void predict

const positives = all.filter((r) => r.personal).length
console.log(
  `${all.length} reasons (${positives} personal) from ${fixtureFiles.length} fixture files and ${roundFiles.length} rounds`,
)
const K = 5
const oof = new Float64Array(all.length)
let t = performance.now()
for (let f = 0; f < K; f++) {
  const d = fit(all.filter((_, i) => i % K !== f))
  all.forEach((r, i) => {
    if (i % K === f) oof[i] = p(d, r)
  })
}
console.log(`5-fold CV in ${((performance.now() - t) / 1000).toFixed(1)} s`)
const negatives = all.length - positives
let threshold = 0.99
for (let c = 500; c <= 990; c += 5) {
  const th = c / 1000
  const alarms = all.filter((r, i) => !r.personal && oof[i]! >= th).length
  if (alarms / negatives <= TARGET) {
    threshold = th
    break
  }
}
const caught = all.filter((r, i) => r.personal && oof[i]! >= threshold).length
const alarms = all.filter((r, i) => !r.personal && oof[i]! >= threshold)
console.log(
  `threshold ${threshold} (target: at most ${TARGET * 1000} in 1000 requirement reasons out of fold): recall ${caught} of ${positives}, requirement reasons read as personal ${alarms.length} of ${negatives}`,
)
// Soft requirements (an interest, a working style) are where a reader of single words and a model alike go wrong.
const soft = all.map((r, i) => [r, oof[i]!] as const).filter(([r]) => r.source.includes('soft') && !r.personal)
console.log(
  `  of them soft requirements (personal-reasons-soft.yaml): ${soft.filter(([, q]) => q >= threshold).length} of ${soft.length} out of fold`,
)
for (const r of alarms) console.log(`  out of fold: ${r.source} ${r.lang} "${r.text}"`)

// Leave one round out: the model never saw the round, as a fresh round will be met.
for (const round of roundFiles) {
  const d = fit(all.filter((r) => r.source !== round))
  for (const lang of ['sv', 'en'] as const) {
    const held = all.filter((r) => r.source === round && r.lang === lang)
    const pos = held.filter((r) => r.personal)
    const hit = pos.filter((r) => p(d, r) >= threshold).length
    const fa = held.filter((r) => !r.personal && p(d, r) >= threshold).length
    console.log(
      `  without ${round} ${lang}: recall ${hit} of ${pos.length}, requirement reasons read as personal ${fa} of ${held.length - pos.length}`,
    )
  }
}

t = performance.now()
const d = fit(all)
console.log(`trained on all ${all.length} reasons in ${((performance.now() - t) / 1000).toFixed(1)} s`)
const { scale, q } = quantise({ bits: BITS, classes: 1, weights: d })
const bytes = new Uint8Array(q.buffer)
const b64 = Buffer.from(bytes).toString('base64')
console.log(
  `weights: ${bytes.length} bytes int8, base64 ${b64.length} bytes, ${gzipSync(b64, { level: 9 }).length} gzipped`,
)
t = performance.now()
for (let r = 0; r < 5; r++) for (const e of all) p(q, e, scale)
console.log(`inference: ${(((performance.now() - t) / 5 / all.length) * 1000).toFixed(1)} µs per reason`)
if (process.argv.includes('--write')) {
  const out = new URL('../../../src/lint/model/personal-weights.ts', import.meta.url)
  writeFileSync(
    out,
    `// Generated by test/lint/model/personal.ts --write: int8 logit weights of the personal-reason reader (2^${BITS} buckets of\n// hashed features), trained on ${all.length} labelled reasons (${positives} personal) of test/fixtures/lint and the rounds already read. Do not edit.\n/** Bits of the feature hash. */\nexport const BITS = ${BITS}\n/** A weight is its int8 value times this. */\nexport const SCALE = ${scale}\n/** P(personal) at which a reason is a finding: in 5-fold cross-validation at most ${TARGET * 1000} in 1000 requirement reasons reached it. */\nexport const THRESHOLD = ${threshold}\n/** int8 weights, one per bucket, base64. */\nexport const WEIGHTS = '${b64}'\n`,
  )
  console.log(`wrote ${out.pathname}`)
}
