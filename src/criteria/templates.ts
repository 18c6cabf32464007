import Handlebars from 'handlebars'
import { DATE_TOKENS, dateTokenProblem } from './date-pattern.js'
import { suggest } from './suggest.js'

// Custom message templates are code that the candidate's data flows through. They are checked
// statically, on Handlebars' syntax tree, when the criteria load: only escaped output, only the
// known helpers and blocks, only the variables a message has. No trial render is relied on.

/** The helpers message templates may use; any other helper is an error when the template loads. */
export const TEMPLATE_HELPERS = { list: true, date: true, plural: true } as const

/** The blocks templates may use. */
const BLOCKS = new Set(['if', 'unless', 'each', 'with'])

/** How every message template is compiled: strict (a missing variable is an error), known helpers only. */
export const TEMPLATE_COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true, knownHelpers: TEMPLATE_HELPERS } as const

/** What a template's variables may be: a value, a list of values, a list of maps (`[shape]`), or a map of names. */
export type TemplateShape = 'value' | 'list' | readonly [TemplateShape] | { readonly [key: string]: TemplateShape }

/**
 * The variables every message template receives (see `MessageContext`): the only names a
 * template may use.
 */
export const TEMPLATE_CONTEXT: TemplateShape = {
  candidate: { firstName: 'value' },
  job: { title: 'value', company: 'value', url: 'value', closesAt: 'value', closesAtTime: 'value', contact: { name: 'value', email: 'value' } },
  stage: 'value',
  locale: 'value',
  unmet: 'list',
  unmetCount: 'value',
  requirementsUnmet: 'value',
  requirements: [{ reason: 'value', why: 'value', advice: 'value' }],
  severalRequirements: 'value',
  advice: 'list',
  severalAdvice: 'value',
  automatedDecision: 'value',
  review: { name: 'value', email: 'value' },
  replyTo: 'value',
  talentPool: { consent: 'value', period: 'value', joinUrl: 'value' },
  timeline: { replyBy: 'value' },
  signature: 'value',
}

/** A problem in a template, at a 1-based line and column. */
export interface TemplateProblem {
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
}

type AstNode = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>
type Path = { type: 'PathExpression'; original: string; parts: string[]; data: boolean; depth: number; loc?: AstNode['loc'] }
type Scope = { shape: TemplateShape; each: boolean }

const at = (n: { loc?: AstNode['loc'] } | undefined): { line: number; column: number } => ({ line: n?.loc?.start.line ?? 1, column: (n?.loc?.start.column ?? 0) + 1 })

/**
 * Every problem of a message template, from its syntax tree: syntax errors, output that is not
 * escaped (`{{{x}}}`, `{{& x}}`), partials, inline partials and decorators, the `log` and
 * `lookup` helpers, unknown helpers and blocks, and variables a message does not have. A
 * greeting with `{{candidate.firstName}}` outside `{{#if candidate.firstName}}` is a warning:
 * a candidate without a usable name would read "Dear ,".
 */
