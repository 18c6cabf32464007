import { issue } from '../issues/issue.js'
import { CriteriaError, ScreeningError, type Issue } from '../errors.js'
import { NO_NAME_GREETING } from './no-name-greeting.js'
import { codeGenerationAllowed } from './code-generation.js'
import type { CriteriaDocument } from './parse.js'
import type { Locale, Stage } from './schema.js'

/** One custom template as loaded: subject line, body, and where it came from. */
type LoadedTemplate = { subject: string; body: string; file: string }
type Delegate = (context: unknown, options?: { helpers?: Record<string, unknown> }) => string

/** A template compiled: its HTML part is HTML of its own (`markup`, the text part then comes from it) or escaped plain text. */
type Compiled = { subject: Delegate; text: Delegate; html: Delegate; markup: boolean }
// Templates compiled at load, by the loaded object: renderMessage reads them from here.
const compiled = new WeakMap<LoadedTemplate, Compiled>()

/**
 * Where the text of a template file comes from: a map from the name the criteria file gives
 * (`templates/rejected.sv.hbs`) to its text, or a function that reads a name (and may say
 * which file it read, for error locations).
 * @example
 * ```ts
 * const sources: TemplateSources = { 'templates/rejected.sv.hbs': 'Subject: Tack för din ansökan\n\nHej …' }
 * ```
 * @category Messages
 */
export type TemplateSources =
  | Readonly<Record<string, string>>
  | ((
      name: string,
      at: { stage: Stage; locale: Locale },
    ) =>
      | string
      | { text: string; file?: string }
      | undefined
      | Promise<string | { text: string; file?: string } | undefined>)

/**
 * Loads the custom message templates a criteria file names under `messages.templates`, from
 * text: each is checked (syntax, escaping, known helpers and variables, with line and column)
 * and compiled now, so a mistake surfaces at load and rendering needs no compiler. The first
 * line of a template file is its subject (`Subject: …`), the rest its body. Returns the
 * document with its templates; throws a {@link CriteriaError} listing every problem. The
 * Handlebars compiler is loaded only here, when a file has templates; it generates code
 * (`new Function`), so hosts with a strict Content-Security-Policy use the built-in templates.
 *
 * `loadCriteria` from `autoscreen/node` does this with the files next to the criteria file.
 *
 * @example
 * ```ts
 * const doc = await loadTemplates(loadCriteriaText(yamlText), { 'templates/rejected.sv.hbs': rejectedSv })
 * renderMessage(result, { screener: compileCriteria(doc), now })
 * ```
 * @category Messages
 */
