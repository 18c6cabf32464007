import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintCriteria } from '../../src/lint/lint-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'

// The examples in section 10 of the criteria guide, in both languages, do what the text says.
const HEAD =
  'id: x\nversion: 1\nlocale: sv\njob: { title: Servitör, company: Acme, contact: { name: Ann, email: ann@acme.example } }\n'

function section10(file: string): string[] {
  const doc = readFileSync(join(__dirname, '../../docs', file), 'utf8')
  const section = doc.slice(doc.indexOf('\n## 10. '), doc.indexOf('\n## 11. '))
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!)
}

for (const file of ['criteria.md', 'criteria.sv.md'])
  describe(`${file} section 10`, () => {
    const [justified, acknowledged] = section10(file)
    it('has the two examples', () => {
      expect(justified).toContain('justification:')
      expect(acknowledged).toContain('lintAcknowledge:')
    })
    it('a justified criterion that reads a ground is a warning that quotes the justification', () => {
      const field = /rule: \{ var: (\w+) \}/.exec(justified!)![1]
      const text = `${HEAD}fields:\n  ${field}: { type: boolean, label: { sv: Har du fyllt 18 år? } }\ncriteria:\n${justified}`
      const doc = loadCriteriaText(text)
      const findings = lintCriteria(doc, compileCriteria(doc))
      expect(findings.length).toBeGreaterThan(0)
      for (const f of findings)
        expect(f).toMatchObject({
          severity: 'warning',
          finding: 'protected-ground:age',
          message: expect.stringContaining('The justification reads: "Alkohollagen (2010:1622) 3 kap. 9 §'),
        })
      // Without the justification, the same file is an error.
      const bare = loadCriteriaText(text.replace(/\n\s*justification:.*\n/, '\n'))
      expect(lintCriteria(bare, compileCriteria(bare)).map((f) => f.severity)).toContain('error')
    })
    it('an acknowledged statistics question is accepted, and reported without the acknowledgement', () => {
      const text = `${HEAD}${acknowledged}  years: { type: number, label: { sv: År i butik } }\ncriteria:\n  - { id: years, rule: { ">=": [{ var: years }, 1] }, required: true, reason: { sv: minst ett år i butik } }\n`
      const doc = loadCriteriaText(text)
      expect(lintCriteria(doc, compileCriteria(doc))).toEqual([])
      const bare = loadCriteriaText(text.replace(/\n\s*lintAcknowledge:[\s\S]*?(?=\n  years:)/, ''))
      expect(lintCriteria(bare, compileCriteria(bare)).map((f) => `${f.severity} ${f.finding}`)).toEqual([
        'error protected-question:sex',
      ])
    })
  })
