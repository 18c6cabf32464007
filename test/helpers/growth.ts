// Growth, not time: how the cost of a step grows as its input doubles. A fixed timeout passes on
// an idle machine and fails on a busy one, and it cannot tell a linear walk from a quadratic
// one at small sizes; the exponent of the growth can. The cost is the CPU time the process
// spent (process.cpuUsage, in microseconds), not the wall clock: time spent waiting while other
// processes had the cores is not ours. Each size is measured a few times and the cheapest run
// kept (a short step runs several times per sample), then the exponent is the slope of log(cost) over log(size), fitted by least squares:
// about 1 for linear work, 2 for quadratic.

/** Node's collector, when started with --expose-gc (vitest.config.ts does). */
const gc = (globalThis as { gc?: () => void }).gc

export interface Growth {
  sizes: number[]
  /** Least CPU time per size, in milliseconds. */
  times: number[]
  /** The fitted exponent: time grows as size^exponent. */
  exponent: number
  /** For failure messages: "4000: 3.1 ms, 8000: 6.0 ms, …". */
  table: string
}

/**
 * Times `prepare(size)`'s returned step at each size (input built outside the timing).
 * Sizes should double (or more) from one to the next.
 */
export function growth(prepare: (size: number) => () => unknown, sizes: number[], repeats = 5): Growth {
  prepare(sizes[0]!)() // warm the code paths once
  const times = sizes.map((size) => {
    const step = prepare(size)
    // A sample of a few milliseconds is mostly noise: short steps run several times per sample.
    const once = cpu(step)
    const runs = Math.max(1, Math.min(50, Math.ceil(MIN_SAMPLE / Math.max(once, 0.01))))
    let best = Infinity
    for (let i = 0; i < repeats; i++) {
      gc?.() // garbage of the previous run is not this run's cost
      best = Math.min(
        best,
        cpu(() => {
          for (let k = 0; k < runs; k++) step()
        }) / runs,
      )
    }
    return Math.max(best, 0.01)
  })
  return fit(sizes, times)
}

/** Milliseconds of CPU time a step takes. */
function cpu(step: () => unknown): number {
  const start = process.cpuUsage()
  step()
  const spent = process.cpuUsage(start)
  return (spent.user + spent.system) / 1000
}
/** The least CPU time one sample is worth measuring for, in milliseconds. */
const MIN_SAMPLE = 20

/**
 * The largest exponent a linear step may show. Linear walks over nested data measure 1.0-1.3
 * here (caches and the collector cost more as the data outgrows them); a quadratic one measures
 * 1.8 and up.
 */
export const LINEAR = 1.5

/** {@link growth} for steps that return a promise (readers of streams). */
export async function growthAsync(
  prepare: (size: number) => () => Promise<unknown>,
  sizes: number[],
  repeats = 5,
): Promise<Growth> {
  await prepare(sizes[0]!)()
  const times: number[] = []
  for (const size of sizes) {
    const step = prepare(size)
    const time = async (runs: number) => {
      const start = process.cpuUsage()
      for (let k = 0; k < runs; k++) await step()
      const spent = process.cpuUsage(start)
      return (spent.user + spent.system) / 1000 / runs
    }
    const runs = Math.max(1, Math.min(50, Math.ceil(MIN_SAMPLE / Math.max(await time(1), 0.01))))
    let best = Infinity
    for (let i = 0; i < repeats; i++) {
      gc?.()
      best = Math.min(best, await time(runs))
    }
    times.push(Math.max(best, 0.01))
  }
  return fit(sizes, times)
}

function fit(sizes: number[], times: number[]): Growth {
  const xs = sizes.map(Math.log)
  const ys = times.map(Math.log)
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  const exponent = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0)
  return { sizes, times, exponent, table: sizes.map((s, i) => `${s}: ${times[i]!.toFixed(1)} ms`).join(', ') }
}
