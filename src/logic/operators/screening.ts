import type { IssueParams } from '../../issues/issue-code.js'
import { EvaluationError } from '../../errors.js'
import type { Node } from '../ast.js'
import type { PreparedArgument } from '../context.js'
import { truthy } from '../runtime.js'
import { candidateTerms, hasPhrase, normaliseTerm, terms, wordsOfText } from '../terms.js'
import { PartialList, Unknown } from '../unknown.js'
import { firstPath, listText, literalList, plain, primitive, subjectOf, type OperatorSpec, type Typed } from './spec.js'
import { CEFR_LEVELS } from '../../criteria/constants.js'

// The operators real screening criteria are made of: list membership that ignores case and
// accents (includesAny, includesAll, atLeast), language levels (cefrAtLeast), and `review`,
// which hands the decision to a person.

export { CEFR_LEVELS }

// Answers mostly hold a level exactly as written on the scale: those need no normalising.
const EXACT_CEFR = new Map<unknown, number>(
  CEFR_LEVELS.flatMap((l, i) => [[l, i] as const, [l.toLowerCase(), i] as const]),
)

/** The rank of a CEFR level (A1 = 0), or -1. */
export function cefrIndex(level: unknown): number {
  const exact = EXACT_CEFR.get(level)
  if (exact !== undefined) return exact
  return typeof level === 'string'
    ? CEFR_LEVELS.indexOf(level.trim().toUpperCase() as (typeof CEFR_LEVELS)[number])
    : -1
}

// slips: a language question may offer "no knowledge" below A1 (an honest answer, and a common
// option on forms): it ranks below every level, so it meets no cefrAtLeast, instead of being
// refused at load or sending every such answer to a person as "not a level".
const NO_KNOWLEDGE = new Set([
  'none',
  'no knowledge',
  'no',
  'a0',
  '0',
  'inga kunskaper',
  'ingen kunskap',
  'inga',
  'ingen',
  'nej',
  'saknas',
  'kan inte',
  'inga språkkunskaper',
])

/**
 * True for an answer that says "no knowledge" of a language (Inga kunskaper, None, A0 …): it ranks below A1.
 * @example
 * ```ts
 * isNoKnowledge('Inga kunskaper') // true
 * ```
 * @category Rules engine
 */
export function isNoKnowledge(level: unknown): boolean {
  return (
    typeof level === 'string' && NO_KNOWLEDGE.has(level.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]$/, ''))
  )
}

function cefrRank(level: unknown): number {
  const i = cefrIndex(level)
  if (i < 0 && isNoKnowledge(level)) return -1
  if (i < 0)
    throw new EvaluationError('invalid_cefr', `${JSON.stringify(level)} is not a CEFR level (A1, A2, B1, B2, C1, C2)`)
  return i
}

/** A literal list of wanted terms, normalised once at compile time; undefined when not literal or not a list. */
function literalTerms(arg: PreparedArgument | undefined, op: string): string[] | undefined {
  if (!arg?.literal) return undefined
  try {
    return terms(arg.value, op)
  } catch {
    // Not a list: the general evaluate reports it at run time, as it would have.
    return undefined
  }
}

/**
 * Thrown by `review` when evaluated as a plain value: the decision belongs to a person.
 * Screening catches it and gives the criterion the status `review` with the note.
 * @category Rules engine
 */
export class ReviewRequest extends EvaluationError {
  constructor(readonly note: string) {
    super('review_requested', `a person must decide: ${note}`)
    this.name = 'ReviewRequest'
  }
}

/** The wanted literal list of a membership operator at `i`, for checks. */
const wantedList = (args: readonly Node[], i: number): unknown[] | undefined => literalList(args[i])

const emptyList = (op: string, args: readonly Node[], i: number) => {
  const list = wantedList(args, i)
  return list && list.length === 0
    ? [
        {
          message: `"${op}" has an empty list of values, so it is always ${op === 'includesAll' ? 'true' : 'false'}; list the values`,
          arg: i,
          params: { check: 'empty_values', op },
        },
      ]
    : []
}

