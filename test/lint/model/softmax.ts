// Multinomial logistic regression over binary hashed features (each text's vector scaled to unit
// length), trained with AdaGrad and L2; inference is a sparse dot product and a softmax.

export interface Model {
  bits: number
  classes: number
  /** weights[bucket * classes + c] */
  weights: Float32Array
}

export interface TrainOptions {
  epochs?: number
  rate?: number
  l2?: number
  seed?: number
}

function mulberry32(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function predict(model: Model, x: Uint32Array): Float64Array {
  const C = model.classes
  const z = new Float64Array(C)
  const s = 1 / Math.sqrt(x.length)
  for (const j of x) for (let c = 0; c < C; c++) z[c] = z[c]! + model.weights[j * C + c]! * s
  let m = -Infinity
  for (let c = 0; c < C; c++) m = Math.max(m, z[c]!)
  let sum = 0
  for (let c = 0; c < C; c++) sum += z[c] = Math.exp(z[c]! - m)
  for (let c = 0; c < C; c++) z[c] = z[c]! / sum
  return z
}

export function train(xs: Uint32Array[], ys: number[], bits: number, classes: number, opts: TrainOptions = {}): Model {
  const epochs = opts.epochs ?? 30
  const rate = opts.rate ?? 0.5
  const l2 = opts.l2 ?? 1e-5
  const rand = mulberry32(opts.seed ?? 1)
  const C = classes
  const W = new Float32Array((1 << bits) * C)
  const G = new Float32Array((1 << bits) * C)
  const model: Model = { bits, classes, weights: W }
  const order = xs.map((_, i) => i)
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const k = Math.floor(rand() * (i + 1))
      ;[order[i], order[k]] = [order[k]!, order[i]!]
    }
    for (const i of order) {
      const x = xs[i]!
      const p = predict(model, x)
      const s = 1 / Math.sqrt(x.length)
      for (const j of x)
        for (let c = 0; c < C; c++) {
          const idx = j * C + c
          const g = (p[c]! - (ys[i] === c ? 1 : 0)) * s + l2 * W[idx]!
          G[idx] = G[idx]! + g * g
          W[idx] = W[idx]! - (rate * g) / (Math.sqrt(G[idx]!) + 1e-8)
        }
    }
  }
  return model
}

/** int8 per-class-free quantisation: one scale for all weights (max |w| → 127). */
export function quantise(model: Model): { scale: number; q: Int8Array } {
  let max = 0
  for (const w of model.weights) max = Math.max(max, Math.abs(w))
  const scale = max / 127
  const q = new Int8Array(model.weights.length)
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale)
  return { scale, q }
}

export function dequantise(bits: number, classes: number, scale: number, q: Int8Array): Model {
  const weights = new Float32Array(q.length)
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * scale
  return { bits, classes, weights }
}
