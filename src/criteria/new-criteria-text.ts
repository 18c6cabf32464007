import type { Locale } from './constants.js'
import { entryLines } from './edit-yaml.js'
import type { Localized } from './types.js'

/**
 * What a new criteria file starts with: its id and language, and as much of the job as is known.
 * @example
 * ```ts
 * const o: NewCriteriaOptions = { id: 'lagerarbetare', locale: 'sv', title: { sv: 'Lagerarbetare' }, company: 'Vätterlogistik AB', contact: { name: 'Ahmed Karimi', email: 'jobb@vatterlogistik.example' } }
 * ```
 * @category Criteria files
 */
export interface NewCriteriaOptions {
  id: string
  locale: Locale
  title?: string | Localized
  company?: string
  contact?: { name: string; email: string }
  timezone?: string
}

const STARTER = {
  sv: { comment: '# En ny tjänst. Skälen beskriver kravet, aldrig personen.' },
  en: { comment: '# A new job. Reasons describe the requirement, never the person.' },
}

/**
 * The text of a new criteria file: id, version 1, language, the job, and one question and one
 * requirement to start from (the right to work in Sweden, which a file needs at least one
 * criterion to load). With a title, company and contact it loads as it is; what is not given
 * is written empty (`company: ""`), and loading says what to fill in.
 * @example
 * ```ts
 * const text = newCriteriaText({ id: 'lagerarbetare', locale: 'sv', title: { sv: 'Lagerarbetare', en: 'Warehouse worker' }, company: 'Vätterlogistik AB', contact: { name: 'Ahmed Karimi', email: 'jobb@vatterlogistik.example' } })
 * ```
 * @category Criteria files
 */
export function newCriteriaText(options: NewCriteriaOptions): string {
  const title = options.title ?? ''
  const lines = [
    STARTER[options.locale].comment,
    ...entryLines('id', options.id, 0, []),
    ...entryLines('version', 1, 0, []),
    ...entryLines('locale', options.locale, 0, []),
    ...entryLines(
      'job',
      {
        title: typeof title === 'string' ? title : Object.fromEntries(Object.entries(title).filter(([, v]) => v)),
        company: options.company ?? '',
        timezone: options.timezone ?? 'Europe/Stockholm',
        contact: { name: options.contact?.name ?? '', email: options.contact?.email ?? '' },
      },
      0,
      [],
    ),
    '',
    ...entryLines(
      'fields',
      {
        workPermit: {
          type: 'boolean',
          label: { sv: 'Har du rätt att arbeta i Sverige?', en: 'Do you have the right to work in Sweden?' },
        },
      },
      0,
      [],
    ),
    '',
    'criteria:',
    '  - id: arbetstillstand',
    '    rule: { var: workPermit }',
    '    required: true',
    '    reason:',
    '      sv: rätt att arbeta i Sverige',
    '      en: the right to work in Sweden',
    '',
    ...entryLines('decision', { minScore: 0 }, 0, []),
  ]
  return `${lines.join('\n')}\n`
}
