// Runs the rules of a checkout (a git worktree at an older commit) over corpus files and writes
// each entry's fairness findings to JSON, so the evaluation can compare and combine them with the
// model without running old code again.
// Run: npx tsx test/lint/model/rules-findings.ts <worktree> <out.json> <file>...   (file: tuned-4, tuned-3, ...)
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileOf, loadFile } from './data'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'

const [root, out, ...files] = process.argv.slice(2)
if (!root || !out || !files.length) {
  console.error('usage: npx tsx test/lint/model/rules-findings.ts <worktree> <out.json> <file>...')
  process.exit(2)
}
const { lintEntry } = (await import(resolve(root, 'test/lint/measure-round.ts'))) as {
  lintEntry: (e: unknown) => { ground?: string; severity: string; finding: string }[]
}
const result: Record<string, { ground: string; severity: string; finding: string }[]> = {}
for (const short of files) {
  const raw = parse(readFileSync(fileOf(short), 'utf8')) as unknown[]
  for (const ex of loadFile(short)) {
    result[`${short}#${ex.index}`] = lintEntry(raw[ex.index])
      .filter((f) => f.ground !== undefined)
      .map((f) => ({ ground: f.ground as string, severity: f.severity, finding: f.finding }))
  }
}
writeFileSync(out, JSON.stringify(result))
console.log(`${Object.keys(result).length} entries → ${out}`)
