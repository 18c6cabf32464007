import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'sex',
  language: 'en',
  terms: [
    { match: 'sex', ambiguous: true }, 'gender', 'genders', 'male', 'males', 'female', 'females', 'woman', 'women',
    { match: 'man', ambiguous: true }, { match: 'men', ambiguous: true }, 'a man or a woman', 'girl', 'girls',
    'pregnan*', 'expecting a baby|child', 'are you expecting',
  ],
  except: ['same sex', 'gender equality|balance|neutral|diversity', 'gender pay gap', 'women s shelter|refuge|clinic|health'],
} satisfies GroundLexicon
