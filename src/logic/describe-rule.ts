import type { Field } from '../criteria/types.js'
import { checkShape, parse, type Node } from './ast.js'
import { parseEpoch } from '../time/dates.js'
import { formatDate } from '../time/format-date.js'
import { SCREENING_SPECS, STANDARD_SPECS } from './operators/index.js'
import { isDateText, type OperatorSpec, type Phrase, type Say } from './operators/spec.js'
import { truthy } from './runtime.js'

// A rule read aloud, so that a recruiter sees what it asks before any test is written: `or`
// written for `and` reads "antingen … eller", a reversed comparison reads reversed, a `when`
// that can never hold reads as what it is. Each operator says how it reads (its spec's
// `describe`); this file holds only what is common: fields by their questions, values by their
// labels, dates and numbers as the language writes them, and the grouping of clauses.

/**
 * Options of {@link describeRule}.
 *
 * @example
 * ```ts
 * describeRule(rule, { fields: criteria.fields, locale: 'sv', timezone: 'Europe/Stockholm' })
 * ```
 * @category Rules engine
 */
export interface DescribeOptions {
  /** The criteria file's fields: a field reads as its question, an option as its label. */
  fields?: Readonly<Record<string, Field>> | undefined
  /** The language of the sentence. */
  locale: 'sv' | 'en'
  /** The job's time zone, for written date-times (default UTC). */
  timezone?: string | undefined
}

const SPECS: Readonly<Record<string, OperatorSpec>> = { ...STANDARD_SPECS, ...SCREENING_SPECS }
const LIMITS = { maxDepth: 128, maxNodes: 10_000 }

/**
 * A rule in plain Swedish or English, with the file's questions and option labels instead of
 * field ids: `{"or": [{"var": "legitimation"}, {">=": [{"var": "manader"}, 24]}]}` reads
 * "antingen svaret på ”Har du legitimation?” är ja eller svaret på ”Hur många månader …?” är
 * minst 24". Nested `and`/`or` come in parentheses, so precedence shows. Covers every operator
 * the engine accepts; an operator it does not know (a custom one) is named, never a crash.
 *
 * @example
 * ```ts
 * describeRule({ '<': [3, { var: 'years' }] }, { locale: 'en' })
 * // 'the field “years” is greater than 3'
 * ```
 * @category Rules engine
 */
export function describeRule(rule: unknown, options: DescribeOptions): string {
  const s = new Sayer(options)
  let node: Node
  try {
    checkShape(rule, LIMITS)
    node = parse(rule, { isOperator: () => true, dynamicPaths: true })
  } catch {
    return s.t('en regel som inte kan läsas', 'a rule that cannot be read')
  }
  return s.top(node)
}

/**
 * A value term as a rule would read it ("svaret på ”Har du körkort?”", "30 juni 2027"), for
 * explanations that name a condition's subject. The subject is a rule's JSON.
 * @internal
 */
export function describeTerm(rule: unknown, options: DescribeOptions): string {
  const s = new Sayer(options)
  try {
    checkShape(rule, LIMITS)
    return s.term(parse(rule, { isOperator: () => true, dynamicPaths: true }))
  } catch {
    return s.t('ett värde', 'a value')
  }
}

/** A value in words, with the option labels of `field`, for explanations. @internal */
export function describeValue(v: unknown, options: DescribeOptions, field?: string): string {
  const s = new Sayer(options)
  return s.value(v, field === undefined ? undefined : { k: 'var', path: [field], raw: field, fb: null, at: [] })
}

/** Values joined with "eller"/"och", for explanations. @internal */
export function describeValues(v: unknown, join: 'or' | 'and', options: DescribeOptions, field?: string): string {
  const s = new Sayer(options)
  const about: Node | undefined =
    field === undefined ? undefined : { k: 'var', path: [field], raw: field, fb: null, at: [] }
  return Array.isArray(v)
    ? s.join(
        v.map((x) => s.value(x, about)),
        join,
      )
    : s.value(v, about)
}

/** A field's question in the language, else in the other, else its id. */
export function fieldLabel(
  fields: Readonly<Record<string, Field>> | undefined,
  id: string,
  locale: 'sv' | 'en',
): string | undefined {
  const f = fields && Object.hasOwn(fields, id) ? fields[id] : undefined
  if (!f) return undefined
  return f.label[locale] ?? f.label[locale === 'sv' ? 'en' : 'sv']
}

class Sayer implements Say {
  readonly locale: 'sv' | 'en'
  private readonly fields: Readonly<Record<string, Field>> | undefined
  private readonly zone: string
  /** Depth of item scopes (the bodies of some, all, none, map, filter, reduce). */
  private scope = 0
  // Every node is read once per scope and way of reading: operators read their arguments in both
  // languages' templates, which would otherwise double the work at every level.
  private readonly memo = new Map<string, WeakMap<Node, string>>()

