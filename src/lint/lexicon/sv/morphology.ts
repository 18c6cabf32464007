// Swedish words the compound splitter knows, as data: no word list package with a permissive
// licence fits a browser bundle (dictionary-sv is LGPL-3.0 hunspell of several MB). The list
// holds common heads and modifiers of job texts in care, school, retail, warehouse, IT,
// restaurants, the public sector and finance, and the words of the protected grounds. A word
// here is never split itself (bakgrund, omsorg, avdelning are whole words).

/**
 * Irregular Swedish inflections, to the base form the stemmer then reduces.
 *
 * @example
 * SV_IRREGULAR['döttrar'] // 'dotter'
 * @category Lint
 */
export const SV_IRREGULAR: Readonly<Record<string, string>> = {
  män: 'man', männen: 'man', männens: 'man', mäns: 'man',
  döttrar: 'dotter', döttrarna: 'dotter', söner: 'son', sönerna: 'son',
  bröder: 'bror', bröderna: 'bror', brodern: 'bror', broder: 'bror',
  mödrar: 'moder', mödrarna: 'moder', mor: 'moder', modern: 'moder', fäder: 'fader', fäderna: 'fader', far: 'fader', fadern: 'fader',
  händer: 'hand', händerna: 'hand', länder: 'land', länderna: 'land', städer: 'stad', städerna: 'stad',
  fötter: 'fot', fötterna: 'fot', böcker: 'bok', böckerna: 'bok', nätter: 'natt', nätterna: 'natt',
  tänder: 'tand', tänderna: 'tand', möss: 'mus', gäss: 'gås', kor: 'ko', korna: 'ko',
  ögon: 'öga', ögonen: 'öga', öron: 'öra', öronen: 'öra',
  gamla: 'gammal', gamle: 'gammal', gammalt: 'gammal', små: 'liten', lilla: 'liten', litet: 'liten',
  vattnet: 'vatten', vattnen: 'vatten', öknar: 'öken', öknen: 'öken', tecknet: 'tecken', tecknen: 'tecken',
  morgnar: 'morgon', morgonen: 'morgon', morgnarna: 'morgon', exemplet: 'exempel',
  sambon: 'sambo', sambos: 'sambo', sambor: 'sambo',
}

/**
 * Swedish words (base forms) the compound splitter recognises as heads and modifiers.
 *
 * @example
 * SV_WORDS.includes('kunskap') // true
 * @category Lint
 */
