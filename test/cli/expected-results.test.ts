import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'

// Results are byte-identical across changes made for speed: the bundled examples screened at
// arrival, with explanations and messages, against committed JSON Lines. A deliberate change of
// results regenerates them (see the command in the failure message) and shows in the diff.
describe('screening the bundled examples gives the committed results, byte for byte', () => {
  for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare'])
    it(name, async () => {
      const r = await cli([
        'screen',
        '--criteria',
        `rules/${name}.yaml`,
        '--now',
        'arrival',
        '--explain',
        '--messages',
        `examples/applications/${name}.jsonl`,
      ])
      expect(r.code).toBe(0)
      const expected = readFileSync(join(__dirname, `../fixtures/expected/${name}.jsonl`), 'utf8')
      expect(
        r.stdout,
        `regenerate: npx tsx src/cli/main.ts screen --criteria rules/${name}.yaml --now arrival --explain --messages examples/applications/${name}.jsonl > test/fixtures/expected/${name}.jsonl`,
      ).toBe(expected)
    })
})
