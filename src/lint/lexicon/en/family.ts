import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'family',
  language: 'en',
  terms: [
    'marital', 'married', 'marriage', 'spouse', 'husband', 'wife', 'divorced', 'widow*', 'single parent*|mother*|father*|mum*|mom*|dad*', 'have children soon', 'children|kids at home', 'young children at home', 'your partner|husband|wife', 'have a baby',
    'have children|kids', 'your children|kids', 'own children', 'number of children|kids', 'any children|kids', 'children of your own',
    { match: 'children|kids|childcare', only: ['name'] },
    'dependants', 'dependents', 'childcare arrangements', 'start a family', 'family plans|planning|situation|status|circumstances|commitments',
    'maternity', 'paternity', 'parental leave', 'on leave with',
  ],
} satisfies GroundLexicon