export const SV_WORDS: readonly string[] = [
  // Protected grounds and the people around them.
  'ålder', 'kön', 'barn', 'kvinna', 'man', 'dam', 'herr', 'flicka', 'pojke', 'tjej', 'kille', 'förälder', 'mamma', 'pappa',
  'moder', 'fader', 'mor', 'far', 'familj', 'make', 'maka', 'sambo', 'partner', 'graviditet', 'gravid', 'föräldraskap',
  'religion', 'tro', 'kyrka', 'moské', 'synagoga', 'bön', 'gud', 'präst', 'imam', 'rabbin', 'muslim', 'kristen', 'jude', 'slöja',
  'hud', 'färg', 'ras', 'etnicitet', 'ursprung', 'invandrare', 'utlänning', 'utland', 'modersmål', 'språk', 'dialekt', 'brytning',
  'medborgare', 'medborgarskap', 'nationalitet', 'pass', 'land', 'hemland', 'svensk', 'svenska', 'engelska', 'sjuk', 'sjukdom',
  'handikapp', 'funktion', 'funktionsnedsättning', 'hörsel', 'syn', 'rullstol', 'diagnos', 'hälsa', 'äldre', 'ung', 'ungdom',
  'gammal', 'senior', 'junior', 'pension', 'pensionär', 'sexualitet', 'läggning', 'hbtq', 'homo', 'trans', 'identitet',
  'person', 'människa', 'individ', 'vuxen', 'student', 'elev', 'patient', 'brukare', 'kund', 'gäst', 'klient', 'medlem', 'invånare',
  'medborgare', 'bebis', 'spädbarn', 'tonåring', 'unge',
  'spädbarn', 'barnbarn', 'syskon', 'släkt', 'styvbarn', 'bonusbarn', 'fosterbarn', 'tvilling', 'änka', 'skilsmässa', 'amning',
  'högtid', 'helgdag', 'påsk', 'sabbat', 'ramadan', 'hår', 'öga', 'accent', 'generation', 'tonår', 'årskull', 'hörapparat',
  'allergi', 'astma', 'diabetes', 'epilepsi', 'depression', 'rygg', 'hjärta', 'psyke', 'stress', 'hemspråk', 'hemort',
  // Time and work patterns.
  'dag', 'natt', 'kväll', 'morgon', 'helg', 'vecka', 'månad', 'år', 'timme', 'tid', 'pass', 'skift', 'schema', 'jour', 'beredskap',
  'semester', 'ledighet', 'ledig', 'frånvaro', 'närvaro', 'övertid', 'deltid', 'heltid', 'sommar', 'vinter', 'höst', 'vår', 'jul',
  // Work, roles and places.
  'arbete', 'arbetare', 'arbetsgivare', 'arbetstagare', 'jobb', 'tjänst', 'roll', 'uppdrag', 'uppgift', 'ansvar', 'ansvarig',
  'chef', 'ledare', 'ledning', 'ledarskap', 'grupp', 'team', 'personal', 'medarbetare', 'kollega', 'assistent', 'biträde', 'handläggare',
  'handledare', 'samordnare', 'koordinator', 'administratör', 'administration', 'sekreterare', 'receptionist', 'reception',
  'konsult', 'specialist', 'expert', 'rådgivare', 'rådgivning', 'analytiker', 'analys', 'utvecklare', 'utveckling', 'tekniker', 'teknik',
  'support', 'service', 'drift', 'projekt', 'avdelning', 'enhet', 'sektion', 'kontor', 'lokal', 'plats', 'miljö', 'bakgrund',
  'erfarenhet', 'kompetens', 'kunskap', 'färdighet', 'utbildning', 'examen', 'betyg', 'behörighet', 'legitimation', 'certifikat',
  'körkort', 'intyg', 'krav', 'lön', 'ersättning', 'bidrag', 'penning', 'försäkring', 'förmån', 'avtal', 'anställning', 'vikarie',
  'praktik', 'praktikant', 'lärling', 'trainee', 'mentor', 'introduktion', 'möte', 'kurs', 'program', 'gräns', 'nivå', 'kategori',
  'ingenjör', 'montör', 'operatör', 'licens', 'tillägg', 'arbetsuppgift', 'vaktmästare', 'bagare', 'konditor', 'frisör',
  'lokalvårdare', 'vårdare', 'stödjare', 'behandlare', 'socionom', 'sjukgymnast', 'arbetsterapeut', 'dietist', 'väktare',
  'plockare', 'inköpare', 'speditör', 'controller', 'programmerare', 'säljare', 'ombud', 'ort',
  // Care.
  'vård', 'omsorg', 'boende', 'hem', 'sköterska', 'undersköterska', 'skötare', 'läkare', 'doktor', 'tandläkare', 'sjukhus',
  'klinik', 'mottagning', 'central', 'avdelning', 'hemtjänst', 'assistans', 'stöd', 'hjälp', 'insats', 'psykolog', 'kurator',
  'terapeut', 'fysioterapeut', 'barnmorska', 'förlossning', 'vaccination', 'medicin', 'läkemedel', 'journal', 'omvårdnad', 'rehabilitering',
  // School.
  'skola', 'förskola', 'lärare', 'pedagog', 'rektor', 'klass', 'undervisning', 'ämne', 'lektion', 'läxa', 'fritid',
  'gymnasium', 'universitet', 'högskola', 'forskning', 'forskare', 'studie', 'prov', 'kunskap', 'bibliotek', 'idrott', 'slöjd',
  'matematik', 'historia', 'samhälle', 'rum', 'måltid', 'gymnasium', 'sjuksköterska', 'sjukvård', 'hälsovård', 'tandvård',
  // Retail and warehouse.
  'butik', 'affär', 'kassa', 'kassör', 'säljare', 'försäljning', 'sortiment', 'vara', 'hylla', 'kläder', 'klädsel', 'mode',
  'sko', 'lager', 'truck', 'förare', 'chaufför', 'packning', 'order', 'leverans', 'transport', 'logistik', 'frakt',
  'terminal', 'pall', 'paket', 'inköp', 'import', 'export', 'golv', 'avdelning', 'varuhus', 'köpcentrum', 'kedja',
  // IT.
  'system', 'data', 'databas', 'nätverk', 'säkerhet', 'server', 'moln', 'kod', 'test', 'testare', 'webb', 'app', 'design',
  'designer', 'arkitekt', 'plattform', 'program', 'mjukvara', 'hårdvara', 'dator', 'telefon', 'användare', 'konto', 'lösenord',
  // Restaurants.
  'restaurang', 'kök', 'kock', 'servitör', 'servitris', 'meny', 'mat', 'rätt', 'disk', 'diskare', 'bar', 'café', 'kafé', 'bageri',
  'hotell', 'städare', 'städning', 'servering', 'lunch', 'middag', 'frukost', 'kyckling', 'fläsk', 'kött', 'fisk', 'alkohol',
  // Public sector.
  'kommun', 'region', 'myndighet', 'förvaltning', 'nämnd', 'beslut', 'ärende', 'ansökan', 'register', 'tillstånd', 'social',
  'socialtjänst', 'tjänstgöring', 'socialsekreterare', 'polis', 'tull', 'räddning', 'brand', 'bygg', 'fastighet', 'park', 'gata', 'trafik',
  'bistånd', 'livsmedel', 'demens', 'tillhörighet', 'situation', 'status', 'född', 'utrikes', 'inrikes', 'tolk', 'översättare', 'kommunikation', 'information', 'integration', 'etablering', 'mottagande', 'flykting', 'asyl',
  // Finance.
  'ekonomi', 'ekonom', 'redovisning', 'revisor', 'revision', 'bank', 'lån', 'kredit', 'risk', 'fond', 'aktie', 'skatt', 'moms',
  'faktura', 'budget', 'rapport', 'bokföring', 'premie', 'sparande', 'kapital', 'placering', 'försäkring', 'handel',
  // Common modifiers (adjective and verb stems).
  'liten', 'kort', 'gods', 'förnamn', 'efternamn',
  'anspråk', 'yrke', 'belastning', 'friskvård', 'kyrkogård', 'mångfald', 'motvikt', 'födelse', 'hygien', 'akut', 'civil',
  'kalender', 'himmel', 'färd', 'antal', 'bokning', 'skattsedel', 'sedel', 
  'kvinnlig', 'manlig', 'hr', 'it', 'el', 'natur', 'kultur', 'namn', 'förhållande', 'tecken', 'ansökning', 'post',
  'musik', 'sport', 'marknad', 'reklam', 'media', 'press', 'resa', 'flyg', 'tåg', 'buss', 'bil', 'fordon', 'verkstad', 'mekaniker',
  'elektriker', 'snickare', 'målare', 'trädgård', 'djur', 'hund', 'kontroll', 'kvalitet', 'produktion', 'fabrik', 'maskin',
]

