import { describe, expect, it } from 'vitest'
import { analyseRule, type FieldShape } from '../../src/logic/analyse'
import { createEngine } from '../../src/logic/engine'
import { formatIssue } from '../../src/issues/format-issue'
import { en } from '../../src/issues/wording-en'
import { sv } from '../../src/issues/wording-sv'
import type { IssueCode, IssueParams } from '../../src/issues/issue-code'
import { isCriteriaError, loadCriteriaText } from '../../src/index'

// The rule checks word their issues from params alone: the Swedish says as much as the English
// (which field, which value, what to write instead), and the English is what it always was.

const engine = createEngine()
const fields: Record<string, FieldShape> = {
  ar: { kind: 'number' },
  antal: { kind: 'number', whole: true },
  namn: { kind: 'string' },
  kunskaper: { kind: 'list' },
  korkort: { kind: 'boolean' },
  start: { kind: 'date' },
  svenska: { kind: 'string', values: ['Flytande', 'B1', 'C1'] },
}

/** The one issue of `code` (and `variant`) a rule gives, as criterion "exp" shows it. */
function issueOf(rule: unknown, code: IssueCode, variant?: string) {
  const found = analyseRule(engine, engine.compile(rule), fields).filter(
    (i) => i.code === code && (variant === undefined || i.params.variant === variant),
  )
  expect(found, JSON.stringify(rule)).toHaveLength(1)
  const i = found[0]!
  return { ...i, params: { id: 'exp', ...i.params } }
}
const without = (p: IssueParams, key: string): IssueParams =>
  Object.fromEntries(Object.entries(p).filter(([k]) => k !== key))

