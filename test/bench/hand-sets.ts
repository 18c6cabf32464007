import { createHash } from 'node:crypto'
import { canonicalJson } from '../../src/criteria/canonical-json'
import { normaliseTerm } from '../../src/logic/screening-operators'
import type { Screener } from '../../src/screen/compile-criteria'
import { DEFAULT_NON_ANSWERS, looseAnswer } from '../../src/screen/non-answers'
import { LEVELS } from './standard-set'

// Hand-written equivalents of the bundled rule sets: what a careful developer would write for
// each job by hand. Honest: the same statuses as screen() (checked on every application below),
// a detail for every unmet criterion, a problem for an answer for a person, the decision with
// its near miss, and the audit record with the SHA-256 of the canonical answers. Literals are
// prepared once; answers are normalised as screening reads them (case and accents; free lists
// without their non-answers); the day of a submission in the job's zone is kept per timestamp.
type Status = 'met' | 'unmet' | 'skipped' | 'review' | 'missing'
type Judged = [Status, object?]
export interface HandSet {
  closes: number
  judge: (a: Record<string, unknown>, submittedAt: string) => Judged[]
}
const zoneDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
const days = new Map<string, string>()
/** The local day of a submission plus whole months (the last day of a shorter month), kept per timestamp. */
function monthsAfter(submittedAt: string, months: number): string {
  const key = `${submittedAt}|${months}`
  let d = days.get(key)
  if (d === undefined) {
    const [y, m, day] = zoneDay.format(new Date(submittedAt)).split('-').map(Number) as [number, number, number]
    const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate()
    d = new Date(Date.UTC(y, m - 1 + months, Math.min(day, last))).toISOString().slice(0, 10)
    days.set(key, d)
  }
  return d
}
const norm = (xs: unknown[]) => xs.map((x) => normaliseTerm(x))
/** A free list as screening reads it: its non-answers ("none", "vet ej") left out; empty when nothing else is left. */
const freeList = (xs: unknown): string[] =>
  norm(xs as unknown[]).filter((x) => !DEFAULT_NON_ANSWERS.has(looseAnswer(x)))
const anyOf = (have: string[], want: readonly string[]) => want.some((w) => have.includes(w))
const cefrRank = (l: unknown) => LEVELS.indexOf(String(l).trim().toUpperCase())
const cond = (operator: string, path: string, expected: unknown, actual: unknown) => ({
  kind: 'condition',
  operator,
  path,
  subject: path,
  expected,
  actual,
  negated: false,
})
const yes = (ok: boolean, detail: () => object): Judged => (ok ? ['met'] : ['unmet', detail()])
/** A free list that held only non-answers: not answered, and a person looks where it could change the result. */
const unanswered = (field: string): Judged => [
  'missing',
  {
    code: 'missing_answer',
    path: field,
    message: `${field} is not answered, and the answer could change the result`,
    fields: [field],
  },
]

