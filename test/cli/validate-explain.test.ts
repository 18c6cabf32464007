import { describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'

// `autoscreen validate --explain`: every criterion read aloud, in the criteria file's language.
describe('autoscreen validate --explain', () => {
  it('prints each criterion of a Swedish file in Swedish, after the validation', async () => {
    const r = await cli(['validate', '--explain', 'rules/underskoterska-hemtjanst.yaml'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^rules\/underskoterska-hemtjanst\.yaml: ok\n\nrules\/underskoterska-hemtjanst\.yaml\n {2}kompetens {5}Krav: antingen svaret på ”Har du undersköterskeexamen\?” är ja eller /,
    )
    expect(r.stdout).toContain(
      '  examensbevis  Krav: svaret på ”Kan du visa examensbevis eller yrkesbevis för undersköterska?” är ja. Gäller bara om: svaret på ”Har du undersköterskeexamen?” är ja.\n',
    )
    expect(r.stdout).toContain('  kunskaper     Merit (2 poäng): ')
  })
  it('an English file in English', async () => {
    const r = await cli(['validate', '--explain', 'rules/frontend-developer.yaml'])
    expect(r.stdout).toContain(
      '  experience   Required: the answer to “Years of professional experience with frontend development” is at least 3.',
    )
  })
  it('json: descriptions per file, only with --explain', async () => {
    const r = await cli(['validate', '--explain', '--format', 'json', 'rules/b2b-saljare.yaml'])
    const out = JSON.parse(r.stdout) as { files: { descriptions: { id: string; text: string }[] }[] }
    const d = out.files[0]!.descriptions
    expect(d.map((x) => x.id)).toEqual([
      'saljerfarenhet',
      'svenska',
      'engelska',
      'korkort',
      'saas',
      'maluppfyllelse',
      'crm',
      'startdatum',
    ])
    expect(d.find((x) => x.id === 'crm')!.text).toBe(
      'Merit (1 poäng): antingen (svaret på ”Vilka CRM-system har du arbetat i?” innehåller minst ett av ”Salesforce” eller ”HubSpot”) eller svaret på ”År av erfarenhet av B2B-försäljning” är minst 5.',
    )
    const plain = JSON.parse((await cli(['validate', '--format', 'json', 'rules/b2b-saljare.yaml'])).stdout) as {
      files: object[]
    }
    expect(plain.files[0]).not.toHaveProperty('descriptions')
  })
  it('a file with errors has nothing to read aloud', async () => {
    const r = await cli(['validate', '--explain', 'test/fixtures/criteria/invalid/unknown-key.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain('Krav:')
  })
})
