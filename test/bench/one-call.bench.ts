import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { prepareMessages } from '../../src/messages/prepare-messages'
import { scheduleMessage } from '../../src/messages/schedule-message'
import { loadCriteria } from '../../src/node/load-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { syntheticApplications } from './synthetic'

// Issue #25: scheduleMessage (message, plan and email in one call) against the three prepared
// calls it replaces, per result, on every bundled rule set. On a shared machine a bench run
// after another measures the load as much as the code, so the two are timed interleaved: 25
// rounds of 2,000 results each, alternating which goes first, and the medians compared
// (printed when the file is collected); the benches below are for vitest's own table.
// `npx vitest bench --run test/bench/one-call.bench.ts`, 2026-12-06, 2 cores shared with other
// jobs (load 9-12), one call against the three prepared calls, over three runs:
//   b2b-saljare               0.88x-1.07x   (about 29-46 µs per result)
//   frontend-developer        1.04x-1.12x
//   lagerarbetare             1.05x-1.16x
//   underskoterska-hemtjanst  0.87x-1.14x
// The same code varies by about 10 % from run to run here: the one call costs what the three do.
const now = new Date('2026-11-23T10:00:00Z')
const from = 'Rekrytering <jobb@acme.example>'
const dir = join(__dirname, '../../rules')
const N = 2_000
let sink = 0

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
  .sort()) {
  const screener = compileCriteria(await loadCriteria(join(dir, file)))
  const results = syntheticApplications(screener.criteria, N).map((a, i) =>
    screener.screen({ ...a, candidate: { firstName: 'Maja', locale: i % 2 ? 'sv' : 'en' } }, { now }),
  )
  const path = prepareMessages(screener)
  const separate = () => {
    for (let i = 0; i < N; i++) {
      const message = path.renderMessage(results[i]!, { now })
      const plan = path.planDelivery(results[i]!, { now, stage: message.stage })
      sink += path.toEmail(message, { from, to: `c${i}@example.se` }).subject.length + plan.sendAt.length
    }
  }
  const oneCall = () => {
    for (let i = 0; i < N; i++)
      sink += scheduleMessage(path, results[i]!, { now, from, to: `c${i}@example.se` }).email.subject.length
  }
  const times: Record<'separate' | 'oneCall', number[]> = { separate: [], oneCall: [] }
  for (let k = 0; k < 3; k++) separate(), oneCall()
  for (let k = 0; k < 25; k++)
    for (const name of k % 2 ? (['separate', 'oneCall'] as const) : (['oneCall', 'separate'] as const)) {
      const start = performance.now()
      ;(name === 'separate' ? separate : oneCall)()
      times[name].push(performance.now() - start)
    }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!
  const us = (ms: number) => ((ms * 1000) / N).toFixed(1)
  console.info(
    `${file}: three prepared calls ${us(median(times.separate))} µs/result, scheduleMessage ${us(median(times.oneCall))} µs/result: ${(median(times.oneCall) / median(times.separate)).toFixed(2)}x (medians of 25 interleaved rounds)`,
  )
  describe(`rules/${file}: ${N.toLocaleString('en')} results`, () => {
    bench('renderMessage + planDelivery + toEmail (prepared)', separate, { time: 1000 })
    bench('scheduleMessage', oneCall, { time: 1000 })
  })
}
if (sink < 0) console.info(sink)
