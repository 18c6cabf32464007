// The HTTP side: the webhook the job board (or the ATS's own form) posts applications to, and
// the few endpoints a recruiter's pages call. Plain node:http: routing is not the point here.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { isCriteriaError } from 'autoscreen'
import type { Ats } from './ats.js'
import { recheck } from './audit.js'
import { closeJobAndAnswer } from './close-job.js'
import { decide, type DecisionForm } from './decide.js'
import { receive } from './receive.js'
import { jobReport, storeSurveyAnswer } from './report.js'
import { rescreenJob } from './rescreen.js'
import { openTasks } from './review.js'

const MAX_BODY = 1_000_000 // bounded before parsing: an application is a few kB

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let body = ''
  for await (const chunk of req) {
    body += chunk
    if (body.length > MAX_BODY) return undefined
  }
  return body
}

type Reply = { status: number } & object
type Route = (ats: Ats, params: string[], body: string) => Promise<Reply>
const json = (body: string): unknown => JSON.parse(body) // a SyntaxError is answered with 400

const routes: [method: string, path: RegExp, route: Route][] = [
  // The webhook: POST /jobs/frontend-developer/applications with the application as JSON.
  ['POST', /^\/jobs\/([^/]+)\/applications$/, (ats, [job], body) => receive(ats, job!, json(body))],
  // Publish criteria (the file's text) as the job's active version; applications still waiting are screened again.
  [
    'PUT',
    /^\/jobs\/([^/]+)\/criteria$/,
    async (ats, [job], body) => {
      const published = await ats.criteria.publish(job!, body, ats.clock.now())
      if ('error' in published) return { status: 422, ...published }
      return { status: 200, ...published, ...(published.changed ? await rescreenJob(ats, job!) : {}) }
    },
  ],
  [
    'POST',
    /^\/jobs\/([^/]+)\/close$/,
    (ats, [job], body) => closeJobAndAnswer(ats, job!, (json(body || '{}') as { reason?: 'filled' | 'closed' }).reason),
  ],
  ['GET', /^\/jobs\/([^/]+)\/report$/, async (ats, [job]) => ({ status: 200, ...(await jobReport(ats, job!)) })],
  ['GET', /^\/review$/, async (ats) => ({ status: 200, tasks: await openTasks(ats) })],
  // An application is the job's: the same id under another job is another application.
  [
    'POST',
    /^\/jobs\/([^/]+)\/applications\/([^/]+)\/decision$/,
    (ats, [job, id], body) => decide(ats, job!, id!, json(body) as DecisionForm),
  ],
  [
    'GET',
    /^\/jobs\/([^/]+)\/applications\/([^/]+)\/audit$/,
    async (ats, [job, id]) => ({ status: 200, results: await recheck(ats, job!, id!) }),
  ],
  // The job's survey tool (its criteria file's survey.url) posts the candidates' answers here.
  ['POST', /^\/jobs\/([^/]+)\/survey$/, (ats, [job], body) => storeSurveyAnswer(ats, job!, body)],
]

export function createAtsServer(ats: Ats): Server {
  return createServer(async (req, res) => {
    const reply = (status: number, body: object) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const found = routes.find(([method, pattern]) => method === req.method && pattern.test(path))
    if (!found) return reply(404, { error: 'not found' })
    const body = await readBody(req)
    if (body === undefined) return reply(413, { error: `the body is over ${MAX_BODY} bytes` })
    try {
      const params = found[1].exec(path)!.slice(1).map(decodeURIComponent)
      const { status, ...rest } = await found[2](ats, params, body)
      reply(status, rest)
    } catch (e) {
      if (e instanceof SyntaxError) return reply(400, { error: `not JSON: ${e.message}` })
      if (isCriteriaError(e)) return reply(422, { error: 'the criteria do not load', issues: e.issues })
      console.error('ats:', e)
      reply(500, { error: 'internal error' })
    }
  })
}
