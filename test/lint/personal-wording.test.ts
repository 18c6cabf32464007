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
  for (const [lang, text] of personal)
    it(`${lang} "${text}" judges the person`, () => expect(findPersonalWording(text, lang)).not.toEqual([]))
  const requirement: ['sv' | 'en', string][] = [
    ['en', 'that you can build trust with clients'],
    ['en', 'experience of handling doubts from customers'],
    ['en', 'the ability to handle a fast pace in peak season'],
    ['sv', 'att du inte behöver resa för ofta'],
    ['sv', 'att kunderna känner förtroende för vår service'],
    ['sv', 'erfarenhet av att bygga förtroende hos kunder'],
  ]
  for (const [lang, text] of requirement)
    it(`${lang} "${text}" is a requirement`, () => expect(findPersonalWording(text, lang)).toEqual([]))
})

// Eighth pass: the recruiter's own view of the applicant, whatever its words. The applicant as
// the object of a perception or a comparison ("than we saw from you", "beskrev dig som",
// "än vi uppfattade dig"), the recruiter as its subject ("we struggled to picture you",
// "vi såg inte riktigt"), a negation said of the applicant mid-sentence, and a break ("about",
// "om") followed by the second person, which is the applicant, not a topic of the work.
describe("the recruiter's view of the applicant", () => {
  const personal: ['sv' | 'en', string][] = [
    ['en', 'more patience than we saw from you'],
    ['en', 'someone we could see at the head of a table, and we had trouble seeing you there'],
    ['en', "a profile that suits the brand, which you don't quite"],
    ['en', 'a calmer presence; what you said in the interview gave us pause about you'],
    ['en', 'someone whose story sits right with us'],
    ['en', "someone we'd enjoy working beside"],
    ['en', 'a more open manner than you showed, to be honest'],
    ['sv', 'en mer strukturerad person än vi uppfattade dig'],
    ['sv', 'ett lugn som vi inte riktigt såg hos dig'],
    ['sv', 'någon med rätt karaktär'],
    ['sv', 'en mer positiv inställning än din'],
    ['sv', 'ett bättre språk, vilket säger en del om dig som person'],
    ['sv', 'en kandidat som referenserna beskrev som pålitlig'],
    ['sv', 'magkänslan sa nej'],
  ]
  for (const [lang, text] of personal)
    it(`${lang} "${text}" judges the person`, () => expect(findPersonalWording(text, lang)).not.toEqual([]))
  const requirement: ['sv' | 'en', string][] = [
    ['en', 'availability on alternate weekends, when we are busiest'],
    ['en', 'fluency in Welsh, as most of the farmers we work with use it'],
    ['en', 'that you bring your own tools with you'],
    ['en', 'that you have not been convicted of an offence relevant to the post'],
    ['en', 'a safety course, which we can pay for you to take'],
    ['en', 'more than 50 hours of flying than we require of trainees elsewhere'],
    ['sv', 'god förmåga att uttrycka dig i skrift'],
    ['sv', 'att du tar med dig egna verktyg'],
    ['sv', 'förmåga att följa rutiner i akuta situationer, vilket vi prövar i ett praktiskt case'],
    ['sv', 'att du kan hantera känslig information'],
    ['sv', 'erfarenhet av att föra journal'],
  ]
  for (const [lang, text] of requirement)
    it(`${lang} "${text}" is a requirement`, () => expect(findPersonalWording(text, lang)).toEqual([]))
})

// Tenth pass: the body and the voice as they came across.
describe('the body and the voice', () => {
  const personal: ['sv' | 'en', string][] = [
    ['sv', 'ett öppnare kroppsspråk'],
    ['sv', 'mer säkerhet i rösten'],
    ['en', 'a more relaxed body language'],
    ['en', 'answers that sounded more natural'],
  ]
  for (const [lang, text] of personal)
    it(`${lang} "${text}" judges the person`, () => expect(findPersonalWording(text, lang)).not.toEqual([]))
  const requirement: ['sv' | 'en', string][] = [
    ['sv', 'kunskap om röstvård för sångare'],
    ['en', 'experience teaching body language in sales training'],
  ]
  for (const [lang, text] of requirement)
    it(`${lang} "${text}" is a requirement`, () => expect(findPersonalWording(text, lang)).toEqual([]))
})

// Eleventh pass: "less of a …" measures the person (the break "of" is no topic there), values and vibes, how one talked.
describe('a measure of the person', () => {
  const personal: ['sv' | 'en', string][] = [
    ['en', 'less of a know-it-all attitude'],
    ['en', 'a more put-together appearance'],
    ['sv', 'samma vibbar som gruppen'],
    ['sv', 'mer ödmjukhet i hur du pratade om ditt förra jobb'],
  ]
  for (const [lang, text] of personal)
    it(`${lang} "${text}" judges the person`, () => expect(findPersonalWording(text, lang)).not.toEqual([]))
  const requirement: ['sv' | 'en', string][] = [
    ['en', 'experience of attitude surveys in HR'],
    ['sv', 'erfarenhet av att ta fram vibbar och moodboards för kampanjer'],
  ]
  for (const [lang, text] of requirement)
    it(`${lang} "${text}" is a requirement`, () => expect(findPersonalWording(text, lang)).toEqual([]))
})

// Nineteenth pass: manner said as a kind of person or as edges to lose ("besserwisser", "stöddig",
// "fewer rough edges"), with edges on a workpiece that must stay quiet.
describe('manner as a kind of person, or edges', () => {
  const personal: ['sv' | 'en', string][] = [
    ['sv', 'ett mindre stöddigt sätt mot kollegorna'],
    ['sv', 'att du inte framstår som en besserwisser'],
    ['sv', 'färre skarpa kanter i hur du bemöter folk'],
    ['en', 'a little less of a know-it-all in meetings'],
    ['en', 'fewer rough edges with colleagues'],
    ['en', 'someone less cocky with customers'],
    // Twentieth pass: idioms of liveliness.
    ['sv', 'lite mer fart och fläkt i dig som person'],
    ['sv', 'någon med en glimt i ögat'],
    ['en', 'a bit more get up and go'],
    ['en', 'someone with a twinkle in their eye'],
    // Twenty-first pass.
    ['sv', 'lite mer framåtanda i hur du tar dig an saker'],
    ['sv', 'en bättre kulturell passform i teamet'],
    ['en', 'a little less of an edge with the public'],
    // Twenty-fourth pass.
    ['en', 'more poise in how you carry yourself'],
    // Twenty-fifth pass: how someone looks, as tattoos and piercings.
    ['sv', 'inga synliga tatueringar'],
    ['en', 'fewer tattoos on show'],
    // Twenty-seventh pass: a gut feeling about the person.
    ['sv', 'magkänslan hos alla i panelen'],
    ['en', 'a gut feeling from the whole panel'],
  ]
  for (const [lang, text] of personal)
    it(`${lang} "${text}" judges the person`, () => expect(findPersonalWording(text, lang)).not.toEqual([]))
  const requirement: ['sv' | 'en', string][] = [
    ['sv', 'erfarenhet av att slipa bort vassa kanter på plåtdetaljer'],
    ['en', 'experience of filing sharp edges off castings'],
    ['en', 'council registration for tattooing and skin piercing'],
    ['en', 'experience designing custom tattoos'],
  ]
  for (const [lang, text] of requirement)
    it(`${lang} "${text}" is a requirement`, () => expect(findPersonalWording(text, lang)).toEqual([]))
})
