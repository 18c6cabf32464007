import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'transgender',
  language: 'en',
  terms: ['trans', 'transgender', 'transsexual', 'gender identity|expression|reassignment', 'non binary', 'nonbinary'],
} satisfies GroundLexicon
