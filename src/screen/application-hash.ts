import { canonicalJson } from '../criteria/canonical-json.js'
import { sha256Hex } from '../criteria/hash.js'
import { ScreeningError } from '../errors.js'
import type { Application } from './application.js'

/**
 * The first element of the array {@link applicationHash} hashes: it names the recipe, so that a
 * later recipe (another name) can never give the same hash as this one.
 *
 * @example
 * ```ts
 * sha256(canonicalJson([APPLICATION_HASH_SCHEME, jobId, application.id, application.answers ?? {}])) // === applicationHash(jobId, application)
 * ```
 * @category Screening
 */
export const APPLICATION_HASH_SCHEME = 'autoscreen-application-1'

/**
 * The hash an ATS keys idempotency on: the same job, application id and answers give the same
 * hash in every runtime and every later version (the recipe is versioned by its first element,
 * `autoscreen-application-1`, and never changes under that name). It is the SHA-256, in lower-case
 * hex, of the UTF-8 bytes of the canonical JSON of the array
 * `["autoscreen-application-1", jobId, application.id, application.answers ?? {}]`.
 *
 * Canonical JSON is JSON with no white space, object keys sorted by their UTF-16 code units,
 * strings escaped as `JSON.stringify` escapes them, numbers as JavaScript prints them
 * (`1e+21`, `1e-7`, `-0` as `0`), non-finite numbers as `null`, and object members whose value
 * is `undefined` left out: for JSON data, the JSON Canonicalization Scheme of RFC 8785, so a
 * JCS library in another language recomputes it (docs/integration.md has the recipe and
 * `test/fixtures/application-hash/vectors.json` golden vectors). `submittedAt`, the source and the
 * candidate are not part of it: a retry that resends the application is the same application.
 *
 * The idempotency recipe: keep one row per (job, application id) with this hash. An application
 * arriving with a (job, id) already stored is a **duplicate** when its hash is the stored one
 * (answer as before, screen nothing), and a **conflict** when it differs (the same id with other
 * answers: refuse it, HTTP 409; never screen it over the stored decision). Throws a
 * {@link ScreeningError} (`cyclic_value`) for answers that contain themselves and
 * (`invalid_option`) for a job id or application id that is not a non-empty text.
 *
 * @example
 * ```ts
 * const key = applicationHash('frontend-developer', application)
 * const stored = await db.applicationHash(jobId, application.id)
 * if (stored === key) return reply(200, 'duplicate')
 * if (stored !== undefined) return reply(409, 'the same application id with other answers')
 * ```
 * @category Screening
 */
export function applicationHash(jobId: string, application: Pick<Application, 'id' | 'answers'>): string {
  if (typeof jobId !== 'string' || !jobId)
    throw new ScreeningError('invalid_option', 'applicationHash: the job id must be a non-empty text')
  const id = application?.id
  if (typeof id !== 'string' || !id)
    throw new ScreeningError('invalid_option', 'applicationHash: the application id must be a non-empty text')
  return sha256Hex(canonicalJson([APPLICATION_HASH_SCHEME, jobId, id, application.answers ?? {}]))
}
