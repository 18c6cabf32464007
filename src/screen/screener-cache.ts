import { sha256Hex, hashJson } from '../criteria/hash.js'
import type { CriteriaDocument } from '../criteria/parse.js'
import type { CriteriaInput } from '../criteria/schema.js'
import { ScreeningError } from '../errors.js'
import { createEngine, type Engine, type EngineOptions } from '../logic/index.js'
import { compileCriteria, type Screener } from './compile-criteria.js'
import { toDocument } from './check-criteria.js'
import { loadCriteriaText } from './load-criteria.js'

// Compiled screeners kept by the hash of their criteria, for a service that screens for many
// jobs (an ATS with thousands of tenants): one screener per criteria version, the least
// recently used dropped past a size bound, so memory follows the bound and not the number of
// versions ever seen. Everything is kept in the object createScreenerCache returns.

/**
 * Options of {@link createScreenerCache}.
 *
 * @example
 * ```ts
 * const cache = createScreenerCache({ maxSize: 500, engine: { jitless: true } })
 * ```
 * @category Screening
 */
export interface ScreenerCacheOptions {
  /** The most compiled screeners kept (default 100); past it, the least recently used is dropped. */
  maxSize?: number
  /**
   * The engine every screener of the cache is loaded and compiled with, or options to create
   * one (custom operators, `jitless`, limits): one engine per cache, since the hash names the
   * criteria and not the operators they run on.
   */
  engine?: Engine | EngineOptions
}

/**
 * Options of {@link ScreenerCache.get}.
 *
 * @example
 * ```ts
 * cache.get(row.criteriaText, { hash: row.criteriaHash, format: 'yaml' })
 * ```
 * @category Screening
 */
export interface ScreenerCacheGetOptions {
  /**
   * The hash the criteria were published with (`screener.hash` then, `audit.criteriaHash` of
   * their results). When a screener with this hash is kept, it is returned without reading the
   * criteria at all; otherwise the criteria are loaded, and loading to another hash is a
   * {@link ScreeningError} `criteria_hash_mismatch` (run {@link checkUpgrade} to see why).
   */
  hash?: string
  /** For criteria given as text: `yaml` (default; also reads JSON) or `json`. */
  format?: 'yaml' | 'json'
  /** For criteria given as text: the file name its problems are located in. */
  file?: string
}

/**
 * What a {@link ScreenerCache} holds and how it has done, for monitoring: a low share of hits
 * with `size` at `maxSize` says the bound is too small for the jobs in use.
 *
 * @example
 * ```ts
 * const { size, maxSize, hits, misses, evictions } = cache.stats()
 * metrics.gauge('autoscreen.screeners', size)
 * ```
 * @category Screening
 */
export interface ScreenerCacheStats {
  /** Screeners kept now. */
  size: number
  /** The bound. */
  maxSize: number
  /** Calls of `get` answered from the cache. */
  hits: number
  /** Calls of `get` that found no screener kept for the criteria, and compiled them (or failed to load or compile them). */
  misses: number
  /** Screeners dropped to keep the bound. */
  evictions: number
}

/**
 * Compiled screeners by criteria hash, bounded ({@link createScreenerCache}).
 *
 * @example
 * ```ts
 * const screeners = createScreenerCache({ maxSize: 200 })
 * const screener = screeners.get(job.criteriaText, { hash: job.criteriaHash })
 * const result = screener.screen(application, { now })
 * ```
 * @category Screening
 */
export interface ScreenerCache {
  /**
   * The compiled screener of criteria given as text (YAML or JSON, loaded with
   * {@link loadCriteriaText}), a loaded document or a plain criteria object: the one kept for
   * their hash, else compiled now and kept. Criteria that do not load or compile throw as
   * loading and compiling do (a {@link CriteriaError}); nothing is kept for them. `Answers`
   * types the answers its `screen` takes, as with {@link compileCriteria}.
   */
  get<Answers extends object = Record<string, unknown>>(
    criteria: string | CriteriaDocument | CriteriaInput,
    options?: ScreenerCacheGetOptions,
  ): Screener<Answers>
  /** The screener kept for a criteria hash, without counting a hit or a miss or making it recently used. */
  peek(hash: string): Screener | undefined
  /** Drops the screener of a hash (a withdrawn version); true when one was kept. */
  delete(hash: string): boolean
  /** Drops every screener; the counts stay. */
  clear(): void
  /** Screeners kept now. */
  readonly size: number
  /** Calls of `get` answered from the cache. */
  readonly hits: number
  /** Calls of `get` that compiled. */
  readonly misses: number
  /** The counts and the bound, as one object. */
  stats(): ScreenerCacheStats
}

/** A text that loads to another hash than the one published: stored data that does not agree, a fault. */
function mismatch(hash: string, published: string): never {
  throw new ScreeningError(
    'criteria_hash_mismatch',
    `the criteria load to hash ${hash}, not the ${published} they were published with: this version of autoscreen reads them differently, or the text is not the one published (checkUpgrade says which)`,
  )
}

/** The most texts remembered per screener kept (the same criteria written differently). */
const TEXTS_PER_SCREENER = 4

