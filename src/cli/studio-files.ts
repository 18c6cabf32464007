import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { isMap, isScalar, parseDocument } from 'yaml'
import { CriteriaError, criteriaJsonSchema, loadCriteriaText, runRuleTestSource } from '../node/index.js'
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
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) throw new StudioRefusal(403, 'outside_folder', 'that path is outside the folder the studio was started on')
  const segments = rel.split('/')
  if (segments.includes('..')) throw new StudioRefusal(403, 'outside_folder', 'that path is outside the folder the studio was started on')
  if (segments.some((s) => s === '')) throw new StudioRefusal(400, 'bad_path', 'not a valid path')
  if (segments.some((s) => s.startsWith('.'))) throw new StudioRefusal(403, 'hidden', 'hidden files and folders (names starting with a dot) are not the studio’s')
  if (segments.some((s) => s.toLowerCase() === 'node_modules')) throw new StudioRefusal(403, 'not_allowed', 'node_modules is not the studio’s')
  if (segments.length > MAX_FOLDERS + 1) throw new StudioRefusal(403, 'too_deep', `the studio reaches at most ${MAX_FOLDERS} folders deep`, { max: MAX_FOLDERS })
  const kind = fileKind(rel)
  if (!kind) throw new StudioRefusal(403, 'not_allowed', 'only criteria files, their test files and message templates can be opened here')
  return kind
}

/** True when `path` is `folder` or inside it (both real paths). */
export const isInside = (folder: string, path: string): boolean => path === folder || path.startsWith(folder + sep)

let criteriaKeys: string[] | undefined
const TEST_FILE_KEYS = ['criteria', 'now', 'cases'] // the keys of a rule-set test file (src/testing/run-rule-tests.ts)
const SYNTAX = new Set(['syntax', 'too_deep', 'duplicate_key'])

/**
 * Checks that a text the page wants to save is a criteria file (or a test file): it parses,
 * and it is a map whose top-level keys are those of such a file (a key one or two letters off
 * is a typo the editor points out, not another kind of file). A criteria file may still have
 * errors: the recruiter saves work in progress. Throws a {@link StudioRefusal} otherwise.
 */
export async function checkContent(kind: 'criteria' | 'test', text: string, file: string): Promise<void> {
  const format = /\.json$/i.test(file) ? 'json' : 'yaml'
  try {
    if (kind === 'criteria') loadCriteriaText(text, { file, format })
    // The test file's own checks; its criteria are not this question.
    else await runRuleTestSource({ text, file, criteria: () => Promise.reject(FOUND) })
    return
  } catch (e) {
    if (e === FOUND) return
    if (!(e instanceof CriteriaError)) throw e
    const syntax = e.issues.find((i) => SYNTAX.has(i.code))
    if (syntax) throw new StudioRefusal(422, 'syntax', `not valid ${format === 'json' ? 'JSON' : 'YAML'} at line ${syntax.line ?? 1}, column ${syntax.column ?? 1}: ${syntax.message}`, { format, line: syntax.line ?? 1, column: syntax.column ?? 1 })
  }
  const keys = topLevelKeys(text, format)
  const problem = keysProblem(kind, keys)
  if (problem) throw new StudioRefusal(422, kind === 'criteria' ? 'not_criteria' : 'not_test_file', `this is not a ${kind === 'criteria' ? 'criteria' : 'test'} file: ${problem.message}`, { keys: problem.keys })
}
const FOUND = Symbol('a test file')

/**
 * Whether a file already on disk is one the studio may overwrite with a file of `kind`: it
 * reads as such a file as far as it can be read (a file broken half-way is the recruiter's
 * file to mend), or it is empty.
 */
export function isOverwritable(kind: 'criteria' | 'test', text: string, file: string): boolean {
  if (!text.trim()) return true
  const keys = topLevelKeys(text, /\.json$/i.test(file) ? 'json' : 'yaml', true)
  return keys !== null && keysProblem(kind, keys) === null
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

function keysProblem(kind: 'criteria' | 'test', keys: string[] | null): { message: string; keys: string[] } | null {
  if (keys === null) return { message: 'it is not a map of keys', keys: [] }
  const known = kind === 'criteria' ? (criteriaKeys ??= Object.keys((criteriaJsonSchema().properties ?? {}) as object)) : TEST_FILE_KEYS
  const strange = keys.filter((k) => !known.includes(k) && !known.some((n) => distance(k.toLowerCase(), n.toLowerCase()) <= 2))
  if (strange.length) return { message: `its top-level keys ${strange.map((k) => `"${k}"`).join(', ')} are not ${kind === 'criteria' ? 'criteria' : 'test'} file keys`, keys: strange.slice(0, 10) }
  // `$schema` alone could be any file's: one key of the file's own is needed.
  if (!keys.some((k) => known.includes(k) && k !== '$schema')) return { message: `it has none of the keys of a ${kind === 'criteria' ? 'criteria' : 'test'} file (${known.filter((k) => k !== '$schema').join(', ')})`, keys: [] }
  return null
}

/** Edit distance, capped: only "at most 2" matters. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 99
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]!
}

/**
 * The files the page lists: criteria, test and template files up to {@link MAX_FOLDERS} folders
 * deep, by the same rules as {@link checkStudioPath}. What cannot be read is left out, never a
 * reason to fail the whole list: a dangling symbolic link, a loop of links, a folder without
 * permission. Symbolic links to files inside the folder are listed; links to folders are not
 * followed (no loops, no duplicates); files with more than one hard link are left out, as the
 * server refuses them.
 */
export async function listStudioFiles(folder: string, sub = '', depth = 0): Promise<{ path: string; kind: StudioFileKind }[]> {
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
