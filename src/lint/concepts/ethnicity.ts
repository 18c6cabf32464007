import type { Concept } from './concept.js'

// Origins named by an adjective: with a word of descent they ask about ethnicity ("arabisk bakgrund", "Somali community").
const ORIGIN_SV = 'arabisk|arabiska|somalisk|somaliska|kurdisk|kurdiska|persisk|persiska|iransk|iranska|turkisk|turkiska|polsk|polska|afrikansk|afrikanska|asiatisk|asiatiska|latinamerikansk|latinamerikanska|östeuropeisk|östeuropeiska|nordisk|nordiska|europeisk|europeiska|svensk|svenska|etnisk|etniska|utomeuropeisk|utomeuropeiska|romsk|romska|samisk|samiska|judisk|judiska|syrisk|syriska|eritreansk|eritreanska'
const ORIGIN_EN = 'arab|arabic|somali|kurdish|persian|iranian|turkish|polish|african|asian|latino|latina|hispanic|eastern|southern|nordic|scandinavian|european|swedish|british|english|roma|sami|syrian|eritrean|chinese|indian|pakistani|caribbean'

export default [
  { id: 'citizenship', ground: 'ethnicity', sv: ['medborgare', 'medborgaren', 'medborgarskap*', 'nationalitet*', 'medborgarskapet'], en: ['nationality', 'nationalities', 'citizen', 'citizens', 'citizenship'], except: ['medborgarservice', 'citizen services|service|science|journalism', 'senior citizens', 'medborgarkontor*', 'different|many|mixed|various|multiple nationalities', 'olika nationaliteter', 'or are an eu citizen', 'or an eu citizen', 'eller är eu medborgare', 'eller eu medborgare|medborgarskap'] },
  {
    id: 'passport', ground: 'ethnicity',
    sv: ['vilket|vilka lands pass', 'lands pass', 'svenskt|utländskt|eu pass', 'pass från', 'passland*', 'pass utfärdat', 'passet utfärdat', 'ditt pass|passnummer', 'passnummer*'],
    en: ['passport*', 'which country s passport', 'passport country|nationality'],
    except: ['valid passport', 'passport for travel|business|work|trips|international|overseas', 'passport office|control|controls|check|checks'],
  },
  { id: 'origin-adjective', ground: 'ethnicity', sv: [`${ORIGIN_SV} bakgrund|härkomst|ursprung|gemenskap|gemenskapen|församling|diaspora*`], en: [`${ORIGIN_EN} background|heritage|origin|descent|community|communities|diaspora|extraction`] },
  { id: 'ethnic-origin', ground: 'ethnicity', sv: ['etnisk*', 'etnicitet*', 'ras', 'raser', 'hudfärg*', 'härkomst', 'ursprung', 'ursprunget', 'ursprungsland*', 'utländsk|svensk|invandrar|annan bakgrund', 'invandrarbakgrund', 'utländsk härkomst', 'svensk härkomst', 'svenskfödd*', 'utlandsfödd*', 'etniskt svensk'], en: ['ethnic*', 'race', 'racial', 'skin colour|color', 'immigrant*', 'immigration background', 'foreign|swedish|immigrant|ethnic background', 'heritage', 'ancestry', 'of swedish|foreign descent'], except: ['race condition*|track|tracks|car|cars|day|engineer|engineers|driver|drivers|team|horse|horses|mechanic|mechanics|series|circuit|weekend|weekends|results', 'alla|olika|flera raser', 'hund|katt ras|raser', 'rat race', 'for immigrants', 'svenska för invandrare', 'etniska kläder', 'kulturarv', 'heritage site*|sites|building*|buildings|sector|organisation*'] },
  {
    id: 'birthplace', ground: 'ethnicity',
    sv: ['födelseland*', 'födelseort*', 'född|födda i', 'var är du född', 'var föddes du', 'land kommer du från|ifrån', 'var kommer du från|ifrån', 'kommer du ursprungligen', 'kommer du ifrån', 'var växte du upp', 'växte du upp i', 'var är du uppvuxen', 'född|födda utomlands|utanför', 'född och uppvuxen', 'uppvuxen i sverige', 'född i sverige', 'personnummer sedan|sen födseln', 'sedan|sen födseln', 'är du från', 'är du svensk|svenska|invandrare|utlänning', 'utlänning*', 'svensk eller utländsk', { match: 'svensk|utländsk|nordisk|utomnordisk|utomeuropeisk', only: ['value'] }, 'från östeuropa|mellanöstern|afrika|asien|balkan', 'nordiskt|svenskt|exotiskt|skandinaviskt utseende'],
    en: ['country of birth|origin', 'place of birth', 'birthplace', 'where were you born', 'born in', 'which|what country are you from', 'where are you from', 'where do you come from', 'country do you come from', 'originally from', 'born abroad|outside', 'born and raised|bred', 'since birth', 'where did you grow up', 'grow up in which|what', 'are you from', 'are you swedish|british|english|foreign', 'are you an immigrant', 'colour|color of your skin', 'colour|color is your skin', 'foreigner', 'foreigners', { match: 'british|american|foreign|nordic', only: ['value'] }, { match: 'non swedish|nordic|eu|british', only: ['value'] }, 'originally come|came|comes from', 'your family come|comes|originally', 'from eastern europe|the middle east|africa|asia|the balkans', 'nordic|scandinavian|swedish|european|exotic|western look|looks|appearance'],
    except: ['born in #', 'born in the # s', 'svensk|svenska medborgare|medborgarskap|pass', 'swedish|british citizen|citizens|citizenship|passport'],
  },
  {
    id: 'parents-origin', ground: 'ethnicity', framed: true,
    sv: ['dina|era föräldrar födda', 'föräldrar|föräldrarna födda', 'föräldrars|föräldrarnas födelseland*|ursprung|hemland|nationalitet|bakgrund|modersmål', 'föräldrar|föräldrarna kommer från|ifrån', 'kommer dina föräldrar', 'är dina föräldrar', 'är dina föräldrar födda', 'var är dina|era föräldrar', 'dina föräldrars', 'båda föräldrarna födda', 'utrikes födda föräldrar', 'utlandsfödda föräldrar', 'föräldrar|föräldrarna är födda', 'mina föräldrar är'],
    en: ['parents born', 'parents were born', 'parents birth country|place|countries', 'parents birthplace*', 'parents country|place of birth', 'parents nationality|origin|ethnicity|heritage|background|birthplace', 'where are|were your parents', 'your parents from', 'parents come from', 'parents from', 'born to foreign|immigrant parents', 'foreign born parents'],
  },
  {
    id: 'schooling-country', ground: 'ethnicity', framed: true,
    sv: ['land gick du i skolan|grundskolan|gymnasiet', 'gått i skolan|grundskolan|gymnasiet i sverige|utomlands', 'gick du i skolan|grundskolan|gymnasiet i sverige|utomlands', 'svensk skolgång', 'skolgång i sverige|utomlands', 'utländsk skolgång', 'utländsk examen|utbildning|skolgång', 'utländska betyg', 'svenska betyg', 'svenskt gymnasiebetyg', 'vilket land studerade du', 'land studerade|pluggade du', 'land tog du examen', 'skolad i', 'land gick du i', 'land har du gått', 'utländska examina', 'från svensk|svenskt skola|lärosäte|gymnasium|universitet|högskola', 'examen från svensk|svenskt', 'i svensk skola', 'svensk skola sedan', 'sedan lågstadiet|förskolan|mellanstadiet', 'examen från utlandet', 'utländskt universitet|lärosäte|gymnasium', 'utländsk högskola'],
    en: ['country did you go to school|study', 'country did you attend school|study', 'schooled in', 'educated in sweden|abroad|the', 'foreign degree*|education|qualification*|diploma*', 'degree from abroad', 'swedish schooling', 'school in sweden', 'went to school in', 'attend school in', 'studied abroad', 'domestic degree', 'country did you complete|finish|attend|go|do', 'schooling in sweden|abroad|the', 'all your schooling', 'degree obtained|earned outside|abroad', 'foreign university|college|institution|school', 'degree from a foreign|abroad', 'obtained outside|abroad', 'educated outside'],
    except: ['validerad|bedömd|bedömts|validerats av uhr', 'utländsk examen som', 'recognised|validated|evaluated by', 'or equivalent foreign', 'foreign degree been|evaluated|recognised|recognized|validated'],
  },
  { id: 'mother-tongue', ground: 'ethnicity', sv: ['modersmål*', 'förstaspråk*'], en: ['mother tongue', 'native language*', 'first language'], except: ['modersmålsundervisning*', 'modersmålslärare*', 'modersmålsstöd*'] },
  {
    id: 'home-language', ground: 'ethnicity', framed: true,
    sv: ['hemspråk*', 'språk talar ni|du hemma', 'språk talas hemma', 'talar ni hemma', 'språk pratar ni hemma', 'pratar ni hemma', 'språk hemma', 'vilket språk växte du upp med', 'språk i hemmet', 'språk talades|pratades', 'ditt hem under uppväxten'],
    en: ['home language*', 'language* spoken at home', 'speak at home', 'language at home', 'languages at home', 'language do you speak at home', 'language did you grow up', 'language you grew up'],
  },
  {
    id: 'native-speaker', ground: 'ethnicity',
    sv: ['infödd*', 'brytning', 'utan brytning', 'modersmålsnivå', 'infödd nivå', 'som en infödd', 'accent', 'svensk brytning'],
    en: ['native speaker*', 'native * speaker*', 'native level|like|fluency|proficiency|english|swedish', 'native born', 'accent', 'accents', 'without an accent', 'no accent', 'accent free', 'accentfree'],
    except: ['native app|apps|code|mobile|integration|plants|species|ios|android', 'infödda arter'],
  },
  {
    id: 'nationality-of-worker', ground: 'ethnicity',
    sv: ['svensk|svenska|polsk|polska|polske|rumänsk|rumänska|litauisk|litauiska|baltisk|baltiska|ukrainsk|ukrainska|thailändsk|thailändska|östeuropeisk|östeuropeiska|utländsk|utländska|svenskfödd|svenskfödda|etniskt snickare|byggare|arbetare|hantverkare|städare|kockar|kock|plåtslagare|målare|chaufförer|förare|personal|medarbetare|sjuksköterskor|barnflicka|au'],
    en: ['polish|romanian|lithuanian|baltic|ukrainian|thai|filipino|foreign carpenters|carpenter|builders|builder|workers|worker|cleaners|cleaner|cooks|cook|drivers|driver|staff|nannies|nanny|labourers|labourer', 'eastern european workers|worker|staff|carpenters|builders|cleaners|drivers', 'british|english|swedish born', 'swede', 'swedes', 'ethnic swede*', 'native swede*'],
  },
  { id: 'name', ground: 'ethnicity', readOnly: true, sv: ['namn|namnet|efternamn*|förnamn*'], en: [{ match: 'name|address', only: ['name'] }, 'surname|surnames|forename|forenames', 'first|last|family|full|your name'], except: ['namn på', 'namn och telefon*|nummer|e-post|mejl', 'namn till', 'referens*', 'om du vill', 'name of', 'name and phone|number|email', 'reference*', 'optional'] },
  { id: 'photo', ground: 'ethnicity', readOnly: true, sv: ['foto*|fotografi*|bild|porträtt*'], en: ['photo|photos|photograph|headshot|portrait', 'photo|picture of yourself'], except: ['photo editing|editor|editors|shoot|shoots|studio|retouching|equipment', 'fotograf', 'fotografer', 'foto och video'] },
  { id: 'address', ground: 'ethnicity', readOnly: true, sv: ['postnummer*|postort|bostadsområde*|adress|adressen|hemadress'], en: ['postcode|zip|neighbourhood|neighborhood', 'post|postal|zip code', 'home|your|street address'] },
] satisfies readonly Concept[]
