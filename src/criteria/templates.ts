import Handlebars from 'handlebars'
import { DATE_TOKENS, dateTokenProblem } from './date-pattern.js'
import { suggest } from './suggest.js'
import { characterName } from './control-characters.js'
import { childrenOf, hasMarkup, markupProblems, type MarkupNode } from './template-markup.js'

// Custom message templates are code that the candidate's data flows through. They are checked
// statically, on Handlebars' syntax tree, when the criteria load: only escaped output, only the
// known helpers and blocks, only the variables a message has. No trial render is relied on.

/** The helpers message templates may use; any other helper is an error when the template loads. */
export const TEMPLATE_HELPERS = { list: true, date: true, plural: true } as const

/** The blocks templates may use. */
const BLOCKS = new Set(['if', 'unless', 'each', 'with'])

/** How every message template is compiled: strict (a missing variable is an error), known helpers only. */
export const TEMPLATE_COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: TEMPLATE_HELPERS,
} as const

/**
 * What a template's variables are: a text, a number, a flag (true or false), a date, a list of
 * texts, a list of groups (`[shape]`), or a group of named values. Known statically, so that a
 * template that would print nonsense ("[object Object]", "true", a helper given the wrong kind
 * of value) does not load.
 */
export type TemplateShape =
  | 'text'
  | 'number'
  | 'flag'
  | 'date'
  | 'list'
  | readonly [TemplateShape]
  | { readonly [key: string]: TemplateShape }

/**
 * The variables every message template receives (see `MessageContext`): the only names a
 * template may use.
 */
export const TEMPLATE_CONTEXT: TemplateShape = {
  candidate: { firstName: 'text' },
  job: {
    title: 'text',
    titleInText: 'text',
    company: 'text',
    url: 'text',
    closesAt: 'date',
    closesAtTime: 'text',
    contact: { name: 'text', email: 'text' },
  },
  stage: 'text',
  locale: 'text',
  unmet: 'list',
  unmetCount: 'number',
  requirementsUnmet: 'flag',
  requirements: [{ reason: 'text', why: 'text', advice: 'text' }],
  severalRequirements: 'flag',
  advice: 'list',
  severalAdvice: 'flag',
  automatedDecision: 'flag',
  decidedBy: 'text',
  personReason: 'text',
  jobClosed: { filled: 'flag', withoutFilling: 'flag' },
  privacyUrl: 'text',
  survey: { url: 'text' },
  review: { name: 'text', email: 'text' },
  replyTo: 'text',
  talentPool: { consent: 'flag', period: 'text', joinUrl: 'text' },
  timeline: { replyBy: 'date', interviewAt: 'date', meetingAt: 'date' },
  signature: 'text',
}

/** The kind of value an expression gives: a shape, a literal null, or unknown (its error is already reported). */
type Kind = TemplateShape | 'nothing' | 'unknown'
type Param = { accepts: readonly Kind[]; what: string; quoted?: true }
/** What each helper takes, in order, and how it is written. */
const SIGNATURES: Record<keyof typeof TEMPLATE_HELPERS, { params: readonly Param[]; required: number; usage: string }> =
  {
    list: {
      params: [{ accepts: ['list'], what: 'a list of texts, such as unmet or advice' }],
      required: 1,
      usage: '{{list unmet}}',
    },
    date: {
      params: [
        { accepts: ['date'], what: 'a date, such as job.closesAt or timeline.replyBy' },
        { accepts: ['text'], what: 'a pattern in quotes, such as "d MMMM yyyy"', quoted: true },
      ],
      required: 1,
      usage: '{{date job.closesAt "d MMMM yyyy"}}',
    },
    plural: {
      params: [
        { accepts: ['number'], what: 'a number, such as unmetCount' },
        { accepts: ['text', 'number'], what: 'the word for one' },
        { accepts: ['text', 'number'], what: 'the word for several' },
      ],
      required: 3,
      usage: '{{plural unmetCount "requirement" "requirements"}}',
    },
  }

/** "a text", "a list of groups (reason, why, advice)": a kind as the author reads it. */
function kindText(k: Kind): string {
  if (k === 'text') return 'a text'
  if (k === 'number') return 'a number'
  if (k === 'flag') return 'true or false'
  if (k === 'date') return 'a date'
  if (k === 'list') return 'a list of texts'
  if (k === 'nothing') return 'nothing (null)'
  if (k === 'unknown') return 'unknown'
  if (Array.isArray(k)) return `a list of groups (${Object.keys(k[0] as object).join(', ')})`
  return `a group of values (${Object.keys(k).join(', ')})`
}

