import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileKind, startStudio, type StudioServer } from '../../src/cli/studio-server'

// The studio's server guards the recruiter's files: only on 127.0.0.1, only with the one-time
// token, only criteria, test and template files inside the folder.
let studio: StudioServer
let folder: string
let outside: string

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: studio.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${studio.port}`, ...options.headers } }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => ok({ status: res.statusCode!, body, headers: res.headers }))
    })
    req.on('error', fail)
    req.end(options.body)
  })
}
const auth = () => ({ 'x-studio-token': studio.token })

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'autoscreen-studio-'))
  folder = join(root, 'rules')
  outside = join(root, 'secret.yaml')
  mkdirSync(join(folder, 'templates'), { recursive: true })
  writeFileSync(join(folder, 'job.yaml'), 'id: job\n')
  writeFileSync(join(folder, 'job.test.yaml'), 'cases: []\n')
  writeFileSync(join(folder, 'templates', 'rejected.sv.hbs'), 'Subject: x\n\ny\n')
  writeFileSync(join(folder, 'notes.txt'), 'private')
  writeFileSync(outside, 'id: secret\n')
  symlinkSync(outside, join(folder, 'link.yaml'))
  const assets = join(root, 'assets')
  mkdirSync(assets)
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>studio</title>')
  studio = await startStudio({ folder, assets })
})
afterAll(() => studio?.close())

describe('the studio server', () => {
  it('listens on 127.0.0.1 and prints an address with the one-time token', () => {
    expect(studio.url).toBe(`http://127.0.0.1:${studio.port}/?token=${studio.token}`)
    expect(studio.token.length).toBeGreaterThanOrEqual(32)
  })
  it('refuses requests without the token, and a wrong one', async () => {
    expect((await call('/')).status).toBe(401)
    expect((await call('/api/files')).status).toBe(401)
    expect((await call('/api/files', { headers: { 'x-studio-token': 'x'.repeat(studio.token.length) } })).status).toBe(401)
    expect((await call(`/?token=${'y'.repeat(studio.token.length)}`)).status).toBe(401)
  })
  it('turns the token in the address into a same-site, HttpOnly cookie, and serves the page with it', async () => {
    const first = await call(`/?token=${studio.token}`)
    expect(first.status).toBe(303)
    expect(first.headers.location).toBe('/')
    const cookie = String(first.headers['set-cookie']).split(';')[0]!
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict; Path=\//)
    const page = await call('/', { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
  })
  it('answers only to its own host name (no DNS rebinding)', async () => {
    expect((await call('/api/files', { headers: { ...auth(), host: 'evil.example' } })).status).toBe(403)
  })
  it('lists only criteria, test and template files, not links out of the folder', async () => {
    const r = await call('/api/files', { headers: auth() })
    expect(JSON.parse(r.body).files).toEqual([
      { path: 'job.test.yaml', kind: 'test' },
      { path: 'job.yaml', kind: 'criteria' },
      { path: 'templates/rejected.sv.hbs', kind: 'template' },
    ])
  })
  it('reads and writes allowed files inside the folder', async () => {
    expect((await call('/api/file?path=job.yaml', { headers: auth() })).body).toBe('id: job\n')
    expect((await call('/api/file?path=new.test.yaml', { method: 'PUT', headers: auth(), body: 'cases: []\n' })).status).toBe(200)
    expect(readFileSync(join(folder, 'new.test.yaml'), 'utf8')).toBe('cases: []\n')
  })
  it('refuses paths outside the folder, links out of it, and other kinds of file', async () => {
    for (const path of ['../secret.yaml', '/etc/passwd.yaml', 'link.yaml', 'templates/../../secret.yaml', 'notes.txt', 'package.json.txt', 'x\0.yaml'])
      for (const method of ['GET', 'PUT']) {
        const r = await call(`/api/file?path=${encodeURIComponent(path)}`, { method, headers: auth(), ...(method === 'PUT' ? { body: 'id: hacked\n' } : {}) })
        expect(r.status, `${method} ${path}`).toBe(403)
      }
    // Encoded once more, "..%2F" is a name inside the folder, not a way out.
    expect((await call(`/api/file?path=${encodeURIComponent('..%2Fsecret.yaml')}`, { headers: auth() })).status).toBe(404)
    expect(readFileSync(outside, 'utf8')).toBe('id: secret\n')
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('private')
  })
  it('never serves files outside its assets', async () => {
    for (const path of ['/../rules/job.yaml', '/%2e%2e/rules/job.yaml', '/assets/..%2f..%2frules%2fjob.yaml']) {
      const r = await call(path, { headers: auth() })
      expect(r.status, path).not.toBe(200)
      expect(r.body).not.toContain('id: job')
    }
  })
  it('knows the kinds of files by name', () => {
    expect([fileKind('a.yaml'), fileKind('a.test.yml'), fileKind('t/a.hbs'), fileKind('criteria.schema.json'), fileKind('a.js')]).toEqual(['criteria', 'test', 'template', null, null])
  })
})
