// A small webhook: an ATS POSTs an application, the server screens it and writes the decision
// and the planned message to an outbox on disk, for a sender to deliver at the planned time.
// Run: npx tsx examples/04-webhook-server.ts   (starts on 127.0.0.1, sends one application to itself, stops)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ApplicationError,
  compileCriteria,
  deliveryPolicy,
  loadCriteria,
  planDelivery,
  renderMessage,
} from 'autoscreen/node'

const screener = compileCriteria(await loadCriteria('rules/frontend-developer.yaml'))
const outbox = mkdtempSync(join(tmpdir(), 'autoscreen-outbox-'))

const server = createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/applications') return void res.writeHead(404).end()
  let body = ''
  for await (const chunk of req) {
    body += chunk
    if (body.length > 1_000_000) return void res.writeHead(413).end()
  }
  try {
    const now = new Date() // the only place the clock is read: at the edge
    const result = screener.screen(JSON.parse(body), { now })
    const message = renderMessage(result, { screener, now })
    const plan = planDelivery(result, deliveryPolicy(screener.criteria), { now, stage: message.stage })
    // The result (with its audit record) is stored; the message waits in the outbox until sendAt.
    // The id comes from outside: encoded, it can never name a path outside the outbox ("../../x").
    writeFileSync(
      join(outbox, `${encodeURIComponent(result.application.id)}.json`),
      JSON.stringify({ result, message, plan }, null, 2),
    )
    res
      .writeHead(202, { 'content-type': 'application/json' })
      .end(JSON.stringify({ outcome: result.outcome, sendAt: plan.sendAt }))
  } catch (e) {
    const status = e instanceof ApplicationError || e instanceof SyntaxError ? 400 : 500
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }))
  }
})

await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
const { port } = server.address() as { port: number }
const application = readFileSync('examples/applications/frontend-developer.jsonl', 'utf8').split('\n')[5]!
const response = await fetch(`http://127.0.0.1:${port}/applications`, { method: 'POST', body: application })
console.log(response.status, await response.json())
const bad = await fetch(`http://127.0.0.1:${port}/applications`, { method: 'POST', body: '{"id": ""}' })
console.log(bad.status, await bad.json())
console.log('outbox:', readdirSync(outbox))
server.close()