  constructor(options: DescribeOptions) {
    this.locale = options.locale
    this.fields = options.fields
    this.zone = options.timezone ?? 'UTC'
  }

  t(sv: string, en: string): string {
    return this.locale === 'sv' ? sv : en
  }

  private q(text: string): string {
    return this.t(`”${text}”`, `“${text}”`)
  }

  private cached(kind: string, n: Node, make: () => string): string {
    const key = `${kind}:${this.scope}`
    let m = this.memo.get(key)
    if (!m) this.memo.set(key, (m = new WeakMap()))
    let v = m.get(n)
    if (v === undefined) m.set(n, (v = make()))
    return v
  }

  /** The whole rule: a clause, with no parentheses around it. */
  top(n: Node): string {
    const p = this.phrase(n)
    return p.clause ? p.text : this.truthOf(n, p)
  }

  private phrase(n: Node): Phrase {
    if (n.k !== 'op') return { text: this.term(n), clause: false }
    const spec = Object.hasOwn(SPECS, n.op) ? SPECS[n.op] : undefined
    if (spec?.describe) return spec.describe(this, n.args)
    // An operator this library does not know how to read (a custom one): named, with its arguments.
    const args = n.args.length
      ? this.join(
          n.args.map((a) => this.term(a)),
          'and',
        )
      : ''
    const name = this.q(n.op)
    return {
      text: args
        ? this.t(`värdet av operatorn ${name} för ${args}`, `the value of the operator ${name} for ${args}`)
        : this.t(`värdet av operatorn ${name}`, `the value of the operator ${name}`),
      clause: false,
      truth: args
        ? this.t(`operatorn ${name} gäller för ${args}`, `the operator ${name} holds for ${args}`)
        : this.t(`operatorn ${name} gäller`, `the operator ${name} holds`),
    }
  }

  cond(n: Node | undefined): string {
    if (!n) return this.t('aldrig uppfyllt', 'never met')
    return this.cached('c', n, () => {
      const p = this.phrase(n)
      if (!p.clause) return this.truthOf(n, p)
      return p.group ? `(${p.text})` : p.text
    })
  }

  /** A value read as true or false: yes to a yes/no question, a number other than 0, an answer given. */
  private truthOf(n: Node, p: Phrase): string {
    if (p.truth !== undefined) return p.truth
    if (n.k === 'lit')
      return truthy(n.v) ? this.t('alltid uppfyllt', 'always met') : this.t('aldrig uppfyllt', 'never met')
    const text = p.group ? `(${p.text})` : p.text
    const type = this.fieldType(n)
    if (type === 'boolean') return `${text} ${this.t('är ja', 'is yes')}`
    if (type === 'number' || type === 'integer') return `${text} ${this.t('är inte 0', 'is not 0')}`
    if (n.k === 'var' && type !== undefined) return `${text} ${this.t('är ifyllt', 'is filled in')}`
    return `${text} ${this.t('är inte 0, nej eller tomt', 'is not 0, no or empty')}`
  }

  term(n: Node | undefined, about?: Node): string {
    if (!n) return this.t('inget värde', 'no value')
    if (n.k === 'lit') return this.value(n.v, about)
    return this.cached(`t${about ? `:${this.fieldOf(about) ?? ''}` : ''}`, n, () => {
      if (n.k === 'arr')
        return n.items.length === 0
          ? this.t('en tom lista', 'an empty list')
          : this.t(
              `listan ${this.join(
                n.items.map((i) => this.term(i, about)),
                'and',
              )}`,
              `the list ${this.join(
                n.items.map((i) => this.term(i, about)),
                'and',
              )}`,
            )
      if (n.k === 'dvar')
        return (
          this.t(`fältet som ${this.term(n.pathNode)} anger`, `the field named by ${this.term(n.pathNode)}`) +
          this.fallback(n.fb)
        )
      if (n.k === 'var') return this.field(n) + this.fallback(n.fb)
      const p = this.phrase(n)
      if (p.clause)
        return p.group ? this.t(`att (${p.text})`, `whether (${p.text})`) : this.t(`att ${p.text}`, `whether ${p.text}`)
      return p.group ? `(${p.text})` : p.text
    })
  }

  private fallback(fb: Node | null): string {
    return fb ? this.t(` (${this.term(fb)} om svar saknas)`, ` (${this.term(fb)} if unanswered)`) : ''
  }

  private field(n: Node & { k: 'var' }): string {
    if (this.scope > 0) {
      if (n.path === null) return this.t('värdet', 'the item')
      const key = n.path.join('.')
      if (key === 'current') return this.t('det aktuella värdet', 'the current item')
      if (key === 'accumulator') return this.t('värdet hittills', 'the value so far')
      return this.t(`värdets ${this.q(key)}`, `the item's ${this.q(key)}`)
    }
    if (n.path === null) return this.t('hela ansökan', 'the whole application')
    const key = n.path.join('.')
    const label = fieldLabel(this.fields, key, this.locale)
    return label === undefined
      ? this.t(`fältet ${this.q(key)}`, `the field ${this.q(key)}`)
      : this.t(`svaret på ${this.q(label)}`, `the answer to ${this.q(label)}`)
  }

