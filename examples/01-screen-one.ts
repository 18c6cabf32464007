// Screen one application and print the decision, the reasons and the candidate message.
// Run: npx tsx examples/01-screen-one.ts
import { compileCriteria, formatExplanation, loadCriteria, renderMessage } from 'autoscreen/node'

const screener = compileCriteria(await loadCriteria('rules/frontend-developer.yaml'))
const now = new Date('2026-11-20T10:00:00+01:00')
const result = screener.screen(
  {
    id: 'a-1042',
    submittedAt: '2026-11-20T09:14:00+01:00',
    source: 'linkedin',
    candidate: { firstName: 'Maja', email: 'maja@example.se', locale: 'sv' },
    answers: {
      experienceYears: 2,
      skills: ['react', 'typescript'],
      workPermit: true,
      englishLevel: 'C1',
      availableFrom: '2027-01-10',
    },
  },
  { now },
)

console.log(
  `${result.application.id}: ${result.outcome}${result.nearMiss ? ' (near miss)' : ''}, score ${result.score}/${result.maxScore}`,
)
for (const c of result.criteria.filter((c) => c.status === 'unmet'))
  console.log(`  unmet ${c.id}: ${formatExplanation(c.detail!)}`)
const message = renderMessage(result, { screener, now })
console.log(`\nSubject: ${message.subject}\n\n${message.text}`)
