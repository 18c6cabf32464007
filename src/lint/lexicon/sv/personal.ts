import type { PersonalLexicon } from '../lexicon.js'

// A reason completes "För tjänsten krävs …": a requirement, never the person.
export default {
  language: 'sv',
  terms: [
    'du', 'dig', 'din', 'ditt', 'dina', 'dej', 'person', 'personlighet*', 'inställning*', 'kandidat*', 'sökande', 'sökanden',
    'bristande', 'brist på', 'saknar', 'för ung|gammal|dålig', 'överkvalificerad*', 'passar in|inte', 'tillräckligt bra', '* nog', 'uppfyller inte',
  ],
} satisfies PersonalLexicon
