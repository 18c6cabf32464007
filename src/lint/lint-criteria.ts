import type { IssueParams } from '../issues/issue-code.js'
import { canonicalJson } from '../criteria/canonical-json.js'
import { textIn } from '../criteria/localized.js'
import type { CriteriaDocument } from '../criteria/parse.js'
import { LOCALES, type Criteria, type Field, type Locale } from '../criteria/schema.js'
import type { Issue } from '../errors.js'
import { foldRule } from '../logic/analyse.js'
import type { CompiledRule } from '../logic/engine.js'
import { answerDomains, testThreeValued, type AnswerShape, type FieldGap } from '../logic/three-valued.js'
import { Unknown } from '../logic/unknown.js'
import { ruleReadsMoreThanAnswers } from '../logic/index.js'
import type { Screener } from '../screen/compile-criteria.js'
import { scanGrounds, type GroundId, type GroundMatch, type TextKind } from './grounds.js'
import { findPersonalWording } from './personal-wording.js'
import { personalReason } from './model/personal.js'
import { reasonFrameFindings } from './reason-frame.js'
import { ruleRisks } from './rule-risks.js'
import { prepareMessages, type PreparedMessages } from '../messages/prepare-messages.js'
import type { ScreeningResult } from '../screen/result.js'
import { ScreeningError } from '../errors.js'
// slips
import { constantConditions } from './constant-conditions.js'
import { ACK_REASON_EN, en } from '../issues/wording-en.js'
import { acknowledgementYaml, formatFinding } from '../issues/format-finding.js'

/**
 * One lint finding: an {@link Issue} with its key for acknowledgements (`protected-ground:age`,
 * `personal-reason` …) and, for fairness findings, the ground, the words that matched as
 * written and which text they were found in.
 * @example
 * ```ts
 * const f: LintFinding = lintCriteria(doc, screener)[0]!
 * console.log(f.finding, f.ground, f.matched, f.source) // protected-ground:age age fyllt 18 år the sv label of field "adult"
 * ```
 * @category Lint
 */
export interface LintFinding extends Issue {
  severity: 'error' | 'warning'
  /** What an acknowledgement names to accept this finding: the code, and for fairness findings `:ground`. */
  finding: string
  /** The protected ground, for `protected-ground` and `protected-question`. */
  ground?: GroundId
  /** The words that matched, as written. */
  matched?: string
  /** Which text they were found in, in words: `the sv label of field "age18"`. */
  source?: string
  /** The acknowledgement's reason, when the finding was acknowledged (only with `includeAcknowledged`). */
  acknowledged?: string
  /**
   * What to do instead, in English: the lines of `message` after the first (the first line says
   * what, where and which ground). `formatFinding(finding, 'sv')` gives the parts in Swedish.
   */
  advice?: string
  /**
   * For fairness findings: the YAML lines that accept this finding, to add to the field,
   * criterion or job at `acknowledgeAt` when the text is about something else than the applicant.
   */
  acknowledge?: string
  /** Where `acknowledge` goes: `['fields', name]`, `['criteria', index]` or `['job']`. */
  acknowledgeAt?: (string | number)[]
}

/**
 * Options of {@link lintCriteria}.
 * @example
 * ```ts
 * lintCriteria(doc, screener, { includeAcknowledged: true }).filter((f) => f.acknowledged)
 * ```
 * @category Lint
 */
export interface LintOptions {
  /** Also return findings an acknowledgement accepted, with `acknowledged` set to its reason. Default false. */
  includeAcknowledged?: boolean
  /**
   * What linting may keep from one call to the next on versions of one file, as an editor lints
   * after each change: the checks of every text and reason that did not change are not done
   * again. The findings are the same with or without it. Make one with {@link createLintMemo}.
   */
  memo?: LintMemo
}

/**
 * What {@link lintCriteria} keeps between calls on versions of one file (`options.memo`): the
 * findings of each text (protected grounds, wording about the person, the reason's frame) and of
 * each criterion's reason as rendered in the messages, by what they depend on. It holds the
 * last call's only, so it never grows beyond one file.
 *
 * @example
 * ```ts
 * const memo = createLintMemo()
 * editor.onChange((text) => show(lintCriteria(doc, screener, { memo })))
 * ```
 * @category Lint
 */
export interface LintMemo {
  readonly kind: 'lint-memo'
}

// What a memo keeps lives on the memo itself, under a symbol (not enumerable: JSON and spreads never see it).
const KEPT = Symbol('autoscreen.lintMemo')
const keptOf = (memo: LintMemo): Map<string, unknown> | undefined =>
  (memo as LintMemo & { [KEPT]?: Map<string, unknown> })[KEPT]

/**
 * A new {@link LintMemo}, for one file's versions.
 *
 * @example
 * ```ts
 * const memo = createLintMemo()
 * lintCriteria(doc, screener, { memo }) // later calls on the file's next versions check only what changed
 * ```
 * @category Lint
 */
