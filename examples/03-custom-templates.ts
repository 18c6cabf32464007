// Use the company's own wording: a criteria file names template files per stage and language.
// Run: npx tsx examples/03-custom-templates.ts
import { compileCriteria, loadCriteria, renderMessage } from 'autoscreen/node'

const screener = compileCriteria(await loadCriteria('examples/templates/criteria.yaml'))
const now = new Date('2026-11-20T15:00:00+01:00')
const result = screener.screen(
  {
    id: 'a-7',
    submittedAt: '2026-11-20T09:00:00+01:00',
    candidate: { firstName: 'Alex' },
    answers: { experienceYears: 1 },
  },
  { now },
)
const message = renderMessage(result, { screener, now })
console.log(`Subject: ${message.subject}\n\n${message.text}\n\n${message.html}`)
