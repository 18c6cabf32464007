// The message path of this tree against another commit's, over many applications: every stage
// and language, options (jobClosed, meetingAt, talentPoolUrl, interviewAt), a person's decisions,
// first names plain, escaped, right-to-left and unusable, nows over two years, and six policies and
// time zones per bundled rule set (New York, Kolkata, Lord Howe's half-hour change, messages with
// surveys and a notice talent pool, a closing time in London), plus the custom-template fixtures.
// Compares renderMessage on a prepared path and one-off, messageContext, planDelivery prepared
// and one-off, scheduleMessage and toEmail, value or error, byte for byte (JSON).
//
//   npx tsx test/bench/path-differential.ts <commit> [applications per rule set and variant, default 120]
//
// The other commit's src/ is written to .scratch/path-differential/<commit>/ (git archive) and
// imported from there. Exits 1 when anything differs. Issue #24's pass on the path: 124,750 calls
// against 1029991, none differ.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse, stringify } from 'yaml'
import * as N from '../../src/index'
import { loadCriteria as nLoad } from '../../src/node/load-criteria'
import { rng, syntheticApplications } from './synthetic'

const root = join(import.meta.dirname, '../..')
const commit = process.argv[2]
if (!commit) throw new Error('usage: npx tsx test/bench/path-differential.ts <commit> [per]')
const sha = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], { cwd: root, encoding: 'utf8' }).trim()
const baseDir = join(root, '.scratch/path-differential', sha)
if (!existsSync(join(baseDir, 'src'))) {
  mkdirSync(baseDir, { recursive: true })
  execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${baseDir}"`], { cwd: root })
}
const B = (await import(pathToFileURL(join(baseDir, 'src/index.ts')).href)) as typeof N
const bLoad = (
  (await import(pathToFileURL(join(baseDir, 'src/node/load-criteria.ts')).href)) as { loadCriteria: typeof nLoad }
).loadCriteria
const rules = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
  .sort()
const NAMES = [
  'Maja',
  "O'Brien",
  'Anna-Karin',
  'Anna Karin',
  'محمد',
  'דוד',
  'Åsa  Öberg',
  'Zoë <b>',
  'Jo = Jo',
  'x@y.se',
  '',
  '   ',
  'Ådam',
  'Li.',
  'A\u0301na',
  "Jean-d'Arc",
]
const OWN = { sv: 'vi gick vidare med andra erfarenheter', en: 'We went on with other experience.' }
/** A criteria file as YAML parses it, to edit before loading. */
type Editable = { job: Record<string, unknown>; delivery?: unknown; messages?: unknown }
const VARIANTS: [string, (c: Editable) => void][] = [
  ['as is', () => {}],
  [
    'new-york',
    (c) => {
      c.job.timezone = 'America/New_York'
      c.delivery = { acknowledgeInWorkingHours: true, slaClock: 'working-hours' }
    },
  ],
  [
    'kolkata',
    (c) => {
      c.job.timezone = 'Asia/Kolkata'
      c.delivery = {
        slaClock: 'calendar',
        rejectionsNotAfter: null,
        workingDays: ['sun', 'mon', 'tue', 'wed', 'thu'],
        workingHours: { start: '09:30', end: '18:15' },
        holidays: ['2026-12-25', '2027-01-01'],
      }
    },
  ],
  [
    'lord-howe',
    (c) => {
      c.job.timezone = 'Australia/Lord_Howe'
      c.delivery = {
        rejectionsBeforeDaysOff: null,
        reviewWorkingDays: 2,
        followUpWorkingDays: 0,
        minDelayHours: 0.5,
        maxDays: 3,
        holidays: 'se',
      }
    },
  ],
  [
    'messages',
    (c) => {
      c.messages = {
        survey: {
          rejected: 'https://acme.example/s?id={applicationId}',
          'talent-pool': 'https://acme.example/t/{applicationId}',
          'rejected-by-person': 'https://acme.example/p/{applicationId}',
        },
        talentPool: { mode: 'notice', months: 1 },
        privacyUrl: 'https://acme.example/privacy',
        replyTo: 'svar@acme.example',
        reviewContact: { name: 'Bo Ek', email: 'bo@acme.example' },
        automatedDecisionNotice: false,
        signature: { sv: 'Hälsningar\nAcme', en: 'Regards\nAcme' },
      }
      c.delivery = {
        rejectionsNotAfter: { day: 'thu', time: '15:30' },
        rejectionsBeforeDaysOff: '10:00',
        slaHours: 100,
        workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        holidays: ['se', '2026-12-28'],
      }
    },
  ],
  [
    'closes-at-time',
    (c) => {
      c.job.closesAt = '2026-12-15T12:30'
      c.job.timezone = 'Europe/London'
      c.delivery = {
        workingHours: { start: '00:00', end: '23:59' },
        workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        holidays: 'none',
      }
    },
  ],
]

