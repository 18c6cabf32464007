import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'ethnicity',
  language: 'sv',
  terms: [
    'medborgare', 'medborgaren', 'medborgarskap*', 'nationalitet*', 'etnisk*', 'etnicitet*', 'ras', 'raser', 'hudfärg*',
    'härkomst', 'ursprung', 'ursprungsland*', 'födelseland*', 'födelseort*', 'född|födda i', 'var är du född', 'var föddes du',
    'modersmål*', 'förstaspråk*', 'brytning', 'land kommer du från|ifrån', 'var kommer du från|ifrån', 'kommer du ursprungligen', 'infödd*', 'utländsk|svensk|invandrar bakgrund', 'invandrarbakgrund',
    { match: 'namn|namnet|efternamn*|förnamn*', readOnly: true },
    { match: 'foto*|fotografi*|bild|porträtt*', readOnly: true },
    { match: 'postnummer*|postort|bostadsområde*|adress|adressen|hemadress', readOnly: true },
  ],
  except: ['namn på', 'namn och telefon*|nummer|e-post|mejl', 'namn till', 'referens*', 'om du vill'],
} satisfies GroundLexicon
