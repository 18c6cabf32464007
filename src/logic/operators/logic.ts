import type { Node } from '../ast.js'
import { truthy } from '../runtime.js'
import { sameJson, Unknown, unknownIn } from '../unknown.js'
import { isValueNode, type Evaluator, type Folded, type OperatorSpec, type Test, type Tri, type Typed } from './spec.js'

// and, or, !, !!, if and ?:. Where only truthiness is needed (a criterion's result, a condition,
// a quantifier's body) they become plain &&, ||, ! and ?: over their operands' truthiness; with
// unanswered fields they follow Kleene's three-valued logic.

/** `and`/`or` as a value: the first operand that decides, as json-logic-js returns it. */
function andOr(op: 'and' | 'or'): OperatorSpec {
  const stop = op === 'or' // `or` stops at the first truthy operand, `and` at the first falsy one
  return {
    description: op === 'and' ? 'true when every condition holds' : 'true when at least one condition holds',
    arity: [1, Infinity],
    returns: 'any',
    evaluate(args) {
      let cur: unknown
      for (const v of args) {
        cur = v
        if (truthy(v) === stop) return v
      }
      return cur
    },
    emit(g, args) {
      if (args.length === 0) return 'undefined'
      const t = g.temp()
      const test = op === 'and' ? '!' : ''
      let out = ''
      for (let i = 0; i < args.length - 1; i++) {
        const a = g.expr(args[i]!)
        out += g.isBoolean(args[i]!) ? `${test}(${t}=${a})?${t}:` : `${test}${g.h('truthy')}(${t}=${a})?${t}:`
      }
      return `(${out}${g.expr(args[args.length - 1]!)})`
    },
    emitTest(g, args) {
      if (args.length === 0) return 'false'
      return `(${args.map((x) => g.truthy(x)).join(op === 'and' ? '&&' : '||')})`
    },
    closure(b, args) {
      const all = args.map((n) => b.value(n))
      if (all.length === 2) {
        const [x, y] = all as [Evaluator, Evaluator]
        return stop
          ? (d, c) => {
              const v = x(d, c)
              return truthy(v) ? v : y(d, c)
            }
          : (d, c) => {
              const v = x(d, c)
              return truthy(v) ? y(d, c) : v
            }
      }
      return (d, c) => {
        let cur: unknown
        for (const f of all) {
          cur = f(d, c)
          if (truthy(cur) === stop) return cur
        }
        return cur
      }
    },
    closureTest(b, args) {
      if (args.length === 0) return () => false
      const all = args.map((n) => b.test(n))
      const [x, y] = all as [Test, Test]
      if (all.length === 1) return x
      if (all.length === 2) return stop ? (d, c) => x(d, c) || y(d, c) : (d, c) => x(d, c) && y(d, c)
      return (d, c) => {
        for (let i = 0; i < all.length; i++) if (all[i]!(d, c) === stop) return stop
        return !stop
      }
    },
    // As a value, an unknown operand makes the result unknown unless an earlier one decides.
    tri(t, args) {
      let cur: unknown
      for (let i = 0; i < args.length; i++) {
        cur = t.value(args[i]!)
        if (cur instanceof Unknown) return unknownIn(args.slice(i).map((a) => t.value(a)))
        if (truthy(cur) === stop) return cur
      }
      return cur
    },
    // Kleene: one operand that decides is enough; otherwise unknown if any operand is.
    triTruth(t, args) {
      if (args.length === 0) return false
      const unknown: Unknown[] = []
      for (const a of args) {
        const v = t.truth(a)
        if (v === stop) return stop
        if (v instanceof Unknown) unknown.push(v)
      }
      return unknown.length ? Unknown.merge(unknown) : !stop
    },
    explain(x, args, wantTrue, node) {
      // An `and` that failed: the first part that failed. An `or` that held: the first alternative that held.
      if (stop !== wantTrue) {
        const culprit = args.find((a) => x.truth(a) === !wantTrue)
        return culprit ? x.why(culprit, wantTrue) : x.leaf(node, wantTrue)
      }
      const children = args.map((a) => x.why(a, wantTrue))
      return children.length === 1 ? children[0]! : { kind: stop ? 'anyOf' : 'allOf', children }
    },
    // Grouped so precedence shows: "antingen A eller (både B och C)".
    describe(s, args) {
      if (args.length === 1) return { text: s.cond(args[0]), clause: true }
      // A part that itself says "eller" or "och" (a list of values) is parenthesised too.
      const words = [` ${s.t('eller', 'or')} `, ` ${s.t('och', 'and')} `]
      const parts = args.map((a) => {
        const c = s.cond(a)
        // Quoted questions and values may say "och" themselves: only the words outside quotes count.
        const bare = c.replace(/[”“][^”]*”/g, '')
        return !c.startsWith('(') && words.some((w) => bare.includes(w)) ? `(${c})` : c
      })
      const [p, q] = parts as [string, string]
      const text =
        op === 'and'
          ? parts.length === 2
            ? s.t(`både ${p} och ${q}`, `both ${p} and ${q}`)
            : s.t(`alla dessa: ${parts.join('; ')}`, `all of these: ${parts.join('; ')}`)
          : parts.length === 2
            ? s.t(`antingen ${p} eller ${q}`, `either ${p} or ${q}`)
            : s.t(`minst ett av dessa: ${parts.join('; ')}`, `at least one of these: ${parts.join('; ')}`)
      return { text, clause: true, group: true }
    },
    analyse: (_a, args) => sameKind(args),
    fold(f, args, node) {
      let allConst = true
      for (const a of args) {
        const r = f.fold(a)
        if (r.constant && f.truthy(r.value) === stop) return r
        if (!r.constant) allConst = false
      }
      return allConst ? f.evaluate(node) : { constant: false }
    },
  }
}

