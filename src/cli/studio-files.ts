import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { isMap, isScalar, parseDocument } from 'yaml'
import {
  CriteriaError,
  criteriaJsonSchema,
  loadCriteriaText,
  runRuleTestSource,
  YAML_SLIP_CODES,
} from '../node/index.js'
import { StudioRefusal } from './studio-refusal.js'

// Which files the Criteria Studio may touch, by name and by content. The page needs criteria
// files, their test files and (to read) message templates; nothing else in the folder is the
// studio's business: not package.json, not a CI workflow, not node_modules, not a hidden file.

export type StudioFileKind = 'criteria' | 'test' | 'template'

/** How many folders deep the file list goes, and so how deep a path may be. */
export const MAX_FOLDERS = 3

/** What kind of file the studio may read or write, by its name. */
export function fileKind(path: string): StudioFileKind | null {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (/\.test\.(ya?ml|json)$/i.test(name)) return 'test'
  if (/\.(ya?ml|json)$/i.test(name) && !isToolFile(name)) return 'criteria'
  if (/\.hbs$/i.test(name)) return 'template'
  return null
}

// YAML and JSON files other tools read: a criteria file never has these names. The content
// check is the real gate; the names say no early and clearly.
const TOOL_FILES = [
  /^package(-lock)?\.json$/,
  /^npm-shrinkwrap\.json$/,
  /^(ts|js)config(\..*)?\.json$/,
  /\.schema\.json$/,
  /^(docker-)?compose(\..*)?\.ya?ml$/,
  /^docker-compose.*\.ya?ml$/,
  /^pnpm-(lock|workspace)\.yaml$/,
  /^(composer|deno|bun|lerna|nx|project|turbo|vercel|now|netlify|firebase|angular|manifest|renovate|biome|typedoc|tslint|components|jest\.config|babel\.config|eslint\.config|stylelint\.config|cypress|nodemon|wrangler|app)\.jsonc?$/,
  /^(serverless|mkdocs|codecov|appveyor|azure-pipelines|bitbucket-pipelines|cloudbuild|buildspec|app|chart|kustomization|skaffold|action|dependabot|pubspec|environment|crowdin|_config|openapi|swagger|values(\..*)?)\.ya?ml$/,
  /^(openapi|swagger)\.json$/,
]
const isToolFile = (name: string) => TOOL_FILES.some((re) => re.test(name.toLowerCase()))

/**
 * The relative path the page asked for, checked by name: no way out of the folder, no hidden
 * file or folder, no node_modules, no deeper than the file list goes, and a criteria, test or
 * template file. Returns its kind; throws a {@link StudioRefusal} saying what is wrong.
 */
export function checkStudioPath(rel: string): StudioFileKind {
  // Control characters (NUL above all) and backslashes never name a file the page offers.
  if (!rel || /[\u0000-\u001f\u007f\\]/.test(rel)) throw new StudioRefusal(400, 'bad_path', 'not a valid path')
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel))
    throw new StudioRefusal(403, 'outside_folder', 'that path is outside the folder the studio was started on')
  const segments = rel.split('/')
  if (segments.includes('..'))
    throw new StudioRefusal(403, 'outside_folder', 'that path is outside the folder the studio was started on')
  if (segments.some((s) => s === '')) throw new StudioRefusal(400, 'bad_path', 'not a valid path')
  if (segments.some((s) => s.startsWith('.')))
    throw new StudioRefusal(403, 'hidden', 'hidden files and folders (names starting with a dot) are not the studio’s')
  if (segments.some((s) => s.toLowerCase() === 'node_modules'))
    throw new StudioRefusal(403, 'not_allowed', 'node_modules is not the studio’s')
  if (segments.length > MAX_FOLDERS + 1)
    throw new StudioRefusal(403, 'too_deep', `the studio reaches at most ${MAX_FOLDERS} folders deep`, {
      max: MAX_FOLDERS,
    })
  const kind = fileKind(rel)
  if (!kind)
    throw new StudioRefusal(
      403,
      'not_allowed',
      'only criteria files, their test files and message templates can be opened here',
    )
  return kind
}

/** True when `path` is `folder` or inside it (both real paths). */
export const isInside = (folder: string, path: string): boolean => path === folder || path.startsWith(folder + sep)

