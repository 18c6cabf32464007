// The first line of a fairness finding quotes the recruiter's text within 119 characters: the
// matched words stay whole, and the quote is never cut inside a word.
import { describe, expect, it } from 'vitest'
import { fit, HEADLINE_MAX } from '../../src/issues/wording'

const long = (quote: string) =>
  `The question "${quote}" (field ${'x'.repeat(12)}) asks about age, a protected ground; criterion memory reads it.`
const short = (quote: string) => `The question "${quote}" asks about age, a protected ground.`
const text = 'Minns du hur det var att jobba innan alla hade mobiltelefon och sms och e-post överallt på kontoret?'

describe('fit', () => {
  it('keeps the whole text when the line has room', () => {
    expect(fit([short], 'How old are you?')).toBe('The question "How old are you?" asks about age, a protected ground.')
  })

  it('gives way to a shorter line rather than cut into the matched words', () => {
    const line = fit([long, short], text, HEADLINE_MAX, 'Minns du hur det var')
    expect(line.length).toBeLessThanOrEqual(HEADLINE_MAX)
    expect(line).toContain('"Minns du hur det var')
    expect(line).not.toContain('criterion memory')
  })

  it('never begins or ends the quote inside a word', () => {
    for (const keep of [undefined, 'mobiltelefon', 'e-post', 'kontoret']) {
      const line = fit([long, short], text.repeat(2), HEADLINE_MAX, keep)
      const quote = /"(.*)"/.exec(line)![1]!
      expect(line.length).toBeLessThanOrEqual(HEADLINE_MAX)
      const words = quote
        .replace(/^…|…$/g, '')
        .split(/[^\p{L}\p{N}-]+/u)
        .filter(Boolean)
      const whole = new Set(text.split(/[^\p{L}\p{N}-]+/u))
      expect(words.filter((w) => !whole.has(w))).toEqual([])
      if (keep) expect(quote).toContain(keep)
    }
  })
})