/** The first text inside a group, for "such as {{job.title}}". */
function firstText(shape: TemplateShape, prefix: string[]): string[] | null {
  if (shape === 'text') return prefix
  if (typeof shape !== 'object' || Array.isArray(shape)) return null
  for (const [k, v] of Object.entries(shape)) {
    const found = firstText(v, [...prefix, k])
    if (found) return found
  }
  return null
}

/** Control characters but tab, line feed and the carriage return of CR LF; bidi embeddings, overrides and isolates. */
const UNFIT_IN_TEMPLATE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g

/** A problem in a template, at a 1-based line and column. */
export interface TemplateProblem {
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
  /** An unguarded `{{candidate.firstName}}`: loading rewrites a greeting with it, and refuses it anywhere else. */
  firstName?: true
  /** The name as the template writes it (`candidate.firstName`), with `firstName`. */
  name?: string
}

type AstNode = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>
type Path = {
  type: 'PathExpression'
  original: string
  parts: string[]
  data: boolean
  depth: number
  loc?: AstNode['loc']
}
type Scope = { shape: TemplateShape; each: boolean; names?: Readonly<Record<string, TemplateShape>> }

const at = (n: { loc?: AstNode['loc'] } | undefined): { line: number; column: number } => ({
  line: n?.loc?.start.line ?? 1,
  column: (n?.loc?.start.column ?? 0) + 1,
})

/**
 * Every problem of a message template, from its syntax tree: syntax errors, output that is not
 * escaped (`{{{x}}}`, `{{& x}}`), partials, inline partials and decorators, the `log` and
 * `lookup` helpers, unknown helpers and blocks, and variables a message does not have; output
 * that would print nonsense (`{{this}}` or a group as "[object Object]", a list as "A,B", a flag
 * as "true"), a helper given the wrong number or kind of values (`{{date job.title}}`,
 * `{{list unmetCount}}`), control and bidi characters, and HTML a message does not allow
 * (see {@link markupProblems}: an allow-list of elements, `href` only on `<a>` and only to
 * https: or mailto:, markup that runs code said first). `{{candidate.firstName}}` outside
 * `{{#if candidate.firstName}}` is a warning: a candidate without a usable name would read
 * "Dear ," (see {@link guardGreeting}).
 */