export function createLintMemo(): LintMemo {
  const memo = { kind: 'lint-memo' as const }
  Object.defineProperty(memo, KEPT, { value: new Map<string, unknown>() })
  return Object.freeze(memo)
}

type Path = (string | number)[]
interface Text {
  text: string
  kind: TextKind
  language: Locale | undefined
  path: Path
  source: string
}
/** What an acknowledgement is written on: a field, a criterion or the job. */
interface Owner {
  kind: 'field' | 'criterion' | 'job'
  name: string
  path: Path
}
interface Ack {
  finding: string
  reason: string
  path: Path
  used: boolean
  /** Reported once as `unexplained-acknowledgement`. */
  reported?: boolean
}

/**
 * Whether a reason or a justification says why in words a reviewer can read: not the
 * placeholder of the printed lines (`<why …>`), and at least three words and 20 characters
 * ("ok", "behövs" and "see above" say nothing).
 */
function explained(text: string | undefined): text is string {
  const t = (text ?? '').trim()
  if (/^<.*>$/s.test(t)) return false
  return t.length >= 20 && (t.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3
}

/**
 * Lints a rule set for what a compile cannot call an error, in what a candidate or a
 * recruiter sees (field names, labels in every language, options and their labels, reasons,
 * notes, the job title):
 * - `protected-ground`: a criterion reads a field that asks about a ground of the
 *   Discrimination Act or a likely proxy for one, or a reason, note or job title speaks of one.
 *   An error, or a warning quoting the criterion's `justification`.
 * - `protected-question`: a field asks about a ground and no criterion reads it: the form
 *   should not collect it. An error.
 * - `personal-reason`: a reason judges the person (a trait, manner, impression, a flaw, a
 *   comparison: "att du verkar mer engagerad", "a warmer personality") instead of naming the
 *   requirement; "att du har B-körkort" names one. An error: a rejected candidate reads it.
 * - `non-finite`: arithmetic that can give NaN or an infinity for some answer (a division by
 *   an answer that may be 0, a sum past the largest number, a text turned into a number); such
 *   an application goes to a person. A warning.
 * - `substring-in`: `in` with a text answer looks for text inside text ("Java" is in
 *   "JavaScript"); `includesWord` matches whole words. A warning.
 * - `missing-title`: the job title is given in one language while the messages are sent in
 *   two (`screener.locales`): the other language's messages would carry it untranslated. A
 *   warning, at `job.title`.
 * - `holidays-without-se`: a job in Europe/Stockholm lists its own `delivery.holidays`
 *   without `se`, which drops the Swedish holidays and eves: messages would go out on them. A
 *   warning.
 * - `constant-condition`: a `when`, or a requirement's rule, that holds for every possible answer or for none (`or` written for `and`). A warning.
 * - `missing-reason`, `constant-rule`, `duplicate-rule`, `unused-field`, and
 *   `unused-acknowledgement` for an acknowledgement no finding needs any more.
 *
 * Each finding names the ground, the matched words, where they were found and what to ask
 * instead, with its file, line and column. A fairness finding's message is a first line under
 * 120 characters (what, where, which ground), then the advice (`advice`); `acknowledge` holds
 * the lines that accept it, to add at `acknowledgeAt` (the field, criterion or job: `lintAcknowledge:
 * [{ finding: protected-ground:family, reason: … }]`) when the text is about something else.
 * `formatFinding(finding, 'sv')` words the parts in Swedish.
 *
 * @example
 * ```ts
 * const doc = await loadCriteria('rules/x.yaml')
 * for (const f of lintCriteria(doc, compileCriteria(doc))) console.log(`${f.line}:${f.column} ${f.severity} ${f.finding} ${f.message}`)
 * ```
 * @category Lint
 */
export function lintCriteria(doc: CriteriaDocument, screener: Screener, options: LintOptions = {}): LintFinding[] {
  if (typeof doc !== 'object' || doc === null || typeof doc.criteria !== 'object' || doc.criteria === null)
    throw new ScreeningError(
      'invalid_option',
      'lintCriteria() needs a loaded criteria document as its first argument (loadCriteriaText)',
    )
  if (typeof screener !== 'object' || screener === null || typeof screener.screen !== 'function')
    throw new ScreeningError(
      'invalid_option',
      'lintCriteria() needs the compiled screener as its second argument (compileCriteria)',
    )
  const c = doc.criteria
  const out: LintFinding[] = []
  // What this call found of each text (a text read twice is read once), and with a memo what the
  // last call found (this call's is kept when it returns).
  const kept = options.memo ? keptOf(options.memo) : undefined
  const found = new Map<string, unknown>()
  const remember = <T>(key: string, work: () => T): T => {
    if (found.has(key)) return found.get(key) as T
    const value = kept?.has(key) ? (kept.get(key) as T) : work()
    found.set(key, value)
    return value
  }
  const scan = (text: string, o: { kind: TextKind; language: Locale | undefined; read: boolean }) =>
    remember(`grounds\u0000${o.kind}\u0000${o.language}\u0000${o.read}\u0000${text}`, () => scanGrounds(text, o))
  const grounds = (text: string, o: { kind: TextKind; language: Locale | undefined; read: boolean }) =>
    scan(text, o).matches
  // A reason's messages read the whole file but its list of criteria, the reason's criterion and the templates.
  let frame: string | undefined
  const rendered = (cr: Criteria['criteria'][number], offered: readonly Locale[]) =>
    remember(
      `rendered\u0000${(frame ??= canonicalJson([{ ...c, criteria: [] }, screener.locales, screener.templates ?? null]))}\u0000${canonicalJson(cr)}\u0000${offered.join()}`,
      () => renderedProblems((messages ??= prepareMessages(screener)), c, cr, offered),
    )
  const where = (path: Path) => ({
    ...doc.locate(path, { key: true }),
    ...(doc.file === undefined ? {} : { file: doc.file }),
  })
  const acks = (owner: { lintAcknowledge?: { finding: string; reason: string }[] | undefined }, path: Path): Ack[] =>
    (owner.lintAcknowledge ?? []).map((a, i) => ({
      ...a,
      path: [...path, 'lintAcknowledge', i, 'finding'],
      used: false,
    }))
  const fieldAcks = new Map(Object.entries(c.fields).map(([name, f]) => [name, acks(f, ['fields', name])]))
  const criterionAcks = c.criteria.map((cr, i) => acks(cr, ['criteria', i]))
  const jobAcks = acks(c.job, ['job'])
  // One prepared message path for the whole file, made when the first reason is rendered.
  let messages: PreparedMessages | undefined

  /** Adds a finding unless one of the acknowledgements (of the field, criterion or job it concerns) accepts it. */
  // A finding's words in both languages travel in its params (`en`, and `sv` where the Swedish is
  // composed here), with the names the catalogue's wording reads (see src/issues).
  const add = (
    f: Omit<LintFinding, 'file' | 'line' | 'column' | 'params'>,
    accepted: Ack[][],
    params: IssueParams = {},
    worded = false,
  ) => {
    // The bare name (protected-ground) accepts every ground; files name findings as `finding` does.
    const named = accepted.flat().filter((a) => a.finding === f.finding || a.finding === f.finding.split(':')[0])
    for (const a of named) a.used = true
    // An acknowledgement accepts a finding only with a reason a reviewer can read: pasted with
    // its placeholder, or with "ok", it is reported, and the finding stays unless another
    // acknowledgement of it gives a reason (then neither is unused: the weak one is to mend).
    const ack = named.find((a) => explained(a.reason))
    for (const weak of named)
      if (!explained(weak.reason) && !weak.reported) {
        weak.reported = true
        const at = [...weak.path.slice(0, -1), 'reason']
        const params = { name: weak.finding, text: weak.reason }
        out.push({
          severity: 'error',
          code: 'unexplained_acknowledgement',
          finding: 'unexplained-acknowledgement',
          path: at,
          ...where(at),
          params,
          message: en.unexplained_acknowledgement(params),
        })
      }
    if (ack && !options.includeAcknowledged) return
    // A finding the catalogue words from its params carries no words of its own.
    out.push({
      ...f,
      params: worded ? params : { en: f.message, ...params },
      ...where(f.path),
      ...(ack ? { acknowledged: ack.reason } : {}),
    })
  }
  /**
   * Adds a fairness finding, worded by the catalogue from its params (first line, advice), with
   * the lines that acknowledge it on `on`: the field, criterion or job whose text it quotes.
   */
  const addFairness = (
    f: Omit<LintFinding, 'file' | 'line' | 'column' | 'params' | 'message'>,
    accepted: Ack[][],
    params: IssueParams,
    on: Owner,
  ) => {
    const all: IssueParams = { ...params, finding: f.finding, ackOn: on.kind, ackName: on.name }
    const parts = formatFinding({ code: f.code, params: all, message: '' }, 'en')
    add(
      {
        ...f,
        message: `${parts.headline}\n${parts.advice}`,
        advice: parts.advice,
        acknowledge: acknowledgementYaml(f.finding, ACK_REASON_EN),
        acknowledgeAt: on.path,
      },
      accepted,
      all,
      true,
    )
  }
  const fieldOwner = (name: string): Owner => ({ kind: 'field', name, path: ['fields', name] })
  const criterionOwner = (i: number): Owner => ({ kind: 'criterion', name: c.criteria[i]!.id, path: ['criteria', i] })

  // Which criteria read each field (in the rule or in `when`).
  const readers = new Map<string, number[]>()
  const rules = c.criteria.map((cr) => screener.rules.get(cr.id)!)
  c.criteria.forEach((cr, i) => {
    const fields = new Set(rules[i]!.fields)
    if (cr.when !== undefined) for (const f of screener.engine.compile(cr.when).fields) fields.add(f)
    for (const f of fields) {
      const list = readers.get(f)
      if (list) list.push(i)
      else readers.set(f, [i])
    }
  })

  // Fields: each ground once per field, from the first text that shows it.
  const protectedFields = new Set<string>()
  for (const [name, field] of Object.entries(c.fields)) {
    const readBy = readers.get(name) ?? []
    const texts = fieldTexts(name, field, c.locale)
    for (const [ground, hit] of groundsIn(texts, readBy.length > 0, grounds)) {
      protectedFields.add(name)
      // A field name is the recruiter's shorthand; what the form asks is the label. When only
      // the name points at a ground and labels exist, it is worth a look, not an error.
      const nameOnly = hit.kind === 'name' && Object.values(field.label).some(Boolean)
      // A name such as "myndig" over a question that asks the legal minimum age with its law: the question says why.
      // The labels were read for the grounds above; the same reading says which they ask as the law does.
      if (
        nameOnly &&
        texts.some(
          (t) =>
            t.kind === 'label' &&
            scan(t.text, { kind: t.kind, language: t.language, read: readBy.length > 0 }).lawful.includes(ground),
        )
      )
        continue
      // So is a text that names a law or a security clearance as its basis: an inline justification.
      const severity = nameOnly || softened(hit.match) ? 'warning' : 'error'
      const base = { ground, matched: hit.match.matched, source: hit.source } as const
      const params: IssueParams = {
        ground,
        place: placeOf(hit.kind, 'field'),
        text: hit.text,
        field: name,
        matched: hit.match.matched,
        ...(hit.match.readOnly ? { proxy: true } : {}),
        ...readsOrdinary(hit.match),
      }
      if (!readBy.length) {
        addFairness(
          {
            ...base,
            severity,
            code: 'protected_question',
            finding: `protected-question:${ground}`,
            path: ['fields', name],
          },
          [fieldAcks.get(name)!],
          params,
          fieldOwner(name),
        )
        continue
      }
      for (const i of readBy) {
        const cr = c.criteria[i]!
        const finding = { ...base, code: 'protected_ground', finding: `protected-ground:${ground}` } as const
        const read = { ...params, criterion: cr.id }
        if (explained(cr.justification))
          addFairness(
            { ...finding, severity: 'warning', path: ['criteria', i, 'justification'] },
            [fieldAcks.get(name)!, criterionAcks[i]!],
            { ...read, justification: cr.justification! },
            fieldOwner(name),
          )
        else
          addFairness(
            { ...finding, severity, path: ['criteria', i, 'rule'] },
            [fieldAcks.get(name)!, criterionAcks[i]!],
            read,
            fieldOwner(name),
          )
      }
    }
  }

  // Criteria: their own texts, reasons worded about the person, and the rule checks.
  const offered = LOCALES.filter(
    (l) => c.criteria.some((x) => x.reason[l]) || Object.values(c.fields).some((f) => f.label[l]),
  )
  const seenRules = new Map<string, string>()
  // Each rule's constant value (or undefined), worked out once: the rule checks and the conditions below both read it.
  const constants = rules.map((rule) => constantValue(screener, rule, c))
  c.criteria.forEach((cr, i) => {
    const own: Text[] = [
      ...Object.entries(cr.reason).flatMap(([l, text]) =>
        text
          ? [
              {
                text,
                kind: 'reason' as const,
                language: l as Locale,
                path: ['criteria', i, 'reason', l],
                source: `the ${l} reason of "${cr.id}"`,
              },
            ]
          : [],
      ),
      ...(cr.note
        ? [
            {
              text: cr.note,
              kind: 'note' as const,
              language: c.locale,
              path: ['criteria', i, 'note'],
              source: `the note of "${cr.id}"`,
            },
          ]
        : []),
    ]
    for (const t of own)
      for (const m of grounds(t.text, { kind: t.kind, language: t.language, read: true })) {
        const finding = {
          code: 'protected_ground',
          finding: `protected-ground:${m.ground}`,
          ground: m.ground,
          matched: m.matched,
          source: t.source,
          path: t.path,
        } as const
        const params: IssueParams = {
          ground: m.ground,
          place: placeOf(t.kind, 'criterion'),
          text: t.text,
          criterion: cr.id,
          matched: m.matched,
          ...(explained(cr.justification) ? { justification: cr.justification! } : {}),
          ...readsOrdinary(m),
        }
        addFairness(
          { ...finding, severity: explained(cr.justification) || softened(m) ? 'warning' : 'error' },
          [criterionAcks[i]!],
          params,
          criterionOwner(i),
        )
      }
    // A rejected candidate reads the reason: one about the person is an error, as a ground is.
    for (const [l, text] of Object.entries(cr.reason)) {
      // The word lists first (they name what they found); where they find nothing, the model reads the whole reason.
      const read = text
        ? remember(`personal\u0000${l}\u0000${text}`, () => personalWords(text, l as Locale))
        : undefined
      if (read)
        addFairness(
          {
            severity: 'error',
            code: 'personal_reason',
            finding: 'personal-reason',
            matched: read.words.join(', ') || text!,
            source: `the ${l} reason of "${cr.id}"`,
            path: ['criteria', i, 'reason', l],
          },
          [criterionAcks[i]!],
          { criterion: cr.id, locale: l, text: text!, words: [...read.words], ...(read.model ? { model: true } : {}) },
          criterionOwner(i),
        )
    }
    for (const [l, text] of Object.entries(cr.reason)) {
      const problems = text
        ? remember(`frame\u0000${l}\u0000${text}`, () => reasonFrameFindings(text, l as Locale))
        : []
      if (problems.length) {
        // Data for the catalogue, which words it in the file's language: what, and the word it is about.
        const params: IssueParams = {
          criterion: cr.id,
          locale: l,
          problems: problems.map((p) => p.kind),
          words: problems.map((p) => p.word),
        }
        add(
          {
            severity: 'warning',
            code: 'reason_frame',
            finding: 'reason-frame',
            matched: text!,
            source: `the ${l} reason of "${cr.id}"`,
            path: ['criteria', i, 'reason', l],
            message: en.reason_frame(params),
          },
          [criterionAcks[i]!],
          params,
          true,
        )
      }
    }
    // One finding per language, naming each message where the reason reads badly.
    const badly = rendered(cr, offered)
    for (const l of new Set(badly.map((p) => p.locale))) {
      const mine = badly.filter((p) => p.locale === l)
      add(
        {
          severity: 'warning',
          code: 'reason_render',
          finding: 'reason-render',
          source: mine.map((p) => p.where).join('; '),
          path: ['criteria', i, 'reason', l],
          message: `the ${l} reason of "${cr.id}" reads badly as rendered: ${mine.map((p) => `${p.where.replace(/^in the \w+ /, 'in the ')}, ${p.message}`).join('; ')}`,
        },
        [criterionAcks[i]!],
      )
    }
    if (cr.required)
      for (const l of offered)
        if (!cr.reason[l])
          add(
            {
              severity: 'error',
              code: 'missing_reason',
              finding: 'missing-reason',
              path: ['criteria', i, 'reason'],
              message: `required criterion "${cr.id}" has no reason in ${l}, a language this file offers`,
            },
            [criterionAcks[i]!],
            { id: cr.id, locale: l, required: true },
          )
    const constant = constants[i]
    if (constant !== undefined)
      add(
        {
          severity: 'error',
          code: 'constant_rule',
          finding: 'constant-rule',
          path: ['criteria', i, 'rule'],
          message: en.constant_rule({ id: cr.id, value: constant, required: cr.required === true }),
        },
        [criterionAcks[i]!],
        { id: cr.id, value: constant, required: cr.required === true },
        true,
      )
    for (const twin of selfComparisons(cr.rule))
      add(
        {
          severity: 'error',
          code: 'constant_rule',
          finding: 'constant-rule',
          path: ['criteria', i, 'rule', ...twin.at],
          message: en.constant_rule({ id: cr.id, what: twin.what, op: twin.op, value: twin.value }),
        },
        [criterionAcks[i]!],
        { id: cr.id, what: twin.what, op: twin.op, value: twin.value },
        true,
      )
    for (const risk of [
      ...ruleRisks(cr.rule, c.fields).map((r) => ({ ...r, in: 'rule' as const })),
      ...(cr.when === undefined ? [] : ruleRisks(cr.when, c.fields).map((r) => ({ ...r, in: 'when' as const }))),
    ])
      add(
        {
          severity: 'warning',
          code: risk.kind === 'non-finite' ? 'non_finite' : 'substring_in',
          finding: risk.kind,
          path: ['criteria', i, risk.in, ...risk.at],
          message: `criterion "${cr.id}": ${risk.message}`,
        },
        [criterionAcks[i]!],
      )
    const key = canonicalJson(cr.rule)
    const twin = seenRules.get(key)
    if (twin)
      add(
        {
          severity: 'warning',
          code: 'duplicate_rule',
          finding: 'duplicate-rule',
          path: ['criteria', i, 'rule'],
          message: `criterion "${cr.id}" has the same rule as "${twin}"`,
        },
        [criterionAcks[i]!],
        { id: cr.id, twin },
      )
    else seenRules.set(key, cr.id)
  })

  // slips: a when or a requirement that holds for every possible answer, or for none (`or` written for `and`).
  const constantRules = new Set(c.criteria.flatMap((_, i) => (constants[i] === undefined ? [] : [i])))
  for (const found of constantConditions(screener.engine, c, rules, (i) => constantRules.has(i)))
    add(
      {
        severity: 'warning',
        code: 'constant_condition',
        finding: 'constant-condition',
        path: ['criteria', found.index, found.part],
        message: en.constant_condition(found.params),
      },
      [criterionAcks[found.index]!],
      found.params,
    )

  // The job title: candidates read it in every message.
  const titles: Text[] =
    typeof c.job.title === 'string'
      ? [{ text: c.job.title, kind: 'title', language: c.locale, path: ['job', 'title'], source: 'the job title' }]
      : Object.entries(c.job.title).flatMap(([l, text]) =>
          text
            ? [
                {
                  text,
                  kind: 'title' as const,
                  language: l as Locale,
                  path: ['job', 'title', l],
                  source: `the ${l} job title`,
                },
              ]
            : [],
        )
  for (const [ground, hit] of groundsIn(titles, true, grounds))
    addFairness(
      {
        severity: softened(hit.match) ? 'warning' : 'error',
        code: 'protected_ground',
        finding: `protected-ground:${ground}`,
        ground,
        matched: hit.match.matched,
        source: hit.source,
        path: hit.path,
      },
      [jobAcks],
      { ground, place: 'title', text: hit.text, matched: hit.match.matched, ...readsOrdinary(hit.match) },
      { kind: 'job', name: 'job', path: ['job'] },
    )

  // The job title in every language the messages are sent in: an English message must not
  // carry only the Swedish title (nor a Swedish one only the English).
  const titledIn: Locale[] =
    typeof c.job.title === 'string'
      ? [c.locale]
      : LOCALES.filter((l) => (c.job.title as Partial<Record<Locale, string>>)[l])
  const untitled = screener.locales.filter((l) => !titledIn.includes(l))
  if (titledIn.length > 0 && untitled.length > 0) {
    const title = textIn(c.job.title, untitled[0]!, c.locale)
    const params = { given: titledIn, untitled, title }
    add(
      {
        severity: 'warning',
        code: 'missing_title',
        finding: 'missing-title',
        matched: title,
        source: typeof c.job.title === 'string' ? 'the job title' : `the ${titledIn.join(' and ')} job title`,
        path: ['job', 'title'],
        message: en.missing_title(params),
      },
      [jobAcks],
      params,
      true,
    )
  }

  // A Swedish job's own list of days off replaces the Swedish calendar unless it names se.
  const holidays = c.delivery?.holidays
  if (c.job.timezone === 'Europe/Stockholm' && Array.isArray(holidays) && !holidays.includes('se')) {
    const params = { count: holidays.length, days: holidays.slice(0, 2).map(String) }
    add(
      {
        severity: 'warning',
        code: 'holidays_without_se',
        finding: 'holidays-without-se',
        path: ['delivery', 'holidays'],
        message: en.holidays_without_se(params),
      },
      [jobAcks],
      params,
      true,
    )
  }

  for (const name of Object.keys(c.fields))
    if (!readers.has(name) && !protectedFields.has(name))
      add(
        {
          severity: 'warning',
          code: 'unused_field',
          finding: 'unused-field',
          path: ['fields', name],
          message: `field "${name}" is declared but no criterion reads it`,
        },
        [fieldAcks.get(name)!],
        { name },
      )

  // A justification turns an error into a warning only when it says why; "behövs" does not.
  c.criteria.forEach((cr, i) => {
    if (cr.justification === undefined || explained(cr.justification)) return
    const at = ['criteria', i, 'justification']
    const params = { criterion: cr.id, text: cr.justification }
    out.push({
      severity: 'error',
      code: 'unexplained_justification',
      finding: 'unexplained-justification',
      path: at,
      ...where(at),
      params,
      message: en.unexplained_justification(params),
    })
  })

  for (const a of [...fieldAcks.values(), ...criterionAcks, jobAcks].flat())
    if (!a.used)
      out.push({
        severity: 'warning',
        code: 'unused_acknowledgement',
        finding: 'unused-acknowledgement',
        path: a.path,
        ...where(a.path),
        params: { name: a.finding },
        message: en.unused_acknowledgement({ name: a.finding }),
      })
  if (kept) {
    kept.clear()
    for (const [key, value] of found) kept.set(key, value)
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** Everything about a field that a candidate or a recruiter reads, with where it is, labels first. */
function fieldTexts(name: string, field: Field, locale: Locale): Text[] {
  const of = `field "${name}"`
  const out: Text[] = []
  // The label in the file's language first: the finding quotes the first text that shows a ground.
  const labels = Object.entries(field.label).sort(([a], [b]) => Number(b === locale) - Number(a === locale))
  for (const [l, text] of labels)
    if (text)
      out.push({
        text,
        kind: 'label',
        language: l as Locale,
        path: ['fields', name, 'label', l],
        source: `the ${l} label of ${of}`,
      })
  if ('values' in field && field.values)
    field.values.forEach((v, i) =>
      out.push({
        text: v,
        kind: 'value',
        language: locale,
        path: ['fields', name, 'values', i],
        source: `the option "${v}" of ${of}`,
      }),
    )
  if ('valueLabels' in field && field.valueLabels)
    for (const [v, labels] of Object.entries(field.valueLabels))
      for (const [l, text] of Object.entries(labels))
        if (text)
          out.push({
            text,
            kind: 'value',
            language: l as Locale,
            path: ['fields', name, 'valueLabels', v, l],
            source: `the ${l} label of option "${v}" of ${of}`,
          })
  if ('reviewNote' in field && field.reviewNote)
    out.push({
      text: field.reviewNote,
      kind: 'note',
      language: locale,
      path: ['fields', name, 'reviewNote'],
      source: `the review note of ${of}`,
    })
  if (field.description)
    out.push({
      text: field.description,
      kind: 'note',
      language: locale,
      path: ['fields', name, 'description'],
      source: `the description of ${of}`,
    })
  // The name last: what candidates read is the better quote.
  out.push({ text: name, kind: 'name', language: undefined, path: ['fields', name], source: `the name of ${of}` })
  return out
}

/** Where a text stands, as a finding's first line names it: a field's label is its question, a field's note its description. */
function placeOf(kind: TextKind, of: 'field' | 'criterion'): string {
  return kind === 'label'
    ? 'question'
    : kind === 'value'
      ? 'option'
      : kind === 'note'
        ? of === 'field'
          ? 'description'
          : 'note'
        : kind
}

/** The grounds a set of texts shows, each with the first text and match that shows it. */
/** A text that names its lawful basis, or that the veto reads as ordinary, is a warning, not an error. */
const softened = (m: GroundMatch): boolean => m.basis !== undefined || m.ordinary !== undefined
/** The wording says why a finding is only a warning when the veto made it one. */
const readsOrdinary = (m: GroundMatch): IssueParams =>
  m.basis === undefined && m.ordinary !== undefined ? { ordinary: true } : {}

function groundsIn(
  texts: readonly Text[],
  read: boolean,
  find: (text: string, o: { kind: TextKind; language: Locale | undefined; read: boolean }) => GroundMatch[],
): Map<GroundId, { match: GroundMatch; source: string; path: Path; kind: TextKind; text: string }> {
  const found = new Map<GroundId, { match: GroundMatch; source: string; path: Path; kind: TextKind; text: string }>()
  for (const t of texts)
    for (const m of find(t.text, { kind: t.kind, language: t.language, read }))
      if (!found.has(m.ground))
        found.set(m.ground, { match: m, source: t.source, path: t.path, kind: t.kind, text: t.text })
  return found
}

/**
 * The value a rule has for every application, or undefined: folding finds rules built of
 * constants; trying every possible answer (as screening does for unanswered fields) finds
 * contradictions such as "more than 5 and less than 2".
 */
function constantValue(screener: Screener, rule: CompiledRule, criteria: Criteria): boolean | undefined {
  const folded = foldRule(screener.engine, rule)
  if (folded.constant) return !!folded.value && !(Array.isArray(folded.value) && folded.value.length === 0)
  if (rule.fields.length === 0 || ruleReadsMoreThanAnswers(screener.engine, rule)) return undefined
  const shapes: Record<string, AnswerShape> = Object.create(null)
  for (const [name, f] of Object.entries(criteria.fields))
    shapes[name] =
      f.type === 'boolean'
        ? { type: 'boolean' }
        : f.type === 'enum'
          ? { type: 'enum', values: f.values }
          : f.type === 'number' || f.type === 'integer'
            ? {
                type: f.type,
                ...(f.min === undefined ? {} : { min: f.min }),
                ...(f.max === undefined ? {} : { max: f.max }),
              }
            : f.type === 'string'
              ? { type: 'string' }
              : { type: 'other' }
  // Every field answered, with any answer: "invalid" is the unknown that defaults and `missing` do not read as absence.
  const gaps = new Map<string, FieldGap>(rule.fields.map((f) => [f, { state: 'invalid' }]))
  try {
    const r = testThreeValued(
      screener.engine,
      rule,
      {},
      { gaps, domains: answerDomains(screener.engine, rule, shapes) },
    )
    return r instanceof Unknown ? undefined : r
  } catch {
    return undefined
  }
}

const SELF: Record<string, boolean> = {
  '==': true,
  '===': true,
  '<=': true,
  '>=': true,
  '!=': false,
  '!==': false,
  '<': false,
  '>': false,
}

/** Comparisons of a computed value with the very same expression (`{"==": [x, x]}`), with where they are. */
function selfComparisons(rule: unknown): { at: (string | number)[]; op: string; what: string; value: boolean }[] {
  const out: { at: (string | number)[]; op: string; what: string; value: boolean }[] = []
  const stack: [unknown, (string | number)[]][] = [[rule, []]]
  while (stack.length) {
    const [v, at] = stack.pop()!
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...at, i]]))
    else if (v && typeof v === 'object') {
      const keys = Object.keys(v)
      if (keys.length !== 1) continue
      const op = keys[0]!
      const args = (v as Record<string, unknown>)[op]
      if (
        Object.hasOwn(SELF, op) &&
        Array.isArray(args) &&
        args.length === 2 &&
        args[0] &&
        typeof args[0] === 'object' &&
        canonicalJson(args[0]) === canonicalJson(args[1])
      )
        out.push({ at: [...at, op], op, what: canonicalJson(args[0]), value: SELF[op]! })
      stack.push([args, [...at, op]])
    }
  }
  return out
}

