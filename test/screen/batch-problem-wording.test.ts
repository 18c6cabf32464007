import { describe, expect, it } from 'vitest'
import { formatIssue } from '../../src/issues/format-issue'
import {
  readApplications,
  type BatchEntry,
  type ReadApplicationsOptions,
  type TextSource,
} from '../../src/screen/read-applications'
import { readResults } from '../../src/report/read-results'

// A batch's bad lines are data (a code and its arguments) as every other issue, so that the CLI
// words them in Swedish for a Swedish recruiter; `message` stays the English.

async function problems(
  source: TextSource,
  options: ReadApplicationsOptions = {},
): Promise<Extract<BatchEntry, { ok: false }>[]> {
  const out: Extract<BatchEntry, { ok: false }>[] = []
  for await (const e of readApplications(source, options)) if (!e.ok) out.push(e)
  return out
}

const worded = (e: Extract<BatchEntry, { ok: false }>, lang: 'sv' | 'en') =>
  formatIssue({ code: e.code!, params: e.params!, message: e.message }, lang)

describe('the bad lines of a batch, in Swedish and English', () => {
  it('carry a code and arguments; English is their message, Swedish another text without English words', async () => {
    const cases: [string, Extract<BatchEntry, { ok: false }>[], string][] = [
      ['batch_not_json', await problems('{ not json\n'), 'inte giltig JSON (felet vid tecken 3 på raden)'],
      [
        'batch_not_an_object',
        await problems('[1, 2]\n'),
        'varje rad ska vara ett JSON-objekt med en ansökan, men här finns en lista',
      ],
      [
        'batch_line_too_long',
        await problems(`${JSON.stringify({ id: 'x'.repeat(50) })}\n`, { maxLineLength: 20 }),
        'raden är 59 tecken lång; gränsen är 20 (en ansökan per rad)',
      ],
      [
        'batch_document_too_long',
        await problems('[\n{"id": "a"}\n]\n', { format: 'json', maxDocumentLength: 5 }),
        'JSON-dokumentet är längre än 5 tecken',
      ],
      [
        'batch_item_not_an_object',
        await problems('[\n{"id": "a"},\n"b"\n]\n', { format: 'json' }),
        'post 2 i listan: ska vara ett JSON-objekt med en ansökan, men här finns en text',
      ],
      ['batch_utf16', await problems([Buffer.from('\ufeff{"id": "a"}\n', 'utf16le')]), 'indata är sparat som UTF-16'],
    ]
    for (const [code, found, swedish] of cases) {
      expect(
        found.map((e) => e.code),
        code,
      ).toEqual([code])
      const e = found[0]!
      expect(worded(e, 'en'), code).toBe(e.message)
      expect(worded(e, 'sv'), code).toContain(swedish)
      expect(worded(e, 'sv'), code).not.toMatch(/\b(the|line|expected|found|object|instead)\b/)
    }
  })

  it('the English messages read as before', async () => {
    expect((await problems('[1]\n'))[0]!.message).toBe('expected one application object per line, found a list')
    expect((await problems('[\n{"id": "a"},\nnull\n]\n', { format: 'json' }))[0]!.message).toBe(
      'item 2 of the list: expected an application object, found null',
    )
    expect((await problems('x'.repeat(30), { maxLineLength: 20 }))[0]!.message).toBe(
      'the line is 30 characters long; the limit is 20 (one application per line)',
    )
  })

  it('a results file read for a report carries them too, worded for a result', async () => {
    const out = []
    for await (const e of readResults('"x"\n')) out.push(e)
    expect(out).toEqual([
      expect.objectContaining({
        ok: false,
        code: 'batch_not_an_object',
        params: { noun: 'result', found: 'string' },
        message: 'expected one result object per line, found a string',
      }),
    ])
    const e = out[0] as Extract<BatchEntry, { ok: false }>
    expect(worded(e, 'sv')).toBe('varje rad ska vara ett JSON-objekt med ett resultat, men här finns en text')
  })
})
