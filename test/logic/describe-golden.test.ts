import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { compileCriteria, describeCriterion, formatExplanation, type Application } from '../../src/index'
import { loadCriteria } from '../../src/node/index'

// Every criterion of every bundled rules/*.yaml read aloud, and every explanation of their test
// cases, in Swedish and English, against committed files: a change of wording shows in the diff.
// Regenerate with `npx vitest run test/logic/describe-golden.test.ts -u` and read the diff.
const RULES = join(__dirname, '../../rules')
const names = readdirSync(RULES)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))

describe('the bundled rules read aloud and explained, in Swedish and English', () => {
  it('covers every bundled criteria file', () => {
    expect(names.length).toBeGreaterThanOrEqual(4)
  })
  for (const name of names)
    it(name, async () => {
      const doc = await loadCriteria(join(RULES, `${name}.yaml`))
      const criteria = doc.criteria
      const screener = compileCriteria(doc)
      const tests = parse(readFileSync(join(RULES, `${name}.test.yaml`), 'utf8')) as {
        now?: string
        cases: { name: string; application: Application }[]
      }
      const lines: string[] = []
      for (const locale of ['sv', 'en'] as const) {
        lines.push(`# ${locale}: criteria`, '')
        for (const c of criteria.criteria) lines.push(`${c.id}: ${describeCriterion(c, criteria, locale).text}`)
        lines.push('', `# ${locale}: explanations of the test cases`, '')
        for (const t of tests.cases) {
          const result = screener.screen(t.application, {
            now: tests.now && tests.now !== 'arrival' ? new Date(tests.now) : 'arrival',
          })
          const explained = result.criteria.filter((r) => r.detail)
          if (!explained.length) continue
          lines.push(`## ${t.name}`)
          for (const r of explained) {
            const text = formatExplanation(r.detail!, {
              locale,
              fields: criteria.fields,
              timezone: criteria.job.timezone,
            })
            for (const bad of ['undefined', '[object', 'NaN', ' is null']) expect(text).not.toContain(bad)
            lines.push(`- ${r.id} (${r.status}): ${text}`)
          }
        }
        lines.push('')
      }
      await expect(lines.join('\n')).toMatchFileSnapshot(join(__dirname, `../golden/describe/${name}.txt`))
    })
})