const sameKind = (ts: readonly Typed[]): Typed => {
  const kinds = new Set(ts.map((r) => r.kind))
  return { kind: kinds.size === 1 ? [...kinds][0]! : 'any' }
}

/** What `if` may return: the branches, and the final else when there is one. */
const results = <T>(args: readonly T[]): T[] => args.filter((_, i) => i % 2 === 1 || i === args.length - 1)

/** Three-valued `if` from argument `from` on: `value` or `truth` of the branch the conditions choose. */
function triIf<T>(
  t: Tri,
  args: readonly Node[],
  from: number,
  of: (n: Node) => T,
  none: T,
  same: (a: T, b: T) => boolean,
): T | Unknown {
  let i = from
  for (; i < args.length - 1; i += 2) {
    const c = t.truth(args[i]!)
    if (c === true) return of(args[i + 1]!)
    if (c instanceof Unknown) {
      // Either branch could be taken: known only when both give the same.
      const a = of(args[i + 1]!)
      const b = triIf(t, args, i + 2, of, none, same)
      if (!(a instanceof Unknown) && !(b instanceof Unknown) && same(a, b)) return a
      return Unknown.merge([c, ...[a, b].filter((v): v is Unknown => v instanceof Unknown)])
    }
  }
  return args.length === i + 1 ? of(args[i]!) : none
}

