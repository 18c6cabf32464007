import * as z from 'zod'
import { buildSchemasJitless } from './zod-jitless.js'

// One zod schema is the single source of truth: the TypeScript types are inferred from it and
// the JSON Schema that editors use is generated from it.

import { LOCALES, STAGES } from './constants.js'
import { textProblem } from './control-characters.js'

// The schemas below are built with zod's jitless set: building them tries no code generation (zod-jitless.ts).
const zodSettingsBack = buildSchemasJitless()

export { LOCALES, STAGES } from './constants.js'
export type { Locale, Stage } from './constants.js'

const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])
const notReserved = (s: string): boolean => !RESERVED.has(s)

// Text reaches candidates' emails: no control characters (line breaks only where a text may
// have several lines) and no bidi control that would reorder the message around it.
const clean = (oneLine: boolean) => (s: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = textProblem(s, oneLine)
  if (problem) ctx.addIssue({ code: 'custom', params: { code: 'control_character' }, message: problem })
}
const text = z.string().trim().min(1, 'must not be empty').superRefine(clean(false))
/** One line: what may reach an email's subject or headers (a company, a job title, a name). */
const line = z.string().trim().min(1, 'must not be empty').superRefine(clean(true))
const localizedOf = (t: typeof text) =>
  z
    .strictObject({
      sv: t.optional().meta({ description: 'Swedish text' }),
      en: t.optional().meta({ description: 'English text' }),
    })
    .meta({ description: 'Text per language: sv (Swedish) and/or en (English).' })
const localized = localizedOf(text)

/** A real calendar day: 2026-02-30 is refused, never rolled over to March. */
const realDay = (s: string): boolean => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01')
  .refine(realDay, 'is not a real calendar date')
const isoDateOrDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i,
    'must be a date such as 2026-12-01 or a date-time such as 2026-12-01T23:59',
  )

const fieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a field name starts with a letter and holds only letters, digits and _')
  .refine(notReserved, 'this name is reserved')

// A reviewed lint finding that is not a problem here, with why: the lint stops reporting it,
// and reports the acknowledgement if the finding goes away (so none outlives its reason).
const lintAcknowledge = z
  .array(
    z.strictObject({
      finding: z
        .string()
        .regex(
          /^[a-z][a-z-]*(:[a-z][a-z-]*)?$/,
          'a finding such as protected-ground:sex, personal-reason or unused-field',
        )
        .meta({
          description:
            'The finding, as the lint names it: protected-ground:<ground>, protected-question:<ground>, personal-reason, unused-field, duplicate-rule …',
        }),
      reason: z
        .string()
        .trim()
        .min(1, 'say why this finding is not a problem here')
        .meta({ description: 'Why this is not a problem here, for whoever reviews the file next.' }),
    }),
  )
  .optional()
  .meta({
    description:
      'Lint findings reviewed and accepted here, each with a reason, e.g. [{ finding: protected-ground:family, reason: "barn- och babyartiklar is a product range" }].',
  })

const base = {
  label: localized.meta({ description: 'What the application form asks, per language.' }),
  lintAcknowledge,
  description: z.string().optional().meta({ description: 'Notes for recruiters; never shown to candidates.' }),
}
// Answers to questions with fixed options: labels per language, and the options a person must judge.
const options = {
  valueLabels: z.record(z.string(), localized).optional().meta({
    description:
      'How each option reads per language, e.g. { B: { sv: B-körkort, en: category B driving licence } }; used when a reason quotes the options.',
  }),
  reviewValues: z.array(text).optional().meta({
    description:
      'Options that always need a person, e.g. [Annan motsvarande utbildning]: an answer among them is never decided automatically where it matters.',
  }),
  reviewNote: z.string().optional().meta({
    description: 'What the reviewer should check when an answer is among reviewValues; never shown to candidates.',
  }),
}
// Free-text answers that say there is no answer.
const nonAnswers = z
  .union([z.literal(false), z.array(text)])
  .optional()
  .meta({
    description:
      'Texts that mean "no answer" ("N/A", "-", "vet ej"), read as unanswered so that a person looks instead of a rule reading them. Default: the common ones in Swedish and English (and any text with no letter or digit). A list replaces the default; false reads every text as an answer. A text your rules compare this field with is always an answer.',
  })
