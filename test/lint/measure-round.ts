// Measures the fairness lint on a round of labelled texts, as the lint meets them in a file:
// each text is placed where its entry says (a question a rule reads or none reads, an option,
// a reason, a job title, a field name) in a criteria file of its own, and `lintCriteria` runs
// on it. Run: npx tsx test/lint/measure-round.ts <round.yaml> [--misses]
//
// The rounds in test/lint/rounds/ are held out: the code is never tuned on them. This is a
// script, not a test, so that no threshold tempts anyone to tune on a held-out round; the
// tuned corpus has its thresholds in grounds-corpus.test.ts.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { compileCriteria, lintCriteria, loadCriteriaText, type LintFinding } from '../../src/index'

/** One labelled text of a round. */
export interface RoundEntry {
  lang: 'sv' | 'en'
  /** Where the text stands: a question's label, an option, a reason, the job title, a field name. */
  kind: 'label' | 'value' | 'reason' | 'title' | 'name'
  /** For a label, an option or a name: whether a criterion reads the field. Default true. */
  read?: boolean
  /** The protected ground the text asks about or judges the applicant on, or none. */
  ground?: string
  /** For reasons: whether the reason speaks of the person rather than name a requirement. */
  personal?: boolean
  text: string
  sector?: string
}

/** The lint's fairness findings for one entry, placed in a file of its own (`strict`: a text that cannot be placed throws instead of counting as not found; `placeOnly`: load and compile only, no lint). */
export function lintEntry(e: RoundEntry, options: { strict?: boolean; placeOnly?: boolean } = {}): LintFinding[] {
  const read = e.read ?? true
  const other = e.lang === 'sv' ? 'Har du B-körkort?' : 'Do you hold a driving licence?'
  const fields: Record<string, unknown> = { korkort: { type: 'boolean', label: { [e.lang]: other } } }
  let field = 'fraga'
  if (e.kind === 'name') field = e.text
  if (e.kind === 'label' || e.kind === 'name')
    fields[field] = {
      type: 'string',
      label: e.kind === 'label' ? { [e.lang]: e.text } : { [e.lang]: e.lang === 'sv' ? 'Svar' : 'Answer' },
    }
  if (e.kind === 'value')
    fields[field] = {
      type: 'enum',
      values: [e.text, e.lang === 'sv' ? 'Inget av dessa' : 'None of these'],
      label: { [e.lang]: e.lang === 'sv' ? 'Välj det som stämmer' : 'Choose what applies' },
    }
  const readsField = (e.kind === 'label' || e.kind === 'value' || e.kind === 'name') && read
  const rule = readsField
    ? e.kind === 'value'
      ? { '==': [{ var: field }, e.text] }
      : { '!!': [{ var: field }] }
    : { var: 'korkort' }
  const reason = e.kind === 'reason' ? e.text : e.lang === 'sv' ? 'B-körkort' : 'a driving licence'
  const doc = {
    id: 'round',
    version: 1,
    locale: e.lang,
    job: {
      company: 'Acme AB',
      contact: { name: 'Eva Lind', email: 'jobb@acme.example' },
      title: { [e.lang]: e.kind === 'title' ? e.text : e.lang === 'sv' ? 'Lagerarbetare' : 'Warehouse worker' },
    },
    fields,
    criteria: [
      { id: 'krav', rule, required: true, reason: { [e.lang]: reason } },
      ...(readsField
        ? [
            {
              id: 'korkort',
              rule: { var: 'korkort' },
              required: true,
              reason: { [e.lang]: e.lang === 'sv' ? 'B-körkort' : 'a driving licence' },
            },
          ]
        : []),
    ],
  }
  // A text the file cannot hold (a field name that is no identifier) is measured as not found.
  let loaded
  try {
    loaded = loadCriteriaText(JSON.stringify(doc), { format: 'json' })
  } catch (error) {
    if (options.strict) throw error
    console.warn(`cannot place ${e.kind} "${e.text}": ${error instanceof Error ? error.message : String(error)}`)
    return []
  }
  // Placing is loading and compiling: what a test of the rounds' shape needs, without the lint's figures.
  if (options.placeOnly) {
    compileCriteria(loaded)
    return []
  }
  return lintCriteria(loaded, compileCriteria(loaded)).filter((f) => /^(protected|personal)/.test(f.finding))
}

