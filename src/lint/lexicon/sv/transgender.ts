import type { GroundLexicon } from '../lexicon'

export default {
  ground: 'transgender',
  language: 'sv',
  terms: ['trans', 'transperson*', 'transsexuell*', 'könsidentitet*', 'könsuttryck*', 'könsöverskridande', 'icke binär*', 'ickebinär*'],
} satisfies GroundLexicon