const numberField = (type: 'number' | 'integer') =>
  z.strictObject({
    type: z.literal(type),
    ...base,
    min: z
      .number()
      .optional()
      .meta({ description: 'Smallest accepted answer; a smaller one makes the answer invalid (human review).' }),
    max: z.number().optional().meta({ description: 'Largest accepted answer.' }),
  })

/** Schema of one declared application field.
 * @example
 * ```ts
 * FieldSchema.parse({ type: 'number', min: 0, label: { en: 'Years' } })
 * ```
 * @category Criteria files
 */
export const FieldSchema = z
  .discriminatedUnion('type', [
    numberField('number'),
    numberField('integer'),
    z.strictObject({
      type: z.literal('string'),
      ...base,
      maxLength: z
        .number()
        .int()
        .positive()
        .max(1_000_000)
        .optional()
        .meta({ description: 'Longest accepted answer (default 10,000 characters).' }),
      nonAnswers,
    }),
    z.strictObject({ type: z.literal('boolean'), ...base }),
    z.strictObject({
      type: z.literal('date'),
      ...base,
      min: z
        .union([isoDate, z.literal('today')])
        .optional()
        .meta({
          description:
            'Earliest accepted date, or "today" (the day of the decision, in the job time zone). An earlier answer is invalid: a person reviews it.',
        }),
      max: z
        .union([isoDate, z.literal('today')])
        .optional()
        .meta({
          description: 'Latest accepted date, or "today": a graduation or an employment start cannot be in the future.',
        }),
      notBefore: fieldName.optional().meta({
        description: 'Another date field this answer must not be before, e.g. an employment end not before its start.',
      }),
      notAfter: fieldName.optional().meta({ description: 'Another date field this answer must not be after.' }),
    }),
    z.strictObject({ type: z.literal('date-time'), ...base }),
    z.strictObject({
      type: z.literal('enum'),
      ...base,
      values: z.array(text).min(1).meta({
        description:
          'The answers the form offers. An answer matches regardless of case and accents, and is read with the spelling given here.',
      }),
      ...options,
    }),
    z.strictObject({
      type: z.literal('list'),
      ...base,
      values: z
        .array(text)
        .min(1)
        .optional()
        .meta({ description: 'If set, every item must be one of these (matched regardless of case and accents).' }),
      ...options,
      maxItems: z
        .number()
        .int()
        .positive()
        .max(10_000)
        .optional()
        .meta({ description: 'Most items accepted (default 200).' }),
      nonAnswers,
    }),
  ])
  .meta({ description: 'An application answer that rules may read.' })

/** Schema of one criterion.
 * @example
 * ```ts
 * CriterionSchema.parse({ id: 'permit', rule: { var: 'permit' }, required: true, reason: { en: 'the right to work in Sweden' } })
 * ```
 * @category Criteria files
 */
