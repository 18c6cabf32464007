import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'sexual-orientation',
  language: 'en',
  terms: ['sexual orientation|preference', 'sexuality', 'gay', 'lesbian*', 'bisexual*', 'homosexual*', 'heterosexual*', 'queer', 'same sex'],
} satisfies GroundLexicon