/** The hand-written equivalents, by the name of the bundled rule set. */
export const HAND: Record<string, HandSet> = {
  'frontend-developer': {
    closes: Date.parse('2026-12-15T23:59:59.999+01:00'),
    judge(a, at) {
      const skills = freeList(a.skills)
      const none = skills.length === 0
      const start = monthsAfter(at, 3)
      return [
        yes(a.workPermit === true, () => cond('truthy', 'workPermit', true, a.workPermit)),
        yes((a.experienceYears as number) >= 3, () => cond('>=', 'experienceYears', 3, a.experienceYears)),
        none
          ? unanswered('skills')
          : yes(anyOf(skills, ['react', 'vue', 'angular', 'svelte']), () =>
              cond('includesAny', 'skills', ['react', 'vue', 'angular', 'svelte'], a.skills),
            ),
        yes(cefrRank(a.englishLevel) >= 3, () => cond('cefrAtLeast', 'englishLevel', 'B2', a.englishLevel)),
        none
          ? unanswered('skills')
          : yes(skills.includes('typescript'), () => cond('includesAny', 'skills', ['typescript'], a.skills)),
        none
          ? unanswered('skills')
          : yes(anyOf(skills, ['vitest', 'jest', 'playwright', 'cypress', 'testing library']), () =>
              cond('includesAny', 'skills', ['Vitest', 'Jest', 'Playwright', 'Cypress', 'Testing Library'], a.skills),
            ),
        yes(cefrRank(a.swedishLevel) >= 2, () => cond('cefrAtLeast', 'swedishLevel', 'B1', a.swedishLevel)),
        yes((a.availableFrom as string) <= start, () =>
          cond('dateOnOrBefore', 'availableFrom', start, a.availableFrom),
        ),
      ]
    },
  },
  lagerarbetare: {
    closes: Date.parse('2026-12-06T23:59:59.999+01:00'),
    judge(a, at) {
      const start = monthsAfter(at, 1)
      return [
        yes(a.workPermit === true, () => cond('truthy', 'workPermit', true, a.workPermit)),
        yes(anyOf(norm(a.truckLicence as unknown[]), ['a2', 'b1']), () =>
          cond('includesAny', 'truckLicence', ['A2', 'B1'], a.truckLicence),
        ),
        yes(a.eveningShifts === true, () => cond('truthy', 'eveningShifts', true, a.eveningShifts)),
        yes(cefrRank(a.swedishLevel) >= 2, () => cond('cefrAtLeast', 'swedishLevel', 'B1', a.swedishLevel)),
        yes((a.warehouseMonths as number) >= 6, () => cond('>=', 'warehouseMonths', 6, a.warehouseMonths)),
        yes(anyOf(norm(a.driversLicence as unknown[]), ['b', 'be', 'c', 'ce']), () =>
          cond('includesAny', 'driversLicence', ['B', 'BE', 'C', 'CE'], a.driversLicence),
        ),
        yes((a.availableFrom as string) <= start, () =>
          cond('dateOnOrBefore', 'availableFrom', start, a.availableFrom),
        ),
      ]
    },
  },
  'b2b-saljare': {
    closes: Date.parse('2026-12-31T12:00:00+01:00'),
    judge(a) {
      const years = a.salesYears as number
      const crm = freeList(a.crmTools)
      return [
        yes(years >= 2, () => cond('>=', 'salesYears', 2, years)),
        yes(cefrRank(a.swedishLevel) >= 4, () => cond('cefrAtLeast', 'swedishLevel', 'C1', a.swedishLevel)),
        yes(cefrRank(a.englishLevel) >= 3, () => cond('cefrAtLeast', 'englishLevel', 'B2', a.englishLevel)),
        yes(a.driversLicence === true, () => cond('truthy', 'driversLicence', true, a.driversLicence)),
        yes(a.saasExperience === true, () => cond('truthy', 'saasExperience', true, a.saasExperience)),
        years >= 1
          ? yes((a.quotaAttainment as number) >= 100, () => cond('>=', 'quotaAttainment', 100, a.quotaAttainment))
          : ['skipped', cond('>=', 'salesYears', 1, years)],
        crm.length === 0 && years < 5
          ? unanswered('crmTools')
          : yes(anyOf(crm, ['salesforce', 'hubspot']) || years >= 5, () => ({
              kind: 'anyOf',
              children: [
                cond('includesAny', 'crmTools', ['Salesforce', 'HubSpot'], a.crmTools),
                cond('>=', 'salesYears', 5, years),
              ],
            })),
        yes((a.availableFrom as string) <= '2027-03-01', () =>
          cond('dateOnOrBefore', 'availableFrom', '2027-03-01', a.availableFrom),
        ),
      ]
    },
  },
  'underskoterska-hemtjanst': {
    closes: Date.parse('2027-01-10T23:59:59.999+01:00'),
    judge(a, at) {
      const examen = a.underskoterskeexamen === true
      const start = monthsAfter(at, 1)
      const have = norm(a.kunskaper as unknown[])
      const utbildning =
        a.utbildning === 'Annan motsvarande utbildning'
          ? ([
              'review',
              {
                code: 'needs_review',
                path: 'utbildning',
                message: `utbildning is "Annan motsvarande utbildning": ${UTBILDNING_NOTE}`,
                fields: ['utbildning'],
              },
            ] as Judged)
          : yes(a.utbildning === 'Vård- och omsorgsprogrammet' || a.utbildning === 'Vårdbiträde', () =>
              cond('in', 'utbildning', ['Vård- och omsorgsprogrammet', 'Vårdbiträde'], a.utbildning),
            )
      return [
        yes(examen || (a.erfarenhetManader as number) >= 24, () => ({
          kind: 'anyOf',
          children: [
            cond('truthy', 'underskoterskeexamen', true, a.underskoterskeexamen),
            cond('>=', 'erfarenhetManader', 24, a.erfarenhetManader),
          ],
        })),
        examen
          ? yes(a.examensbevis === true, () => cond('truthy', 'examensbevis', true, a.examensbevis))
          : ['skipped', cond('truthy', 'underskoterskeexamen', true, false)],
        utbildning,
        yes(a.korkort === 'B', () => cond('==', 'korkort', 'B', a.korkort)),
        yes(KUNSKAPER.filter((k) => have.includes(k)).length >= 2, () => cond('atLeast', 'kunskaper', 2, a.kunskaper)),
        yes((a.tillgangligFran as string) <= start, () =>
          cond('dateOnOrBefore', 'tillgangligFran', start, a.tillgangligFran),
        ),
      ]
    },
  },
}
const UTBILDNING_NOTE = 'Bedöm om utbildningen motsvarar vård- och omsorgsprogrammet; begär kursintyg.'
const KUNSKAPER = norm(['Läkemedelsdelegering', 'Demensvård', 'Palliativ vård', 'Hjälpmedel och förflyttning'])

