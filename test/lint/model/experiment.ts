// The comparison of issue #23's model experiment: rules alone (at the commit before the test file
// was tuned on), the model alone, and rules + model (the model adds a warning when confident, and
// optionally vetoes a rule finding when very confident the text is ordinary), on two splits.
// Run: npx tsx test/lint/model/experiment.ts [--bits 14] [--misses]
// Needs rules-before-4.json and rules-before-3.json (written by rules-findings.ts, see README.md).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FILES, GROUNDS, loadAll, type Example } from './data'
import { features } from './features'
import { predict, quantise, dequantise, type TrainOptions } from './softmax'
import { calibrateThresholds, fitModel, outOfFoldProbs, topGround } from './calibrate'

const here = dirname(fileURLToPath(import.meta.url))
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : def
}
const BITS = Number(arg('bits', '14'))
const OPTS: TrainOptions = {
  epochs: Number(arg('epochs', '30')),
  rate: Number(arg('rate', '0.5')),
  l2: Number(arg('l2', '1e-5')),
}
/** Targets fixed before looking at any test figure: an added warning right 9 times in 10 on the
 * training folds, a veto wrong (a real case) at most 2 times in 100. */
const ADD_PRECISION = Number(arg('add-precision', '0.9'))
const VETO_PRECISION = Number(arg('veto-precision', '0.98'))

interface Finding {
  ground: string
  severity: string
}

const featurise = (e: Example) => features(e, BITS)
const fit = (examples: Example[]) => fitModel(examples, BITS, OPTS)
const outOfFold = (examples: Example[]) => outOfFoldProbs(examples, BITS, OPTS)
const calibrate = (examples: Example[], probs: Float64Array[]) =>
  calibrateThresholds(examples, probs, ADD_PRECISION, VETO_PRECISION)

/** The issue's figures, as measure-round.ts counts them. */
function figures(examples: Example[], findingsOf: (e: Example, i: number) => Finding[]) {
  const out = {} as Record<'sv' | 'en', { recall: number; precision: number; errors: string; flagged: number }>
  for (const lang of ['sv', 'en'] as const) {
    let correct = 0,
      flagged = 0,
      errors = 0,
      real = 0,
      ordinary = 0
    examples.forEach((e, i) => {
      if (e.lang !== lang) return
      const found = findingsOf(e, i)
      if (found.length) flagged++
      if (e.ground !== 'none') {
        real++
        if (found.some((f) => f.ground === e.ground)) correct++
      } else {
        ordinary++
        if (found.some((f) => f.severity === 'error')) errors++
      }
    })
    out[lang] = {
      recall: +(correct / real).toFixed(2),
      precision: +(correct / Math.max(1, flagged)).toFixed(2),
      errors: `${errors} of ${ordinary}`,
      flagged,
    }
  }
  return out
}

function row(name: string, f: ReturnType<typeof figures>) {
  const s = f.sv,
    e = f.en
  return `| ${name.padEnd(34)} | ${s.recall.toFixed(2)} | ${s.precision.toFixed(2)} | ${String(s.errors).padStart(9)} | ${e.recall.toFixed(2)} | ${e.precision.toFixed(2)} | ${String(e.errors).padStart(9)} |`
}