function ifSpec(op: 'if' | '?:'): OperatorSpec {
  return {
    description: op === 'if' ? 'chooses a value or condition: if, then, else if, …, else' : 'condition ? then : else',
    arity: op === 'if' ? [1, Infinity] : [3, 3],
    returns: 'any',
    emit(g, args) {
      let out = ''
      let i = 0
      for (; i < args.length - 1; i += 2) out += `${g.truthy(args[i]!)}?${g.expr(args[i + 1]!)}:`
      return `(${out}${args.length === i + 1 ? g.expr(args[i]!) : 'null'})`
    },
    emitTest(g, args) {
      let out = ''
      let i = 0
      for (; i < args.length - 1; i += 2) out += `${g.truthy(args[i]!)}?${g.truthy(args[i + 1]!)}:`
      return `(${out}${args.length === i + 1 ? g.truthy(args[i]!) : 'false'})`
    },
    closure(b, args) {
      const tests = args.map((n) => b.test(n))
      const values = args.map((n) => b.value(n))
      const n = args.length
      return (d, c) => {
        let i = 0
        for (; i < n - 1; i += 2) if (tests[i]!(d, c)) return values[i + 1]!(d, c)
        return n === i + 1 ? values[i]!(d, c) : null
      }
    },
    closureTest(b, args) {
      const parts = args.map((n) => b.test(n))
      const n = args.length
      return (d, c) => {
        let i = 0
        for (; i < n - 1; i += 2) if (parts[i]!(d, c)) return parts[i + 1]!(d, c)
        return n === i + 1 ? parts[i]!(d, c) : false
      }
    },
    tri: (t, args) => triIf(t, args, 0, (n) => t.value(n), null as unknown, sameJson),
    triTruth: (t, args) =>
      triIf<boolean | Unknown>(
        t,
        args,
        0,
        (n) => t.truth(n),
        false,
        (a, b) => a === b,
      ),
    explain(x, args, wantTrue, node) {
      let i = 0
      for (; i < args.length - 1; i += 2) {
        const c = x.truth(args[i]!)
        if (c === true) {
          const branch = args[i + 1]!
          return isValueNode(branch) ? x.why(args[i]!, false) : x.why(branch, wantTrue)
        }
        if (c instanceof Unknown) {
          // Unanswered condition, yet decided: whichever way it goes, the outcome is the same.
          const rest: Node = { k: 'op', op, args: args.slice(i + 2), at: node.at }
          const children = [x.why(args[i + 1]!, wantTrue), ...(args.length > i + 2 ? [x.why(rest, wantTrue)] : [])]
          return children.length === 1 ? children[0]! : { kind: wantTrue ? 'anyOf' : 'allOf', children }
        }
      }
      const other = args[i]
      if (other && !isValueNode(other)) return x.why(other, wantTrue)
      const conds = args.filter((_, j) => j % 2 === 0 && j < args.length - 1).map((c) => x.why(c, true))
      return conds.length === 1 ? conds[0]! : { kind: 'anyOf', children: conds }
    },
    describe(s, args) {
      // A branch that is a plain value ("ja", 3) reads as that value; a condition as a condition.
      const branch = (n: Node | undefined) => (isValueNode(n) ? s.term(n) : s.cond(n))
      const parts: string[] = []
      let i = 0
      for (; i < args.length - 1; i += 2)
        parts.push(
          i === 0
            ? s.t(`om ${s.cond(args[i])}: ${branch(args[i + 1])}`, `if ${s.cond(args[i])}: ${branch(args[i + 1])}`)
            : s.t(
                `annars om ${s.cond(args[i])}: ${branch(args[i + 1])}`,
                `else if ${s.cond(args[i])}: ${branch(args[i + 1])}`,
              ),
        )
      if (i === 0) return { text: branch(args[0]), clause: true }
      parts.push(
        i < args.length
          ? s.t(`annars: ${branch(args[i])}`, `otherwise: ${branch(args[i])}`)
          : s.t('annars: nej', 'otherwise: no'),
      )
      return { text: parts.join('; '), clause: true, group: true }
    },
    analyse: (_a, args) => sameKind(results(args)),
    fold(f, args) {
      let i = 0
      for (; i < args.length - 1; i += 2) {
        const c = f.fold(args[i]!)
        if (!c.constant) return { constant: false }
        if (f.truthy(c.value)) return f.fold(args[i + 1]!)
      }
      return i < args.length ? f.fold(args[i]!) : ({ constant: true, value: null } as Folded)
    },
  }
}

function notSpec(op: '!' | '!!'): OperatorSpec {
  const flip = op === '!'
  const truth = (t: Tri, args: readonly Node[]): boolean | Unknown => {
    if (args.length !== 1) {
      const vals = args.map((a) => t.value(a))
      return unknownIn(vals) ?? truthy(vals[0]) !== flip
    }
    const v = t.truth(args[0]!)
    return v instanceof Unknown ? v : v !== flip
  }
  return {
    description: flip ? 'true when the condition does not hold' : 'the truthiness of a value',
    arity: [1, 1],
    returns: 'boolean',
    boolean: true,
    evaluate: (args) => truthy(args[0]) !== flip,
    emit(g, args) {
      if (args.length === 1) return flip ? `!${g.truthy(args[0]!)}` : g.truthy(args[0]!)
      return `${g.h(flip ? 'not' : 'bool')}(${args.map((a) => g.expr(a)).join(',')})`
    },
    closure(b, args) {
      if (args.length === 1) {
        const a = b.test(args[0]!)
        return flip ? (d, c) => !a(d, c) : a
      }
      const all = args.map((n) => b.value(n))
      return (d, c) => truthy(all.map((f) => f(d, c))[0]) !== flip
    },
    triTruth: truth,
    tri: truth,
    explain: (x, args, wantTrue, node) =>
      args[0] ? x.why(args[0], flip ? !wantTrue : wantTrue) : x.leaf(node, wantTrue),
    describe(s, args) {
      const a = args[0]
      if (!flip) return { text: s.cond(a), clause: true }
      // A yes/no question answered no reads as that; anything else as the negated condition.
      if (a?.k === 'var' && s.fieldType(a) === 'boolean')
        return { text: `${s.term(a)} ${s.t('är nej', 'is no')}`, clause: true }
      if (a?.k === 'var') return { text: `${s.term(a)} ${s.t('är tomt eller nej', 'is empty or no')}`, clause: true }
      return { text: s.t(`det gäller inte att ${s.cond(a)}`, `it does not hold that ${s.cond(a)}`), clause: true }
    },
  }
}

/** The logic operators. */
export const LOGIC: Readonly<Record<string, OperatorSpec>> = {
  and: andOr('and'),
  or: andOr('or'),
  if: ifSpec('if'),
  '?:': ifSpec('?:'),
  '!': notSpec('!'),
  '!!': notSpec('!!'),
}
