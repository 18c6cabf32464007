// Screen a batch from JSON Lines, reporting bad lines without stopping, and count outcomes.
// Run: npx tsx examples/02-batch-jsonl.ts
import { createReadStream } from 'node:fs'
import { compileCriteria, loadCriteria, readApplications } from 'autoscreen/node'

const screener = compileCriteria(await loadCriteria('rules/lagerarbetare.yaml'))
const counts = { pass: 0, reject: 0, review: 0 }
// The file stream as it is: every line becomes one application or one error naming its line.
for await (const entry of readApplications(createReadStream('examples/applications/lagerarbetare.jsonl'))) {
  if (!entry.ok) {
    console.error(`line ${entry.line}: ${entry.message}`)
    continue
  }
  // Screened as at arrival, as an ATS does on its webhook.
  const result = screener.screen(entry.application, { now: 'arrival' })
  counts[result.outcome]++
}
console.log(counts)
