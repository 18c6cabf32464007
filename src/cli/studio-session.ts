import { createHash, randomBytes } from 'node:crypto'

// Who may use the Studio's API. The printed address holds a one-time token; the page exchanges
// it once for a session secret, which it keeps in the tab (sessionStorage) and sends in a header.
// No cookie: cookies are not bound to a port, and every other server on 127.0.0.1 the browser
// visits would receive one. The token is dead once used, so the copy of the address in the
// browser's command line (visible to local users through `ps`) opens nothing.
//
// Tokens and secrets are kept and looked up by their SHA-256: a lookup's timing can only say
// something about a digest, never about the secret, and any given string (of any length, in any
// encoding) is simply not found.

const digest = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('base64url')
const fresh = () => randomBytes(32).toString('base64url')

export class StudioSessions {
  // digest -> what became of the token: only the newest printed token is live. A used token
  // stays "used" when a newer one is printed: the page tells the two apart, and "used" when
  // the recruiter did not use it means someone else did.
  readonly #tokens = new Map<string, 'live' | 'used' | 'replaced'>()
  readonly #sessions = new Set<string>()

  /** A new one-time token; any earlier unused one stops working (the newest address is the one to open). */
  newToken(): string {
    for (const [key, state] of this.#tokens) if (state === 'live') this.#tokens.set(key, 'replaced')
    const token = fresh()
    this.#tokens.set(digest(token), 'live')
    return token
  }

  /** Exchanges a one-time token for a session secret, once; a used or replaced token opens nothing. */
  exchange(token: string): { session: string } | { refused: 'token_used' | 'token_replaced' | 'token_invalid' } {
    const key = digest(token)
    const state = this.#tokens.get(key)
    if (state === undefined) return { refused: 'token_invalid' }
    if (state === 'used') return { refused: 'token_used' }
    if (state === 'replaced') return { refused: 'token_replaced' }
    this.#tokens.set(key, 'used')
    const session = fresh()
    this.#sessions.add(digest(session))
    return { session }
  }

  /** Whether a request's session secret is one this server gave out. */
  valid(session: string | undefined): boolean {
    return session !== undefined && session !== '' && this.#sessions.has(digest(session))
  }
}
