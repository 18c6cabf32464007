import type { Criteria, Criterion } from '../criteria/types.js'
import { describeRule } from './describe-rule.js'

/**
 * A criterion read aloud: its rule, its `when`, what kind it is, and the full line.
 *
 * @example
 * ```ts
 * const d: CriterionDescription = { kind: 'required', rule: 'svaret på ”Har du körkort?” är ja', text: 'Krav: svaret på ”Har du körkort?” är ja.' }
 * ```
 * @category Rules engine
 */
export interface CriterionDescription {
  /** The rule in plain words. */
  rule: string
  /** The `when` in plain words, when the criterion has one. */
  when?: string
  /** A requirement, or a merit that gives points. */
  kind: 'required' | 'points'
  /** "Krav: … Gäller bara om: …", "Merit (2 poäng): …". */
  text: string
}

/**
 * A criterion as a recruiter reads it, in Swedish or English, with the file's questions and
 * option labels: "Krav: antingen svaret på ”Har du förskollärarlegitimation?” är ja eller …",
 * "Merit (2 poäng): …", "Gäller bara om: …". Shown next to each criterion in the Studio and by
 * `autoscreen validate --explain`, so that `or` written for `and`, a `when` that never holds or
 * a reversed comparison shows before any test is written.
 *
 * @example
 * ```ts
 * describeCriterion(criteria.criteria[0]!, criteria, 'sv').text
 * // 'Krav: svaret på ”Har du rätt att arbeta i Sverige?” är ja.'
 * ```
 * @category Rules engine
 */
export function describeCriterion(
  criterion: Criterion,
  criteria: Pick<Criteria, 'fields' | 'job'>,
  locale: 'sv' | 'en',
): CriterionDescription {
  const options = { fields: criteria.fields, locale, timezone: criteria.job.timezone }
  const t = (sv: string, en: string) => (locale === 'sv' ? sv : en)
  const rule = describeRule(criterion.rule, options)
  const when = criterion.when === undefined ? undefined : describeRule(criterion.when, options)
  const kind = criterion.required ? 'required' : 'points'
  const w = criterion.weight ?? 0
  const head =
    kind === 'required'
      ? t('Krav', 'Required')
      : t(`Merit (${w} poäng)`, `Merit (${w} ${w === 1 ? 'point' : 'points'})`)
  let text = `${head}: ${rule}.`
  if (when !== undefined) text += ` ${t('Gäller bara om', 'Applies only if')}: ${when}.`
  if (criterion.nearMissAllowed && kind === 'required')
    text += ` ${t('Nära träff om bara detta krav inte uppfylls.', 'A near miss when this is the only requirement not met.')}`
  return { rule, ...(when === undefined ? {} : { when }), kind, text }
}