  /** The field id a node reads straight from, outside item scopes. */
  private fieldOf(n: Node | undefined): string | undefined {
    return n?.k === 'var' && n.path !== null && this.scope === 0 ? n.path.join('.') : undefined
  }

  private fieldDef(n: Node | undefined): Field | undefined {
    const id = this.fieldOf(n)
    return id !== undefined && this.fields && Object.hasOwn(this.fields, id) ? this.fields[id] : undefined
  }

  fieldType(n: Node | undefined): string | undefined {
    return this.fieldDef(n)?.type
  }

  isDate(n: Node | undefined): boolean {
    if (!n) return false
    if (n.k === 'lit') return isDateText(n.v)
    if (n.k === 'var') return this.fieldType(n) === 'date' || this.fieldType(n) === 'date-time'
    if (n.k === 'op') return Object.hasOwn(SPECS, n.op) && SPECS[n.op]!.returns === 'date'
    return false
  }

  value(v: unknown, about?: Node): string {
    if (v === null || v === undefined) return this.t('inget värde', 'nothing')
    if (typeof v === 'boolean') return v ? this.t('ja', 'yes') : this.t('nej', 'no')
    if (typeof v === 'number') return this.number(v)
    if (typeof v === 'string') {
      const f = this.fieldDef(about)
      const labels = f && (f.type === 'enum' || f.type === 'list') ? f.valueLabels : undefined
      const label = labels && Object.hasOwn(labels, v) ? (labels[v]![this.locale] ?? undefined) : undefined
      if (label !== undefined) return label
      if (isDateText(v)) return this.date(v) ?? this.q(v)
      return this.q(v)
    }
    if (Array.isArray(v))
      return v.length === 0
        ? this.t('en tom lista', 'an empty list')
        : this.t(
            `listan ${this.join(
              v.map((x) => this.value(x, about)),
              'and',
            )}`,
            `the list ${this.join(
              v.map((x) => this.value(x, about)),
              'and',
            )}`,
          )
    return this.t('ett objekt', 'an object')
  }

  private number(v: number): string {
    if (Number.isNaN(v)) return this.t('inget tal', 'not a number')
    if (!Number.isFinite(v))
      return v > 0 ? this.t('oändligheten', 'infinity') : this.t('minus oändligheten', 'minus infinity')
    const text = String(v)
    // "1 000 000" and "1,000,000", as each language writes a large whole number (from 10 000;
    // four digits stay as they are, as both write them).
    if (Number.isInteger(v) && Math.abs(v) >= 10_000 && !text.includes('e'))
      return text.replace(/\B(?=(\d{3})+$)/g, this.locale === 'sv' ? '\u00a0' : ',')
    return this.locale === 'sv' ? text.replace('.', ',') : text
  }

  /** "30 juni 2027", "30 June 2027"; a date-time with its time in the job's zone. */
  private date(v: string): string | undefined {
    if (v.length === 10) {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number]
      const t = Date.UTC(y, m - 1, d)
      const back = new Date(t)
      if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined
      return formatDate(back, 'd MMMM yyyy', 'UTC', this.locale)
    }
    const t = parseEpoch(v, this.zone)
    // "10 januari 2027 kl. 12.00", "10 January 2027 at 12:00": as the messages write a time.
    return Number.isNaN(t)
      ? undefined
      : formatDate(new Date(t), this.t("d MMMM yyyy 'kl.' HH.mm", "d MMMM yyyy 'at' HH:mm"), this.zone, this.locale)
  }

  list(n: Node | undefined, join: 'or' | 'and', about?: Node): string {
    if (n?.k === 'arr')
      return this.join(
        n.items.map((i) => this.term(i, about)),
        join,
      )
    return this.term(n, about)
  }

  key(n: Node | undefined): string {
    if (n?.k === 'lit' && (typeof n.v === 'string' || typeof n.v === 'number')) {
      const label = fieldLabel(this.fields, String(n.v), this.locale)
      return this.q(label ?? String(n.v))
    }
    return this.term(n)
  }

  join(parts: readonly string[], join: 'or' | 'and'): string {
    if (parts.length === 0) return this.t('inget', 'nothing')
    if (parts.length === 1) return parts[0]!
    const word = join === 'or' ? this.t('eller', 'or') : this.t('och', 'and')
    return `${parts.slice(0, -1).join(', ')} ${word} ${parts[parts.length - 1]!}`
  }

  itemCond(n: Node | undefined): string {
    this.scope++
    try {
      return this.cond(n)
    } finally {
      this.scope--
    }
  }

  itemTerm(n: Node | undefined): string {
    this.scope++
    try {
      return this.term(n)
    } finally {
      this.scope--
    }
  }
}
