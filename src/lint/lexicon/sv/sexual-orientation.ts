import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'sexual-orientation',
  language: 'sv',
  terms: ['sexuell|sexuella läggning', 'läggning', 'homosexuell*', 'heterosexuell*', 'bisexuell*', 'lesbisk*', 'gay', 'queer', 'hbtq*', 'samma kön', 'samkönad*'],
  except: ['hbtq* certifier*|diplomer*|vänlig*'],
} satisfies GroundLexicon
