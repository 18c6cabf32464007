import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodePng } from './png'
import { formatSummaryHtml } from '../../src/report/format-summary'
import { summarize } from '../../src/report/summarize'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { readApplications } from '../../src/screen/read-applications'

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

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
