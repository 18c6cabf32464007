import { readFile, realpath } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
// The core by its public entry, so the built node entry shares the built core (one copy).
import {
  CriteriaError,
  decodeText,
  loadCriteriaText,
  loadTemplates,
  type CriteriaDocument,
  type LoadCriteriaOptions,
} from '../index.js'

/**
 * Reads an authored file as UTF-8, with an error that says why without the absolute path: a
 * plain Error when it cannot be read, a located {@link CriteriaError} when it is not UTF-8.
 */
export async function readText(file: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new Error(
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot read the file (${code ?? String(e)})`,
    )
  }
  return decodeText(bytes, file)
}

/**
 * Loads and fully checks a criteria file (YAML or JSON) and the custom message templates it
 * names (relative to the file): syntax, schema, ids, reasons, every rule, every template.
 * Throws a {@link CriteriaError} that lists every problem with file, line, column and path.
 * Node only; {@link loadCriteriaText} and {@link loadTemplates} do the same from text anywhere.
 *
 * @example
 * ```ts
 * import { loadCriteria } from 'autoscreen/node'
 * const doc = await loadCriteria('rules/frontend-developer.yaml')
 * const screener = compileCriteria(doc)
 * ```
 * @category Node
 */
export async function loadCriteria(file: string, options: LoadCriteriaOptions = {}): Promise<CriteriaDocument> {
  let text: string
  try {
    text = await readText(file)
  } catch (e) {
    if (e instanceof CriteriaError) throw e
    throw new CriteriaError([{ code: 'file_unreadable', path: [], file, message: (e as Error).message }])
  }
  const doc = loadCriteriaText(text, {
    ...options,
    file,
    format: options.format ?? (file.toLowerCase().endsWith('.json') ? 'json' : 'yaml'),
  })
  if (!doc.criteria.messages?.templates) return doc
  const folder = dirname(resolve(file))
  return loadTemplates(doc, async (name) => {
    const path = resolve(folder, name)
    // The schema keeps names inside the folder; a symbolic link must not lead out of it either.
    const [realFolder, real] = await Promise.all([realpath(folder), realpath(path).catch(() => path)])
    if (real !== realFolder && !real.startsWith(realFolder + sep))
      throw new Error(
        `it leads outside the folder of the criteria file (${real}); keep templates beside the criteria file`,
      )
    return { text: await readText(path), file: path }
  })
}
