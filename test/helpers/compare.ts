// Comparison helpers shared by the conformance run and the differential test.

/**
 * Equality used against expected results: deep equality where numbers are equal within 1e-10
 * and NaN equals NaN. Stricter than the community runner (no null ~ false/0/""/[]), so a pass
 * here is a pass there.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return (Number.isNaN(a) && Number.isNaN(b)) || a === b || Math.abs(a - b) < 1e-10
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort()
    const kb = Object.keys(b).sort()
    return (
      ka.length === kb.length &&
      ka.every((k, i) => k === kb[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    )
  }
  return Object.is(a, b) || a === b
}

/** Outcome of running something: a value or a thrown error. */
export type Run = { ok: true; value: unknown } | { ok: false; error: unknown }
export function attempt(f: () => unknown): Run {
  try {
    return { ok: true, value: f() }
  } catch (error) {
    return { ok: false, error }
  }
}