const membership = (op: 'includesAny' | 'includesAll'): OperatorSpec => ({
  description:
    op === 'includesAny'
      ? 'true when the answer holds at least one of the values (case and accents do not matter)'
      : 'true when the answer holds every one of the values (case and accents do not matter)',
  arity: [2, 2],
  args: ['list', 'list'],
  returns: 'boolean',
  boolean: true,
  evaluate([list, wanted]) {
    const have = candidateTerms(list, op)
    const want = terms(wanted, op)
    return op === 'includesAny' ? want.some((w) => have.includes(w)) : want.every((w) => have.includes(w))
  },
  prepare([, wanted]) {
    const want = literalTerms(wanted, op)
    if (!want) return undefined
    if (op === 'includesAll')
      return ([list]) => {
        const have = candidateTerms(list, op)
        for (let i = 0; i < want.length; i++) if (!have.includes(want[i]!)) return false
        return true
      }
    const set = new Set(want)
    return ([list]) => {
      const have = candidateTerms(list, op)
      for (let i = 0; i < have.length; i++) if (set.has(have[i]!)) return true
      return false
    }
  },
  check: (args) => emptyList(op, args, 1),
  analyse(a, args, at) {
    if (args[0]?.field && args[1]) a.checkEnum(args[0], args[1], at)
  },
  wording: {
    [op]: {
      statement: (c) => `${c.subject} includes ${op === 'includesAny' ? 'any' : 'all'} of ${listText(c.expected)}`,
      required: (c) => `${op === 'includesAny' ? 'one' : 'all'} of ${listText(c.expected)} required`,
      say: (c, s) =>
        op === 'includesAny'
          ? s.t(
              `${s.subject} innehåller något av ${s.list(c.expected, 'or')}`,
              `${s.subject} includes one of ${s.list(c.expected, 'or')}`,
            )
          : s.t(
              `${s.subject} innehåller alla av ${s.list(c.expected, 'and')}`,
              `${s.subject} includes all of ${s.list(c.expected, 'and')}`,
            ),
      sayRequired: (c, s) =>
        Array.isArray(c.expected) && c.expected.length === 1
          ? s.t(`${s.list(c.expected, 'or')} krävs`, `${s.list(c.expected, 'or')} required`)
          : op === 'includesAny'
            ? s.t(`något av ${s.list(c.expected, 'or')} krävs`, `one of ${s.list(c.expected, 'or')} required`)
            : s.t(`alla av ${s.list(c.expected, 'and')} krävs`, `all of ${s.list(c.expected, 'and')} required`),
    },
  },
  describe(s, args) {
    const [a, b] = args
    const one = b?.k === 'arr' && b.items.length === 1
    const text =
      op === 'includesAny'
        ? one
          ? s.t(`${s.term(a)} innehåller ${s.list(b, 'or', a)}`, `${s.term(a)} includes ${s.list(b, 'or', a)}`)
          : s.t(
              `${s.term(a)} innehåller minst ett av ${s.list(b, 'or', a)}`,
              `${s.term(a)} includes at least one of ${s.list(b, 'or', a)}`,
            )
        : one
          ? s.t(`${s.term(a)} innehåller ${s.list(b, 'and', a)}`, `${s.term(a)} includes ${s.list(b, 'and', a)}`)
          : s.t(
              `${s.term(a)} innehåller alla av ${s.list(b, 'and', a)}`,
              `${s.term(a)} includes all of ${s.list(b, 'and', a)}`,
            )
    return { text, clause: true }
  },
  quotes: (args) => {
    const list = wantedList(args, 1)
    return list ? { values: { value: list, join: op === 'includesAny' ? 'or' : 'and' } } : {}
  },
})

/** The count `atLeast` asks for: a whole number. */
function countOf(n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new EvaluationError(
      'invalid_arguments',
      `"atLeast" needs a whole number as its first argument, got ${JSON.stringify(n)}`,
    )
  return n
}

/** The listed values found in the answer, in the rule's spelling. */
function foundIn(list: unknown, wanted: unknown): unknown[] {
  if (!Array.isArray(wanted)) return []
  // The candidate's terms as the rule just read them, the wanted ones as compiled (both kept).
  const have = Array.isArray(list)
    ? candidateTerms(list, 'atLeast')
    : list === null || list === undefined
      ? []
      : [normaliseTerm(list)]
  const want = terms(wanted, 'atLeast')
  return wanted.filter((_, i) => have.includes(want[i]!))
}

