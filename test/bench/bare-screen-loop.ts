// The bare loop `autoscreen screen --jobs 1` is measured against on the 12-criterion set
// (cli-standard.bench.ts): read a JSONL file line by line, JSON.parse each line, build the
// hand-written equivalent of screen()'s result (standard-set.ts: statuses, a detail per unmet
// criterion, the SHA-256 of the canonical answers), JSON.stringify it and write it, with
// backpressure, as bare-loop.mjs writes. The bench bundles it with esbuild and runs it with plain
// node, as the built CLI runs: no TypeScript loader in the measured process.
// Usage: node bare-screen-loop.mjs applications.jsonl <time of decision, ISO>
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { handScreen } from './standard-set'

const now = new Date(process.argv[3]!)
const out = process.stdout
for await (const line of createInterface({ input: createReadStream(process.argv[2]!), crlfDelay: Infinity })) {
  if (!line) continue
  const r = handScreen(JSON.parse(line), now)
  if (!out.write(JSON.stringify(r) + '\n')) await new Promise((res) => out.once('drain', res))
}
