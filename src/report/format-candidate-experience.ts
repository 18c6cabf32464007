// The "Candidate experience" section of the report, in Markdown and in HTML (with a chart of
// candidate NPS per group), worded in Swedish and in English.

import type { Locale } from '../criteria/schema.js'
import {
  FREE_REASON_GROUP,
  NO_STAGE_GROUP,
  SCORE_GROUP,
  type CandidateExperience,
  type ConsentCounts,
  type NpsBreakdown,
  type NpsCounts,
  type ResponseBand,
} from './candidate-nps.js'
import { markdownText as md } from './markdown-text.js'
import { RESULT_VOCABULARY } from '../issues/result-vocabulary.js'

type Dimension = 'byStage' | 'byOutcome' | 'byDecisiveCriterion' | 'byResponseTime' | 'byDecidedBy'
const DIMENSIONS: readonly Dimension[] = [
  'byStage',
  'byOutcome',
  'byDecisiveCriterion',
  'byResponseTime',
  'byDecidedBy',
]
type Mode = 'consent' | 'notice' | 'unknown'

interface Wording {
  heading: string
  overall: (c: NpsCounts) => string
  noAnswers: string
  unmatched: (n: number) => string
  replaced: (n: number) => string
  comments: (n: number) => string
  dimension: Record<Dimension, { heading: string; column: string; chart: string }>
  columns: [answers: string, promoters: string, passives: string, detractors: string, nps: string]
  small: string
  answersOf: (n: number) => string
  others: Record<Dimension, (n: number) => string>
  outcome: Record<string, string>
  decidedBy: Record<string, string>
  band: Record<ResponseBand, string>
  special: Record<string, string>
  consents: {
    heading: string
    columns: [mode: string, messages: string, given: string, share: string]
    mode: Record<Mode, string>
    unmatched: (n: number) => string
    none: string
  }
  notes: { heading: string; lines: (minGroupSize: number) => string[] }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const WORDING: Record<Locale, Wording> = {
  en: {
    heading: 'Candidate experience',
    overall: (c) =>
      `Candidate NPS ${nps(c.nps)} from ${plural(c.answers, 'answer', 'answers')}: ${c.promoters} promoter${c.promoters === 1 ? '' : 's'} (9–10), ${c.passives} passive${c.passives === 1 ? '' : 's'} (7–8), ${c.detractors} detractor${c.detractors === 1 ? '' : 's'} (0–6).`,
    noAnswers: 'No survey answer names an application in these results.',
    unmatched: (n) =>
      `${plural(n, 'answer names', 'answers name')} no application in these results and ${n === 1 ? 'is' : 'are'} not counted.`,
    replaced: (n) => `${plural(n, 'answer was', 'answers were')} replaced by a later answer from the same candidate.`,
    comments: (n) =>
      `${plural(n, 'answer has', 'answers have')} a comment (read them in the survey tool; the report does not quote them).`,
    dimension: {
      byStage: { heading: 'By stage', column: 'stage', chart: 'Candidate NPS by stage' },
      byOutcome: { heading: 'By outcome', column: 'outcome', chart: 'Candidate NPS by outcome' },
      byDecisiveCriterion: {
        heading: 'By what decided a rejection',
        column: 'requirement',
        chart: 'Candidate NPS by what decided a rejection',
      },
      byResponseTime: {
        heading: 'By time to answer',
        column: 'time to answer',
        chart: 'Candidate NPS by time to answer',
      },
      byDecidedBy: { heading: 'By who decided', column: 'decided by', chart: 'Candidate NPS by who decided' },
    },
    columns: ['answers', 'promoters', 'passives', 'detractors', 'NPS'],
    small: 'small group',
    answersOf: (n) => plural(n, 'answer', 'answers'),
    others: {
      byStage: (n) => plural(n, 'other stage', 'other stages'),
      byOutcome: (n) => plural(n, 'other outcome', 'other outcomes'),
      byDecisiveCriterion: (n) => plural(n, 'other requirement', 'other requirements'),
      byResponseTime: (n) => plural(n, 'other band', 'other bands'),
      byDecidedBy: (n) => plural(n, 'other', 'others'),
    },
    outcome: RESULT_VOCABULARY.en.outcome,
    decidedBy: { program: 'the program', person: 'a person' },
    band: {
      'within-24h': 'within 24 h',
      '1-2-days': '1–2 days',
      '2-5-days': '2–5 days',
      '5-10-days': '5–10 days',
      'over-10-days': 'over 10 days',
      unknown: 'not known',
    },
    special: {
      [SCORE_GROUP]: 'too few points',
      [FREE_REASON_GROUP]: 'a reason in the person’s own words',
      [NO_STAGE_GROUP]: 'no stage known',
    },
    consents: {
      heading: 'Talent-pool consents',
      columns: ['talent-pool message', 'messages', 'consents given', 'share'],
      mode: { consent: 'asked to opt in (consent)', notice: 'told (notice)', unknown: 'mode not recorded' },
      unmatched: (n) => `${plural(n, 'consent names', 'consents name')} no talent-pool message in these results.`,
      none: 'No talent-pool messages in these results.',
    },
    notes: {
      heading: 'How candidate NPS is computed',
      lines: (min) => [
        'Candidate NPS = the share of promoters (9–10) minus the share of detractors (0–6), in points from −100 to +100; passives (7–8) count only in the number of answers.',
        'Answers are joined to results by application id; when a candidate answered twice, the later answer counts.',
        'Stage: the one the answer names (the message whose survey link was followed), else the stage of the message in the results.',
        'Outcome and who decided: a person’s decision where the results hold one, else the program’s.',
        'What decided a rejection: for the program, each unmet requirement (the message names them all; a late application counts under the deadline alone), or too few points; for a person, each requirement they gave, or their own words. A candidate can count under several, so these rows do not add up to the total.',
        'Time to answer: from submission to the send time of the message with the decision (the acknowledgement is no answer), or to a person’s decision when no message says; each band holds its upper bound (48 hours is 1–2 days).',
        `Groups with fewer than ${plural(min, 'answer', 'answers')} are marked small: their figure varies too much by chance to mean much.`,
      ],
    },
  },
  sv: {
    heading: 'Kandidatupplevelse',
    overall: (c) =>
      `Kandidat-NPS ${nps(c.nps)} från ${plural(c.answers, 'svar', 'svar')}: ${c.promoters} ${c.promoters === 1 ? 'promotor' : 'promotorer'} (9–10), ${c.passives} ${c.passives === 1 ? 'passiv' : 'passiva'} (7–8), ${c.detractors} ${c.detractors === 1 ? 'kritiker' : 'kritiker'} (0–6).`,
    noAnswers: 'Inget enkätsvar gäller en ansökan i de här resultaten.',
    unmatched: (n) => `${plural(n, 'svar', 'svar')} gäller ingen ansökan i de här resultaten och räknas inte.`,
    replaced: (n) => `${plural(n, 'svar', 'svar')} ersattes av ett senare svar från samma kandidat.`,
    comments: (n) =>
      `${plural(n, 'svar', 'svar')} har en kommentar (läs dem i enkätverktyget; rapporten citerar dem inte).`,
    dimension: {
      byStage: { heading: 'Per steg', column: 'steg', chart: 'Kandidat-NPS per steg' },
      byOutcome: { heading: 'Per utfall', column: 'utfall', chart: 'Kandidat-NPS per utfall' },
      byDecisiveCriterion: {
        heading: 'Per vad som avgjorde ett avslag',
        column: 'krav',
        chart: 'Kandidat-NPS per vad som avgjorde ett avslag',
      },
      byResponseTime: { heading: 'Per svarstid', column: 'svarstid', chart: 'Kandidat-NPS per svarstid' },
      byDecidedBy: {
        heading: 'Per vem som beslutade',
        column: 'beslutat av',
        chart: 'Kandidat-NPS per vem som beslutade',
      },
    },
    columns: ['svar', 'promotorer', 'passiva', 'kritiker', 'NPS'],
    small: 'liten grupp',
    answersOf: (n) => plural(n, 'svar', 'svar'),
    others: {
      byStage: (n) => plural(n, 'annat steg', 'andra steg'),
      byOutcome: (n) => plural(n, 'annat utfall', 'andra utfall'),
      byDecisiveCriterion: (n) => plural(n, 'annat krav', 'andra krav'),
      byResponseTime: (n) => plural(n, 'annat intervall', 'andra intervall'),
      byDecidedBy: (n) => plural(n, 'annan', 'andra'),
    },
    outcome: RESULT_VOCABULARY.sv.outcome,
    decidedBy: { program: 'programmet', person: 'en person' },
    band: {
      'within-24h': 'inom 24 h',
      '1-2-days': '1–2 dagar',
      '2-5-days': '2–5 dagar',
      '5-10-days': '5–10 dagar',
      'over-10-days': 'över 10 dagar',
      unknown: 'okänd',
    },
    special: {
      [SCORE_GROUP]: 'för få poäng',
      [FREE_REASON_GROUP]: 'ett skäl med personens egna ord',
      [NO_STAGE_GROUP]: 'okänt steg',
    },
    consents: {
      heading: 'Samtycken till kandidatbanken',
      columns: ['meddelande om kandidatbanken', 'meddelanden', 'samtycken', 'andel'],
      mode: {
        consent: 'ombedda att samtycka (samtycke)',
        notice: 'informerade (information)',
        unknown: 'sättet inte sparat',
      },
      unmatched: (n) =>
        `${plural(n, 'samtycke', 'samtycken')} gäller inget meddelande om kandidatbanken i de här resultaten.`,
      none: 'Inga meddelanden om kandidatbanken i de här resultaten.',
    },
    notes: {
      heading: 'Så räknas kandidat-NPS',
      lines: (min) => [
        'Kandidat-NPS = andelen promotorer (9–10) minus andelen kritiker (0–6), i poäng från −100 till +100; passiva (7–8) räknas bara i antalet svar.',
        'Svaren kopplas till resultaten med ansökans id; har en kandidat svarat två gånger gäller det senare svaret.',
        'Steg: det som svaret anger (meddelandet vars enkätlänk följdes), annars steget för meddelandet i resultaten.',
        'Utfall och vem som beslutade: en persons beslut där resultaten har ett, annars programmets.',
        'Vad som avgjorde ett avslag: för programmet varje krav som inte uppfylldes (meddelandet nämner alla; en sen ansökan räknas bara under sista ansökningsdag), eller för få poäng; för en person varje krav som personen angav, eller personens egna ord. En kandidat kan räknas under flera, så raderna summerar inte till totalen.',
        'Svarstid: från ansökan till när meddelandet med beslutet skickas (bekräftelsen är inget svar), eller till en persons beslut när inget meddelande anger tiden; varje intervall tar med sin övre gräns (48 timmar är 1–2 dagar).',
        `Grupper med färre än ${plural(min, 'svar', 'svar')} markeras som små: deras värde varierar för mycket av en slump för att säga mycket.`,
      ],
    },
  },
}

/** "+33", "-20", "0", "–" (no answers): NPS as an integer with its sign. */
function nps(x: number | null): string {
  if (x === null) return '–'
  const n = Math.round(x)
  return n > 0 ? `+${n}` : n < 0 ? `-${-n}` : '0'
}

type Row = { label: string; ours: boolean; counts: NpsCounts }

/** Words for a group: ours for the groups we name (an outcome, a band, who decided, the reserved groups), the data's own otherwise. */
function labelOf(w: Wording, dim: Dimension, group: string): { label: string; ours: boolean } {
  const words =
    dim === 'byOutcome'
      ? w.outcome
      : dim === 'byDecidedBy'
        ? w.decidedBy
        : dim === 'byResponseTime'
          ? w.band
          : dim === 'byStage'
            ? { [NO_STAGE_GROUP]: w.special[NO_STAGE_GROUP]! }
            : { [SCORE_GROUP]: w.special[SCORE_GROUP]!, [FREE_REASON_GROUP]: w.special[FREE_REASON_GROUP]! }
  // Own keys only: a stage named "constructor" is the data's word.
  return Object.hasOwn(words, group)
    ? { label: (words as Record<string, string>)[group]!, ours: true }
    : { label: group, ours: false }
}

const rowsOf = (w: Wording, dim: Dimension, b: NpsBreakdown): Row[] => [
  ...b.groups.map((g) => ({ ...labelOf(w, dim, g.group), counts: g })),
  ...(b.other ? [{ label: w.others[dim](b.other.groups), ours: true, counts: b.other }] : []),
]

const share = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '–')