/** The figures of the issue's table for one language of a round. */
export function measure(entries: RoundEntry[]) {
  const out: Record<string, unknown> = {}
  for (const lang of ['sv', 'en'] as const) {
    const grounds = entries.filter((e) => e.lang === lang && e.ground !== undefined)
    let correct = 0
    let flagged = 0
    let ordinaryErrors = 0
    let realErrors = 0
    const misses: string[] = []
    const alarms: string[] = []
    for (const e of grounds) {
      const found = lintEntry(e).filter((f) => f.ground !== undefined)
      if (found.length) flagged++
      if (e.ground !== 'none' && found.some((f) => f.ground === e.ground)) correct++
      else if (e.ground !== 'none')
        misses.push(
          `${e.kind}${e.read === false ? ' (unread)' : ''} [${e.ground}] "${e.text}": found ${found.map((f) => f.ground).join(', ') || 'nothing'}`,
        )
      if (e.ground === 'none' && found.length)
        alarms.push(
          `${e.kind} "${e.text}": ${found.map((f) => `${f.severity} ${f.finding} (${f.matched})`).join('; ')}`,
        )
      if (e.ground === 'none' && found.some((f) => f.severity === 'error')) ordinaryErrors++
      if (e.ground !== 'none' && found.some((f) => f.ground === e.ground && f.severity === 'error')) realErrors++
    }
    const real = grounds.filter((e) => e.ground !== 'none').length
    const ordinary = grounds.length - real
    const reasons = entries.filter((e) => e.lang === lang && e.personal !== undefined)
    const personal = reasons.filter((e) => e.personal)
    const caught = personal.filter((e) => lintEntry(e).some((f) => f.finding === 'personal-reason'))
    const falsePersonal = reasons.filter(
      (e) => !e.personal && lintEntry(e).some((f) => f.finding === 'personal-reason'),
    )
    // A requirement worded as an ordinary reason (a reason entry with no ground) read as personal is a false alarm too.
    const ordinaryReasons = grounds.filter((e) => e.kind === 'reason' && e.ground === 'none')
    const personalOnOrdinary = ordinaryReasons.filter((e) => lintEntry(e).some((f) => f.finding === 'personal-reason'))
    out[lang] = {
      texts: grounds.length,
      real,
      recall: +(correct / Math.max(1, real)).toFixed(2),
      precision: +(correct / Math.max(1, flagged)).toFixed(2),
      ordinaryFlaggedAsErrors: `${ordinaryErrors} of ${ordinary}`,
      realFoundAsErrors: `${realErrors} of ${real}`,
      personalReasonRecall: personal.length ? +(caught.length / personal.length).toFixed(2) : null,
      personalReasonFalseAlarms: `${falsePersonal.length} of ${reasons.length - personal.length}`,
      personalOnOrdinaryReasons: `${personalOnOrdinary.length} of ${ordinaryReasons.length}`,
      misses,
      alarms,
      personalMisses: personal.filter((e) => !caught.includes(e)).map((e) => e.text),
      personalAlarms: [...falsePersonal, ...personalOnOrdinary].map((e) => e.text),
    }
  }
  return out
}

if (process.argv[1]?.endsWith('measure-round.ts')) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: npx tsx test/lint/measure-round.ts <round.yaml> [--misses]')
    process.exit(2)
  }
  const entries = parse(readFileSync(file, 'utf8')) as RoundEntry[]
  const figures = measure(entries)
  const detail = process.argv.includes('--misses')
  for (const [lang, f] of Object.entries(figures) as [string, Record<string, unknown>][]) {
    const { misses, alarms, personalMisses, personalAlarms, ...table } = f
    console.log(lang, JSON.stringify(table))
    if (detail)
      for (const [k, v] of Object.entries({ misses, alarms, personalMisses, personalAlarms }))
        for (const line of v as string[]) console.log(`  ${k}: ${line}`)
  }
}