/**
 * Creates a bounded cache of compiled screeners keyed by criteria hash (SHA-256 of the
 * canonical criteria, `screener.hash`): one compiled screener per criteria version, the least
 * recently used dropped when `maxSize` is reached, so an ATS with thousands of jobs keeps its
 * memory bounded. A text already seen is known by its own SHA-256 and not parsed again; with
 * the published hash (`{ hash }`), a kept screener is found without reading the criteria.
 * Synchronous, so two requests for the same criteria never compile it twice. Runs anywhere.
 *
 * @example
 * ```ts
 * const screeners = createScreenerCache({ maxSize: 500 })
 * app.post('/jobs/:id/applications', async (req, res) => {
 *   const job = await db.activeCriteria(req.params.id) // { text, hash } stored when published
 *   const result = screeners.get(job.text, { hash: job.hash }).screen(req.body, { now: new Date() })
 * })
 * ```
 * @category Screening
 */
export function createScreenerCache(options: ScreenerCacheOptions = {}): ScreenerCache {
  const maxSize = options.maxSize ?? 100
  if (!Number.isInteger(maxSize) || maxSize < 1)
    throw new ScreeningError(
      'invalid_option',
      `createScreenerCache: maxSize must be a whole number of at least 1, not ${String(options.maxSize)}`,
    )
  const engine: Engine =
    options.engine && 'compile' in options.engine
      ? (options.engine as Engine)
      : createEngine({ finiteNumbers: true, ...(options.engine as EngineOptions | undefined) })
  // Map order is recency order: a hit moves its entry to the end; the first is the least recent.
  const screeners = new Map<string, { screener: Screener; texts: string[] }>()
  // SHA-256 of a text (with its format) -> the criteria hash it loaded to.
  const texts = new Map<string, string>()
  let hits = 0
  let misses = 0
  let evictions = 0

  const touch = (hash: string): Screener | undefined => {
    const entry = screeners.get(hash)
    if (!entry) return undefined
    screeners.delete(hash)
    screeners.set(hash, entry)
    return entry.screener
  }
  const drop = (hash: string): boolean => {
    const entry = screeners.get(hash)
    if (!entry) return false
    screeners.delete(hash)
    for (const t of entry.texts) texts.delete(t)
    return true
  }
  const keep = (screener: Screener, textKey: string | undefined): Screener => {
    const kept = screeners.get(screener.hash)
    if (kept) {
      // The same criteria written another way: the screener kept stands, the text is remembered.
      touch(screener.hash)
      if (textKey !== undefined && kept.texts.length < TEXTS_PER_SCREENER) {
        kept.texts.push(textKey)
        texts.set(textKey, screener.hash)
      }
      return kept.screener
    }
    while (screeners.size >= maxSize) {
      drop(screeners.keys().next().value!)
      evictions++
    }
    screeners.set(screener.hash, { screener, texts: textKey === undefined ? [] : [textKey] })
    if (textKey !== undefined) texts.set(textKey, screener.hash)
    return screener
  }

  const get = (criteria: string | CriteriaDocument | CriteriaInput, opts: ScreenerCacheGetOptions = {}): Screener => {
    if (opts.hash !== undefined) {
      const known = touch(opts.hash)
      if (known) {
        hits++
        return known
      }
    }
    const text = typeof criteria === 'string'
    const textKey = text ? sha256Hex(`${opts.format ?? 'yaml'}\u0000${criteria}`) : undefined
    if (textKey !== undefined) {
      const hash = texts.get(textKey)
      const known = hash === undefined ? undefined : touch(hash)
      if (known && (opts.hash === undefined || opts.hash === known.hash)) {
        hits++
        return known
      }
    }
    // Loaded (text) or parsed (an object: defaults change the hash), the criteria are known by their hash.
    let doc: CriteriaDocument
    try {
      doc = text
        ? loadCriteriaText(criteria, {
            engine,
            ...(opts.format ? { format: opts.format } : {}),
            ...(opts.file === undefined ? {} : { file: opts.file }),
          })
        : toDocument(criteria)
    } catch (e) {
      misses++
      throw e
    }
    const hash = hashJson(doc.criteria)
    if (opts.hash !== undefined && hash !== opts.hash) mismatch(hash, opts.hash)
    const known = touch(hash)
    if (known) {
      hits++
      return keep(known, textKey)
    }
    misses++
    const screener = compileCriteria(doc, { engine })
    if (opts.hash !== undefined && screener.hash !== opts.hash) mismatch(screener.hash, opts.hash)
    return keep(screener, textKey)
  }

  return {
    // The type of the answers is the caller's to name (as with compileCriteria): the same screener serves.
    get: get as ScreenerCache['get'],
    peek: (hash) => screeners.get(hash)?.screener,
    delete: drop,
    clear() {
      screeners.clear()
      texts.clear()
    },
    get size() {
      return screeners.size
    },
    get hits() {
      return hits
    },
    get misses() {
      return misses
    },
    stats: () => ({ size: screeners.size, maxSize, hits, misses, evictions }),
  }
}
