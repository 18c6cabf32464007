import { describe, expect, it } from 'vitest'
import { findPersonalWording } from '../../src/lint/personal-wording'

// Seventh pass of issue #23: reasons that judge the person through trust, liking, doubt or a
// match of energy, and three patterns whose phrase alternatives were split at the wrong word
// ("struck the panel", "lights up the room", "plans for a family"), each with the requirement
// worded like it that must stay quiet.
describe('reasons about the person', () => {
  const personal: ['sv' | 'en', string][] = [
    ['en', 'someone the customers instinctively trust'],
    ['en', 'someone whose voice feels more reassuring on the phone'],
    ['en', 'a candidate with the right look for the shop floor'],
    ['en', 'we had doubts about your drive'],
    ['en', 'an applicant who struck the panel as more confident'],
    ['en', 'someone who lights up the room'],
    ['en', 'a person the team would like more'],
    ['en', 'we did not feel a connection'],
    ['sv', 'en person som gästerna genast känner förtroende för'],
    ['sv', 'vi tvivlar på ditt engagemang'],
    ['sv', 'ingen kemi mellan dig och teamet'],
    ['sv', 'att din ansökan präglades av slarv'],
    ['sv', 'att du har bytt jobb för ofta'],
  ]
  for (const [lang, text] of personal) it(`${lang} "${text}" judges the person`, () => expect(findPersonalWording(text, lang)).not.toEqual([]))
  const requirement: ['sv' | 'en', string][] = [
    ['en', 'that you can build trust with clients'],
    ['en', 'experience of handling doubts from customers'],
    ['en', 'the ability to handle a fast pace in peak season'],
    ['sv', 'att du inte behöver resa för ofta'],
    ['sv', 'att kunderna känner förtroende för vår service'],
    ['sv', 'erfarenhet av att bygga förtroende hos kunder'],
  ]
  for (const [lang, text] of requirement) it(`${lang} "${text}" is a requirement`, () => expect(findPersonalWording(text, lang)).toEqual([]))
})
