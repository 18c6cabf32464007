import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'religion',
  language: 'en',
  terms: [
    'religion*', 'religious', 'faith', 'your beliefs', 'attend church|mosque|synagogue|temple', 'go to church|mosque|synagogue|temple', 'church member*', 'churchgoer*',
    'muslim*', 'christian', 'christians', 'jewish', 'jew', 'jews', 'hindu*', 'buddhist*', 'atheist*', 'catholic*', 'protestant*',
    'headscarf*', 'hijab*', 'veil', 'turban*', 'prayer time*|break*', 'pray', 'do you celebrate', 'eat|keep halal|kosher|pork', 'halal or kosher', 'religious symbol*', 'religious holiday*',
  ],
} satisfies GroundLexicon