/**
 * The Markdown of the section, or '' when there is nothing to say (no survey, no consents).
 */
export function candidateExperienceMarkdown(
  ce: CandidateExperience | null | undefined,
  consents: ConsentCounts | undefined,
  locale: Locale,
): string {
  // A summary stored by an older version has neither.
  if (!ce && !consents?.given) return ''
  const w = WORDING[locale]
  const out = [`## ${w.heading}`, '']
  if (ce) {
    const a = ce.answers
    out.push(a.counted ? w.overall(ce.overall) : w.noAnswers)
    const extra = [
      a.unmatched ? w.unmatched(a.unmatched) : '',
      a.replaced ? w.replaced(a.replaced) : '',
      a.withComment ? w.comments(a.withComment) : '',
    ].filter(Boolean)
    if (extra.length) out.push('', extra.join(' '))
    if (a.counted)
      for (const dim of DIMENSIONS) {
        const rows = rowsOf(w, dim, ce[dim])
        if (!rows.length) continue
        const d = w.dimension[dim]
        out.push(
          '',
          `### ${d.heading}`,
          '',
          `| ${d.column} | ${w.columns.join(' | ')} | |`,
          '|---|---:|---:|---:|---:|---:|---|',
        )
        for (const r of rows) {
          const c = r.counts
          // Our words in emphasis: no data can look like them.
          out.push(
            `| ${r.ours ? `*${md(r.label)}*` : md(r.label)} | ${c.answers} | ${c.promoters} | ${c.passives} | ${c.detractors} | ${nps(c.nps)} | ${c.small ? w.small : ''} |`,
          )
        }
      }
  }
  if (consents?.given) out.push('', `### ${w.consents.heading}`, '', ...consentLines(w, consents).md)
  if (ce?.answers.counted)
    out.push('', `### ${w.notes.heading}`, '', ...w.notes.lines(ce.minGroupSize).map((l) => `- ${l}`))
  return out.join('\n')
}