const LONGEST_SENTENCE = 40
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length

/**
 * Renders a criterion's reason in every frame a candidate may read it in (a rejection and a
 * talent-pool message, alone and in a list, in every language the file offers) and reports
 * what reads badly there: a sentence too long to follow, a placeholder left over, doubled
 * punctuation. Stages whose custom templates were not loaded are skipped.
 */
function renderedProblems(
  messages: PreparedMessages,
  c: Criteria,
  cr: Criteria['criteria'][number],
  offered: readonly Locale[],
): { locale: Locale; where: string; message: string }[] {
  const screener = messages.screener
  const id = cr.id
  const out: { locale: Locale; where: string; message: string }[] = []
  const seen = new Set<string>()
  for (const locale of offered) {
    if (!cr.reason[locale]) continue
    const reason = screener.reason(id, locale) ?? ''
    for (const stage of ['rejected', 'talent-pool'] as const)
      for (const listed of [false, true]) {
        const entry = (cid: string, text: string) => ({
          id: cid,
          required: cr.required === true,
          weight: cr.required ? 0 : (cr.weight ?? 0),
          status: 'unmet' as const,
          reason: text,
          fields: [],
        })
        const criteria = listed
          ? [entry(id, reason), entry('__another', locale === 'sv' ? 'ett annat krav' : 'another requirement')]
          : [entry(id, reason)]
        const result = {
          application: { id: 'lint', submittedAt: '2026-01-05T10:00:00+01:00' },
          outcome: 'reject',
          nearMiss: stage === 'talent-pool',
          score: 0,
          maxScore: 0,
          minScore: 0,
          locale,
          criteria,
          unmet: criteria.map((x) => x.id),
          missing: [],
          invalid: [],
          review: [],
          skipped: [],
          audit: {
            criteriaId: c.id,
            criteriaVersion: c.version,
            criteriaHash: '',
            applicationHash: '',
            engineVersion: '',
            evaluatedAt: '2026-01-05T09:00:00.000Z',
            timeZone: c.job.timezone,
          },
        } as unknown as ScreeningResult
        let text: string
        try {
          text = messages.renderMessage(result, { now: new Date('2026-01-05T09:00:00Z'), stage, locale }).text
        } catch (e) {
          if (e instanceof ScreeningError && e.code === 'template_not_loaded') continue
          throw e
        }
        const where = `in the ${locale} ${stage === 'rejected' ? 'rejection' : 'talent-pool message'}${listed ? ', in a list' : ''}`
        const report = (message: string) => {
          if (!seen.has(message)) out.push({ locale, where, message })
          seen.add(message)
        }
        for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
          if (!sentence.includes(reason)) continue
          if (words(sentence) > LONGEST_SENTENCE)
            report(
              `the sentence that carries the reason is ${words(sentence)} words ("${sentence.slice(0, 80)}…"); keep the requirement short and put why the job needs it in \`why\``,
            )
        }
        const line = text.split('\n').find((l) => l.includes(reason)) ?? ''
        if (/\{\{|\}\}/.test(line))
          report(`a placeholder is left in the text ("${line.trim()}"); check the spelling of {{min}}, {{values}} …`)
        if (/\.\.|,\.|\s[,.]|\(\s|\s\)/.test(line))
          report(`the punctuation around the reason reads badly there ("${line.trim()}")`)
      }
  }
  return out
}

/** What judges the person in a reason: the words the lists found, or, where they found none, the model's reading of the whole reason. */
function personalWords(text: string, language: Locale): { words: readonly string[]; model: boolean } | undefined {
  const words = findPersonalWording(text, language)
  if (words.length) return { words, model: false }
  // A template's expressions are filled in later ("{{value}}"): the model reads the words around them, and needs a few.
  const prose = text.replace(/\{\{[^}]*\}\}/g, ' ')
  if ((prose.match(/\p{L}+/gu) ?? []).length < 3) return undefined
  return personalReason(prose, language).personal ? { words: [], model: true } : undefined
}
