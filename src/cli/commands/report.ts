import { DemographicsError, ScreeningError, createSummarizer, formatSummaryHtml, formatSummaryMarkdown, readResults, parseDemographicsCsv } from '../../node/index.js'
import { createReadStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { args, formatOf } from '../args.js'
import { formatIssues } from '../diagnostics.js'
import { UsageError, type CliIO } from '../io.js'


export async function report(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, { demographics: { type: 'string' }, 'min-group-size': { type: 'string' }, 'max-groups': { type: 'string' }, format: { type: 'string' }, output: { type: 'string' } })
  const format = formatOf(values.format, ['md', 'json', 'html'] as const, 'md')
  if (positionals.length !== 1) throw new UsageError('name one results file (.jsonl), or - for standard input')
  const minGroupSize = values['min-group-size'] === undefined ? undefined : Number(values['min-group-size'])
  if (minGroupSize !== undefined && !(Number.isInteger(minGroupSize) && minGroupSize > 0)) throw new UsageError('--min-group-size takes a whole number above 0')
  const maxGroups = values['max-groups'] === undefined ? undefined : Number(values['max-groups'])
  if (maxGroups !== undefined && !(Number.isInteger(maxGroups) && maxGroups > 0)) throw new UsageError('--max-groups takes a whole number above 0')
  let demographics
  if (values.demographics) {
    try {
      demographics = parseDemographicsCsv(await readFile(resolve(io.cwd, values.demographics), 'utf8'), { file: values.demographics })
    } catch (e) {
      // A file read wrongly gives figures that look right: every problem, located, and no report.
      if (e instanceof DemographicsError) {
        io.stderr.write(`${formatIssues(e.issues, io)}\n`)
        return 2
      }
      throw new UsageError(e instanceof ScreeningError ? e.message : `cannot read ${values.demographics}`)
    }
  }
  const source = positionals[0]!
  const input = source === '-' ? io.stdin : createReadStream(resolve(io.cwd, source))
  if (source !== '-') await new Promise<void>((ok, fail) => (input as ReturnType<typeof createReadStream>).once('open', () => ok()).once('error', () => fail(new UsageError(`cannot read ${source}`))))
  // Counted as read, never held: memory follows the groups, not the number of results.
  const summarizer = createSummarizer({ ...(demographics ? { demographics } : {}), ...(minGroupSize ? { minGroupSize } : {}), ...(maxGroups ? { maxGroups } : {}) })
  let bad = 0
  for await (const e of readResults(input as AsyncIterable<Uint8Array>)) {
    if (e.ok) summarizer.add(e.result)
    else {
      bad++
      io.stderr.write(`${source === '-' ? '<stdin>' : source}:${e.line}:1  error  ${e.message}\n`)
    }
  }
  const summary = summarizer.summary()
  const body = format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : format === 'html' ? formatSummaryHtml(summary) : formatSummaryMarkdown(summary)
  if (values.output) await writeFile(resolve(io.cwd, values.output), body)
  else io.stdout.write(body)
  return bad > 0 ? 1 : 0
}