const cases: [string, unknown, IssueCode, string | undefined, string, string][] = [
  [
    'compares sizes',
    { '>=': [{ var: 'kunskaper' }, 3] },
    'type_mismatch',
    'sizes',
    'kriteriet "exp": ">=" jämför storlekar, men får listfältet "kunskaper"',
    'criterion "exp": ">=" compares sizes, but gets list field "kunskaper"',
  ],
  [
    'compares two kinds: a quoted number',
    { '>=': [{ var: 'ar' }, '3'] },
    'type_mismatch',
    'kinds',
    'kriteriet "exp": ">=" jämför talfältet "ar" med texten "3"; jämför värden av samma slag: skriv talet 3 utan citattecken',
    'criterion "exp": ">=" compares number field "ar" with the text "3"; compare values of the same kind: write the number 3 without quotes',
  ],
  [
    'compares two kinds: a decimal comma',
    { '>=': [{ var: 'ar' }, '1,5'] },
    'type_mismatch',
    'kinds',
    'kriteriet "exp": ">=" jämför talfältet "ar" med texten "1,5"; jämför värden av samma slag: skriv talet 1.5 med punkt och utan citattecken',
    'criterion "exp": ">=" compares number field "ar" with the text "1,5"; compare values of the same kind: write the number 1.5, with a decimal point and without quotes',
  ],
  [
    'compares two kinds: a whole-number field',
    { '<': [{ var: 'antal' }, 'tre'] },
    'type_mismatch',
    'kinds',
    'kriteriet "exp": "<" jämför heltalsfältet "antal" med texten "tre"; jämför värden av samma slag',
    'criterion "exp": "<" compares number field "antal" with the text "tre"; compare values of the same kind',
  ],
  [
    'cannot compare a list',
    { '==': [{ var: 'kunskaper' }, ['a']] },
    'type_mismatch',
    'list',
    'kriteriet "exp": "==" kan inte jämföra en lista; använd "in", "includesAny" eller "includesAll"',
    'criterion "exp": "==" cannot compare a list; use "in", "includesAny" or "includesAll"',
  ],
  [
    'never equal: a quoted number',
    { '==': [{ var: 'ar' }, '3'] },
    'type_mismatch',
    'never_equal',
    'kriteriet "exp": "==" jämför talfältet "ar" med texten "3"; de kan aldrig vara lika, så jämförelsen fungerar inte som det är tänkt: skriv talet 3 utan citattecken',
    'criterion "exp": "==" compares number field "ar" with the text "3"; they can never be equal as intended: write the number 3 without quotes',
  ],
  [
    'never equal: yes/no and a number',
    { '===': [{ var: 'korkort' }, 1] },
    'type_mismatch',
    'never_equal',
    'kriteriet "exp": "===" jämför ja/nej-fältet "korkort" med talet 1; de kan aldrig vara lika, så jämförelsen fungerar inte som det är tänkt',
    'criterion "exp": "===" compares boolean field "korkort" with the number 1; they can never be equal as intended',
  ],
  [
    'not a list',
    { some: [{ var: 'ar' }, { '==': [{ var: '' }, 1] }] },
    'type_mismatch',
    'not_list',
    'kriteriet "exp": "some" går igenom en lista, men får talfältet "ar"',
    'criterion "exp": "some" goes through a list, but gets number field "ar"',
  ],
  [
    'not a list (reduce)',
    { reduce: [{ var: 'namn' }, { '+': [{ var: 'accumulator' }, 1] }, 0] },
    'type_mismatch',
    'not_list',
    'kriteriet "exp": "reduce" går igenom en lista, men får textfältet "namn"',
    'criterion "exp": "reduce" goes through a list, but gets string field "namn"',
  ],
  [
    '"in" container',
    { in: ['a', { var: 'ar' }] },
    'type_mismatch',
    'in_container',
    'kriteriet "exp": "in" letar i en lista eller en text, men får talfältet "ar"',
    'criterion "exp": "in" looks inside a list or a text, but gets number field "ar"',
  ],
  [
    '"in" one value',
    { in: [['a', 'b'], { var: 'kunskaper' }] },
    'type_mismatch',
    'in_value',
    'kriteriet "exp": "in" letar efter ett enda värde, men får listan ["a","b"]; använd "includesAny"',
    'criterion "exp": "in" looks for one value, but gets the list ["a","b"]; use "includesAny"',
  ],
  [
    'includesWord text',
    { includesWord: [{ var: 'ar' }, 'Java'] },
    'type_mismatch',
    'words',
    'kriteriet "exp": "includesWord" letar efter ord i en text, men får talfältet "ar"',
    'criterion "exp": "includesWord" looks for words in a text, but gets number field "ar"',
  ],
  [
    'cefr levels',
    { cefrAtLeast: [{ var: 'svenska' }, 'B1'] },
    'type_mismatch',
    'cefr',
    'kriteriet "exp": "cefrAtLeast" jämför GERS-nivåer, men fältet "svenska" har alternativet "Flytande", som inte är en nivå; erbjud A1, A2, B1, B2, C1, C2, och om du vill ett alternativ för inga kunskaper ("Inga kunskaper", "None"), som räknas under A1',
    'criterion "exp": "cefrAtLeast" compares CEFR levels, but field "svenska" offers "Flytande", which are not levels; offer A1, A2, B1, B2, C1, C2, and if you like an option for no knowledge ("Inga kunskaper", "None"), which ranks below A1',
  ],
  [
    'arithmetic',
    { '>': [{ '+': [{ var: 'korkort' }, 1] }, 2] },
    'type_mismatch',
    'arithmetic',
    'kriteriet "exp": "+" räknar med tal, men får ja/nej-fältet "korkort"',
    'criterion "exp": "+" does arithmetic, but gets boolean field "korkort"',
  ],
  [
    'expects a kind as argument N',
    { '>=': [{ daysSince: [{ var: 'ar' }] }, 3] },
    'type_mismatch',
    'argument',
    'kriteriet "exp": "daysSince" väntar sig ett datum som argument 1, men får talfältet "ar"',
    'criterion "exp": "daysSince" expects a date as argument 1, but gets number field "ar"',
  ],
  [
    'a fraction against a whole-number field',
    { '>=': [{ var: 'antal' }, 1.5] },
    'fractional_threshold',
    undefined,
    'kriteriet "exp": fältet "antal" har bara heltal, så ">=" 1.5 fungerar som ">= 2"; skriv ett heltal',
    'criterion "exp": field "antal" holds whole numbers, so ">=" 1.5 works as ">= 2"; write a whole number',
  ],
  [
    'a fraction against whole units',
    { '>=': [{ yearsSince: [{ var: 'start' }] }, 1.5] },
    'fractional_threshold',
    undefined,
    'kriteriet "exp": "yearsSince" räknar i hela enheter, så ">=" 1.5 fungerar som ">= 2"; skriv ett heltal (eller räkna i en mindre enhet: monthsSince i stället för yearsSince, daysSince i stället för monthsSince)',
    'criterion "exp": "yearsSince" counts in whole units, so ">=" 1.5 works as ">= 2"; write a whole number (or count in a smaller unit: monthsSince instead of yearsSince, daysSince instead of monthsSince)',
  ],
  [
    'the length of a list',
    { '>=': [{ var: 'kunskaper.length' }, 2] },
    'not_a_field',
    undefined,
    'kriteriet "exp": regeln läser "kunskaper.length", men "length" är ingen del av listfältet "kunskaper"; räkna posterna med {"reduce": [{"var": "kunskaper"}, {"+": [{"var": "accumulator"}, 1]}, 0]}, eller med "atLeast" för att räkna värden i en lista',
    'criterion "exp": reads "kunskaper.length", but "length" is not part of list field "kunskaper"; to count items, use {"reduce": [{"var": "kunskaper"}, {"+": [{"var": "accumulator"}, 1]}, 0]}, or "atLeast" to count listed values',
  ],
  [
    'a part of a text field',
    { '==': [{ var: 'namn.0' }, 'x'] },
    'not_a_field',
    undefined,
    'kriteriet "exp": regeln läser "namn.0", men "0" är ingen del av textfältet "namn"; ett fält är ett svar, och bara en lista har delar (dess poster efter plats)',
    'criterion "exp": reads "namn.0", but "0" is not part of string field "namn"',
  ],
]

