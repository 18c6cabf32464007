import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'religion',
  language: 'sv',
  terms: [
    'religion*', 'religiös*', 'troende', 'trosuppfattning*', 'din|vilken|annan tro', 'livsåskådning*',
    'medlem i svenska kyrkan', 'medlem i kyrkan|församlingen', 'går du i kyrkan|moskén|synagogan',
    'kristen', 'kristna', 'muslim*', 'jude', 'judar', 'judisk*', 'ateist*', 'hindu*', 'buddhist*', 'katolik*', 'frikyrk*', 'samfund*',
    'slöja', 'slöjan', 'huvudduk*', 'bönetid*', 'firar du', 'äter du halal|kosher|fläsk', 'halal eller kosher', 'religiösa symboler', 'be under arbetstid',
  ],
} satisfies GroundLexicon