/**
 * Swedish words that look like compounds but must not be split: their meaning is not their last
 * part (avgift is a fee, not poison; sjukdom an illness; modersmål a language).
 *
 * @example
 * SV_SIMPLEX.includes('avgift') // true
 * @category Lint
 */
export const SV_SIMPLEX: readonly string[] = [
  'avgift', 'utgift', 'medgift', 'giftermål', 'sjukdom', 'ungdom', 'barndom', 'ålderdom', 'kristendom', 'rikedom',
  'modersmål', 'medborgare', 'medborgarskap', 'fritid', 'kunskap', 'bakgrund', 'omsorg', 'avdelning', 'ursprung', 'person',
  'personal', 'lärare', 'svenska', 'engelska', 'kvinnlig', 'manlig', 'handikapp', 'förälder', 'föräldrar', 'läggning', 'terrass',
  'kontroll', 'protokoll', 'station', 'pension', 'religion', 'semester', 'fotograf', 'paragraf', 'telegraf', 'sambo', 'familj',
  'hemland', 'utland', 'inland', 'mandat', 'kandidat', 'soldat', 'advokat', 'kommunal', 'regional', 'nationell', 'barnslig', 'kompass', 'radbrytning', 'porträtt', 'föreskriva', 'förhålla', 'eftergift', 'tillgift', 'erbjuda', 'erbjudande', 'motsvara', 'motsvarande', 'frånvarande', 'vardag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'ordning', 'lösning', 'tidning', 'bostad', 'ledamot', 'regering', 'mandarin', 'kassör', 'program',
]

/**
 * Swedish combining forms a rule cannot derive from the base form, to that base form
 * (föräldra- in föräldrapenning, mödra- in mödravård).
 *
 * @example
 * SV_COMBINING['föräldra'] // 'förälder'
 * @category Lint
 */
export const SV_COMBINING: Readonly<Record<string, string>> = {
  föräldra: 'förälder', mödra: 'moder', moders: 'moder', faders: 'fader', fars: 'fader', mors: 'moder', barna: 'barn',
  äldre: 'äldre', ålders: 'ålder', köns: 'kön', mans: 'man', manna: 'man', kvinno: 'kvinna', flick: 'flicka', pojk: 'pojke',
  människo: 'människa', gatu: 'gata', kyrko: 'kyrka', vecko: 'vecka', sjuk: 'sjuk',
  fritids: 'fritid', skol: 'skola', förskole: 'förskola', förskol: 'förskola', arbets: 'arbete', morgon: 'morgon', gymnasie: 'gymnasium', kläd: 'kläder',
}

