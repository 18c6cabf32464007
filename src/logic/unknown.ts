/**
 * The value of a part of a rule that depends on answers the application does not give in a
 * usable form: unanswered, invalid, or marked for a person. It carries what it depends on, so
 * that a criterion left undecided names exactly the answers that could decide it.
 * @example
 * ```ts
 * const r = testThreeValued(engine, rule, answers, { gaps })
 * if (r instanceof Unknown) console.log('a person decides; it depends on', r.fields, r.notes)
 * ```
 * @category Rules engine
 */
export class Unknown {
  constructor(
    /** Fields whose answers could decide the value. */
    readonly fields: readonly string[],
    /** Reviewer-facing notes of `review` operators reached. */
    readonly notes: readonly string[] = [],
  ) {}

  /** One unknown depending on everything the given ones depend on. */
  static merge(all: readonly Unknown[]): Unknown {
    if (all.length === 1) return all[0]!
    return new Unknown([...new Set(all.flatMap((u) => u.fields))], [...new Set(all.flatMap((u) => u.notes))])
  }
}

/** An array built by the rule whose items are partly unknown: `[{"var": "a"}, "x"]` with `a` unanswered. */
export class PartialList {
  constructor(readonly items: readonly unknown[]) {}
}

/** The unknowns among some values (an unknown itself, or the unknown items of a partial list), merged; null when all are known. */
export function unknownIn(values: readonly unknown[]): Unknown | null {
  const found: Unknown[] = []
  const visit = (v: unknown): void => {
    if (v instanceof Unknown) found.push(v)
    else if (v instanceof PartialList) v.items.forEach(visit)
  }
  values.forEach(visit)
  return found.length ? Unknown.merge(found) : null
}

/** Deep equality of JSON values, for "both branches give the same value". */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return (
      ka.length === kb.length &&
      ka.every(
        (k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    )
  }
  return false
}