describe('rule issues worded from their params', () => {
  it.each(cases)('%s', (_name, rule, code, variant, swedish, english) => {
    const i = issueOf(rule, code, variant)
    expect(formatIssue(i, 'sv')).toBe(swedish)
    expect(formatIssue(i, 'en')).toBe(english)
    // The English needs no prose carried along: the params alone give the message.
    expect(formatIssue({ ...i, params: without(i.params, 'detail') }, 'en')).toBe(english)
    expect(`criterion "exp": ${i.message}`).toBe(english)
  })

  it('every variant of type_mismatch has a case here', () => {
    const variants = new Set(cases.filter((c) => c[2] === 'type_mismatch').map((c) => c[3]))
    expect([...variants].sort()).toEqual([
      'argument',
      'arithmetic',
      'cefr',
      'in_container',
      'in_value',
      'kinds',
      'list',
      'never_equal',
      'not_list',
      'sizes',
      'words',
    ])
  })
})

// Words that mark English prose in a Swedish message. What is quoted (a field, a value, the
// YAML reader's own words) and the operators' names are left out before looking.
const ENGLISH =
  /\b(the|is|are|not|but|gets|compares|with|write|number|field|list|value|values|kind|same|never|equal|use|looks|inside|expects|arithmetic|whole|could|read|file|holds|words|levels|offer|which|quotes)\b/i
const unquoted = (s: string): string =>
  s
    .replace(/"[^"]*"/g, '""')
    .replace(/\{\{[^}]*\}\}/g, '{{}}')
    .replace(/\{[^{}]*\}/g, '{}')

describe('no English in the Swedish of the codes worded from params', () => {
  const touched: [IssueCode, IssueParams][] = [
    ...cases.map(([, rule, code, variant]) => [code, issueOf(rule, code, variant).params] as [IssueCode, IssueParams]),
    [
      'wrong_arity',
      {
        id: 'exp',
        op: 'includesAny',
        min: 2,
        max: 2,
        gets: 3,
        description: 'true when the answer holds at least one of the values',
      },
    ],
    ['syntax', { line: 3, reason: 'json', said: 'Unexpected token } in JSON' }],
    ['syntax', { line: 1, reason: 'unreadable', said: 'Alias count exceeds the limit' }],
    ['syntax', { line: 4, said: 'Nested mappings are not allowed in compact mappings' }],
    ['syntax', { line: 15, documents: true }],
    ['yaml_warning', { said: 'Unresolved tag: !foo' }],
    [
      'unknown_key',
      { key: 'reviewBackstopDays', in: 'delivery', retired: 'reviewBackstopDays was replaced by reviewWorkingDays' },
    ],
    ['template_warning', { stage: 'rejected', locale: 'sv', line: 2, greeting: 'Hej!' }],
    ['template_warning', { stage: 'rejected', locale: 'sv', line: 4, name: 'candidate.firstName' }],
    ['template_invalid', { stage: 'rejected', locale: 'sv', line: 4, name: 'candidate.firstName', refused: true }],
  ]
  it.each(touched.map(([code, params]) => [code, JSON.stringify(params), code, params] as const))(
    '%s %s',
    (_c, _p, code, params) => {
      const words = sv[code](params)
      expect(unquoted(words), words).not.toMatch(ENGLISH)
      expect(words).not.toMatch(/undefined|\[object|NaN/)
      expect(words).not.toBe(en[code](params))
    },
  )
})

describe("a file that cannot be read says why in Swedish around the reader's own words", () => {
  const issuesOf = (text: string, format?: 'json') => {
    try {
      loadCriteriaText(text, format ? { format } : {})
    } catch (e) {
      if (isCriteriaError(e)) return e.issues
      throw e
    }
    return []
  }
  it('not valid JSON', () => {
    const [i] = issuesOf('{\n  "id": "x",\n}', 'json')
    expect(i!.code).toBe('syntax')
    expect(formatIssue(i!, 'en')).toBe(i!.message)
    expect(i!.message).toMatch(/^not valid JSON: /)
    expect(formatIssue(i!, 'sv')).toMatch(
      /^filen är inte giltig JSON på rad 3 \(JSON-läsaren säger: ".+"\); titta efter kommatecken, citattecken och klamrar där$/,
    )
  })
  it('more than one document', () => {
    const [i] = issuesOf('id: a\n---\nid: b\n')
    expect(formatIssue(i!, 'en')).toBe(
      'the file holds more than one YAML document (a line --- between them): a criteria file is one document; remove the --- line, or put the second job in a file of its own',
    )
    expect(formatIssue(i!, 'sv')).toBe(
      'filen innehåller mer än ett YAML-dokument (en rad --- mellan dem, rad 2): en kriteriefil är ett dokument; ta bort raden ---, eller lägg det andra jobbet i en egen fil',
    )
  })
})
