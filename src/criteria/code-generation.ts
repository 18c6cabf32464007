// Whether the host lets code be generated at run time (`new Function`): the rules engine
// compiles rules to generated code where it may (closures where it may not), zod compiles its
// object parsers, and custom message templates (Handlebars) need it. Trying it is the only sure
// answer, but under a Content-Security-Policy without 'unsafe-eval' a browser reports the try
// (a `securitypolicyviolation` event, and a report to the page's report-to address) even though
// the error is caught. So the library tries only when nothing cheaper answers, and only once:
//   - the caller said so: `createEngine({ jitless: true })`, or `{ engine: { jitless: true } }`
//     to `loadCriteriaText`, `loadCriteria` or `compileCriteria` (the engine never tries);
//   - a Cloudflare Worker (workerd) never allows it;
//   - a page whose <meta http-equiv="Content-Security-Policy"> leaves 'unsafe-eval' out of the
//     script-src (or default-src) it names forbids it.
// A policy sent only as an HTTP header cannot be read from the page: there the caller says so.
// zod never tries at all for the library's schemas (zod-jitless.ts).

let allowed: boolean | undefined

/** What a page's <meta> policies say of code generation: false when one forbids it, undefined when none says. */
function metaPolicy(): false | undefined {
  const doc = (
    globalThis as {
      document?: { querySelectorAll?: (selector: string) => ArrayLike<{ getAttribute(name: string): string | null }> }
    }
  ).document
  if (typeof doc?.querySelectorAll !== 'function') return undefined
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') continue
    const directives = new Map<string, string[]>()
    for (const part of (meta.getAttribute('content') ?? '').split(';')) {
      const [name, ...values] = part.trim().toLowerCase().split(/\s+/)
      if (name && !directives.has(name)) directives.set(name, values)
    }
    const sources = directives.get('script-src') ?? directives.get('default-src')
    if (sources && !sources.includes("'unsafe-eval'")) return false
  }
  return undefined
}

/** Whether the host is known without trying to forbid code generation. */
function knownForbidden(): boolean {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent
  if (typeof agent === 'string' && agent.startsWith('Cloudflare-Workers')) return true
  return metaPolicy() === false
}

/**
 * Whether this host lets code be generated at run time (a Content-Security-Policy without
 * `unsafe-eval` and Workers do not): answered from the host when it can say, tried once
 * otherwise (see above).
 */
export function codeGenerationAllowed(): boolean {
  if (allowed === undefined) {
    if (knownForbidden()) allowed = false
    else
      try {
        // biome-ignore lint/nursery/noImpliedEval: the probe of whether code generation is allowed
        allowed = new Function('return true')() === true
      } catch {
        allowed = false
      }
  }
  return allowed
}