export const CriterionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9_-]*$/, 'an id starts with a lowercase letter and holds only letters, digits, - and _')
      .meta({ description: 'Unique id, used in results, reports and test files.' }),
    rule: z.unknown().meta({
      description: 'A JSON Logic rule over the declared fields, e.g. {">=": [{"var": "experienceYears"}, 3]}.',
    }),
    when: z.unknown().optional().meta({
      description:
        'A JSON Logic condition: the criterion applies only when it holds; otherwise it is skipped and its fields are not needed. It reads answers as given: an option for a person is that option here.',
    }),
    required: z
      .boolean()
      .optional()
      .meta({ description: 'true: a knockout requirement; unmet means the application is rejected.' }),
    weight: z
      .number()
      .positive()
      .optional()
      .meta({ description: 'Points a preferred (not required) criterion adds to the score when met.' }),
    nearMissAllowed: z.boolean().optional().meta({
      description: 'If this is the only unmet requirement, the candidate is kept in the talent pool as a near miss.',
    }),
    reason: localized.meta({
      description:
        'Candidate-facing wording of the requirement (not of the person), e.g. "at least {{min}} years of professional experience with frontend development". {{min}}, {{max}}, {{value}}, {{values}}, {{count}}, {{level}} and {{date}} quote the rule\'s own values.',
    }),
    why: localized.optional().meta({
      description:
        'Why the job needs it, apart from the requirement: "home visits are made by car". Shown after the requirement in a rejection, never in the talent-pool message.',
    }),
    advice: localized.optional().meta({
      description:
        'What a candidate can do to meet it next time: "the licence is taken at a driving school". Shown to candidates who did not meet it.',
    }),
    note: z.string().optional().meta({ description: 'Recruiter-facing note; never shown to candidates.' }),
    onMissing: z.enum(['review', 'reject', 'skip']).default('review').meta({
      description:
        'When an answer this criterion reads is missing: review (a human decides; default), reject (counts as unmet), skip (the criterion is skipped and counts neither way).',
    }),
    justification: z.string().optional().meta({
      description:
        'Why a criterion that reads a protected ground or a proxy for one is lawful and necessary for the job.',
    }),
    lintAcknowledge,
  })
  .superRefine((c, ctx) => {
    if (c.required === true && c.weight !== undefined)
      ctx.addIssue({
        code: 'custom',
        params: { code: 'weight_on_required' },
        path: ['weight'],
        message: 'a required criterion has no weight: remove weight, or remove required: true to make it preferred',
      })
    if (c.required !== true && c.weight === undefined)
      ctx.addIssue({
        code: 'custom',
        params: { code: 'required_or_weight' },
        path: [],
        message: 'a criterion needs either required: true (a knockout) or a weight (preferred, adds to the score)',
      })
    if (c.nearMissAllowed && c.required !== true)
      ctx.addIssue({
        code: 'custom',
        params: { code: 'near_miss_on_preferred' },
        path: ['nearMissAllowed'],
        message: 'nearMissAllowed applies to required criteria only',
      })
  })

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 08:00')
const duration = z.number().nonnegative()

/** Schema of the send-time policy.
 * @example
 * ```ts
 * DeliveryPolicySchema.parse({}).slaHours // 48
 * ```
 * @category Criteria files
 */
export const DeliveryPolicySchema = z
  .strictObject({
    workingHours: z
      .strictObject({ start: timeOfDay.default('08:00'), end: timeOfDay.default('17:00') })
      .default({ start: '08:00', end: '17:00' })
      .meta({ description: 'Messages go out only within these hours, in the job time zone.' }),
    workingDays: z
      .array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']))
      .min(1)
      .default(['mon', 'tue', 'wed', 'thu', 'fri'])
      .meta({ description: 'Days messages may go out on.' }),
    holidays: z
      .union([z.literal('se'), z.literal('none'), z.array(z.union([isoDate, z.literal('se')]))])
      .optional()
      .meta({
        description:
          'Days no message goes out on: se (Swedish public holidays and the customary eves: midsommarafton, julafton, nyårsafton, computed for every year), none, or a list of dates (YYYY-MM-DD) that may include se. Default: se for jobs in Europe/Stockholm, none elsewhere.',
      }),
    minDelayHours: duration.default(4).meta({
      description:
        'A rejection waits at least this long after submission: time to read it, not a pretence that a person did.',
    }),
    slaHours: duration.default(48).meta({
      description: 'A screening decision goes out at the latest this long after submission, counted on slaClock.',
    }),
    slaClock: z.enum(['working-days', 'working-hours', 'calendar']).default('working-days').meta({
      description:
        'How slaHours are counted: working-days (the hours of working days; weekends and holidays do not count; default), working-hours (only the hours between workingHours), or calendar.',
    }),
    acknowledgeInWorkingHours: z.boolean().default(false).meta({
      description:
        'true: the acknowledgement (received) waits for working hours too. Default: it goes out at once, day or night.',
    }),
    rejectionsNotAfter: z
      .union([
        z.strictObject({ day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), time: timeOfDay }),
        z.null(),
      ])
      .default({ day: 'fri', time: '12:00' })
      .meta({
        description:
          'No rejection goes out after this time in the week (default Friday 12:00, so nobody spends a weekend on it); they wait for the next working day. null to turn it off.',
      }),
    rejectionsBeforeDaysOff: z.union([timeOfDay, z.null()]).default('12:00').meta({
      description:
        'No rejection goes out after this time on the last working day before one or more days off (a weekend, a holiday, an eve such as julafton or midsommarafton): it waits for the first working time after them. Default 12:00. null to turn it off (Friday afternoons then follow rejectionsNotAfter alone).',
    }),
    afterInterviewMinHours: duration
      .default(24)
      .meta({ description: 'A rejection after an interview waits at least this long after the interview.' }),
    maxDays: duration
      .default(10)
      .meta({ description: 'No message ever goes out later than this many days after submission.' }),
    reviewWorkingDays: z.number().int('must be a whole number of working days').min(1).default(5).meta({
      description:
        'An application in human review is decided within this many working days of submission (never later than maxDays): the acknowledgement promises that date, it is the review deadline (plan.review.by), and the plan says when to remind the recruiter (plan.review.remindAt, the start of working hours two working days before).',
    }),
    followUpWorkingDays: duration.default(3).meta({
      description:
        'A candidate who goes on hears from the contact person within this many working days (the date is in the advance message).',
    }),
  })
  .meta({ description: 'When messages are sent.' })

