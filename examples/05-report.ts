// Summarise results for a manager, with a demographic check for adverse impact, as Markdown.
// Run: npx tsx examples/05-report.ts
import { readFileSync } from 'node:fs'
import {
  compileCriteria,
  formatSummaryMarkdown,
  loadCriteria,
  parseDemographicsCsv,
  summarize,
  type Application,
} from 'autoscreen/node'

const screener = compileCriteria(await loadCriteria('rules/b2b-saljare.yaml'))
const applications = readFileSync('examples/applications/b2b-saljare.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Application)
const results = applications.map((a) => screener.screen(a, { now: new Date(a.submittedAt) }))
// Demographics are supplied separately and joined by application id; they never enter screening.
const demographics = parseDemographicsCsv(readFileSync('examples/demographics.csv', 'utf8'))
console.log(formatSummaryMarkdown(summarize(results, { demographics, minGroupSize: 30 })))
