import { candidateExperienceHtml, candidateExperienceMarkdown } from './format-candidate-experience.js'
import { markdownText as md } from './markdown-text.js'
import type { GroupRate, OtherCounts, OtherGroups, OutcomeCounts, Summary } from './summarize.js'
import { RESULT_VOCABULARY } from '../issues/result-vocabulary.js'

// The report is in English; its columns name the statuses as the table and the Studio do.
const STATUS = RESULT_VOCABULARY.en.status

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`)
const ratio = (x: number | null) => (x === null ? '–' : x.toFixed(2))
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const groupFlag = (g: Omit<GroupRate, 'group'>) =>
  `${g.flagged ? '⚠ under 0.8' : ''}${g.small ? `${g.flagged ? '; ' : ''}small group` : ''}`

/** "1 application", "2 applications": the noun as the count wants it ("near miss", "near misses"). */
const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`

/** "12 other sources": the row that adds up what is not listed (our words, so in emphasis: no data can look like it). */
const others = (n: number, noun: string) => `${n} other ${noun}${n === 1 ? '' : 's'}`

function countsTable(title: string, rows: Record<string, OutcomeCounts>, other: OtherCounts | null): string {
  const row = (label: string, c: OutcomeCounts) =>
    `| ${label} | ${c.applications} | ${c.pass} | ${c.reject} | ${c.review} | ${c.nearMiss} |`
  const lines = Object.entries(rows)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => row(md(k), c))
  if (other) lines.push(row(`*${others(other.groups, title)}*`, other))
  return `| ${title} | applications | pass | reject | review | near miss |\n|---|---:|---:|---:|---:|---:|\n${lines.join('\n')}`
}

const groupRow = (label: string, g: Omit<GroupRate, 'group'>) =>
  `| ${label} | ${g.screened} | ${g.passed} | ${pct(g.rate)} | ${ratio(g.impactRatio)} | ${groupFlag(g)} |`
const otherGroups = (o: OtherGroups) => `*${others(o.groups, 'group')}*`

/**
 * Renders a summary as Markdown, readable in a terminal and in a pull request.
 *
 * @example
 * ```ts
 * fs.writeFileSync('report.md', formatSummaryMarkdown(summarize(results)))
 * ```
 * @category Reports
 */
