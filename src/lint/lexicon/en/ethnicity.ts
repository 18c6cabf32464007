import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'ethnicity',
  language: 'en',
  terms: [
    'nationality', 'nationalities', 'citizen', 'citizens', 'citizenship', 'ethnic*', 'race', 'racial', 'skin colour|color',
    'country of birth|origin', 'place of birth', 'birthplace', 'where were you born', 'born in', 'mother tongue', 'native language|speaker*',
    'native * speaker*', 'first language', 'accent', 'accents', 'which|what country are you from', 'where are you from', 'where do you come from', 'country do you come from', 'immigrant*', 'immigration background', 'foreign|swedish|immigrant background', 'heritage', 'without an accent', 'no accent',
    // As a verb ("can you name three systems", "address complaints") these are not about the person.
    { match: 'name|address', readOnly: true, only: ['name'] },
    { match: 'surname|surnames|forename|forenames', readOnly: true },
    { match: 'first|last|family|full|your name', readOnly: true },
    { match: 'photo|photos|photograph|headshot|portrait', readOnly: true },
    { match: 'photo|picture of yourself', readOnly: true },
    { match: 'postcode|zip|neighbourhood|neighborhood', readOnly: true },
    { match: 'post|postal|zip code', readOnly: true },
    { match: 'home|your|street address', readOnly: true },
  ],
  except: ['photo editing|editor|editors|shoot|shoots|studio|retouching|equipment', 'born in #', 'name of', 'name and phone|number|email', 'reference*', 'optional'],
} satisfies GroundLexicon
