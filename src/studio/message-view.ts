import {
  deliveryPolicy,
  formatStageMismatch,
  isDecisionError,
  isScreeningError,
  LOCALES,
  parseInstant,
  planDelivery,
  recordDecision,
  renderMessage,
  STAGES,
  stageFor,
  stageProblem,
  type DecisionInput,
  type Locale,
  type ScreeningResult,
  type Screener,
  type Stage,
} from '../index.js'
import { h, uid } from './dom.js'
import { decisionProblemText, stageName, t, type UiLocale } from './i18n.js'

/** A person's decision as the recruiter sets it up in the message tab. */
export interface PersonChoice {
  outcome: 'pass' | 'reject'
  /** Ids of the file's criteria ticked as the reasons. */
  criteria: string[]
  /** The reason in the person's own words, per language. */
  text: Partial<Record<Locale, string>>
  interview: boolean
  /** When the interview was held, as a datetime-local value in the job's time zone. */
  interviewAt: string
}

/** What the message tab shows: a stage and language (default: the decision's and the page's), and who decides. */
export interface MessageChoice {
  stage?: Stage
  language?: Locale
  decidedBy?: 'program' | 'person'
  person?: PersonChoice
}

/** A moment as a datetime-local value in a time zone. */
function localInput(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

/**
 * The candidate's message for the form's answers, as sent: for the program's decision or a
 * person's (outcome, reasons, an interview), with its stage, language, text, the HTML in a
 * sandbox, and when it goes out. A stage that does not fit the decision, or a decision the
 * library refuses, is said in the recruiter's language in place of the message.
 */
export function renderMessagePreview(
  container: HTMLElement,
  result: ScreeningResult,
  screener: Screener,
  locale: UiLocale,
  choice: MessageChoice,
): void {
  const zone = screener.criteria.job.timezone
  const criteria = screener.criteria.criteria
  const person = (choice.person ??= {
    outcome: 'reject',
    criteria: [],
    text: {},
    interview: false,
    // A week after the application came in, at 10:00.
    interviewAt: `${localInput(new Date(Date.parse(result.application.submittedAt) + 7 * 86_400_000), zone).slice(0, 10)}T10:00`,
  })
  // Ticks of criteria the file no longer has are dropped.
  person.criteria = person.criteria.filter((id) => criteria.some((c) => c.id === id))

  const radios = (
    legend: string,
    name: string,
    options: [string, string][],
    value: string,
    onPick: (v: string) => void,
  ) =>
    h(
      'fieldset',
      { class: 'row' },
      h('legend', {}, legend),
      ...options.map(([v, label]) => {
        const id = uid(name)
        return h(
          'span',
          { class: 'choice' },
          h('input', { type: 'radio', id, name, value: v, checked: v === value, onchange: () => onPick(v) }),
          h('label', { for: id }, label),
        )
      }),
    )
  const decidedBy = radios(
    t('decidedBy', locale),
    uid('decided-by'),
    [
      ['program', t('byProgram', locale)],
      ['person', t('byPerson', locale)],
    ],
    choice.decidedBy ?? 'program',
    (v) => {
      choice.decidedBy = v as 'program' | 'person'
      decisionChanged()
    },
  )
  const outcome = radios(
    t('personOutcome', locale),
    uid('person-outcome'),
    [
      ['reject', t('reject', locale)],
      ['pass', t('pass', locale)],
    ],
    person.outcome,
    (v) => {
      person.outcome = v as 'pass' | 'reject'
      decisionChanged()
    },
  )
  const reasons = h(
    'fieldset',
    { class: 'row reasons' },
    h('legend', {}, t('personReasons', locale)),
    ...criteria.map((c) => {
      const id = uid('reason')
      return h(
        'span',
        { class: 'choice', 'data-criterion': c.id },
        h('input', {
          type: 'checkbox',
          id,
          value: c.id,
          checked: person.criteria.includes(c.id),
          onchange: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked
            person.criteria = on
              ? [...person.criteria.filter((x) => x !== c.id), c.id]
              : person.criteria.filter((x) => x !== c.id)
            decisionChanged()
          },
        }),
        h('label', { for: id }, screener.reason(c.id, locale) ?? c.id),
      )
    }),
  )
  const ownWords = LOCALES.map((l) => {
    const id = uid(`reason-text-${l}`)
    return h(
      'div',
      { class: 'row' },
      h('label', { for: id }, t(l === 'sv' ? 'ownReasonSv' : 'ownReasonEn', locale)),
      h('textarea', {
        id,
        rows: 2,
        lang: l,
        oninput: (e: Event) => {
          const v = (e.target as HTMLTextAreaElement).value
          // An empty field is no reason.
          if (v.trim()) person.text[l] = v
          else delete person.text[l]
          decisionChanged()
        },
      }),
    )
  })
  for (const [i, l] of LOCALES.entries())
    (ownWords[i]!.querySelector('textarea') as HTMLTextAreaElement).value = person.text[l] ?? ''
  const interviewId = uid('after-interview')
  const interviewAtId = uid('interview-at')
  const interviewAt = h('input', {
    type: 'datetime-local',
    id: interviewAtId,
    value: person.interviewAt,
    oninput: (e: Event) => {
      person.interviewAt = (e.target as HTMLInputElement).value
      decisionChanged()
    },
  })
  const interview = h(
    'div',
    { class: 'row' },
    h(
      'span',
      { class: 'choice' },
      h('input', {
        type: 'checkbox',
        id: interviewId,
        checked: person.interview,
        onchange: (e: Event) => ((person.interview = (e.target as HTMLInputElement).checked), decisionChanged()),
      }),
      h('label', { for: interviewId }, t('afterInterview', locale)),
    ),
    h(
      'span',
      { class: 'choice interview-at' },
      h('label', { for: interviewAtId }, t('interviewAt', locale)),
      interviewAt,
    ),
  )
  const rejectParts = h('div', { class: 'reject-parts' }, reasons, ...ownWords, interview)
  const personParts = h('div', { class: 'person-decision' }, outcome, rejectParts)

  const stageId = uid('stage')
  const langId = uid('msg-lang')
  const stageSelect = h('select', {
    id: stageId,
    onchange: (e: Event) => ((choice.stage = (e.target as HTMLSelectElement).value as Stage), refresh()),
  })
  const controls = h(
    'div',
    { class: 'controls' },
    h('label', { for: stageId }, t('stage', locale)),
    stageSelect,
    h('label', { for: langId }, t('messageLanguage', locale)),
    h(
      'select',
      {
        id: langId,
        onchange: (e: Event) => ((choice.language = (e.target as HTMLSelectElement).value as Locale), refresh()),
      },
      ...LOCALES.map((l) =>
        h('option', { value: l, selected: l === (choice.language ?? locale) }, l === 'sv' ? 'svenska' : 'English'),
      ),
    ),
  )
  const body = h('div', {
    class: 'message-body',
    role: 'region',
    'aria-live': 'polite',
    'aria-label': t('tabMessage', locale),
  })
  container.replaceChildren(h('div', { class: 'decision-controls' }, decidedBy, personParts), controls, body)

  // A new decision is shown with its own message: a stage picked for the old one is let go.
  function decisionChanged() {
    delete choice.stage
    refresh()
  }

  function refresh() {
    const byPerson = choice.decidedBy === 'person'
    personParts.hidden = !byPerson
    rejectParts.hidden = person.outcome !== 'reject'
    interviewAt.disabled = !person.interview
    let decided: ScreeningResult = result
    let refused: string | null = null
    if (byPerson) {
      // The decision as an ATS records it: at the time of the result, or after the interview.
      const evaluated = new Date(result.audit.evaluatedAt)
      const held = person.outcome === 'reject' && person.interview ? parseInstant(person.interviewAt, zone) : undefined
      const input: DecisionInput = {
        outcome: person.outcome,
        by: t('studioDecider', locale),
        at: held && held > evaluated ? held : evaluated,
      }
      if (person.outcome === 'reject') {
        input.reasons = { criteria: person.criteria, text: { ...person.text } }
        if (person.interview) input.interviewAt = held ?? person.interviewAt
      }
      try {
        decided = recordDecision(result, input, { screener })
      } catch (e) {
        if (!isDecisionError(e)) throw e
        refused = decisionProblemText(e.issues[0], locale)
      }
    }
    const stage = choice.stage ?? stageFor(decided)
    stageSelect.replaceChildren(
      ...STAGES.filter((s) => s !== 'late' || screener.criteria.job.closesAt).map((s) =>
        h(
          'option',
          { value: s, selected: s === stage },
          refused || !stageProblem(decided, s)
            ? stageName(s, locale)
            : `${stageName(s, locale)} (${t('notFitting', locale)})`,
        ),
      ),
    )
    body.replaceChildren(
      ...(refused
        ? [h('p', { class: 'error', 'data-problem': 'invalid_decision' }, refused)]
        : messageOf(decided, stage)),
    )
  }

  function messageOf(decided: ScreeningResult, stage: Stage): Node[] {
    const mismatch = formatStageMismatch(decided, stage, locale)
    if (mismatch) return [h('p', { class: 'error', 'data-problem': 'stage_mismatch' }, mismatch)]
    const language = choice.language ?? locale
    try {
      const now = decided.decision ? new Date(decided.decision.at) : new Date(result.audit.evaluatedAt)
      const message = renderMessage(decided, { screener, now, stage, locale: language })
      const plan = planDelivery(decided, deliveryPolicy(screener.criteria), { now, stage })
      const when = new Intl.DateTimeFormat(locale === 'sv' ? 'sv' : 'en-GB', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: zone,
      }).format(new Date(plan.sendAt))
      return [
        h(
          'p',
          { class: 'send-at' },
          `${t('sendAt', locale)}: ${when}`,
          plan.slaBreached ? h('strong', { class: 'breach' }, ` (${t('slaBreached', locale)})`) : null,
        ),
        h('h3', {}, t('textPart', locale)),
        h('pre', { class: 'message-text', lang: language }, `${message.subject}\n\n${message.text}`),
        h('h3', {}, t('htmlPart', locale)),
        // No scripts, no navigation, no requests: the HTML is shown, never run.
        h('iframe', { class: 'message-html', sandbox: '', srcdoc: message.html, title: message.subject }),
      ]
    } catch (e) {
      // Custom templates need code generation, which the studio's page does not allow.
      const custom = isScreeningError(e) && e.code === 'template_not_loaded'
      return [
        h('p', { class: 'error' }, custom ? t('customTemplate', locale) : isScreeningError(e) ? e.message : String(e)),
      ]
    }
  }

  refresh()
}