function runSplit(name: string, testFiles: string[], heldOut: string[], rulesJson: string, trainFiles?: string[]) {
  const trainSet = loadAll((trainFiles ?? FILES.filter((f) => !heldOut.includes(f))) as string[])
  const test = loadAll(testFiles)
  const rules = JSON.parse(readFileSync(join(here, rulesJson), 'utf8')) as Record<string, Finding[]>
  const t0 = performance.now()
  const oof = outOfFold(trainSet)
  const { tAdd, tVeto } = calibrate(trainSet, oof)
  const cvAlone = figures(trainSet, (_, i) =>
    topGround(oof[i]!) && oof[i]![0]! < 0.5 ? [{ ground: GROUNDS[topGround(oof[i]!)]!, severity: 'error' }] : [],
  )
  const full = fit(trainSet)
  const { scale, q } = quantise(full)
  const model = dequantise(BITS, GROUNDS.length, scale, q)
  const probs = test.map((e) => predict(model, featurise(e)))
  const seconds = ((performance.now() - t0) / 1000).toFixed(1)
  const ruleF = (e: Example) =>
    rules[`${e.file}#${e.index}`] ??
    (() => {
      throw new Error(`no rule findings for ${e.file}#${e.index}`)
    })()
  const alone = (p: Float64Array): Finding[] => {
    let best = 0
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
    return best === 0 ? [] : [{ ground: GROUNDS[best]!, severity: 'error' }]
  }
  const added = (_e: Example, p: Float64Array, base: Finding[]): Finding[] => {
    const g = topGround(p)
    if (p[g]! >= tAdd && !base.some((f) => f.ground === GROUNDS[g]!))
      return [...base, { ground: GROUNDS[g]!, severity: 'warning' }]
    return base
  }
  const vetoed = (p: Float64Array, base: Finding[]) => (p[0]! >= tVeto ? [] : base)
  const downgraded = (p: Float64Array, base: Finding[]) =>
    p[0]! >= tVeto ? base.map((f) => ({ ...f, severity: 'warning' })) : base
  console.log(
    `\n### ${name}: test ${testFiles.join(' + ')} (sv ${test.filter((e) => e.lang === 'sv').length}, en ${test.filter((e) => e.lang === 'en').length} texts); train ${trainSet.length} texts from ${(trainFiles ?? FILES.filter((f) => !heldOut.includes(f))).join(', ')}`,
  )
  console.log(
    `thresholds from 5-fold CV on the training set: add when P(ground) >= ${tAdd}, veto when P(none) >= ${tVeto}; model alone on the folds: sv ${cvAlone.sv.recall}/${cvAlone.sv.precision}, en ${cvAlone.en.recall}/${cvAlone.en.precision}; ${seconds} s\n`,
  )
  console.log(
    '| | sv recall | sv precision | sv ordinary as errors | en recall | en precision | en ordinary as errors |',
  )
  console.log('|---|---|---|---|---|---|---|')
  console.log(
    row(
      '(a) rules before',
      figures(test, (e) => ruleF(e)),
    ),
  )
  console.log(
    row(
      '(b) model alone',
      figures(test, (_, i) => alone(probs[i]!)),
    ),
  )
  console.log(
    row(
      '(c1) rules + model adds (warning)',
      figures(test, (e, i) => added(e, probs[i]!, ruleF(e))),
    ),
  )
  // In a file the model reads every text, not only the labelled one: lintEntry places each entry
  // beside a few ordinary texts (another question, its reason, the job title, an option's question).
  const fillers = (e: Example): { text: string; kind: string; read: boolean }[] => {
    const sv = e.lang === 'sv'
    const out = [{ text: sv ? 'Har du B-körkort?' : 'Do you hold a driving licence?', kind: 'label', read: true }]
    if (e.kind !== 'reason') out.push({ text: sv ? 'B-körkort' : 'a driving licence', kind: 'reason', read: true })
    if (e.kind !== 'title') out.push({ text: sv ? 'Lagerarbetare' : 'Warehouse worker', kind: 'title', read: true })
    if (e.kind === 'value')
      out.push(
        { text: sv ? 'Välj det som stämmer' : 'Choose what applies', kind: 'label', read: e.read ?? true },
        { text: sv ? 'Inget av dessa' : 'None of these', kind: 'value', read: e.read ?? true },
      )
    if (e.kind === 'name') out.push({ text: sv ? 'Svar' : 'Answer', kind: 'label', read: e.read ?? true })
    return out
  }
  const fillerAdds = (e: Example): Finding[] =>
    fillers(e).flatMap((t) => {
      const p = predict(model, features({ lang: e.lang, kind: t.kind, read: t.read, text: t.text }, BITS))
      const g = topGround(p)
      return p[g]! >= tAdd ? [{ ground: GROUNDS[g]!, severity: 'warning' }] : []
    })
  console.log(
    row(
      '(c1, in a file) model reads all texts',
      figures(test, (e, i) => [...added(e, probs[i]!, ruleF(e)), ...fillerAdds(e)]),
    ),
  )
  console.log(
    row(
      '(c2) c1 + model vetoes',
      figures(test, (e, i) => added(e, probs[i]!, vetoed(probs[i]!, ruleF(e)))),
    ),
  )
  console.log(
    row(
      '(c3) c1 + veto downgrades to warning',
      figures(test, (e, i) => added(e, probs[i]!, downgraded(probs[i]!, ruleF(e)))),
    ),
  )
  if (process.argv.includes('--misses')) {
    test.forEach((e, i) => {
      const base = ruleF(e)
      const c = added(e, probs[i]!, vetoed(probs[i]!, base))
      const diff = JSON.stringify(base.map((f) => f.ground)) !== JSON.stringify(c.map((f) => f.ground))
      if (diff)
        console.log(
          `  [${e.ground}] ${e.lang} ${e.kind} "${e.text}": rules ${base.map((f) => f.ground).join(',') || '-'} → ${c.map((f) => `${f.ground}(${f.severity[0]})`).join(',') || '-'}  p(none)=${probs[i]![0]!.toFixed(2)} top=${GROUNDS[topGround(probs[i]!)]!}:${probs[i]![topGround(probs[i]!)]!.toFixed(2)}`,
        )
    })
  }
}

runSplit('Split 1', ['tuned-4'], ['tuned-4', 'frames-4'], 'rules-before-4.json')
runSplit('Split 2', ['tuned-3'], ['tuned-3', 'frames-3'], 'rules-before-3.json')
if (process.argv.includes('--strict-time'))
  runSplit('Split 2, trained only on files that existed before tuned-3', ['tuned-3'], [], 'rules-before-3.json', [
    'corpus',
    'holdout',
    'tuned',
    'tuned-2',
    'frames',
  ])
