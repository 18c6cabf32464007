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
    for (const headers of [
      {},
      { 'x-studio-session': 'x'.repeat(session.length) },
      { 'x-studio-session': studio.token },
    ]) {
      const r = await call('/api/files', { headers })
      expect([r.status, r.code]).toEqual([401, 'no_session'])
    }
    const wrong = await call('/api/session', {
      method: 'POST',
      headers: { 'x-studio-token': 'y'.repeat(studio.token.length) },
    })
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
    expect(
      (await call('/api/file?path=job.test.yaml', { method: 'PUT', headers: auth(), body: 'cases: [] # none yet\n' }))
        .status,
    ).toBe(200)
    expect(readFileSync(join(folder, 'job.test.yaml'), 'utf8')).toBe('cases: [] # none yet\n')
  })
  it('refuses paths outside the folder, links out of it, and other kinds of file', async () => {
    for (const path of [
      '../secret.yaml',
      '/etc/passwd.yaml',
      'link.yaml',
      'templates/../../secret.yaml',
      'notes.txt',
      'package.json.txt',
      'x\0.yaml',
    ])
      for (const method of ['GET', 'PUT']) {
        const r = await call(`/api/file?path=${encodeURIComponent(path)}`, {
          method,
          headers: auth(),
          ...(method === 'PUT' ? { body: 'id: hacked\n' } : {}),
        })
        expect(r.status, `${method} ${path}`).toBe(path.includes('\0') ? 400 : 403)
      }
    // Encoded once more, "..%2F" is a name inside the folder (a hidden one), not a way out.
    expect((await call(`/api/file?path=${encodeURIComponent('..%2Fsecret.yaml')}`, { headers: auth() })).code).toBe(
      'hidden',
    )
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
    expect([
      fileKind('a.yaml'),
      fileKind('a.test.yml'),
      fileKind('t/a.hbs'),
      fileKind('criteria.schema.json'),
      fileKind('a.js'),
    ]).toEqual(['criteria', 'test', 'template', null, null])
  })
})

