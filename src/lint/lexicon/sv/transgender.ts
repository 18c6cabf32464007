import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'transgender',
  language: 'sv',
  terms: ['trans', 'transperson*', 'transsexuell*', 'könsidentitet*', 'könsuttryck*', 'könsöverskridande', 'icke binär*', 'ickebinär*'],
} satisfies GroundLexicon