const atLeast: OperatorSpec = {
  description:
    'at least N of the listed values in the answer ({"atLeast": [2, {"var": "systems"}, ["Fortnox", "Visma"]]}), or at least N of the listed conditions ({"atLeast": [2, [cond, cond, cond]]})',
  arity: [2, 3],
  args: ['number', 'list', 'list'],
  returns: 'boolean',
  boolean: true,
  evaluate(args) {
    const need = countOf(args[0])
    if (args.length >= 3) {
      const have = candidateTerms(args[1], 'atLeast')
      let found = 0
      for (const w of terms(args[2], 'atLeast')) if (have.includes(w)) found++
      return found >= need
    }
    if (!Array.isArray(args[1]))
      throw new EvaluationError('invalid_arguments', '"atLeast" with two arguments needs a list of conditions')
    let held = 0
    for (const x of args[1]) if (truthy(x)) held++
    return held >= need
  },
  prepare([n, , wanted]) {
    if (!n?.literal || typeof n.value !== 'number' || !Number.isInteger(n.value) || !wanted) return undefined
    const want = literalTerms(wanted, 'atLeast')
    if (!want) return undefined
    const need = n.value
    return ([, list]) => {
      const have = candidateTerms(list, 'atLeast')
      let found = 0
      for (let i = 0; i < want.length; i++) if (have.includes(want[i]!)) found++
      return found >= need
    }
  },
  // The conditions form counts with Kleene's logic: known once enough hold, or too few can.
  triTruth(t, args) {
    if (args.length >= 3) {
      const vals = args.map((a) => t.value(a))
      return t.strict(vals, () => atLeast.evaluate!(vals, t.context as never, t.rt)) as boolean | Unknown
    }
    const need = t.value(args[0]!)
    const list = args[1] ? t.value(args[1]) : undefined
    if (need instanceof Unknown) return need
    const items = list instanceof PartialList ? list.items : list
    if (list instanceof Unknown || !Array.isArray(items))
      return t.strict([list], () => atLeast.evaluate!([need, list], t.context as never, t.rt)) as boolean | Unknown
    const n = countOf(need)
    let held = 0
    const unknown: Unknown[] = []
    // A partial list among the items is a non-empty array: truthy, whatever its items are.
    for (const x of items) {
      if (x instanceof Unknown) unknown.push(x)
      else if (x instanceof PartialList || truthy(x)) held++
    }
    if (held >= n) return true
    if (held + unknown.length < n) return false
    return Unknown.merge(unknown)
  },
  tri(t, args) {
    return atLeast.triTruth!(t, args)
  },
  condition(x, args) {
    const [n, list, wanted] = args
    if (!n || !list) return undefined
    if (wanted) {
      const want = x.value(wanted)
      const have = x.value(list)
      return {
        operator: 'atLeast',
        path: firstPath(list),
        subject: subjectOf(list),
        expected: [x.value(n), want],
        actual: have,
        found: foundIn(have, want),
      }
    }
    if (list.k !== 'arr') return undefined
    const held = list.items.filter((i) => x.truth(i) === true)
    return {
      operator: 'atLeast',
      path: firstPath(list),
      subject: 'conditions held',
      expected: [x.value(n), list.items.map(subjectOf)],
      actual: held.length,
      found: held.map(subjectOf),
    }
  },
  wording: {
    atLeast: {
      statement: (c) => {
        const [n, of] = c.expected as [unknown, unknown[]]
        return `${c.subject} has at least ${plain(n)} of ${listText(of)}`
      },
      required: (c) => {
        const [n, of] = c.expected as [unknown, unknown[]]
        const found = (c.found as unknown[] | undefined) ?? []
        return `at least ${plain(n)} of ${Array.isArray(of) ? of.length : '?'} required (${listText(of)}); found: ${found.length ? listText(found) : 'none'}`
      },
      // The conditions form names no values: its conditions are parts of the rule, read aloud by describeRule.
      say: (c, s) => {
        const [n, of] = c.expected as [unknown, unknown[]]
        const total = Array.isArray(of) ? of.length : 0
        if (c.subject === 'conditions held')
          return s.t(
            `minst ${s.value(n)} av ${total} villkor gäller`,
            `at least ${s.value(n)} of ${total} conditions hold`,
          )
        return s.t(
          `${s.subject} innehåller minst ${s.value(n)} av ${s.list(of, 'and')}`,
          `${s.subject} includes at least ${s.value(n)} of ${s.list(of, 'and')}`,
        )
      },
      sayRequired: (c, s) => {
        const [n, of] = c.expected as [unknown, unknown[]]
        const total = Array.isArray(of) ? of.length : 0
        const found = Array.isArray(c.found) ? c.found : []
        if (c.subject === 'conditions held')
          return s.t(
            `minst ${s.value(n)} av ${total} villkor krävs`,
            `at least ${s.value(n)} of ${total} conditions required`,
          )
        const have = found.length ? s.list(found, 'and') : s.t('inget', 'none')
        return s.t(
          `minst ${s.value(n)} av ${total} krävs (${s.list(of, 'and')}); finns: ${have}`,
          `at least ${s.value(n)} of ${total} required (${s.list(of, 'and')}); found: ${have}`,
        )
      },
    },
  },
  describe(s, args) {
    const [n, list, wanted] = args
    if (wanted)
      return {
        text: s.t(
          `${s.term(list)} innehåller minst ${s.term(n)} av ${s.list(wanted, 'and', list)}`,
          `${s.term(list)} includes at least ${s.term(n)} of ${s.list(wanted, 'and', list)}`,
        ),
        clause: true,
      }
    if (list?.k === 'arr') {
      const conds = list.items.map((i) => s.cond(i)).join('; ')
      return {
        text: s.t(`minst ${s.term(n)} av dessa gäller: ${conds}`, `at least ${s.term(n)} of these hold: ${conds}`),
        clause: true,
      }
    }
    return {
      text: s.t(
        `minst ${s.term(n)} av villkoren i ${s.term(list)} gäller`,
        `at least ${s.term(n)} of the conditions in ${s.term(list)} hold`,
      ),
      clause: true,
    }
  },
  check(args) {
    const out: { message: string; arg?: number; params: IssueParams }[] = []
    const [n, list, wanted] = args
    if (!primitive(n) || typeof n.v !== 'number' || !Number.isInteger(n.v) || n.v < 1) {
      out.push({
        message:
          '"atLeast" starts with how many are needed: a whole number of 1 or more, e.g. {"atLeast": [2, {"var": "systems"}, ["Fortnox", "Visma", "Excel"]]}',
        arg: 0,
        params: { check: 'at_least_count' },
      })
      return out
    }
    const count = wanted ? wantedList(args, 2)?.length : list?.k === 'arr' ? list.items.length : undefined
    if (wanted && count === 0)
      out.push({
        message: '"atLeast" has an empty list of values; list the values',
        arg: 2,
        params: { check: 'at_least_empty' },
      })
    else if (count !== undefined && n.v > count)
      out.push({
        message: `"atLeast" asks for ${n.v} of a list of ${count}, so it can never hold`,
        arg: 0,
        params: { check: 'at_least_too_many', wanted: n.v, count },
      })
    if (!wanted && list && list.k !== 'arr')
      out.push({
        message:
          '"atLeast" with two arguments counts conditions written in a list: {"atLeast": [2, [condition, condition, condition]]}; to count values in an answer, give the answer and then the values',
        arg: 1,
        params: { check: 'at_least_conditions' },
      })
    return out
  },
  analyse(a, args, at, nodes) {
    if (nodes.length >= 3 && args[1]?.field && args[2]) a.checkEnum(args[1], args[2], at)
  },
  quotes(args) {
    const n = args[0]
    const list = wantedList(args, 2)
    return {
      ...(primitive(n) ? { count: { value: n.v } } : {}),
      ...(list ? { values: { value: list, join: 'and' } } : {}),
    }
  },
}

