import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'family',
  language: 'sv',
  terms: [
    'civilstånd*', { match: 'gift', ambiguous: true }, 'är du gift', 'sambo', 'ogift', 'skild', 'frånskild', 'änka', 'änkling', 'särbo',
    'familj', 'familjen', 'familjesituation*', 'familjeförhållande*', 'familjeplanering*', 'bilda familj', 'ensamstående', 'småbarn*', 'barn hemma', 'din partner|sambo|make|maka|fru|man', 'skaffa barn', 'planerar barn',
    'har du barn', 'barn har du', 'dina|egna barn', 'hemmavarande barn', 'antal barn', 'barnpassning*', 'barntillsyn',
    { match: 'barn|barnen', only: ['name'] },
    'vab', 'vabb*', 'vård av barn',
    'föräldraledig*', 'mammaledig*', 'pappaledig*', 'barnledig*', 'föräldrapenning*',
  ],
  except: ['erfarenhet av vård av barn'],
} satisfies GroundLexicon