export function templateProblems(source: string): TemplateProblem[] {
  let ast: AstNode
  try {
    ast = Handlebars.parse(source) as unknown as AstNode
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const parse = /Parse error on line (\d+)/.exec(msg)
    return [{ line: parse ? Number(parse[1]) : 1, column: 1, message: msg.split('\n')[0]!, severity: 'error' }]
  }
  const out: TemplateProblem[] = []
  const error = (n: { loc?: AstNode['loc'] } | undefined, message: string) => out.push({ ...at(n), message, severity: 'error' })
  const helpers = Object.keys(TEMPLATE_HELPERS)

  /** The shape a path names in the scopes, or why it names nothing. */
  const resolve = (p: Path, scopes: Scope[]): TemplateShape | { error: string } => {
    if (p.data) {
      const [head, ...rest] = p.parts
      if (head === 'root') return walk(TEMPLATE_CONTEXT, rest, p.original)
      if (['index', 'first', 'last', 'key'].includes(head ?? '')) return scopes.some((s) => s.each) ? 'value' : { error: `@${head} exists only inside {{#each}}` }
      return { error: `@${head} is not available in messages` }
    }
    const scope = scopes[scopes.length - 1 - p.depth]
    if (!scope) return { error: `"${p.original}" goes above the top of the message's variables` }
    return walk(scope.shape, p.parts, p.original)
  }
  const walk = (shape: TemplateShape, parts: string[], original: string): TemplateShape | { error: string } => {
    let cur = shape
    for (const [i, part] of parts.entries()) {
      if (typeof cur !== 'object' || Array.isArray(cur)) return { error: `"${original}" reads "${part}" of a ${cur === 'value' ? 'text' : 'list'}, which has none` }
      if (!Object.hasOwn(cur, part)) {
        const hint = suggest(part, Object.keys(cur))
        const fixed = [...parts.slice(0, i), hint, ...parts.slice(i + 1)].join('.')
        return { error: `a message has no variable "${original}"${hint ? `; did you mean "${fixed}"?` : `; it has ${Object.keys(cur).join(', ')}`}` }
      }
      cur = (cur as { readonly [key: string]: TemplateShape })[part]!
    }
    return cur
  }
  const failed = (s: TemplateShape | { error: string }): s is { error: string } => typeof s === 'object' && 'error' in s && typeof s.error === 'string'
  const isFirstName = (p: unknown, scopes: Scope[]): boolean =>
    !!p && (p as AstNode).type === 'PathExpression' && resolve(p as Path, scopes) === 'value' && /(^|\.)firstName$/.test((p as Path).original) && !(p as Path).data

  /** A value used in output or as an argument: a literal, a known variable, or a helper call. */
  const value = (n: AstNode | undefined, scopes: Scope[]): void => {
    if (!n) return
    if (n.type === 'SubExpression') return call(n, scopes)
    if (n.type !== 'PathExpression') return
    const shape = resolve(n as unknown as Path, scopes)
    if (failed(shape)) error(n, shape.error)
  }
  const call = (n: AstNode, scopes: Scope[]): void => {
    const name = (n.path as Path).original
    if (!helpers.includes(name)) error(n, `unknown helper "${name}"; templates may use ${helpers.join(', ')}`)
    const pattern = name === 'date' ? ((n.params as AstNode[] | undefined) ?? [])[1] : undefined
    if (pattern?.type === 'StringLiteral') {
      const letter = dateTokenProblem(String(pattern.value))
      if (letter) error(pattern, `the date pattern "${String(pattern.value)}" uses "${letter}", which is not a date letter here; use ${DATE_TOKENS.join(' ')} (text in 'quotes')`)
    }
    for (const p of (n.params as AstNode[]) ?? []) value(p, scopes)
    for (const pair of ((n.hash as { pairs?: { value: AstNode }[] } | undefined)?.pairs ?? [])) value(pair.value, scopes)
  }

  const visit = (body: AstNode[], scopes: Scope[], guarded: boolean): void => {
    for (const n of body) {
      switch (n.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break
        case 'MustacheStatement': {
          const path = n.path as Path
          if (n.escaped === false) error(n, `{{{${path.original}}}} and {{& ${path.original}}} print without escaping; write {{${path.original}}}`)
          if (path.type !== 'PathExpression') break
          if (path.original === 'log' || path.original === 'lookup') error(n, `the "${path.original}" helper is not allowed in messages`)
          else if (((n.params as unknown[]) ?? []).length || (n.hash as { pairs?: unknown[] } | undefined)?.pairs?.length) call(n, scopes)
          else if (helpers.includes(path.original)) error(n, `"${path.original}" is a helper and needs a value: {{${path.original} unmet}}`)
          else {
            value(path as unknown as AstNode, scopes)
            if (!guarded && isFirstName(path, scopes))
              out.push({ ...at(n), severity: 'warning', message: `{{${path.original}}} may be empty (no usable name was given): write it inside {{#if ${path.original}}}…{{/if}} so the greeting never reads "Dear ,"` })
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
          const found = params[0]?.type === 'PathExpression' ? resolve(params[0] as unknown as Path, scopes) : 'value'
          const subject: TemplateShape = failed(found) ? 'value' : found
          if (name === 'each') {
            if (subject !== 'list' && !Array.isArray(subject) && !failed(found)) error(n, `{{#each}} goes through a list, such as unmet or requirements`)
            const item: TemplateShape = Array.isArray(subject) ? (subject as readonly [TemplateShape])[0] : 'value'
            visit(program, [...scopes, { shape: item, each: true }], guarded)
          } else if (name === 'with') {
            visit(program, typeof subject === 'object' && !Array.isArray(subject) ? [...scopes, { shape: subject, each: false }] : scopes, guarded)
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
  return out.sort((a, b) => a.line - b.line || a.column - b.column)
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

export { Handlebars }
