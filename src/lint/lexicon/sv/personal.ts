import type { PersonalLexicon } from '../lexicon.js'

// A reason completes "För tjänsten krävs …": a requirement, never the person. "att du har
// B-körkort" names a requirement; what judges the person is what is said of them.
export default {
  language: 'sv',
  terms: [
    // Who someone is: temperament, manner, appearance, the impression they give.
    'personlighet|personligheten|personlighetstyp|personlighetstypen', 'inställning|inställningen', 'attityd*', 'temperament*', 'humör', 'läggning', 'lynne', 'utstrålning*', 'utstrålar|utstrålade', 'framtoning*', 'pondus', 'karisma*', 'gnista', 'vibe', 'mognad', 'utseende*',
    'intryck|intrycket|intrycken', 'personkemi*', 'kemin', 'självförtroende', 'självkänsla', 'ödmjuk*', 'sympatisk*', 'tillbakadragen', 'utåtriktad*', 'blyg*', 'tystlåten', 'introvert*', 'extrovert*', 'självsäker*', 'arrogant*', 'otålig*', 'stel|stela',
    'som person', 'som människa', 'vågar ta plats', 'lättsam*', 'modig', 'kreativ|varm|glad|fri själ', 'smälter in', 'fräscht|välvårdat yttre', 'yttre', 'röst som låter', 'låter gladare|trevligare|lugnare|varmare', 'fattar tycke för', 'tycke för', 'rätt sorts', 'sorts kille|tjej|person|människa', 'helhetsintryck*', 'rankades högre', 'än du', 'äventyrlig*', 'tryggare med', 'skinn på näsan', 'handslag*', 'ögonkontakt', 'leende', 'auktoritet som', 'naturlig auktoritet|pondus|närvaro|charm', 'vinnarinstinkt*', 'tävlingsinstinkt*', 'instinkt', 'kemi med', 'rätt kemi', 'sortens person|människa', 'den sortens', 'typen som', 'tycker om från första', 'som folk|alla|gästerna|kunderna tycker om|minns', 'se upp till', 'ser upp till', 'gnistrande', 'glöd', 'hungrig', 'bekväm i sig själv', 'trygg i sig själv', 'lagspelare', 'rätt energi|vibe|typ|person', 'naturlig ledare', 'vår typ', 'typ av person', 'arbetsmoral', 'omogen*', 'oengagerad*', 'omotiverad*', 'ointresserad*', 'bekväm', 'av sig', 'klär dig|sig', 'ser * ut', 'ser * * ut', 'trivas', 'klickar',
    // An impression reported, the recruiter's opinion, the interview.
    'verkade|verkar|känns|kändes|framstår|framstod|uppfattas|uppfattades|upplevs|upplevdes|upplevde|bedömde|bedömdes|ansåg|saknades',
    'vi upplevde|upplever|tror|tyckte|tycker|bedömer|bedömde|kände|ansåg|anser|sökte|såg|saknade', 'vår bedömning', 'intervju', 'intervjun', 'helhetsbedömning*', 'referenserna var', 'referenser var',
    // A lack stated as a flaw, a judgement of a level.
    'saknar', 'saknade', 'bristande', 'brist på', 'brister', 'brist', 'bristfällig*', 'otillräcklig*', 'ej tillräcklig*', 'inte tillräckligt', 'inte * tillräckligt', 'tillräckligt bra', '* nog', 'ofullständig*', 'begränsad|begränsade|begränsat', 'oklar|oklara',
    'för ung|gammal|dålig|tyst|tystlåten|blyg|osäker|stel|långsam|ovan|oerfaren|omogen|svag|passiv|lite|få|många|mycket|högt|hög|låg|kort|sent|negativ|ointresserad|stressad|nervös|introvert|pratig|dominant|kvalificerad|försiktigt|vaga|vag|bekväm|självsäker',
    'överkvalificerad*', 'underkvalificerad*', 'svag|svaga|dålig|dåliga|dåligt', 'låg|lågt|låga', 'svårt|svårigheter att', 'svår att', 'lämplighet', 'olämplig*', 'ej lämplig',
    // A fit, or a comparison with others.
    'passar in|inte|bättre', 'passade inte|in', 'uppfyller inte', 'inte rätt', 'matchar inte|teamets', 'meriterade|starkare', 'andra|övriga sökande|kandidater', 'än övriga|andra', 'än de andra', 'än den sökande', 'än du visade|var|verkade', 'jämfört med|mot övriga|andra|de|dem|konkurrenterna|konkurrenternas', 'vinnande|valda|anställda kandidat|kandidaten|kandidatens|sökande|sökandens', 'konkurrent*', 'svagare|sämre än', 'än den vi', 'vi mötte|träffade|intervjuade', 'känslan|känsla av', 'brinner för', 'gnistan', 'för tunn|tunt|kort|smal',
    // Trust, doubt, chemistry and carelessness said of the person (seventh pass).
    'direkt|genast|omedelbart känner|kände förtroende', 'förtroende för dig', 'ingen kemi', 'kemi mellan', 'tvivlar|tvivlade|tvivel', 'tveksamma|tveksam till', 'slarv|slarvig|slarvigt|slarviga', 'präglades|präglas av', 'bytt jobb|arbetsgivare för ofta',
    // The recruiter's own view of the applicant, whatever its words: the applicant as the object of a perception or a comparison, the recruiter as the subject of one (eighth pass).
    'hos|om|än|från dig|dej', 'uppfattade|uppfattar|upplevde|upplever|såg|ser|beskrev|beskriver|bedömde|bedömer|minns|kände|känner dig|dej', 'dig|dej som', 'än din|ditt|dina|vi', 'än vad vi|du', 'än hur vi|du',
    'vi uppfattade|märkte|trodde|tvivlade|oroade|oroar|föreställer', 'vi * uppfattade|såg|kände|upplevde|tyckte|trodde|märkte|saknade|tvivlade|oroade|föreställa', 'vi * * uppfattade|såg|kände|upplevde|tyckte|trodde|märkte|saknade|tvivlade|oroade|föreställa',
    'magkänsla*', 'rätt karaktär|personlighet|stil|framtoning', 'referenserna|referenser beskrev|sa|menade|vittnade', 'föra|för sig|dig', 'din historia|berättelse',
    // The body and the voice as they came across (tenth pass): "ett mer entusiastiskt kroppsspråk", "mindre tvekan i rösten".
    'kroppsspråk*', 'i rösten', 'rösten lät|låter', 'tvekan', 'märktes|syntes|hördes i samtalet|intervjun|mötet', 'som märktes|syntes|hördes', 'lät mer|mindre|för', 'låter mer|mindre|för', 'inövade|inövat|inrepeterade|inrepeterat',
    // What the applicant did or gave, reported.
    'du klarade|svarade|visade|gav|kom|var|hade|gjorde|saknade|ville|kunde', 'du inte klarade|svarade|visade|gav|kom|var|hade|gjorde|saknade|ville|kunde', 'dina svar', 'ditt cv', 'din ansökan',
  ],
  persons: ['du', 'dig', 'dej', 'din', 'ditt', 'dina', 'någon', 'person', 'personen', 'människa', 'individ', 'kandidat|kandidaten|kandidater', 'sökande|sökanden|sökandens', 'sätt|sättet', 'bemötande', 'uppträdande', 'yttre', 'energi|energin|energinivå*', 'kemi'],
  traits: [
    'mer|mindre|bättre|sämre',
    'positiv|positiva|positivt|negativ|negativa|glad|glada|gladare|gladlynt|trevlig|trevligare|lugn|lugna|lugnare|varm|varmare|öppen|öppnare|mogen|mognare|trygg|tryggare',
    'social|sociala|socialt|energisk*|engagerad|engagerade|motiverad|driven|drivande|ambitiös*|noggrann*|strukturerad|lyhörd*|ansvarstagande|pålitlig*|osäker|nervös|tyst|representativ*|prydlig*|vårdat|vårdad|välvårdad*|snygg*',
    'besvärlig*|lättretlig*|kaxig*|dryg|högljudd*|ödmjukhet',
  ],
  openings: ['du', 'dig', 'din', 'ditt', 'dina', 'visade|gav|kom|var|hade|kunde|gjorde|klarade'],
  standards: ['mer|mindre|bättre|sämre än', 'mer|mindre|bättre|sämre * än', 'mer|mindre|bättre|sämre * * än'],
  // "erfarenhet av att coacha personer med lågt självförtroende"; "din erfarenhet var för kort" judges.
  you: ['du', 'dig', 'dej', 'din', 'ditt', 'dina'],
  breaks: ['av', 'om', 'erfarenhet|kunskap|kunskaper inom|med|som|från|i|av|om'],
  // A count or a standard is no comparison ("mer än 50"), a low measure no flaw ("låg frånvaro"), a skill is no trait ("social kompetens").
  except: [
    'låg|lågt|låga frånvaro|sjukfrånvaro|felprocent|felfrekvens|felmarginal|svinnprocent|reklamationsgrad|personalomsättning|ljudnivå',
    'social|sociala|socialt kompetens|förmåga|medier|omsorg|arbete|dokumentation|service', 'personlig assistans|assistent', 'personbil', 'sexuell|sexuella läggning',
  ],
} satisfies PersonalLexicon
