// The bare loop the CLI is measured against: read a JSONL file line by line, parse each line and
// write one JSON line of the same shape and size as a screening result (a result of this rule
// set with the application's id and times put in), with backpressure. Nothing a real screener
// could skip, nothing it has to do besides.
// Usage: node bare-loop.mjs applications.jsonl one-result.json
import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'

const template = JSON.parse(readFileSync(process.argv[3], 'utf8'))
const out = process.stdout
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue
  const a = JSON.parse(line)
  const r = {
    ...template,
    application: { id: a.id, submittedAt: a.submittedAt },
    audit: { ...template.audit, evaluatedAt: a.submittedAt },
  }
  if (!out.write(JSON.stringify(r) + '\n')) await new Promise((res) => out.once('drain', res))
}
