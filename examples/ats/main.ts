// npm run ats: a throwaway PostgreSQL, a mail catcher, and the ATS on http://127.0.0.1:3000
// with rules/frontend-developer.yaml published. Ctrl+C stops everything and removes the data.
// To use your own database and mail server: DATABASE_URL=postgres://… SMTP_URL=smtp://… npm run ats
import { readFileSync } from 'node:fs'
import { startAts } from './ats.js'
import { systemClock } from './clock.js'
import { smtpTransport, startMailCapture } from './mail.js'
import { startPostgres } from './postgres.js'
import { rescreenJob } from './rescreen.js'
import { createAtsServer } from './server.js'

const port = Number(process.env.PORT ?? 3000)
const postgres = process.env.DATABASE_URL ? undefined : await startPostgres()
const capture = process.env.SMTP_URL
  ? undefined
  : await startMailCapture((m) => console.log(`mail to ${m.to.join(', ')}: ${m.header('Subject')}`))
const ats = await startAts({
  databaseUrl: process.env.DATABASE_URL ?? postgres!.url,
  transport: smtpTransport(process.env.SMTP_URL ?? capture!.url),
  clock: systemClock,
  from: 'Nordlys rekrytering <jobb@nordlys.example>',
  publicUrl: `http://127.0.0.1:${port}`,
})

const stale = await ats.criteria.checkUpgrade()
for (const { jobId, version, report } of stale)
  console.warn(
    `criteria ${jobId} v${version}: ${report.criteria}; ${report.results.changed.length} stored results decided otherwise with autoscreen ${report.engineVersion}`,
  )
const published = await ats.criteria.publish(
  'frontend-developer',
  readFileSync('rules/frontend-developer.yaml', 'utf8'),
  systemClock.now(),
)
// With your own database the file may have changed since the last run: re-screen those still waiting.
if ('changed' in published && published.changed) await rescreenJob(ats, 'frontend-developer')

const server = createAtsServer(ats)
await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok))
console.log(`ATS on http://127.0.0.1:${port}${postgres ? ` (PostgreSQL at ${postgres.url})` : ''}. Try:
  curl -s -X POST http://127.0.0.1:${port}/jobs/frontend-developer/applications --data "$(sed -n 4p examples/applications/frontend-developer.jsonl)"
  curl -s http://127.0.0.1:${port}/review
  curl -s -X POST http://127.0.0.1:${port}/jobs/frontend-developer/applications/fe-1004/decision --data '{"outcome":"reject","reasons":{"criteria":["english"]},"by":"Sara Lind"}'
  curl -s http://127.0.0.1:${port}/jobs/frontend-developer/report`)

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  server.close()
  await ats.stop()
  await capture?.stop()
  await postgres?.stop()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
