import type { GroundLexicon } from '../lexicon'

export default {
  ground: 'transgender',
  language: 'en',
  terms: ['trans', 'transgender', 'transsexual', 'gender identity|expression|reassignment', 'non binary', 'nonbinary'],
} satisfies GroundLexicon
