import type { GroundLexicon } from '../lexicon.js'

const CLIENTS = 'personer|barn|vuxna|brukare|elever|ungdomar|människor|kunder|patienter|individer|boende|äldre|barnen|eleverna'
const CONDITIONS = 'allergi*|psykisk|ohälsa|missbruk*|funktionsnedsättning*|funktionshinder*|funktionsvariation*|autism|npf|adhd|demens*|sjukdom*|diagnos*'

export default {
  ground: 'disability',
  language: 'sv',
  terms: [
    'funktionsnedsättning*', 'funktionsnedsatt*', 'funktionshinder*', 'funktionsvariation*', 'handikapp*',
    'sjuk', 'sjukdag*', 'sjukfrånvar*', 'sjukskriv*', '*sjukskriven', '*sjukskrivning*', 'utmattning*', 'utbränd*', 'lider av', 'långtidssjuk*', 'sjukdom', 'sjukdomar', 'sjukdomen', 'kronisk*', 'frisk', 'friska',
    'frånvaro', 'frånvaron', 'frånvarodag*', 'frånvarande',
    'diagnos', 'diagnoser', 'diagnosen', 'diagnostiserad*', 'adhd', 'autism*', 'npf', 'dyslexi*',
    'allergi', 'allergier', 'allergisk',
    'hälsotillstånd*', 'hälsoproblem*', 'hälsodeklaration*', 'god|din hälsa', 'ohälsa', 'psykisk ohälsa',
    'rullstol*', 'medicin', 'mediciner', 'medicinering', 'nedsatt hörsel|syn|rörlighet', 'döv*', 'blind', 'arbetsskad*', 'fysisk|fysiska|medicinsk|medicinska begränsning*', 'ryggproblem', 'ryggbesvär', 'ryggskad*', 'knäproblem', 'hjärtproblem', 'besvär med ryggen|knäna|hälsan',
  ],
  except: [
    `${CLIENTS} med ${CONDITIONS}`,
    `arbete|arbeta|erfarenhet med|av|om ${CONDITIONS}`,
    `kunskap|kunskaper om|i ${CONDITIONS}`,
    `${CLIENTS} med psykisk ohälsa`, 'autism och npf', 'inom lss', 'funktionshinderomsorg*', 'funktionshinderområdet', 'handikappomsorg*',
  ],
} satisfies GroundLexicon
