import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { formatSummaryHtml } from '../../src/report/format-summary'
import { summarize } from '../../src/report/summarize'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { readApplications } from '../../src/screen/read-applications'

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG into pixels (enough for Chromium's screenshots). */
function decodePng(buf: Buffer): { width: number; height: number; pixel: (x: number, y: number) => [number, number, number] } {
  const width = buf.readUInt32BE(16)
  const height = buf.readUInt32BE(20)
  const depth = buf[24]!
  const type = buf[25]!
  if (depth !== 8 || (type !== 2 && type !== 6)) throw new Error(`unsupported PNG (depth ${depth}, type ${type})`)
  const bpp = type === 6 ? 4 : 3
  const idat: Buffer[] = []
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o)
    const kind = buf.toString('ascii', o + 4, o + 8)
    if (kind === 'IDAT') idat.push(buf.subarray(o + 8, o + 8 + len))
    o += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * bpp
  const out = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0
      const p = a + b - c
      const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
      out[y * stride + x] = (v + pred) & 0xff
    }
  }
  return { width, height, pixel: (x, y) => [out[y * stride + x * bpp]!, out[y * stride + x * bpp + 1]!, out[y * stride + x * bpp + 2]!] }
}

describe('HTML report in headless Chromium', () => {
  it('renders a non-blank page at phone width', async () => {
    expect(CHROMIUM, 'install Debian chromium: apt-get install chromium').toBeDefined()
    const screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml')))
    const results = []
    for await (const e of readApplications(readFileSync(join(__dirname, '../../examples/applications/frontend-developer.jsonl'), 'utf8')))
      if (e.ok) results.push(screener.screen(e.application, { now: 'arrival' }))
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-report-'))
    writeFileSync(join(dir, 'report.html'), formatSummaryHtml(summarize(results)))
    const png = join(dir, 'report.png')
    execFileSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--window-size=412,900', `--screenshot=${png}`, `file://${join(dir, 'report.html')}`], { stdio: 'ignore', timeout: 90_000 })
    const img = decodePng(readFileSync(png))
    expect(img.width).toBe(412)
    let dark = 0
    let coloured = 0
    for (let y = 0; y < img.height; y += 2)
      for (let x = 0; x < img.width; x += 2) {
        const [r, g, b] = img.pixel(x, y)
        if (r + g + b < 200) dark++
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++
      }
    // Text makes dark pixels; the funnel and criteria bars make coloured ones.
    expect(dark).toBeGreaterThan(500)
    expect(coloured).toBeGreaterThan(300)
    console.log(`screenshot ${png}: ${dark} dark and ${coloured} coloured sampled pixels`)
  })
})