// Addresses that go into every message of a stage: https: only, one line, no name before '@'
// (https://a.example@b.example goes to b.example).
const httpsAddress = z
  .string()
  .trim()
  .superRefine(clean(true))
  .refine(
    (u) => /^https:\/\/[^\s<>"@/]+(\/[^\s<>"]*)?$/.test(u),
    'must be an https: address, such as https://acme.se/integritet',
  )
// The stages whose message carries the survey line: an answer, not the receipt or good news
// still under way (a link there would be silently left out).
const SURVEY_STAGES = [
  'rejected',
  'late',
  'talent-pool',
  'rejected-by-person',
  'rejected-after-interview',
  'job-closed',
] as const
const surveyAddress = httpsAddress.refine(
  (u) => u.includes('{applicationId}'),
  'must hold {applicationId} where the application id goes, so that answers can be joined with results',
)
/**
 * Keys that criteria files had in earlier versions, by their path (`delivery.reviewBackstopDays`),
 * with what replaced them: a file that still has one gets a located error that says so, not a
 * bare "unknown key".
 * @example
 * ```ts
 * RETIRED_KEYS['delivery.reviewBackstopDays'] // 'reviewBackstopDays was replaced by reviewWorkingDays …'
 * ```
 * @category Criteria files
 */
export const RETIRED_KEYS: Readonly<Record<string, string>> = {
  'delivery.reviewBackstopDays':
    'reviewBackstopDays was replaced by reviewWorkingDays: an application in human review is decided within that many working days (default 5, never later than maxDays), the acknowledgement promises that date, and plan.review.remindAt says when to remind the recruiter; write reviewWorkingDays: 5 instead, or remove the key for the default',
}

// A template is a file beside the criteria file, or in a folder under it: never a path that
// leaves it (a template's text is sent to candidates, so /etc/hostname or ../secrets must not be one).
const templatePath = z.string().superRefine((p, ctx) => {
  if (/^([/\\]|[A-Za-z]:)/.test(p) || p.split(/[/\\]/).includes('..') || p.includes('\0'))
    ctx.addIssue({
      code: 'custom',
      params: { code: 'template_path' },
      message: 'must be a path relative to the criteria file, inside its folder, such as templates/rejected.sv.hbs',
    })
  else if (!/\.hbs$/i.test(p))
    ctx.addIssue({
      code: 'custom',
      params: { code: 'template_path' },
      message: 'must name a template file ending in .hbs',
    })
})
const stageTemplates = z.strictObject({ sv: templatePath.optional(), en: templatePath.optional() })

/** Schema of a criteria file, format version 1.
 * @example
 * ```ts
 * const r = CriteriaSchema.safeParse(yaml.parse(text)); if (!r.success) console.error(r.error.issues)
 * ```
 * @category Criteria files
 */
