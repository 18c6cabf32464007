import type { PersonalLexicon } from '../lexicon.js'

// A reason completes "the role requires …": a requirement, never the person.
export default {
  language: 'en',
  terms: [
    'you', 'your', 'yours', 'yourself', 'person', 'personality', 'attitude', 'candidate', 'applicant', 'the candidate|applicant',
    'lack', 'lacks', 'lacking', 'insufficient', 'inadequate', 'poor', 'overqualified', 'too young|old|inexperienced',
    'good enough', 'cultural|culture|good fit', 'fit in', 'does not meet', 'doesn t meet', 'failed',
  ],
} satisfies PersonalLexicon