/** The words of an answer: of a text, or of every text in a list. */
function answerWords(v: unknown): string[] {
  if (v === null || v === undefined) return []
  if (typeof v === 'string') return wordsOfText(v)
  if (Array.isArray(v)) return v.flatMap((x) => (x === null || x === undefined ? [] : wordsOfText(String(x))))
  throw new EvaluationError(
    'invalid_arguments',
    `"includesWord" looks for words in a text or a list of texts, got ${typeof v}`,
  )
}

/** The wanted words and phrases, each as its words. */
function phrasesOf(v: unknown): string[][] {
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined
  if (!list)
    throw new EvaluationError(
      'invalid_arguments',
      `"includesWord" takes a word or a list of words to look for, got ${typeof v}`,
    )
  return list.map((w) => wordsOfText(String(w))).filter((p) => p.length > 0)
}

/** The wanted words found in an answer, in the rule's spelling. */
function wordsFound(text: unknown, wanted: unknown): unknown[] {
  const list = typeof wanted === 'string' ? [wanted] : Array.isArray(wanted) ? wanted : []
  const words = answerWords(text)
  return list.filter((w) => hasPhrase(words, wordsOfText(String(w))))
}

const includesWord: OperatorSpec = {
  description:
    'true when a text (or a text in a list) holds one of the words or phrases as whole words, case and accents aside: "Java" is in "Senior Java developer", not in "JavaScript developer"',
  arity: [2, 2],
  args: ['string', 'list'],
  returns: 'boolean',
  boolean: true,
  evaluate([text, wanted]) {
    const words = answerWords(text)
    return phrasesOf(wanted).some((p) => hasPhrase(words, p))
  },
  prepare([, wanted]) {
    if (!wanted?.literal) return undefined
    let phrases: string[][]
    try {
      phrases = phrasesOf(wanted.value)
    } catch {
      return undefined
    }
    return ([text]) => {
      const words = answerWords(text)
      return phrases.some((p) => hasPhrase(words, p))
    }
  },
  check(args) {
    const w = args[1]
    const list = primitive(w) && typeof w.v === 'string' ? [w.v] : literalList(w)
    if (list && !list.some((x) => wordsOfText(String(x)).length))
      return [
        {
          message:
            '"includesWord" has no word to look for; list the words, e.g. {"includesWord": [{"var": "title"}, ["Java", "Kotlin"]]}',
          arg: 1,
          params: { check: 'no_words' },
        },
      ]
    return []
  },
  analyse(a, args, at) {
    const t = args[0]
    if (t && t.kind !== 'string' && t.kind !== 'list' && t.kind !== 'any' && t.kind !== 'null')
      a.mismatch(at, { op: 'includesWord', variant: 'words', ...a.side(t, 'got') })
    return { kind: 'boolean' }
  },
  condition(x, args) {
    const [text, wanted] = args
    if (!text || !wanted) return undefined
    const want = x.value(wanted)
    const have = x.value(text)
    return {
      operator: 'includesWord',
      path: firstPath(text),
      subject: subjectOf(text),
      expected: typeof want === 'string' ? [want] : want,
      actual: have,
      found: wordsFound(have, want),
    }
  },
  wording: {
    includesWord: {
      statement: (c) =>
        `${c.subject} has the word${Array.isArray(c.expected) && c.expected.length > 1 ? 's' : ''} ${listText(c.expected)}`,
      required: (c) =>
        `${Array.isArray(c.expected) && c.expected.length > 1 ? 'one of the words' : 'the word'} ${listText(c.expected)} required`,
      say: (c, s) =>
        Array.isArray(c.expected) && c.expected.length > 1
          ? s.t(
              `${s.subject} innehåller något av orden ${s.list(c.expected, 'or')}`,
              `${s.subject} contains one of the words ${s.list(c.expected, 'or')}`,
            )
          : s.t(
              `${s.subject} innehåller ordet ${s.list(c.expected, 'or')}`,
              `${s.subject} contains the word ${s.list(c.expected, 'or')}`,
            ),
      sayRequired: (c, s) =>
        Array.isArray(c.expected) && c.expected.length > 1
          ? s.t(
              `något av orden ${s.list(c.expected, 'or')} krävs`,
              `one of the words ${s.list(c.expected, 'or')} required`,
            )
          : s.t(`ordet ${s.list(c.expected, 'or')} krävs`, `the word ${s.list(c.expected, 'or')} required`),
    },
  },
  describe(s, args) {
    const [text, w] = args
    const many = w?.k === 'arr' && w.items.length > 1
    const words = s.list(w, 'or')
    return {
      text: many
        ? s.t(
            `${s.term(text)} innehåller något av orden ${words}`,
            `${s.term(text)} contains one of the words ${words}`,
          )
        : s.t(`${s.term(text)} innehåller ordet ${words}`, `${s.term(text)} contains the word ${words}`),
      clause: true,
    }
  },
  quotes(args) {
    const w = args[1]
    const list = primitive(w) && typeof w.v === 'string' ? [w.v] : literalList(w)
    return list ? { values: { value: list, join: 'or' } } : {}
  },
}