function consentLines(w: Wording, c: ConsentCounts): { md: string[]; rows: string[][]; after: string[] } {
  const given = c.given!
  const modes = (['consent', 'notice', 'unknown'] as const).filter((m) => c.messages[m] || given[m])
  const rows = modes.map((m) => [
    w.consents.mode[m],
    String(c.messages[m]),
    String(given[m]),
    share(given[m], c.messages[m]),
  ])
  const after = [
    ...(modes.length ? [] : [w.consents.none]),
    ...(c.unmatched ? [w.consents.unmatched(c.unmatched)] : []),
  ]
  const table = rows.length
    ? [
        `| ${w.consents.columns.join(' | ')} |`,
        '|---|---:|---:|---:|',
        ...rows.map((r) => `| *${r[0]}* | ${r.slice(1).join(' | ')} |`),
      ]
    : []
  return { md: [...table, ...(table.length && after.length ? [''] : []), ...after], rows, after }
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/**
 * A horizontal bar chart of candidate NPS per group, as inline SVG: the zero line in the
 * middle, a bar to the right (green) or left (red) per group, the group and its number of
 * answers above each bar and the NPS beside it, as text; a title and a description that
 * says every figure, for screen readers.
 */
function npsChart(id: string, title: string, rows: Row[], w: Wording): string {
  const h = 40
  const zero = 40 // the zero line, in % of the width; ±100 reaches 0% and 80%, leaving room for the figure
  const desc = rows.map((r) => `${r.label}: NPS ${nps(r.counts.nps)}, ${w.answersOf(r.counts.answers)}`).join('; ')
  const bars = rows.map((r, i) => {
    const v = r.counts.nps ?? 0
    const width = Math.max(0.4, (Math.abs(v) / 100) * zero)
    const x = v < 0 ? zero - width : zero
    const y = i * h
    return `<g transform="translate(0 ${y})"><text x="0" y="14" font-size="13">${esc(r.label)} (${esc(w.answersOf(r.counts.answers))})</text><rect x="${x.toFixed(1)}%" y="20" width="${width.toFixed(1)}%" height="14" rx="2" fill="${v < 0 ? '#c53030' : '#2f855a'}"${r.counts.small ? ' fill-opacity="0.55"' : ''}/><text x="${(2 * zero + 2).toFixed(1)}%" y="32" font-size="13" font-weight="bold">${nps(r.counts.nps)}</text></g>`
  })
  return `<svg role="img" aria-labelledby="${id}-title ${id}-desc" width="100%" height="${rows.length * h + 4}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc><line x1="${zero}%" x2="${zero}%" y1="18" y2="${rows.length * h}" stroke="#a0aec0" stroke-width="1"/>${bars.join('')}</svg>`
}

/**
 * The HTML of the section, or '' when there is nothing to say (no survey, no consents): per
 * kind of group a chart and a table with the counts.
 */
export function candidateExperienceHtml(
  ce: CandidateExperience | null | undefined,
  consents: ConsentCounts | undefined,
  locale: Locale,
): string {
  if (!ce && !consents?.given) return ''
  const w = WORDING[locale]
  const table = (head: string[], rows: (string | { em: string })[][]) =>
    `<div class="scroll"><table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'string' ? esc(c) : `<em>${esc(c.em)}</em>`}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
  const parts = [`<section lang="${locale}"><h2>${esc(w.heading)}</h2>`]
  if (ce) {
    const a = ce.answers
    const o = ce.overall
    if (a.counted)
      parts.push(
        `<div class="kpi"><div><b>${nps(o.nps)}</b> NPS</div><div><b>${o.answers}</b> ${esc(w.columns[0])}</div><div><b>${o.promoters}</b> ${esc(w.columns[1])}</div><div><b>${o.passives}</b> ${esc(w.columns[2])}</div><div><b>${o.detractors}</b> ${esc(w.columns[3])}</div></div>`,
        `<p>${esc(w.overall(o))}</p>`,
      )
    else parts.push(`<p>${esc(w.noAnswers)}</p>`)
    const extra = [
      a.unmatched ? w.unmatched(a.unmatched) : '',
      a.replaced ? w.replaced(a.replaced) : '',
      a.withComment ? w.comments(a.withComment) : '',
    ].filter(Boolean)
    if (extra.length) parts.push(`<p>${esc(extra.join(' '))}</p>`)
    if (a.counted)
      for (const dim of DIMENSIONS) {
        const rows = rowsOf(w, dim, ce[dim])
        if (!rows.length) continue
        const d = w.dimension[dim]
        parts.push(
          `<h3>${esc(d.heading)}</h3>`,
          npsChart(`nps-${dim}`, d.chart, rows, w),
          table(
            [d.column, ...w.columns, ''],
            rows.map((r) => [
              r.ours ? { em: r.label } : r.label,
              String(r.counts.answers),
              String(r.counts.promoters),
              String(r.counts.passives),
              String(r.counts.detractors),
              nps(r.counts.nps),
              r.counts.small ? w.small : '',
            ]),
          ),
        )
      }
  }
  if (consents?.given) {
    const { rows, after } = consentLines(w, consents)
    parts.push(`<h3>${esc(w.consents.heading)}</h3>`)
    if (rows.length)
      parts.push(
        table(
          w.consents.columns,
          rows.map(([m, ...rest]) => [{ em: m! }, ...rest]),
        ),
      )
    for (const p of after) parts.push(`<p>${esc(p)}</p>`)
  }
  if (ce?.answers.counted)
    parts.push(
      `<h3>${esc(w.notes.heading)}</h3><ul>${w.notes
        .lines(ce.minGroupSize)
        .map((l) => `<li>${esc(l)}</li>`)
        .join('')}</ul>`,
    )
  parts.push('</section>')
  return parts.join('')
}