async function pairs(): Promise<[string, N.Screener, N.Screener][]> {
  const out: [string, N.Screener, N.Screener][] = []
  for (const f of rules) {
    const text = readFileSync(join(root, 'rules', f), 'utf8')
    for (const [v, edit] of VARIANTS) {
      const c = parse(text)
      edit(c)
      const t = stringify(c)
      out.push([
        `${f} ${v}`,
        B.compileCriteria(B.loadCriteriaText(t, { format: 'yaml' })),
        N.compileCriteria(N.loadCriteriaText(t, { format: 'yaml' })),
      ])
    }
  }
  for (const f of ['test/fixtures/templates/criteria.yaml', 'examples/templates/criteria.yaml'])
    out.push([f, B.compileCriteria(await bLoad(join(root, f))), N.compileCriteria(await nLoad(join(root, f)))])
  return out
}

function outcome<T>(f: () => T): { value?: T; error?: string } {
  try {
    return { value: f() }
  } catch (e) {
    return { error: `${(e as { code?: string }).code}: ${(e as Error).message}` }
  }
}

const PER = Number(process.argv[3] ?? 120)
let compared = 0
let differ = 0
let okRender = 0
let okPlan = 0
const now0 = Date.parse('2026-01-02T09:00:00Z')
for (const [label, bs, ns] of await pairs()) {
  const r = rng(label.length * 7919 + label.charCodeAt(0))
  const bp = B.prepareMessages(bs)
  const np = N.prepareMessages(ns)
  const apps = syntheticApplications(ns.criteria, PER, label.length)
  for (let i = 0; i < apps.length; i++) {
    // nows over two years, every minute of the day, some on the second and millisecond
    const now = new Date(now0 + Math.floor(r() * 730 * 24 * 60) * 60_000 + (i % 5 === 0 ? Math.floor(r() * 60_000) : 0))
    const back = Math.floor(r() * 6 * 24 * 60 * 60_000) + (i % 3 ? 0 : 1)
    const submittedAt =
      i % 4 === 0
        ? new Date(now.getTime() - back).toISOString()
        : i % 4 === 1
          ? new Date(now.getTime() - back).toISOString().slice(0, 16)
          : new Date(now.getTime() - back + 3_600_000).toISOString().replace('Z', '+01:00')
    const name = NAMES[i % NAMES.length]!
    const app = {
      ...apps[i]!,
      id: i % 7 ? apps[i]!.id : `x/${i}?&`,
      submittedAt,
      ...(name
        ? { candidate: { firstName: name, lastName: 'S', email: `c${i}@example.se`, locale: i % 3 ? 'sv' : 'en' } }
        : {}),
    }
    const br0 = bs.screen(app as never, { now })
    const nr0 = ns.screen(app as never, { now })
    if (JSON.stringify(br0) !== JSON.stringify(nr0)) throw new Error(`${label}: screen differs at ${i}`)
    const results: [N.ScreeningResult, N.ScreeningResult][] = [[br0, nr0]]
    const at = new Date(now.getTime() + 3_600_000 * Math.floor(r() * 30))
    const unmet = ns.criteria.criteria.map((c) => c.id).filter(() => r() < 0.3)
    const k = i % 5
    const decisions: N.DecisionInput[] = []
    if (k === 0) decisions.push({ outcome: 'pass', by: 'Sara', at })
    if (k === 1)
      decisions.push({ outcome: 'reject', by: 'Sara', at, reasons: unmet.length ? { criteria: unmet } : { text: OWN } })
    if (k === 2)
      decisions.push({
        outcome: 'reject',
        by: 'Sara',
        at,
        interviewAt: new Date(at.getTime() - 3_600_000 * 5),
        reasons: { criteria: unmet, text: OWN },
      })
    if (k === 3)
      decisions.push({
        outcome: 'reject',
        by: 'Sara',
        at,
        reasons: { criteria: [...unmet, 'deadline'], text: { sv: 'för sent' } },
      })
    for (const d of decisions) {
      const b = outcome(() => B.recordDecision(br0, d, { screener: bs }))
      const n = outcome(() => N.recordDecision(nr0, d, { screener: ns }))
      if (JSON.stringify(b) !== JSON.stringify(n)) throw new Error(`${label}: recordDecision differs at ${i}`)
      if (b.value && n.value) results.push([b.value, n.value])
    }
    for (const [br, nr] of results) {
      for (const stage of [undefined, ...B.STAGES]) {
        for (const locale of [undefined, 'sv', 'en'] as const) {
          if (locale !== undefined && stage === undefined) continue
          const extra: Partial<N.PreparedRenderOptions> = {}
          if (r() < 0.2) extra.jobClosed = r() < 0.5 ? 'closed' : 'filled'
          if (r() < 0.15) extra.meetingAt = new Date(now.getTime() + Math.floor(r() * 5 * 86_400_000))
          if (r() < 0.15) extra.talentPoolUrl = `https://acme.example/join/${i}`
          if (r() < 0.03) extra.meetingAt = new Date(now.getTime() - 1000)
          const opts = { now, ...(stage ? { stage } : {}), ...(locale ? { locale } : {}), ...extra }
          const planOpts: N.PlanOptions = { now, ...(stage ? { stage } : {}) }
          if (r() < 0.3) planOpts.locale = r() < 0.5 ? 'sv' : 'en'
          if (r() < 0.2) planOpts.interviewAt = new Date(now.getTime() - Math.floor(r() * 3 * 86_400_000))
          const email = {
            from: 'Acme <jobb@acme.example>',
            to: i % 9 === 0 ? `"Maja S" <c${i}@example.se>` : i % 13 === 0 ? `a@b.se, c@d.se` : `c${i}@example.se`,
            ...(i % 6 === 0 ? { replyTo: 'x@acme.example' } : {}),
          }
          const b: Record<string, unknown> & { render: { value?: N.RenderedMessage } } = {
            render: outcome(() => bp.renderMessage(br, opts)),
            renderOne: outcome(() => B.renderMessage(br, { screener: bs, ...opts })),
            ctx: stage && locale ? outcome(() => B.messageContext(br, { screener: bs, ...opts, stage, locale })) : null,
            plan: outcome(() => bp.planDelivery(br, planOpts)),
            planOne: outcome(() => B.planDelivery(br, B.deliveryPolicy(bs.criteria), planOpts)),
            sched: outcome(() =>
              B.scheduleMessage(bp, br, {
                ...opts,
                ...email,
                ...(planOpts.interviewAt ? { interviewAt: planOpts.interviewAt } : {}),
              }),
            ),
          }
          const n: Record<string, unknown> & { render: { value?: N.RenderedMessage }; plan: { value?: unknown } } = {
            render: outcome(() => np.renderMessage(nr, opts)),
            renderOne: outcome(() => N.renderMessage(nr, { screener: ns, ...opts })),
            ctx: stage && locale ? outcome(() => N.messageContext(nr, { screener: ns, ...opts, stage, locale })) : null,
            plan: outcome(() => np.planDelivery(nr, planOpts)),
            planOne: outcome(() => N.planDelivery(nr, N.deliveryPolicy(ns.criteria), planOpts)),
            sched: outcome(() =>
              N.scheduleMessage(np, nr, {
                ...opts,
                ...email,
                ...(planOpts.interviewAt ? { interviewAt: planOpts.interviewAt } : {}),
              }),
            ),
          }
          if (b.render.value) b.email = outcome(() => bp.toEmail(b.render.value!, email))
          if (n.render.value) n.email = outcome(() => np.toEmail(n.render.value!, email))
          compared++
          if (n.render.value) okRender++
          if (n.plan.value) okPlan++
          const bj = JSON.stringify(b)
          const nj = JSON.stringify(n)
          if (bj !== nj) {
            differ++
            if (differ <= 5) {
              console.log(`DIFF ${label} app ${i} stage ${stage} locale ${locale}`)
              for (const key of Object.keys(b))
                if (JSON.stringify(b[key]) !== JSON.stringify(n[key]))
                  console.log(
                    key,
                    '\n base',
                    JSON.stringify(b[key]).slice(0, 600),
                    '\n new ',
                    JSON.stringify(n[key]).slice(0, 600),
                  )
            }
          }
        }
      }
    }
  }
}
console.log(`rendered ${okRender}, planned ${okPlan}`)
console.log(
  `compared ${compared} calls (render, one-off render, context, plan, one-off plan, scheduleMessage, email), ${differ} differ`,
)
if (differ) process.exit(1)
