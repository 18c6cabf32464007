import type { Locale } from '../criteria/schema.js'
import type { CompiledRule, EvaluationContext, Explanation } from '../logic/index.js'
import type { CheckedEnvelope } from './application.js'
import type { CriterionDraft } from './result.js'
import type { PlannedCriterion, PlannedDeadline } from './screening-plan.js'

// When every answer is usable, screening turns the verdicts of every rule into criterion results
// with the same steps for every application of a plan. Written out once per plan as its own
// function (`new Function`, as rules are), those steps read each criterion's constants from
// fixed places and build results of one shape: code no other plan shares, so a process that
// screens many jobs does not make it slower for each (shared code meets every plan's shapes).
// Where code generation is refused (a strict Content-Security-Policy, a Worker, a jitless
// engine) there is no walk, and screening takes its loop over the plan's criteria.

/**
 * What a walk calls: the built-in closing-date criterion, and the explanation of an unmet rule.
 *
 * @example
 * ```ts
 * const helpers: DraftWalkHelpers = { deadline: deadlineDraft, why: (rule, values, context, raw) => explain(rule) }
 * ```
 */
export interface DraftWalkHelpers {
  deadline(d: PlannedDeadline, env: CheckedEnvelope, locale: Locale): CriterionDraft
  why(
    rule: CompiledRule,
    values: Record<string, unknown>,
    context: EvaluationContext,
    raw: ReadonlyMap<string, unknown>,
  ): Explanation
}

/**
 * The criterion results of one application whose answers are all usable, from the verdicts of
 * the plan's fast path (every rule, then every condition).
 *
 * @example
 * ```ts
 * const drafts = walk(verdicts, values, raw, context, 'sv', true, env) // one CriterionDraft per planned criterion
 * ```
 */
export type DraftWalk = (
  verdicts: boolean[],
  values: Record<string, unknown>,
  raw: ReadonlyMap<string, unknown>,
  context: EvaluationContext,
  locale: Locale,
  explain: boolean,
  env: CheckedEnvelope,
) => CriterionDraft[]

/**
 * Writes the walk of a plan's criteria as a function of its own, or undefined where code
 * generation is refused. The source holds no text of the criteria file: every constant is read
 * from the plan's criteria by index.
 *
 * @example
 * ```ts
 * const walk = draftWalk(plan.items, { deadline: deadlineDraft, why: (rule, values, context, raw) => explain(rule) })
 * const drafts = walk?.(verdicts, values, raw, context, 'en', true, env)
 * ```
 */
export function draftWalk(items: readonly PlannedCriterion[], helpers: DraftWalkHelpers): DraftWalk | undefined {
  let body = ''
  items.forEach((item, i) => {
    body += item.kind === 'deadline' ? `d[${i}]=h.deadline(c${i},e,l);` : ruleStep(i, item.whenAt, item.ruleAt)
  })
  const prologue = items.map(
    (item, i) =>
      `var c${i}=k[${i}]` +
      (item.kind === 'deadline'
        ? ';'
        : `,i${i}=c${i}.id,q${i}=c${i}.required,g${i}=c${i}.weight,n${i}=c${i}.reason,f${i}=c${i}.fields,r${i}=c${i}.rule,w${i}=c${i}.when;`),
  )
  const source = `"use strict";return function(h,k){${prologue.join('')}return function(v,a,raw,x,l,ex,e){var d=new Array(${items.length}),s,m,o;${body}return d}}`
  try {
    // biome-ignore lint/nursery/noImpliedEval: the walk is generated from the plan's shape only (indexes), never from its texts
    const make = new Function(source) as () => (h: DraftWalkHelpers, k: readonly PlannedCriterion[]) => DraftWalk
    return make()(helpers, items)
  } catch {
    return undefined
  }
}

/** The steps of one criterion of the file: its condition and rule read from the verdicts, its result built. */
function ruleStep(i: number, whenAt: number, ruleAt: number): string {
  const met = whenAt >= 0 ? `s=!v[${whenAt}];m=!s&&v[${ruleAt}];` : `s=false;m=v[${ruleAt}];`
  const status = whenAt >= 0 ? 's?"skipped":m?"met":"unmet"' : 'm?"met":"unmet"'
  const rule = whenAt >= 0 ? `s?w${i}:r${i}` : `r${i}`
  return (
    met +
    `o={id:i${i},required:q${i},weight:g${i},status:${status},reason:n${i}[l],fields:f${i}};` +
    `if(ex&&!m)o.detail=h.why(${rule},a,x,raw);d[${i}]=o;`
  )
}
