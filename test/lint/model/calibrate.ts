// Training on a set of examples, out-of-fold probabilities (5 folds) and the thresholds they give:
// shared by experiment.ts (per split) and size-speed.ts (the shipped model, on every file).
import { GROUNDS, type Example } from './data'
import { features } from './features'
import { predict, train, type Model, type TrainOptions } from './softmax'

export function fitModel(examples: Example[], bits: number, opts: TrainOptions = {}): Model {
  return train(
    examples.map((e) => features(e, bits)),
    examples.map((e) => GROUNDS.indexOf(e.ground)),
    bits,
    GROUNDS.length,
    opts,
  )
}

/** Out-of-fold probabilities on the training set (k folds, deterministic by position). */
export function outOfFoldProbs(examples: Example[], bits: number, opts: TrainOptions = {}, k = 5): Float64Array[] {
  const out: Float64Array[] = new Array(examples.length)
  for (let f = 0; f < k; f++) {
    const m = fitModel(
      examples.filter((_, i) => i % k !== f),
      bits,
      opts,
    )
    examples.forEach((e, i) => {
      if (i % k === f) out[i] = predict(m, features(e, bits))
    })
  }
  return out
}

/** The most probable ground other than none (class index ≥ 1). */
export function topGround(p: Float64Array): number {
  let best = 1
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c
  return best
}

/**
 * Thresholds from out-of-fold probabilities only: the lowest at which added findings (top ground
 * ≥ t) are right `addPrecision` of the time, and the lowest at which vetoes (P(none) ≥ t) fall on
 * an ordinary text `vetoPrecision` of the time; each over at least 20 texts, else 1.
 */
export function calibrateThresholds(
  examples: Example[],
  probs: Float64Array[],
  addPrecision: number,
  vetoPrecision: number,
) {
  const cands = Array.from({ length: 99 }, (_, i) => (i + 1) / 100)
  const label = (e: Example) => GROUNDS.indexOf(e.ground)
  let tAdd = 1
  for (const t of cands) {
    let n = 0
    let ok = 0
    probs.forEach((p, i) => {
      const g = topGround(p)
      if (p[g]! >= t) {
        n++
        if (label(examples[i]!) === g) ok++
      }
    })
    if (n >= 20 && ok / n >= addPrecision) {
      tAdd = t
      break
    }
  }
  let tVeto = 1
  for (const t of cands) {
    let n = 0
    let ok = 0
    probs.forEach((p, i) => {
      if (p[0]! >= t) {
        n++
        if (examples[i]!.ground === 'none') ok++
      }
    })
    if (n >= 20 && ok / n >= vetoPrecision) {
      tVeto = t
      break
    }
  }
  return { tAdd, tVeto }
}