export function formatSummaryMarkdown(s: Summary): string {
  const t = s.totals
  const out = [
    '# Screening report',
    '',
    `${count(t.applications, 'application')}: ${t.pass} passed, ${t.reject} rejected (${count(t.nearMiss, 'near miss', 'near misses')} kept for the talent pool), ${t.review} for human review.`,
    ...(t.nearMiss
      ? [
          '',
          `Near misses by talent-pool message: ${s.talentPool.consent} asked to opt in (consent), ${s.talentPool.notice} told (notice)${s.talentPool.unknown ? `, ${s.talentPool.unknown} with no message in the results` : ''}.`,
        ]
      : []),
    '',
    '## By source',
    '',
    countsTable('source', s.bySource, s.otherSources),
    '',
    '## By job',
    '',
    countsTable('job', s.byJob, s.otherJobs),
    '',
    '## Criteria',
    '',
    `| criterion | ${STATUS.unmet} | ${STATUS.missing} | ${STATUS.invalid} | ${STATUS.review} | ${STATUS.skipped} | rejections that hinge on it alone |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...s.criteria.map(
      (c) =>
        `| ${md(c.id)} | ${c.unmet} (${pct(c.unmetShare)}) | ${c.missing} (${pct(c.missingShare)}) | ${c.invalid} (${pct(c.invalidShare)}) | ${c.review} | ${c.skipped} | ${c.decisive} |`,
    ),
    '',
    '## Time to answer',
    '',
  ]
  const r = s.responseTimes
  if (!r.planned) out.push('No planned send times in the results (screen with `--messages` to include them).')
  else {
    out.push(
      `From submission to the planned answer, over ${count(r.planned, 'application')}: median ${r.medianHours} h, 95th percentile ${r.p95Hours} h; ${pct(r.within48h)} answered within 48 hours, ${pct(r.within10d)} within 10 days.`,
    )
    if (r.breached)
      out.push(
        '',
        `SLA breaches (${r.breached})${r.breached > r.breaches.length ? `, the ${r.breaches.length} longest` : ''}: ${r.breaches.map((b) => `${md(b.id)} (${b.hours} h)`).join(', ')}`,
      )
  }
  // The report is in English: the section has Swedish wording too, for when the report does.
  const experience = candidateExperienceMarkdown(s.candidateExperience, s.consents, 'en')
  if (experience) out.push('', experience)
  for (const a of s.adverseImpact) {
    out.push(
      '',
      `## Adverse impact: ${md(a.column)}`,
      '',
      '| group | screened | passed | selection rate | impact ratio | |',
      '|---|---:|---:|---:|---:|---|',
    )
    out.push(...a.groups.map((g) => groupRow(md(g.group), g)))
    if (a.other) out.push(groupRow(otherGroups(a.other), a.other))
    if (a.unknown)
      out.push(
        '',
        `${count(a.unknown, 'screened application')} ${a.unknown === 1 ? 'has' : 'have'} no known ${md(a.column)}.`,
      )
    const drivers = a.criteria.filter((c) => c.groups.some((g) => g.flagged) || c.other?.flagged)
    if (drivers.length) {
      out.push('', 'Criteria with an impact ratio under 0.8 for some group:', '')
      for (const c of drivers) {
        const rates = [
          ...c.groups.map((g) => [md(g.group), g] as const),
          ...(c.other ? [[otherGroups(c.other), c.other] as const] : []),
        ]
        out.push(
          `- ${md(c.id)}: ${rates.map(([label, g]) => `${label} ${pct(g.rate)} (${ratio(g.impactRatio)})`).join(', ')}`,
        )
      }
    }
  }
  out.push('', '## How these figures are computed', '', ...s.notes.map((n) => `- ${n}`), '')
  return out.join('\n')
}

function bars(items: { label: string; value: number; max: number; note?: string; colour: string }[]): string {
  const h = 26
  const rows = items.map((it, i) => {
    const w = it.max ? Math.max(2, (it.value / it.max) * 100) : 0 // bars use up to 35% of the width, leaving room for the label
    return `<g transform="translate(0 ${i * h})"><text x="0" y="16" font-size="13">${esc(it.label)}</text><rect x="40%" y="4" width="${(w * 0.35).toFixed(1)}%" height="16" rx="3" fill="${it.colour}"/><text x="${(40 + w * 0.35 + 1).toFixed(1)}%" y="16" font-size="12">${esc(it.note ?? String(it.value))}</text></g>`
  })
  return `<svg role="img" width="100%" height="${items.length * h}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`
}

/**
 * Renders a summary as one self-contained HTML file (no network; inline SVG charts of the
 * funnel, of the criteria and, with survey answers, of candidate NPS per group), readable on a
 * phone.
 *
 * @example
 * ```ts
 * fs.writeFileSync('report.html', formatSummaryHtml(summarize(results)))
 * ```
 * @category Reports
 */