/** A hand-written screen() for one bundled rule set: its criteria's constants read once from the file, the rest written out; `now` is the decision time. */
export function handScreener(s: Screener, set: HandSet, now: Date) {
  const c = s.criteria
  const meta = [
    {
      id: 'deadline',
      required: true,
      weight: 0,
      reason: 'the closing date',
      fields: [] as string[],
      nearMissAllowed: false,
    },
    ...c.criteria.map((x) => ({
      id: x.id,
      required: x.required === true,
      weight: x.required ? 0 : (x.weight ?? 0),
      reason: s.reason(x.id, c.locale)!,
      fields: s.rules.get(x.id)!.fields as string[],
      nearMissAllowed: x.nearMissAllowed === true,
    })),
  ]
  const maxScore = meta.reduce((n, m) => n + m.weight, 0)
  const { minScore, nearMissMargin } = c.decision
  return (app: { id: string; submittedAt: string; answers: Record<string, unknown> }) => {
    const judged: Judged[] = [
      Date.parse(app.submittedAt) <= set.closes
        ? ['met']
        : ['unmet', cond('dateOnOrBefore', 'submittedAt', 'closes', app.submittedAt)],
      ...set.judge(app.answers, app.submittedAt),
    ]
    let score = 0
    let open = 0
    let openRequired = 0
    const unmetRequired: number[] = []
    const lists = {
      unmet: [] as string[],
      missing: [] as string[],
      invalid: [] as string[],
      review: [] as string[],
      skipped: [] as string[],
    }
    const criteria = judged.map(([status, why], i) => {
      const m = meta[i]!
      if (status === 'met' && !m.required) score += m.weight
      else if (status === 'unmet' && m.required) unmetRequired.push(i)
      else if (status === 'review' || status === 'missing') m.required ? openRequired++ : (open += m.weight)
      if (status !== 'met') lists[status].push(m.id)
      const r: Record<string, unknown> = {
        id: m.id,
        required: m.required,
        weight: m.weight,
        status,
        reason: m.reason,
        fields: m.fields,
      }
      if (why) r[status === 'review' || status === 'missing' ? 'problem' : 'detail'] = why
      return r
    })
    let outcome = unmetRequired.length
      ? 'reject'
      : openRequired
        ? 'review'
        : score >= minScore
          ? 'pass'
          : score + open >= minScore
            ? 'review'
            : 'reject'
    // A near miss on the score, or on the one unmet requirement that allows it (never the
    // deadline); when open answers could make a rejection one, a person decides.
    let nearMiss = false
    if (
      outcome === 'reject' &&
      unmetRequired[0] !== 0 &&
      (unmetRequired.length === 0
        ? nearMissMargin > 0
        : unmetRequired.length === 1 && meta[unmetRequired[0]!]!.nearMissAllowed)
    ) {
      nearMiss = openRequired === 0 && score >= minScore - nearMissMargin
      if (!nearMiss && score + open >= minScore - nearMissMargin) outcome = 'review'
    }
    return {
      application: { id: app.id, submittedAt: app.submittedAt },
      outcome,
      nearMiss,
      score,
      maxScore,
      minScore,
      locale: c.locale,
      criteria,
      ...lists,
      audit: {
        criteriaId: c.id,
        criteriaVersion: c.version,
        criteriaHash: s.hash,
        applicationHash: createHash('sha256').update(canonicalJson(app.answers)).digest('hex'),
        engineVersion: '0.1.0',
        evaluatedAt: now.toISOString(),
        timeZone: c.job.timezone,
      },
    }
  }
}
