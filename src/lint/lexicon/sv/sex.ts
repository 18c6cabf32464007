import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'sex',
  language: 'sv',
  terms: [
    'kön', 'könet', 'köns*',
    'kvinna', 'kvinnan', 'kvinnor', 'kvinnorna', 'kvinnlig*', 'manlig*', 'män', 'mannen', 'männen',
    'man eller kvinna', 'kvinna eller man', 'är du man|kvinna',
    { match: 'man', only: ['value'] },
    'tjej', 'tjejen', 'tjejer', 'tjejerna', 'kille', 'killen', 'killar', 'killarna',
    'gravid*', 'graviditet*', 'väntar du barn', 'väntar barn',
  ],
  except: ['samma kön', 'jämställdhet*', 'kvinnojour*'],
} satisfies GroundLexicon