export function formatSummaryHtml(s: Summary): string {
  const t = s.totals
  const funnel = bars([
    { label: 'Applications', value: t.applications, max: t.applications, colour: '#5b6b8c' },
    { label: 'Passed', value: t.pass, max: t.applications, colour: '#2f855a' },
    { label: 'Human review', value: t.review, max: t.applications, colour: '#b7791f' },
    { label: 'Rejected', value: t.reject, max: t.applications, colour: '#c53030' },
    { label: 'Near misses', value: t.nearMiss, max: t.applications, colour: '#6b46c1' },
  ])
  // A loop, not Math.max(...list): results can name more criteria than a call takes arguments.
  const maxUnmet = s.criteria.reduce((m, c) => Math.max(m, c.unmet), 1)
  const crit = bars(
    s.criteria.map((c) => ({
      label: c.id,
      value: c.unmet,
      max: maxUnmet,
      note: `${c.unmet} unmet, ${c.decisive} decisive`,
      colour: '#c53030',
    })),
  )
  // A cell is data (escaped) or, for the row that adds up the rest, our words in emphasis.
  const table = (head: string[], rows: (string | { em: string })[][]) =>
    `<div class="scroll"><table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'string' ? esc(c) : `<em>${esc(c.em)}</em>`}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
  const groupCells = (g: Omit<GroupRate, 'group'>) => [
    String(g.screened),
    String(g.passed),
    pct(g.rate),
    ratio(g.impactRatio),
    groupFlag(g),
  ]
  const countCells = (c: OutcomeCounts) => [String(c.applications), String(c.pass), String(c.reject), String(c.review)]
  const r = s.responseTimes
  const times = r.planned
    ? `<p>Median ${r.medianHours} h, 95th percentile ${r.p95Hours} h; ${pct(r.within48h)} within 48 hours, ${pct(r.within10d)} within 10 days.</p>${r.breached ? `<p class="warn">SLA breaches (${r.breached})${r.breached > r.breaches.length ? `, the ${r.breaches.length} longest` : ''}: ${esc(r.breaches.map((b) => `${b.id} (${b.hours} h)`).join(', '))}</p>` : ''}`
    : '<p>No planned send times in the results.</p>'
  const impact = s.adverseImpact
    .map(
      (a) =>
        `<section><h2>Adverse impact: ${esc(a.column)}</h2>${table(['group', 'screened', 'passed', 'rate', 'impact ratio', ''], [...a.groups.map((g) => [g.group, ...groupCells(g)]), ...(a.other ? [[{ em: others(a.other.groups, 'group') }, ...groupCells(a.other)]] : [])])}${a.unknown ? `<p>${a.unknown} with unknown ${esc(a.column)}.</p>` : ''}</section>`,
    )
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Screening report</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:860px;padding:16px;color:#1a202c;background:#fff}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse;width:100%}th,td{padding:4px 8px;border-bottom:1px solid #e2e8f0;text-align:left}.scroll{overflow-x:auto}.warn{color:#c53030}.kpi{display:flex;flex-wrap:wrap;gap:12px}.kpi div{background:#edf2f7;border-radius:8px;padding:8px 12px}</style></head>
<body><h1>Screening report</h1>
<div class="kpi"><div><b>${t.applications}</b> application${t.applications === 1 ? '' : 's'}</div><div><b>${t.pass}</b> passed</div><div><b>${t.reject}</b> rejected</div><div><b>${t.review}</b> review</div><div><b>${t.nearMiss}</b> near miss${t.nearMiss === 1 ? '' : 'es'}</div></div>
${t.nearMiss ? `<p>Near misses by talent-pool message: ${s.talentPool.consent} asked to opt in (consent), ${s.talentPool.notice} told (notice)${s.talentPool.unknown ? `, ${s.talentPool.unknown} with no message in the results` : ''}.</p>` : ''}
<section><h2>Funnel</h2>${funnel}</section>
<section><h2>Criteria</h2>${crit}${table(
    ['criterion', STATUS.unmet, STATUS.missing, STATUS.invalid, STATUS.review, STATUS.skipped, 'decisive'],
    s.criteria.map((c) => [
      c.id,
      `${c.unmet} (${pct(c.unmetShare)})`,
      String(c.missing),
      String(c.invalid),
      String(c.review),
      String(c.skipped),
      String(c.decisive),
    ]),
  )}</section>
<section><h2>By source</h2>${table(['source', 'applications', 'pass', 'reject', 'review'], [...Object.entries(s.bySource).map(([k, c]) => [k, ...countCells(c)]), ...(s.otherSources ? [[{ em: others(s.otherSources.groups, 'source') }, ...countCells(s.otherSources)]] : [])])}</section>
<section><h2>Time to answer</h2>${times}</section>
${candidateExperienceHtml(s.candidateExperience, s.consents, 'en')}
${impact}
<section><h2>How these figures are computed</h2><ul>${s.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>
</body></html>
`
}