export function templateProblems(source: string): TemplateProblem[] {
  let ast: AstNode
  try {
    ast = Handlebars.parse(source) as unknown as AstNode
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const parse = /Parse error on line (\d+)/.exec(msg)
    // Handlebars says where (a line of the text, a caret) and then what it expected: keep the what.
    const lines = msg.split('\n')
    const expected = lines.find((l) => /^Expecting /.test(l))
    const near =
      lines[1] && lines[2]?.includes('^')
        ? ` near "${lines[1].slice(Math.max(0, lines[2].indexOf('^') - 20), lines[2].indexOf('^') + 1).trim()}"`
        : ''
    return [
      {
        line: parse ? Number(parse[1]) : 1,
        column: 1,
        message: `${lines[0]!.replace(/:$/, '')}${near}${expected ? `: ${expected.replace(/^Expecting /, 'expected ')}` : ''}`,
        severity: 'error',
      },
    ]
  }
  const out: TemplateProblem[] = []
  const error = (n: { loc?: AstNode['loc'] } | undefined, message: string) =>
    out.push({ ...at(n), message, severity: 'error' })
  const helpers = Object.keys(TEMPLATE_HELPERS)

  /** The shape a path names in the scopes, or why it names nothing. */
  const resolve = (p: Path, scopes: Scope[]): TemplateShape | { error: string } => {
    if (p.data) {
      const [head, ...rest] = p.parts
      if (head === 'root') return walk(TEMPLATE_CONTEXT, rest, p.original)
      if (['index', 'first', 'last', 'key'].includes(head ?? ''))
        return scopes.some((s) => s.each)
          ? head === 'first' || head === 'last'
            ? 'flag'
            : head === 'index'
              ? 'number'
              : 'text'
          : { error: `@${head} exists only inside {{#each}}` }
      return { error: `@${head} is not available in messages` }
    }
    // Block parameters ({{#each unmet as |reason i|}}) name values before the context does.
    const head = p.parts[0]
    if (p.depth === 0 && head !== undefined && !p.original.startsWith('this')) {
      for (let i = scopes.length - 1; i >= 0; i--) {
        const named = scopes[i]!.names
        if (named && Object.hasOwn(named, head)) return walk(named[head]!, p.parts.slice(1), p.original)
      }
    }
    const scope = scopes[scopes.length - 1 - p.depth]
    if (!scope) return { error: `"${p.original}" goes above the top of the message's variables` }
    return walk(scope.shape, p.parts, p.original)
  }
  const walk = (shape: TemplateShape, parts: string[], original: string): TemplateShape | { error: string } => {
    let cur = shape
    for (const [i, part] of parts.entries()) {
      if (typeof cur !== 'object' || Array.isArray(cur))
        return { error: `"${original}" reads "${part}" of ${kindText(cur)}, which has none` }
      if (!Object.hasOwn(cur, part)) {
        const hint = suggest(part, Object.keys(cur))
        const fixed = [...parts.slice(0, i), hint, ...parts.slice(i + 1)].join('.')
        return {
          error: `a message has no variable "${original}"${hint ? `; did you mean "${fixed}"?` : `; it has ${Object.keys(cur).join(', ')}`}`,
        }
      }
      cur = (cur as { readonly [key: string]: TemplateShape })[part]!
    }
    return cur
  }
  const failed = (s: TemplateShape | { error: string }): s is { error: string } =>
    typeof s === 'object' && 'error' in s && typeof s.error === 'string'
  const isFirstName = (p: unknown, scopes: Scope[]): boolean =>
    !!p &&
    (p as AstNode).type === 'PathExpression' &&
    resolve(p as Path, scopes) === 'text' &&
    /(^|\.)firstName$/.test((p as Path).original) &&
    (!(p as Path).data || (p as Path).original.startsWith('@root.'))

  /** The kind of a value used in output or as an argument: a literal, a known variable, or a helper call. */
  const value = (n: AstNode | undefined, scopes: Scope[]): Kind => {
    if (!n) return 'unknown'
    switch (n.type) {
      case 'SubExpression':
        call(n, scopes)
        return 'text'
      case 'StringLiteral':
        return 'text'
      case 'NumberLiteral':
        return 'number'
      case 'BooleanLiteral':
        return 'flag'
      case 'NullLiteral':
      case 'UndefinedLiteral':
        return 'nothing'
      case 'PathExpression': {
        const shape = resolve(n as unknown as Path, scopes)
        if (!failed(shape)) return shape
        error(n, shape.error)
        return 'unknown'
      }
      default:
        return 'unknown'
    }
  }
  /** A helper call: a known helper, given as many values as it takes, each of the kind it works on. */
  const call = (n: AstNode, scopes: Scope[]): void => {
    const name = (n.path as Path).original
    const params = (n.params as AstNode[] | undefined) ?? []
    const pairs = (n.hash as { pairs?: { key: string; value: AstNode }[] } | undefined)?.pairs ?? []
    const signature = Object.hasOwn(SIGNATURES, name) ? SIGNATURES[name as keyof typeof SIGNATURES] : undefined
    if (!signature) error(n, `unknown helper "${name}"; templates may use ${helpers.join(', ')}`)
    else if (params.length < signature.required || params.length > signature.params.length)
      error(
        n,
        `"${name}" takes ${signature.required === signature.params.length ? signature.required : `${signature.required} or ${signature.params.length}`} value${signature.params.length === 1 ? '' : 's'}: ${signature.usage}`,
      )
    if (signature && pairs.length) error(n, `"${name}" takes no named values (${pairs[0]!.key}=…): ${signature.usage}`)
    const pattern = name === 'date' ? params[1] : undefined
    if (pattern?.type === 'StringLiteral') {
      const letter = dateTokenProblem(String(pattern.value))
      if (letter)
        error(
          pattern,
          `the date pattern "${String(pattern.value)}" uses "${letter}", which is not a date letter here; use ${DATE_TOKENS.join(' ')} (text in 'quotes')`,
        )
    }
    params.forEach((p, i) => {
      const kind = value(p, scopes)
      const param = signature?.params[i]
      if (!param || kind === 'unknown') return
      const shown =
        p.type === 'PathExpression'
          ? (p as unknown as Path).original
          : p.type === 'SubExpression'
            ? `(${(p.path as Path).original} …)`
            : JSON.stringify(p.value ?? null)
      // A date written out in quotes is a date.
      const dateLiteral =
        param.accepts.includes('date') && p.type === 'StringLiteral' && /^\d{4}-\d{2}-\d{2}/.test(String(p.value))
      if (param.quoted && p.type !== 'StringLiteral')
        error(p, `"${name}" takes ${param.what}; ${shown} is not written in quotes`)
      else if (!dateLiteral && !param.accepts.includes(kind))
        error(p, `"${name}" takes ${param.what}, and ${shown} is ${kindText(kind)}: ${signature!.usage}`)
    })
    for (const pair of pairs) value(pair.value, scopes)
  }
  /** What a mustache prints must read as text: never "[object Object]", "A,B" or "true". */
  const printable = (n: AstNode, path: Path, kind: Kind): void => {
    if (kind === 'text' || kind === 'number' || kind === 'date' || kind === 'nothing' || kind === 'unknown') return
    const p = path.original
    let message: string
    if (kind === 'flag')
      message = `{{${p}}} is true or false, and would print "true" or "false": use it as {{#if ${p}}}…{{/if}}`
    else if (kind === 'list')
      message = `{{${p}}} is a list of texts, and would print "A,B": write {{list ${p}}} ("A, B and C") or go through it with {{#each ${p}}}…{{/each}}`
    else if (Array.isArray(kind))
      message = `{{${p}}} is ${kindText(kind)}, and would print "[object Object]": go through it with {{#each ${p}}}…{{${Object.keys(kind[0] as object)[0]}}}…{{/each}}`
    else {
      // {{this}}, {{.}}, {{job}}: a group; name one of its values.
      const leaf = firstText(kind as TemplateShape, [])
      const name = [...path.parts, ...(leaf ?? [])].join('.')
      const such = leaf ? `, such as {{${path.data ? `@${name}` : `${'../'.repeat(path.depth)}${name}`}}}` : ''
      message = `{{${p}}} is ${kind === TEMPLATE_CONTEXT ? 'the whole message (all its variables)' : kindText(kind)}, and would print "[object Object]": print one value${such}`
    }
    error(n, message)
  }

  const visit = (body: AstNode[], scopes: Scope[], guarded: boolean): void => {
    for (const n of body) {
      switch (n.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break
        case 'MustacheStatement': {
          const path = n.path as Path
          if (n.escaped === false)
            error(
              n,
              `{{{${path.original}}}} and {{& ${path.original}}} print without escaping; write {{${path.original}}}`,
            )
          if (path.type !== 'PathExpression') break
          if (path.original === 'log' || path.original === 'lookup')
            error(n, `the "${path.original}" helper is not allowed in messages`)
          else if (
            ((n.params as unknown[]) ?? []).length ||
            (n.hash as { pairs?: unknown[] } | undefined)?.pairs?.length
          )
            call(n, scopes)
          else if (helpers.includes(path.original))
            error(
              n,
              `"${path.original}" is a helper and needs a value: ${SIGNATURES[path.original as keyof typeof SIGNATURES].usage}`,
            )
          else {
            printable(n, path, value(path as unknown as AstNode, scopes))
            if (!guarded && isFirstName(path, scopes))
              out.push({
                ...at(n),
                severity: 'warning',
                firstName: true,
                name: path.original,
                message: `{{${path.original}}} may be empty (no usable name was given): write it inside {{#if ${path.original}}}…{{/if}}, or begin a greeting line with it ("Dear {{candidate.firstName}},"), which then reads as the built-in greeting`,
              })
          }
          break
        }
        case 'BlockStatement': {
          const name = (n.path as Path).original
          const params = (n.params as AstNode[]) ?? []
          const program = (n.program as { body: AstNode[] } | undefined)?.body ?? []
          const inverse = (n.inverse as { body: AstNode[] } | undefined)?.body ?? []
          if (!BLOCKS.has(name)) {
            error(n, `unknown block {{#${name}}}; templates may use ${[...BLOCKS].map((b) => `{{#${b}}}`).join(', ')}`)
            break
          }
          if (params.length !== 1) error(n, `{{#${name}}} takes one value`)
          params.forEach((p) => value(p, scopes))
          const found = params[0]?.type === 'PathExpression' ? resolve(params[0] as unknown as Path, scopes) : 'text'
          const subject: TemplateShape = failed(found) ? 'text' : found
          const blockParams = ((n.program as { blockParams?: string[] } | undefined)?.blockParams ?? []) as string[]
          if (name === 'each') {
            if (subject !== 'list' && !Array.isArray(subject) && !failed(found))
              error(n, `{{#each}} goes through a list, such as unmet or requirements`)
            const item: TemplateShape = Array.isArray(subject) ? (subject as readonly [TemplateShape])[0] : 'text'
            const names: Record<string, TemplateShape> = {}
            if (blockParams[0]) names[blockParams[0]] = item
            if (blockParams[1]) names[blockParams[1]] = 'number'
            visit(program, [...scopes, { shape: item, each: true, ...(blockParams.length ? { names } : {}) }], guarded)
          } else if (name === 'with') {
            const group = typeof subject === 'object' && !Array.isArray(subject)
            if (!group && !failed(found)) error(n, `{{#with}} opens a group of values, such as job or review`)
            visit(
              program,
              [
                ...scopes,
                { shape: subject, each: false, ...(blockParams[0] ? { names: { [blockParams[0]]: subject } } : {}) },
              ],
              guarded,
            )
          } else visit(program, scopes, guarded || (name === 'if' && isFirstName(params[0], scopes)))
          visit(inverse, scopes, guarded)
          break
        }
        case 'PartialStatement':
        case 'PartialBlockStatement':
          error(n, 'partials ({{> name}}) are not allowed in messages: write the text in the template')
          break
        case 'DecoratorBlock':
        case 'Decorator':
          error(n, 'inline partials and decorators ({{#*inline}}, {{* …}}) are not allowed in messages')
          break
        default:
          error(n, `"${n.type}" is not allowed in messages`)
      }
    }
  }
  visit((ast.body as AstNode[]) ?? [], [{ shape: TEMPLATE_CONTEXT, each: false }], false)
  for (const p of markupProblems(source, ast as unknown as MarkupNode)) out.push(p)
  // As in the criteria's texts: no control characters (a line ends in LF or CR LF) and no bidi
  // controls that would reorder the text after them, in the subject above all.
  let line = 1
  let lineStart = 0
  let scanned = 0
  for (const m of source.matchAll(UNFIT_IN_TEMPLATE)) {
    for (; scanned < m.index; scanned++)
      if (source[scanned] === '\n') {
        line++
        lineStart = scanned + 1
      }
    out.push({
      line,
      column: m.index - lineStart + 1,
      severity: 'error',
      message: `the template holds ${characterName(m[0])}, which has no place in a message; write the text without it`,
    })
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column)
}

const FIRST_NAME = 'candidate.firstName'
/** Words before the name on a greeting line ("Dear", "Hej", "Hi there"), and its punctuation after. */
const GREETING_BEFORE = /^[\p{L}\p{M}\s'’.-]{0,40}$/u

/**
 * A template whose greetings use the name without a guard ("Dear {{candidate.firstName}},", on
 * any line of the body, with or without more text after it) rewritten so that, without a usable
 * name, each greeting reads `fallback` (the built-in greeting, "Hello,") instead of "Dear ,":
 * "Dear {{candidate.firstName}}, thank you" becomes
 * `{{#if candidate.firstName}}Dear {{candidate.firstName}},{{else}}Hello,{{/if}} thank you`, and
 * no line moves. Returns the new source and where each rewritten name is; a name elsewhere (the
 * subject, mid-sentence, inside a block) is left for loading to refuse.
 */
export function guardGreeting(
  source: string,
  fallback: string,
): { source: string; guarded: { line: number; column: number }[] } {
  let ast: AstNode
  try {
    ast = Handlebars.parse(source) as unknown as AstNode
  } catch {
    return { source, guarded: [] }
  }
  const lines = source.split('\n')
  const guarded: { line: number; column: number }[] = []
  // Names at the top level of the body (not inside a block), one per line, last line first so
  // that columns stay true: {{candidate.firstName}}, {{@root.candidate.firstName}}, and a name in
  // an {{#if}} of its own without an else ("Dear {{#if candidate.firstName}}{{candidate.firstName}}{{/if}},",
  // which still reads "Dear ," without one).
  const isName = (n: AstNode | undefined): boolean => {
    const path = n?.path as Path | undefined
    if (n?.type !== 'MustacheStatement' || path?.type !== 'PathExpression' || path.depth !== 0 || n.escaped === false)
      return false
    const parts = path.data ? (path.parts[0] === 'root' ? path.parts.slice(1) : []) : path.parts
    return (
      parts.join('.') === FIRST_NAME &&
      !((n.params as unknown[]) ?? []).length &&
      !(n.hash as unknown) &&
      // Whitespace control ({{~ … ~}}) reaches past the line: leave such a name as it is.
      !(n.strip as { open?: boolean; close?: boolean } | undefined)?.open &&
      !(n.strip as { open?: boolean; close?: boolean } | undefined)?.close
    )
  }
  const names = ((ast.body as AstNode[]) ?? []).filter((n) => {
    if ((n.loc?.start.line ?? 1) <= 1) return false
    if (isName(n)) return true
    // {{#if candidate.firstName}}{{candidate.firstName}}{{/if}}: guarded, yet the words around it are not.
    const body = (n.program as { body?: AstNode[] } | undefined)?.body ?? []
    return (
      n.type === 'BlockStatement' &&
      (n.path as Path).original === 'if' &&
      !n.inverse &&
      ((n.params as AstNode[]) ?? []).length === 1 &&
      isName({ type: 'MustacheStatement', path: (n.params as AstNode[])[0] } as AstNode) &&
      body.length === 1 &&
      isName(body[0])
    )
  })
  const seen = new Set<number>()
  for (const n of names.reverse()) {
    const loc = n.loc as { start: { line: number; column: number }; end: { line: number; column: number } }
    if (loc.end.line !== loc.start.line || seen.has(loc.start.line)) continue
    const index = loc.start.line - 1
    const raw = lines[index]!
    const cr = raw.endsWith('\r') ? '\r' : ''
    const line = cr ? raw.slice(0, -1) : raw
    // Tags that open the line (<p>, <strong>) stay outside: the greeting is the words after them.
    const [, tags = '', before = ''] = /^((?:\s*<(?:p|strong|b|em|i|h[1-3]|blockquote|li)>)*)(.*)$/s.exec(
      line.slice(0, loc.start.column),
    )!
    const punct = /^[,!.:;]?/.exec(line.slice(loc.end.column))![0]
    const rest = line.slice(loc.end.column + punct.length)
    // A greeting: words only before the name ("Dear", "Hej", "Hi there").
    if (!before.trim() || !GREETING_BEFORE.test(before) || rest.includes('{{#') || rest.includes('{{/')) continue
    seen.add(loc.start.line)
    lines[index] =
      `${tags}{{#if ${FIRST_NAME}}}${before}{{${FIRST_NAME}}}${punct}{{else}}${fallback}{{/if}}${rest}${cr}`
    // The name is what templateProblems points at: inside the {{#if}} for the guarded form.
    const name =
      n.type === 'BlockStatement'
        ? ((n.program as { body: AstNode[] }).body[0]!.loc as { start: { column: number } }).start.column
        : loc.start.column
    guarded.push({ line: loc.start.line, column: name + 1 })
  }
  return { source: lines.join('\n'), guarded: guarded.reverse() }
}

/**
 * The first error of a template (see {@link templateProblems}), or null: what loading and
 * compiling refuse.
 */
export function checkTemplate(source: string): { line: number; column: number; message: string } | null {
  const first = templateProblems(source).find((p) => p.severity === 'error')
  if (first) return { line: first.line, column: first.column, message: first.message }
  // What the syntax tree allows must also compile as messages are rendered.
  try {
    Handlebars.create().precompile(source, TEMPLATE_COMPILE_OPTIONS)
    return null
  } catch (e) {
    return { line: 1, column: 1, message: (e instanceof Error ? e.message : String(e)).split('\n')[0]! }
  }
}

/**
 * A template's body as its HTML part is compiled (Handlebars takes the syntax tree): HTML when
 * the body has markup of its own (checked when it loaded: see {@link markupProblems}), with a
 * "<" or "&" that starts no tag or reference escaped; otherwise plain text, whose own "&", "<"
 * and ">" are all escaped, so that the HTML reads as the text does.
 */
export function htmlBody(body: string): { markup: boolean; ast: unknown } {
  const ast = Handlebars.parseWithoutProcessing(body) as unknown as MarkupNode
  const markup = hasMarkup(body, ast)
  // In HTML, a "<" that starts no tag and an "&" that starts no character reference are text: written as such.
  const escape = markup
    ? (s: string) =>
        s
          .replace(/<(?!\/?[A-Za-z])/g, '&lt;')
          .replace(/&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g, '&amp;')
    : (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
  const stack: MarkupNode[] = [ast]
  while (stack.length) {
    const n = stack.pop()!
    if (n.type === 'ContentStatement') n.value = escape(String(n.value))
    for (const c of childrenOf(n)) stack.push(c)
  }
  return { markup, ast }
}

export { Handlebars }