export const CriteriaSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    format: z.literal(1).default(1).meta({ description: 'Criteria file format version.' }),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id holds lowercase letters, digits and -')
      .meta({ description: 'Id of the rule set, e.g. frontend-developer.' }),
    version: z
      .union([z.string().min(1), z.number()])
      .meta({ description: 'Version of the rule set, recorded in every audit entry.' }),
    locale: z.enum(LOCALES).meta({ description: 'Default message language.' }),
    job: z.strictObject({
      title: z
        .union([line, localizedOf(line)])
        .meta({ description: 'The job title, or one per language: { sv: Undersköterska, en: Assistant nurse }.' }),
      company: line,
      closesAt: isoDateOrDateTime.optional().meta({
        description: 'Last day (or instant) to apply, in the job time zone. A date means the end of that day.',
      }),
      timezone: z
        .string()
        .default('Europe/Stockholm')
        .meta({ description: 'IANA time zone of the job, e.g. Europe/Stockholm.' }),
      contact: z.strictObject({ name: line, email: z.email('must be an email address') }),
      url: z
        .url()
        .superRefine(clean(true))
        .optional()
        .meta({ description: 'Where candidates can follow the company: an https: (or mailto:) address.' }),
      lintAcknowledge,
    }),
    fields: z.record(fieldName, FieldSchema).meta({ description: 'The application answers rules may read.' }),
    criteria: z.array(CriterionSchema).min(1, 'at least one criterion is needed'),
    decision: z
      .strictObject({
        minScore: z
          .number()
          .nonnegative()
          .default(0)
          .meta({ description: 'Points preferred criteria must add up to for a pass.' }),
        nearMissMargin: z.number().nonnegative().default(0).meta({
          description:
            'All requirements met but at most this many points short of minScore: a near miss, kept for the talent pool.',
        }),
      })
      .default({ minScore: 0, nearMissMargin: 0 }),
    messages: z
      .strictObject({
        templates: z
          .partialRecord(z.enum(STAGES), stageTemplates)
          .optional()
          .meta({ description: 'Own template files per stage and language, relative to this file.' }),
        signature: localized
          .optional()
          .meta({ description: 'How messages are signed, e.g. "The Acme recruitment team".' }),
        replyTo: z
          .email('must be an email address')
          .optional()
          .meta({ description: 'Where replies go (the Reply-To of every message); default job.contact.email.' }),
        automatedDecisionNotice: z.boolean().default(true).meta({
          description:
            'Rejections say that the decision was based on the answers in the form and that a person will look again on request (GDPR art. 22). false only where a person reviews every decision before it is sent.',
        }),
        reviewContact: z
          .strictObject({ name: line, email: z.email('must be an email address') })
          .optional()
          .meta({ description: 'Whom candidates write to for a person to look again; default job.contact.' }),
        privacyUrl: httpsAddress.optional().meta({
          description:
            'The privacy notice for applicants (https:): every message links to it, and the acknowledgement says how answers are screened and how to reach a person.',
        }),
        survey: z.partialRecord(z.enum(SURVEY_STAGES), surveyAddress).optional().meta({
          description:
            'A short candidate survey per stage that gives an answer (rejected, late, talent-pool, rejected-by-person, rejected-after-interview, job-closed; https:), with {applicationId} where the application id goes, so answers can be joined with results (autoscreen report --survey): one line in the message of that stage.',
        }),
        talentPool: z
          .strictObject({
            mode: z.enum(['consent', 'notice']).default('consent').meta({
              description:
                'consent (default): the message asks the candidate to opt in; notice: it says the application is kept unless they object.',
            }),
            months: z
              .number()
              .int()
              .min(1)
              .max(36)
              .default(12)
              .meta({ description: 'How long an application is kept in the talent pool.' }),
          })
          .default({ mode: 'consent', months: 12 })
          .meta({ description: 'How near misses are kept for future roles.' }),
      })
      .optional(),
    delivery: DeliveryPolicySchema.optional(),
  })
  .meta({ title: 'autoscreen criteria file', description: 'The requirements of one job, screened by autoscreen.' })

zodSettingsBack()

// The public types are written out in types.ts (no zod type in the published API); the
// schemas below parse to exactly them (test/criteria/types.test.ts).
export type {
  Criteria,
  CriteriaInput,
  Criterion,
  DeliveryPolicy,
  Field,
  Localized,
  LintAcknowledgement,
  FieldBase,
  FieldOptions,
  Weekday,
} from './types.js'