let criteriaKeys: readonly string[] | undefined
// The keys of a rule-set test file (TestFileSchema in src/testing/run-rule-tests.ts).
const TEST_FILE_KEYS = ['criteria', 'now', 'cases']
const SYNTAX = new Set(['syntax', 'too_deep', 'duplicate_key', ...YAML_SLIP_CODES])

/** The keys a file of `kind` may have at its top, and those it must have: all of `all`, and one of `oneOf`. */
function keysOf(kind: 'criteria' | 'test'): {
  known: readonly string[]
  all: readonly string[]
  oneOf: readonly string[]
} {
  if (kind === 'test') return { known: TEST_FILE_KEYS, all: ['cases'], oneOf: [] }
  criteriaKeys ??= Object.keys((criteriaJsonSchema().properties ?? {}) as object)
  return { known: criteriaKeys, all: ['id'], oneOf: ['job', 'fields', 'criteria'] }
}

/**
 * Checks that a text the page wants to save is a criteria file (or a test file): it parses,
 * it is a map, every top-level key is one of such a file's keys, exactly (a typo there would
 * be dropped or refused by every later load: the recruiter mends it in the editor and saves
 * again), and it holds at least the keys that make it one (a criteria file: `id` and one of
 * `job`, `fields`, `criteria`; a test file: `cases`). Below the top a criteria file may still
 * have errors: the recruiter saves work in progress. Throws a {@link StudioRefusal} otherwise.
 */
export async function checkContent(
  kind: 'criteria' | 'test',
  text: string,
  file: string,
  confirmed?: 'empty' | 'unparseable',
): Promise<void> {
  const format = /\.json$/i.test(file) ? 'json' : 'yaml'
  // An empty file loses the recruiter's work: written only when they confirmed it in the page.
  if (!text.trim()) {
    if (confirmed === 'empty') return
    throw new StudioRefusal(
      422,
      'empty_file',
      'the text is empty: nothing was written (send x-studio-confirm: empty to write an empty file)',
    )
  }
  try {
    if (kind === 'criteria') loadCriteriaText(text, { file, format })
    // The test file's own checks; its criteria are not this question.
    else await runRuleTestSource({ text, file, criteria: () => Promise.reject(FOUND) })
    return
  } catch (e) {
    if (e === FOUND) return
    if (!(e instanceof CriteriaError)) throw e
    const syntax = e.issues.find((i) => SYNTAX.has(i.code))
    // Confirmed, a file broken half-way is saved when it still reads as the recruiter's file (its keys, as far as they can be read).
    if (syntax && confirmed === 'unparseable' && isOverwritable(kind, text, file)) return
    if (syntax)
      throw new StudioRefusal(
        422,
        'syntax',
        `not valid ${format === 'json' ? 'JSON' : 'YAML'} at line ${syntax.line ?? 1}, column ${syntax.column ?? 1}: ${syntax.message}`,
        { format, line: syntax.line ?? 1, column: syntax.column ?? 1 },
      )
  }
  const keys = topLevelKeys(text, format)
  const { known, all, oneOf } = keysOf(kind)
  const what = kind === 'criteria' ? 'criteria' : 'test'
  const notOne = () =>
    new StudioRefusal(
      422,
      kind === 'criteria' ? 'not_criteria' : 'not_test_file',
      `this is not a ${what} file: it must be a map with at least the keys ${[...all, ...(oneOf.length ? [`one of ${oneOf.join(', ')}`] : [])].join(' and ')} at its top`,
      {
        required: [...all],
        oneOf: [...oneOf],
      },
    )
  // Nothing of the file's own (or only `$schema`, which any file may have): another tool's file.
  if (keys === null || !keys.some((k) => known.includes(k) && k !== '$schema')) throw notOne()
  const unknown = keys.filter((k) => !known.includes(k))
  if (unknown.length) {
    const nearest = unknown.map((k) => nearestKey(k, known) ?? '')
    const listed = unknown.map((k, i) => `"${k}"${nearest[i] ? ` (did you mean "${nearest[i]}"?)` : ''}`).join(', ')
    throw new StudioRefusal(
      422,
      'unknown_key',
      `${unknown.length === 1 ? 'the key' : 'the keys'} ${listed} ${unknown.length === 1 ? `is not a ${what} file key` : `are not ${what} file keys`} (${known.join(', ')}): nothing was written; fix ${unknown.length === 1 ? 'it' : 'them'} and save again`,
      {
        kind,
        keys: unknown.slice(0, 10),
        nearest: nearest.slice(0, 10),
        valid: [...known],
      },
    )
  }
  if (!all.every((k) => keys.includes(k)) || (oneOf.length && !oneOf.some((k) => keys.includes(k)))) throw notOne()
}
const FOUND = Symbol('a test file')

