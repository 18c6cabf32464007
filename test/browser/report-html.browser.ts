import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodePng } from './png'
import { formatSummaryHtml } from '../../src/report/format-summary'
import { summarize } from '../../src/report/summarize'
import { parseSurveyAnswers } from '../../src/report/survey-answers'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { readApplications } from '../../src/screen/read-applications'

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

describe('HTML report in headless Chromium', () => {
  it('renders a non-blank page at phone width', async () => {
    expect(CHROMIUM, 'install Debian chromium: apt-get install chromium').toBeDefined()
    const screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml')))
    const results = []
    for await (const e of readApplications(
      readFileSync(join(__dirname, '../../examples/applications/frontend-developer.jsonl'), 'utf8'),
    ))
      if (e.ok) results.push(screener.screen(e.application, { now: 'arrival' }))
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-report-'))
    writeFileSync(join(dir, 'report.html'), formatSummaryHtml(summarize(results)))
    const png = join(dir, 'report.png')
    execFileSync(
      CHROMIUM!,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--window-size=412,900',
        `--screenshot=${png}`,
        `file://${join(dir, 'report.html')}`,
      ],
      { stdio: 'ignore', timeout: 90_000 },
    )
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
  it('draws the candidate NPS charts: detractor groups in red left of the zero line, promoter groups in green right of it', async () => {
    expect(CHROMIUM, 'install Debian chromium: apt-get install chromium').toBeDefined()
    const screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml')))
    const results = []
    for await (const e of readApplications(
      readFileSync(join(__dirname, '../../examples/applications/frontend-developer.jsonl'), 'utf8'),
    ))
      if (e.ok) results.push(screener.screen(e.application, { now: 'arrival' }))
    // Passed: all promoters (+100); rejected: all detractors (-100).
    const survey = parseSurveyAnswers('applicationId,score\nfe-1001,10\nfe-1009,9\nfe-1002,1\nfe-1003,0\n').answers
    const html = formatSummaryHtml(summarize(results, { survey, minGroupSize: 1 }))
    // The section alone, with the report's styles, so that its charts are in the screenshot.
    const start = html.indexOf('<section lang="en"><h2>Candidate experience')
    expect(start).toBeGreaterThan(0)
    const page = `${html.slice(0, html.indexOf('<body>') + 6)}${html.slice(start, html.indexOf('</section>', start) + 10)}</body></html>`
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-nps-'))
    writeFileSync(join(dir, 'nps.html'), page)
    const png = join(dir, 'nps.png')
    execFileSync(
      CHROMIUM!,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--window-size=412,700',
        `--screenshot=${png}`,
        `file://${join(dir, 'nps.html')}`,
      ],
      { stdio: 'ignore', timeout: 90_000 },
    )
    const img = decodePng(readFileSync(png))
    // The charts span the content box (16 px padding each side); the zero line is at 40% of it.
    const zero = 16 + 0.4 * (img.width - 32)
    let green = 0
    let red = 0
    let misplaced = 0
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) {
        const [r, g, b] = img.pixel(x, y)
        const isGreen = g > r + 40 && g > b + 20
        const isRed = r > g + 80 && r > b + 80
        if (isGreen) green++
        if (isRed) red++
        if ((isGreen && x < zero - 2) || (isRed && x > zero + 2)) misplaced++
      }
    expect(green).toBeGreaterThan(1000)
    expect(red).toBeGreaterThan(1000)
    expect(misplaced).toBe(0)
    console.log(`screenshot ${png}: ${green} green and ${red} red pixels, zero line at x=${zero.toFixed(0)}`)
  })
})
