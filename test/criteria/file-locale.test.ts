import { describe, expect, it } from 'vitest'
import { CriteriaError, loadCriteriaText } from '../../src/index'
import { fileLocale } from '../../src/criteria/file-locale'

describe('fileLocale: the language a file says it is in, from its text alone', () => {
  it.each([
    ['id: x\nlocale: sv\njob: [', 'sv'],
    ['locale: "en"   # the messages\n', 'en'],
    ["locale: 'sv'\n", 'sv'],
    ['{ "id": "x", "locale": "sv", "job": ', 'sv'],
    ['id: x\n', undefined],
    ['  locale: sv\n', undefined], // not top level
    ['locale: de\n', undefined],
    ['locale: sv\nlocale: en\n', undefined], // two answers are none
  ])('%j gives %s', (text, expected) => {
    expect(fileLocale(text)).toBe(expected)
  })
  it('is carried by the CriteriaError of a file that does not load', () => {
    const load = (text: string) => {
      try {
        loadCriteriaText(text)
      } catch (e) {
        return e as CriteriaError
      }
      throw new Error('loaded')
    }
    expect(load('id: x\nlocale: sv\njob: [\n').locale).toBe('sv')
    expect(load('id: x\nlocale: en\nversion: 1\n').locale).toBe('en')
    expect(load('id: x\nversion: 1\n').locale).toBeUndefined()
    expect(load('id: x\nlocale: sv\n')).toBeInstanceOf(CriteriaError)
  })
})