export async function loadTemplates(doc: CriteriaDocument, sources: TemplateSources): Promise<CriteriaDocument> {
  const refs = doc.criteria.messages?.templates
  if (!refs) return doc
  if (!codeGenerationAllowed()) {
    const path = ['messages', 'templates']
    throw new CriteriaError(
      [
        {
          ...issue('templates_unsupported', path),
          ...doc.locate(path),
          ...(doc.file === undefined ? {} : { file: doc.file }),
        },
      ],
      undefined,
      { locale: doc.criteria.locale },
    )
  }
  const { checkTemplate, guardGreeting, htmlBody, templateProblems, TEMPLATE_COMPILE_OPTIONS, Handlebars } =
    await import('./templates.js')
  const hb = Handlebars.create()
  const templates: NonNullable<CriteriaDocument['templates']> = {}
  const issues: Issue[] = []
  const warnings: Issue[] = [...(doc.warnings ?? []).filter((w) => w.code !== 'templates_not_loaded')]
  for (const [stage, byLocale] of Object.entries(refs) as [Stage, Partial<Record<Locale, string>>][]) {
    for (const [locale, name] of Object.entries(byLocale ?? {}) as [Locale, string][]) {
      const path = ['messages', 'templates', stage, locale]
      const at = { path, ...doc.locate(path), ...(doc.file === undefined ? {} : { file: doc.file }) }
      let read: Awaited<ReturnType<Extract<TemplateSources, (...a: never[]) => unknown>>>
      try {
        read =
          typeof sources === 'function'
            ? await sources(name, { stage, locale })
            : Object.hasOwn(sources, name)
              ? sources[name]
              : undefined
      } catch (e) {
        // A template that is not UTF-8 is said with its own file, line and column.
        if (e instanceof CriteriaError) {
          issues.push(...e.issues.map((i) => ({ ...i, message: `template ${stage}.${locale}: ${i.message}` })))
          continue
        }
        issues.push({
          ...issue('template_unreadable', path, { name, reason: e instanceof Error ? e.message : String(e) }),
          ...at,
        })
        continue
      }
      if (read === undefined) {
        issues.push({ ...issue('template_missing', path, { stage, locale, name }), ...at })
        continue
      }
      const source = typeof read === 'string' ? read : read.text
      const file = typeof read === 'string' ? name : (read.file ?? name)
      const problems = templateProblems(source)
      // "Dear {{candidate.firstName}}," greets as the built-in templates do when there is no usable name.
      const greeting = guardGreeting(source, NO_NAME_GREETING[locale])
      let refused = false
      const otherwiseFine = !problems.some((p) => p.severity === 'error')
      for (const p of problems) {
        const guarded = p.firstName && greeting.guarded.some((g) => g.line === p.line && g.column === p.column)
        // A name that is not a greeting's would print "Thank you, , for applying" for a candidate
        // without one (said once: beside other errors it stays the warning it was).
        const severity = p.firstName && !guarded && otherwiseFine ? 'error' : p.severity
        if (severity === 'error') refused = true
        const message = guarded
          ? `without a usable first name this greeting reads "${NO_NAME_GREETING[locale]}", as the built-in messages do; to word it yourself, write {{#if candidate.firstName}}…{{else}}…{{/if}}`
          : p.firstName
            ? `${p.message}; without a name this would print an empty place`
            : p.message
        ;(severity === 'error' ? issues : warnings).push({
          ...issue(severity === 'error' ? 'template_invalid' : 'template_warning', [], {
            stage,
            locale,
            line: p.line,
            detail: message,
            ...(guarded
              ? { greeting: NO_NAME_GREETING[locale] }
              : p.firstName
                ? { name: p.name ?? 'candidate.firstName', ...(severity === 'error' ? { refused: true } : {}) }
                : {}),
          }),
          severity,
          file,
          line: p.line,
          column: p.column,
        })
      }
      if (refused) continue
      const failed = checkTemplate(greeting.source)
      if (failed) {
        issues.push({
          ...issue('template_invalid', [], { stage, locale, line: failed.line, detail: failed.message }),
          file,
          line: failed.line,
          column: failed.column,
        })
        continue
      }
      const [first, ...rest] = greeting.source.split(/\r?\n/)
      const t: LoadedTemplate = {
        subject: (first ?? '').replace(/^subject:\s*/i, ''),
        body: rest.join('\n').replace(/^\s*\n/, ''),
        file,
      }
      const html = htmlBody(t.body)
      compiled.set(t, {
        subject: hb.compile(t.subject, { ...TEMPLATE_COMPILE_OPTIONS, noEscape: true }) as Delegate,
        text: hb.compile(t.body, { ...TEMPLATE_COMPILE_OPTIONS, noEscape: true }) as Delegate,
        html: hb.compile(html.ast, TEMPLATE_COMPILE_OPTIONS) as Delegate,
        markup: html.markup,
      })
      ;(templates[stage] ??= {})[locale] = t
    }
  }
  if (issues.length) throw new CriteriaError(issues, undefined, { locale: doc.criteria.locale })
  // What a layer above keeps on the document under a symbol (what loading found of its rules) stays with it: templates change no rule.
  const out = { ...doc, locate: doc.locate, templates, warnings }
  for (const key of Object.getOwnPropertySymbols(doc))
    if (!Object.hasOwn(out, key)) Object.defineProperty(out, key, Object.getOwnPropertyDescriptor(doc, key)!)
  return Object.freeze(out)
}

/** The compiled form of a template {@link loadTemplates} loaded. */
export function compiledTemplate(t: LoadedTemplate): Compiled {
  const c = compiled.get(t)
  if (!c)
    throw new ScreeningError(
      'template_not_loaded',
      `template ${t.file} was not loaded with loadTemplates (or loadCriteria), so it is neither checked nor compiled`,
    )
  return c
}
