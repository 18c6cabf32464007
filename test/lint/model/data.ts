// Loads the labelled ground texts of test/fixtures/lint/grounds-corpus*.yaml for the model
// experiment of issue #23. Reason entries with `personal` and no ground are left out.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

export const GROUNDS = [
  'none',
  'age',
  'sex',
  'transgender',
  'ethnicity',
  'religion',
  'disability',
  'sexual-orientation',
  'family',
] as const
export type Ground = (typeof GROUNDS)[number]

export interface Example {
  /** The corpus file's short name (grounds-corpus-tuned-4 → tuned-4) and the entry's index in it. */
  file: string
  index: number
  lang: 'sv' | 'en'
  kind: string
  read?: boolean
  ground: Ground
  text: string
}

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/lint')
export const FILES = [
  'corpus',
  'holdout',
  'tuned',
  'tuned-2',
  'tuned-3',
  'tuned-4',
  'tuned-5',
  'tuned-6',
  'tuned-7',
  'frames',
  'frames-2',
  'frames-3',
  'frames-4',
  'frames-5',
] as const

/**
 * The fresh rounds already read (test/lint/rounds/round-*.yaml): each was run once and its first
 * figures recorded in its header before anything was tuned on it, so it is tuning material now.
 */
export const ROUNDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../rounds')
export const ROUNDS: readonly string[] = readdirSync(ROUNDS_DIR)
  .filter((f) => /^round-[a-z0-9]+\.yaml$/.test(f))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort()

export function fileOf(short: string): string {
  if (short.startsWith('round-')) return join(ROUNDS_DIR, `${short}.yaml`)
  return join(FIXTURES, short === 'corpus' ? 'grounds-corpus.yaml' : `grounds-corpus-${short}.yaml`)
}

/** The ground entries of one corpus file, in file order (index = position among all entries). */
export function loadFile(short: string): Example[] {
  const raw = parse(readFileSync(fileOf(short), 'utf8')) as Record<string, unknown>[]
  const out: Example[] = []
  raw.forEach((e, index) => {
    if (typeof e.ground !== 'string' || typeof e.text !== 'string') return
    if (!(GROUNDS as readonly string[]).includes(e.ground))
      throw new Error(`${short}#${index}: unknown ground ${e.ground}`)
    out.push({
      file: short,
      index,
      lang: e.lang as 'sv' | 'en',
      kind: String(e.kind),
      ...(typeof e.read === 'boolean' ? { read: e.read } : {}),
      ground: e.ground as Ground,
      text: e.text,
    })
  })
  return out
}

export function loadAll(files: readonly string[] = FILES): Example[] {
  return files.flatMap(loadFile)
}