/**
 * Swedish heads that name a person: a compound of a ground word and one of these is about a
 * person on that ground (transperson, invandrarkvinna), not about something else.
 *
 * @example
 * SV_PERSON_HEADS.includes('person') // true
 * @category Lint
 */
export const SV_PERSON_HEADS: readonly string[] = [
  'person', 'människa', 'individ', 'kvinna', 'man', 'kille', 'tjej', 'flicka', 'pojke', 'dam', 'herre', 'medarbetare', 'anställd',
  'sökande', 'kandidat', 'kollega', 'arbetstagare', 'förälder', 'mamma', 'pappa', 'mor', 'far', 'moder', 'fader', 'make', 'maka',
  'par', 'familj', 'barn', 'son', 'dotter', 'vuxen', 'ungdom', 'student', 'praktikant', 'lärling', 'vikarie', 'pensionär',
]

/**
 * Swedish heads that name a property a person has: a compound of a ground word and one of
 * these is still about that ground (åldersgräns, könsidentitet, religionstillhörighet,
 * invandrarbakgrund, födelseland).
 *
 * @example
 * SV_ATTRIBUTE_HEADS.includes('tillhörighet') // true
 * @category Lint
 */
export const SV_ATTRIBUTE_HEADS: readonly string[] = [
  'bakgrund', 'tillhörighet', 'identitet', 'gräns', 'status', 'situation', 'läggning', 'uttryck', 'ursprung', 'härkomst', 'land',
  'år', 'ort', 'dag', 'datum', 'nummer', 'färg', 'grupp', 'kategori', 'krav', 'spann', 'intervall', 'nivå', 'övertygelse',
  'språk', 'dialekt', 'brytning', 'nationalitet', 'medborgarskap', 'förhållande', 'förhållanden', 'planer', 'plan', 'önskan',
]

/**
 * Swedish words that stand only in front in a compound, never as its head: verb stems and
 * adjectives (säljchef, plocktruck, nattskift's natt is a noun and stands in SV_WORDS).
 *
 * @example
 * SV_MODIFIERS.includes('sälj') // true
 * @category Lint
 */
export const SV_MODIFIERS: readonly string[] = [
  'sälj', 'plock', 'pack', 'städ', 'kör', 'skriv', 'läs', 'styr', 'mät', 'tvätt', 'bak', 'sök', 'lag', 'kyl', 'frys', 'kläm', 'lär',
  'ny', 'stor', 'hög', 'låg', 'lång', 'fri', 'hel', 'halv', 'extra', 'huvud', 'special', 'fast', 'inre', 'yttre', 'små', 'tre',
  'två', 'andra', 'första', 'akut', 'civil', 'mörk', 'ljus', 'svart', 'vit', 'röd', 'grön', 'blå', 'gul', 'snabb', 'enkel', 'dubbel',
]

/**
 * Swedish words that are never a compound's part here (prepositions, particles, conjunctions,
 * pronouns, auxiliaries): a concept table's phrases hold them ("född före", "kommer från"), and
 * as parts they would split behöver, därefter, tillsammans.
 *
 * @example
 * SV_FUNCTION_WORDS.includes('över') // true
 * @category Lint
 */
export const SV_FUNCTION_WORDS: readonly string[] = [
  'över', 'under', 'efter', 'före', 'innan', 'till', 'från', 'ifrån', 'som', 'samma', 'eller', 'och', 'mellan', 'med', 'mot', 'utan',
  'inom', 'genom', 'bland', 'hos', 'för', 'upp', 'ner', 'ned', 'fram', 'bort', 'hem', 'hemma', 'inte', 'även', 'också', 'bara', 'redan',
  'har', 'hade', 'är', 'var', 'varit', 'vara', 'blir', 'blev', 'kan', 'ska', 'skall', 'vill', 'måste', 'får', 'går', 'kommer',
  'din', 'ditt', 'dina', 'min', 'mitt', 'mina', 'sin', 'sitt', 'sina', 'vilken', 'vilket', 'vilka', 'annan', 'annat', 'andra',
  'när', 'hur', 'vad', 'vem', 'där', 'här', 'max', 'högst', 'minst', 'eller', 'samt', 'både', 'antingen', 'någon', 'något', 'några',
]