// safety: never lose work. An empty or unparseable text needs the recruiter's confirmation, a
// file changed on disk is not overwritten unseen, and the kept versions can be listed and read.
describe('the studio server keeps the recruiter’s work', () => {
  const put = (path: string, body: string, headers: Record<string, string> = {}) =>
    call(`/api/file?path=${encodeURIComponent(path)}`, { method: 'PUT', headers: { ...auth(), ...headers }, body })
  const get = (path: string) => call(`/api/file?path=${encodeURIComponent(path)}`, { headers: auth() })

  it('refuses an empty text (the 0-byte save) unless the request says the recruiter confirmed it', async () => {
    writeFileSync(join(folder, 'empty.yaml'), 'id: empty\njob: { title: x }\n')
    for (const body of ['', '\n  \n']) {
      const r = await put('empty.yaml', body)
      expect([r.status, r.code]).toEqual([422, 'empty_file'])
      expect(readFileSync(join(folder, 'empty.yaml'), 'utf8')).toBe('id: empty\njob: { title: x }\n')
    }
    // A confirmation for the other case is no confirmation of this one.
    expect((await put('empty.yaml', '', { 'x-studio-confirm': 'unparseable' })).code).toBe('empty_file')
    expect((await put('empty.yaml', '', { 'x-studio-confirm': 'empty' })).status).toBe(200)
    expect(readFileSync(join(folder, 'empty.yaml'), 'utf8')).toBe('')
  })
  it('refuses an unparseable text unless confirmed, and even then only one that still reads as the recruiter’s file', async () => {
    writeFileSync(join(folder, 'broken.yaml'), 'id: broken\njob: { title: x }\n')
    const broken = 'id: broken\njob: { title: x }\ncriteria:\n  - id: a\n   rule: [\n'
    expect([(await put('broken.yaml', broken)).status, (await put('broken.yaml', broken)).code]).toEqual([
      422,
      'syntax',
    ])
    expect(readFileSync(join(folder, 'broken.yaml'), 'utf8')).toBe('id: broken\njob: { title: x }\n')
    expect((await put('broken.yaml', 'apiVersion: v1\nkind: [\n', { 'x-studio-confirm': 'unparseable' })).code).toBe(
      'syntax',
    )
    expect((await put('broken.yaml', broken, { 'x-studio-confirm': 'unparseable' })).status).toBe(200)
    expect(readFileSync(join(folder, 'broken.yaml'), 'utf8')).toBe(broken)
  })
  it('tags each version read and refuses with 412 a save over a file that changed on disk since', async () => {
    writeFileSync(join(folder, 'tag.yaml'), 'id: tag\njob: { title: a }\n')
    const opened = await get('tag.yaml')
    const tag = opened.headers.etag as string
    expect(tag).toMatch(/^"[\w-]+"$/)
    expect((await get('tag.yaml')).headers.etag).toBe(tag)
    const first = await put('tag.yaml', 'id: tag\njob: { title: b }\n', { 'if-match': tag })
    expect(first.status).toBe(200)
    const mine = first.headers.etag as string
    expect(mine).not.toBe(tag)
    expect((await get('tag.yaml')).headers.etag).toBe(mine)
    // Another program changes the file: the page's tag no longer matches, nothing is written.
    writeFileSync(join(folder, 'tag.yaml'), 'id: tag\njob: { title: from an editor }\n')
    const late = await put('tag.yaml', 'id: tag\njob: { title: c }\n', { 'if-match': mine })
    expect([late.status, late.code]).toEqual([412, 'changed_on_disk'])
    expect(readFileSync(join(folder, 'tag.yaml'), 'utf8')).toBe('id: tag\njob: { title: from an editor }\n')
    // Overwriting is the recruiter's explicit choice: a save without the tag.
    expect((await put('tag.yaml', 'id: tag\njob: { title: c }\n')).status).toBe(200)
    expect(readFileSync(join(folder, 'tag.yaml'), 'utf8')).toBe('id: tag\njob: { title: c }\n')
  })
  it('lists a file’s kept versions, newest first, and reads one back', async () => {
    writeFileSync(join(folder, 'ver.yaml'), 'id: ver\njob: { title: one }\n')
    expect(JSON.parse((await call('/api/versions?path=ver.yaml', { headers: auth() })).body).versions).toEqual([])
    await put('ver.yaml', 'id: ver\njob: { title: two }\n')
    await put('ver.yaml', 'id: ver\njob: { title: three }\n')
    const list = JSON.parse((await call('/api/versions?path=ver.yaml', { headers: auth() })).body) as {
      versions: { id: string; at: string; size: number }[]
    }
    expect(list.versions.length).toBe(2)
    const [newest, oldest] = list.versions
    expect(newest!.at > oldest!.at || newest!.id > oldest!.id).toBe(true)
    expect(Number.isNaN(Date.parse(newest!.at))).toBe(false)
    expect(newest!.size).toBe(Buffer.byteLength('id: ver\njob: { title: two }\n'))
    const read = await call(`/api/version?path=ver.yaml&id=${encodeURIComponent(oldest!.id)}`, { headers: auth() })
    expect([read.status, read.body]).toEqual([200, 'id: ver\njob: { title: one }\n'])
  })
  it('reads versions only from the backup folder: no traversal, no other file, no templates, not without a session', async () => {
    await put('ver.yaml', 'id: ver\njob: { title: four }\n')
    for (const id of [
      '../../job.yaml',
      '..%2F..%2Fjob.yaml',
      '/etc/passwd',
      'job.yaml',
      '2026-01-01T00-00-00.000Z.yaml/../../../job.yaml',
      '',
    ]) {
      const r = await call(`/api/version?path=ver.yaml&id=${encodeURIComponent(id)}`, { headers: auth() })
      expect(r.status, id).toBe(400)
      expect(r.body).not.toContain('id: job')
    }
    for (const path of [
      '../secret.yaml',
      'link.yaml',
      '.autoscreen-backup/ver.yaml',
      'templates/rejected.sv.hbs',
      'notes.txt',
    ]) {
      const r = await call(`/api/versions?path=${encodeURIComponent(path)}`, { headers: auth() })
      expect(r.status, path).toBeGreaterThanOrEqual(400)
    }
    const id = JSON.parse((await call('/api/versions?path=ver.yaml', { headers: auth() })).body).versions[0]
      .id as string
    expect((await call(`/api/version?path=ver.yaml&id=${encodeURIComponent(id)}`)).code).toBe('no_session')
    // A version id names a version of that file only: another file's folder has none of that name.
    expect((await call(`/api/version?path=job.yaml&id=${encodeURIComponent(id)}`, { headers: auth() })).status).toBe(
      404,
    )
  })
})