/**
 * Whether a file already on disk is one the studio may overwrite with a file of `kind`: it is
 * empty, or it reads as such a file as far as it can be read: the keys that make it one, and
 * other top-level keys that are the file's own or typos of them (a file broken half-way, or
 * with a misspelt key, is the recruiter's file to mend in the studio).
 */
export function isOverwritable(kind: 'criteria' | 'test', text: string, file: string): boolean {
  if (!text.trim()) return true
  const keys = topLevelKeys(text, /\.json$/i.test(file) ? 'json' : 'yaml', true)
  if (keys === null) return false
  const { known, all, oneOf } = keysOf(kind)
  if (!all.every((k) => keys.includes(k)) || (oneOf.length && !oneOf.some((k) => keys.includes(k)))) return false
  return keys.every((k) => known.includes(k) || nearestKey(k, known) !== undefined)
}

/** The top-level keys of a YAML or JSON text; null when it is not a map. */
function topLevelKeys(text: string, format: 'yaml' | 'json', tolerant = false): string[] | null {
  if (format === 'json') {
    try {
      const value: unknown = JSON.parse(text)
      return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : null
    } catch {
      if (!tolerant) return null
      // a JSON file broken half-way: YAML reads what it can of it
    }
  }
  try {
    const doc = parseDocument(text, { uniqueKeys: false })
    if (!tolerant && doc.errors.length) return null
    if (!isMap(doc.contents)) return null
    return doc.contents.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)))
  } catch {
    return null // too deep for the parser: not a file we know
  }
}

/**
 * The valid key a misspelt one most likely meant: the closest by edit distance (a swap of two
 * letters counts as one edit, case is ignored), if it is close for the key's length (one edit
 * in a key of up to 3 letters, two up to 6, three beyond); undefined when none is.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase()
  const most = k.length <= 3 ? 1 : k.length <= 6 ? 2 : 3
  let best: string | undefined
  let bestDistance = most + 1
  for (const name of known) {
    const d = distance(k, name.toLowerCase(), most)
    if (d < bestDistance) [best, bestDistance] = [name, d]
  }
  return best
}

/** Edit distance with transpositions (optimal string alignment), capped: above `most` only "too far" matters. */
function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1
  let before: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1)
      cur[j] = d
    }
    before = prev
    prev = cur
  }
  return Math.min(prev[b.length]!, most + 1)
}

/**
 * The files the page lists: criteria, test and template files up to {@link MAX_FOLDERS} folders
 * deep, by the same rules as {@link checkStudioPath}. What cannot be read is left out, never a
 * reason to fail the whole list: a dangling symbolic link, a loop of links, a folder without
 * permission. Symbolic links to files inside the folder are listed; links to folders are not
 * followed (no loops, no duplicates); files with more than one hard link are left out, as the
 * server refuses them.
 */
export async function listStudioFiles(
  folder: string,
  sub = '',
  depth = 0,
): Promise<{ path: string; kind: StudioFileKind }[]> {
  const out: { path: string; kind: StudioFileKind }[] = []
  let names: string[]
  try {
    names = (await readdir(join(folder, sub))).sort()
  } catch {
    return out
  }
  for (const name of names) {
    if (name.startsWith('.') || name.toLowerCase() === 'node_modules') continue
    const rel = sub ? `${sub}/${name}` : name
    try {
      const link = await lstat(join(folder, rel))
      if (link.isDirectory()) {
        if (depth < MAX_FOLDERS) out.push(...(await listStudioFiles(folder, rel, depth + 1)))
        continue
      }
      let kind: StudioFileKind
      try {
        kind = checkStudioPath(rel)
      } catch {
        continue // a name the server would refuse
      }
      if (link.isSymbolicLink() && !isInside(folder, await realpath(join(folder, rel)))) continue
      const s = link.isSymbolicLink() ? await stat(join(folder, rel)) : link
      if (s.isFile() && s.nlink === 1) out.push({ path: rel, kind })
    } catch {
      // gone, dangling, a loop or unreadable: not listed
    }
  }
  return out
}
