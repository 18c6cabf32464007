import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'age',
  language: 'sv',
  terms: [
    'ålder', 'åldern', 'ålders*', '*ålder', '*åldern', 'i # årsåldern', 'max|högst|maximalt # år', '# # år',
    'hur gammal|gamla', '# år gammal|gamla', 'äldre|yngre än #', '# år eller|och äldre|yngre', '# fyllda', '# års ålder',
    'fyllt|fyller|fyllda #', 'fyllt|fyller|fyllda # år', 'är du över|under #', 'är över|under # år', 'är du mellan # och #', 'är mellan # och # år',
    'född|födda #', 'född|födda år|mellan|efter|före|innan', 'är du född', 'föddes du', 'årtal*', 'fyller du år', 'fyller år', 'när fyller du',
    'födelseår*', 'födelsedat*', 'födelsedag*',
    { match: 'personnummer|personnumret', readOnly: true },
    'ung', 'ungt|unga team|gäng|medarbetare|säljare|person|personer', 'unga och|som', 'ung och', 'ungdomlig*',
    'pensionär*', 'pensionerad*', 'till|i pension', 'pensionera*',
    'examensår*', 'tog du examen', 'tog examen år', 'examen år #', 'när tog du',
    'gick du ut gymnasiet|grundskolan|skolan|högskolan', 'gick ut gymnasiet|grundskolan|skolan|högskolan', 'nyexaminerad*', 'nyutexaminerad*',
  ],
  except: ['var är du född', 'var föddes du', 'unga och växande', 'ungt och växande', 'ungt|unga företag|bolag', 'barn och unga', 'med|för unga', 'unga vuxna'],
} satisfies GroundLexicon
