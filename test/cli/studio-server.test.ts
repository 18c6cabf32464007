import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileKind, startStudio, type StudioServer } from '../../src/cli/studio-server'
import { call as callStudio, newSession } from '../helpers/studio'

// The studio's server guards the recruiter's files: only on 127.0.0.1, only with the one-time
// token (exchanged once for a session), only criteria, test and template files inside the folder.
let studio: StudioServer
let folder: string
let outside: string
let session: string

const call = (path: string, options: Parameters<typeof callStudio>[2] = {}) => callStudio(studio, path, options)
const auth = () => ({ 'x-studio-session': session })

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
  session = await newSession(studio)
})
afterAll(() => studio?.close())

describe('the studio server', () => {
  it('listens on 127.0.0.1 and prints an address with the one-time token', () => {
    expect(studio.url).toBe(`http://127.0.0.1:${studio.port}/?token=${studio.token}`)
    expect(studio.token.length).toBeGreaterThanOrEqual(32)
  })
  it('serves the page to anyone (it holds no secret), the API only with a session', async () => {
    const page = await call('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['set-cookie']).toBeUndefined()
    expect(page.body).not.toContain(studio.token)
    for (const headers of [{}, { 'x-studio-session': 'x'.repeat(session.length) }, { 'x-studio-session': studio.token }]) {
      const r = await call('/api/files', { headers })
      expect([r.status, r.code]).toEqual([401, 'no_session'])
    }
    const wrong = await call('/api/session', { method: 'POST', headers: { 'x-studio-token': 'y'.repeat(studio.token.length) } })
    expect([wrong.status, wrong.code]).toEqual([401, 'token_invalid'])
  })
  it('exchanges a one-time token for a session secret that is not the token, and sets no cookie', async () => {
    const address = studio.newAddress()
    const token = new URL(address).searchParams.get('token')!
    const r = await call('/api/session', { method: 'POST', headers: { 'x-studio-token': token } })
    expect(r.status).toBe(200)
    expect(r.headers['set-cookie']).toBeUndefined()
    const secret = JSON.parse(r.body).session as string
    expect(secret).not.toBe(token)
    expect(secret.length).toBeGreaterThanOrEqual(32)
    expect((await call('/api/files', { headers: { 'x-studio-session': secret } })).status).toBe(200)
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
    expect((await call('/api/file?path=job.test.yaml', { method: 'PUT', headers: auth(), body: 'cases: [] # none yet\n' })).status).toBe(200)
    expect(readFileSync(join(folder, 'job.test.yaml'), 'utf8')).toBe('cases: [] # none yet\n')
  })
  it('refuses paths outside the folder, links out of it, and other kinds of file', async () => {
    for (const path of ['../secret.yaml', '/etc/passwd.yaml', 'link.yaml', 'templates/../../secret.yaml', 'notes.txt', 'package.json.txt', 'x\0.yaml'])
      for (const method of ['GET', 'PUT']) {
        const r = await call(`/api/file?path=${encodeURIComponent(path)}`, { method, headers: auth(), ...(method === 'PUT' ? { body: 'id: hacked\n' } : {}) })
        expect(r.status, `${method} ${path}`).toBe(path.includes('\0') ? 400 : 403)
      }
    // Encoded once more, "..%2F" is a name inside the folder (a hidden one), not a way out.
    expect((await call(`/api/file?path=${encodeURIComponent('..%2Fsecret.yaml')}`, { headers: auth() })).code).toBe('hidden')
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
