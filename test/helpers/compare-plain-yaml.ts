import { parseWithPositions } from '../../src/criteria/positions'
import { readPlainYaml } from '../../src/criteria/plain-yaml'

/** The value in a comparable form: key order kept, -0 and NaN told apart. */
function shape(v: unknown): unknown {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v
  if (Array.isArray(v)) return v.map(shape)
  if (v && typeof v === 'object')
    return [Object.getPrototypeOf(v) === Object.prototype, Object.entries(v).map(([k, x]) => [k, shape(x)])]
  return v
}

/** Every path into a value, and a few that lead nowhere. */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix)
  if (Array.isArray(v)) {
    v.forEach((x, i) => paths(x, [...prefix, i], out))
    out.push([...prefix, v.length], [...prefix, 'x'])
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out)
    out.push([...prefix, 'missing'], [...prefix, 0])
  } else out.push([...prefix, 'deeper'])
  return out
}

/**
 * Compares the plain reader with the YAML library on one text: null when they agree (or the
 * reader declined), else what differs. `declined` tells which.
 */
export function comparePlainYaml(text: string, file = 'f.yaml'): { declined: boolean; difference: string | null } {
  const fast = readPlainYaml(text, file)
  if (!fast) return { declined: true, difference: null }
  let full: ReturnType<typeof parseWithPositions>
  try {
    full = parseWithPositions(text, file)
  } catch (e) {
    return { declined: false, difference: `the library threw: ${String(e)}` }
  }
  if (full.doc.errors.length)
    return {
      declined: false,
      difference: `the library found errors: ${full.doc.errors.map((e) => e.message).join('; ')}`,
    }
  if (full.doc.warnings.length)
    return { declined: false, difference: `the library warned: ${full.doc.warnings.map((e) => e.message).join('; ')}` }
  const value = full.doc.toJS({ maxAliasCount: 100 })
  const [a, b] = [JSON.stringify(shape(fast.value)), JSON.stringify(shape(value))]
  if (a !== b) return { declined: false, difference: `value: ${a} vs ${b}` }
  for (const path of paths(value))
    for (const key of [false, true]) {
      const [x, y] = [fast.index.locate(path, { key }), full.index.locate(path, { key })]
      if (JSON.stringify(x) !== JSON.stringify(y))
        return {
          declined: false,
          difference: `locate(${JSON.stringify(path)}, key ${key}): ${JSON.stringify(x)} vs ${JSON.stringify(y)}`,
        }
    }
  return { declined: false, difference: null }
}