/** The screening operators beyond dates. */
export const SCREENING: Readonly<Record<string, OperatorSpec>> = {
  includesAny: membership('includesAny'),
  includesAll: membership('includesAll'),
  includesWord,
  atLeast,
  cefrAtLeast: {
    description:
      'true when a CEFR language level is at least the given level (no knowledge < A1 < A2 < B1 < B2 < C1 < C2)',
    arity: [2, 2],
    args: ['string', 'string'],
    returns: 'boolean',
    boolean: true,
    evaluate: ([level, min]) => cefrRank(level) >= cefrRank(min),
    prepare([, min]) {
      if (!min?.literal || !EXACT_CEFR.has(min.value)) return undefined
      const least = EXACT_CEFR.get(min.value)!
      return ([level]) => cefrRank(level) >= least
    },
    check(args) {
      const min = args[1]
      if (primitive(min) && cefrIndex(min.v) < 0)
        return [
          {
            message: `${JSON.stringify(min.v)} is not a CEFR level; write one of A1, A2, B1, B2, C1, C2`,
            arg: 1,
            params: { check: 'not_cefr', value: String(min.v) },
          },
        ]
      return []
    },
    analyse(a, args: readonly Typed[], at) {
      const f = args[0]
      const values = f?.values
      if (values) {
        const bad = values.filter((v) => cefrIndex(v) < 0 && !isNoKnowledge(v))
        if (bad.length) a.mismatch(at, { op: 'cefrAtLeast', variant: 'cefr', field: f.field ?? '', values: bad })
      }
    },
    wording: {
      cefrAtLeast: {
        statement: (c) => `${c.subject} is at least ${plain(c.expected)}`,
        required: (c) => `at least ${plain(c.expected)} required`,
        say: (c, s) =>
          s.t(`${s.subject} är minst ${plain(c.expected)}`, `${s.subject} is at least ${plain(c.expected)}`),
        sayRequired: (c, s) =>
          s.t(`minst nivå ${plain(c.expected)} krävs`, `at least level ${plain(c.expected)} required`),
      },
    },
    describe(s, args) {
      const [level, min] = args
      const least = primitive(min) ? plain(min.v) : s.term(min)
      return {
        text: s.t(
          `${s.term(level)} är minst ${least} på GERS-skalan (A1–C2)`,
          `${s.term(level)} is at least ${least} on the CEFR scale (A1–C2)`,
        ),
        clause: true,
      }
    },
    quotes: (args) => (primitive(args[1]) ? { level: { value: args[1].v } } : {}),
  },
  review: {
    description:
      'hands the decision to a person, with a note for the reviewer: {"review": "check whether the education is equivalent"}',
    arity: [1, 1],
    args: ['string'],
    returns: 'boolean',
    impure: true,
    asksPerson: true,
    evaluate([note]) {
      throw new ReviewRequest(String(note))
    },
    tri: (_t, args) => new Unknown([], [primitive(args[0]) ? String(args[0].v) : 'a person must decide']),
    describe: (s, args) => ({
      text: s.t(`en person bedömer: ${s.term(args[0])}`, `a person decides: ${s.term(args[0])}`),
      clause: true,
    }),
    check: (args) =>
      primitive(args[0]) && typeof args[0].v === 'string' && args[0].v.trim() !== ''
        ? []
        : [
            {
              message:
                '"review" takes a note for the reviewer, as text: {"review": "check whether the education is equivalent"}',
              arg: 0,
              params: { check: 'review_note' },
            },
          ],
  },
}
