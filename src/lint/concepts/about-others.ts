// What makes a ground word be about someone or something other than the applicant: the head
// of a compound or of a noun phrase (a subject taught, a product, a department, a benefit
// handled, a law), the people the work serves, and words that make what follows the topic of
// the work ("erfarenhet av", "knowledge of"). Data only; text-frame.ts applies it.

/**
 * The words that tell that a ground word is about others, per language.
 * @example
 * ```ts
 * ABOUT_OTHERS.sv.heads.includes('kunskap') // true: religionskunskap is a subject
 * ```
 * @category Lint
 */
export const ABOUT_OTHERS = {
  sv: {
    /** Heads (stems) of compounds and of the next word: the ground word only says which kind. */
    heads: [
      'konst', 'test', 'tester', 'prov', 'prover', 'provtagning', 'friidrott', 'idrott', 'lyft', 'lyftar', 'hissar', 'ikonografi',
      'kunskap', 'undervisning', 'ämne', 'kurs', 'historia', 'vetenskap', 'filosofi', 'psykologi', 'studier', 'lektion',
      'penning', 'bidrag', 'ersättning', 'försäkring', 'ärende', 'handläggning', 'utredning',
      'analys', 'fordringar', 'säsong', 'handel', 'rusch', 'kampanj', 'begravning', 'vigsel', 'bröllop', 'träning', 'simning', 'yoga', 'gymnastik', 'tradition', 'traditioner', 'frisyr', 'evenemang', 'firande', 'middag', 'vikariat', 'vikarie', 'meny', 'måltider', 'kost', 'mat', 'kök', 'församling', 'kyrka', 'stift', 'kontor', 'kontroll', 'hockey', 'fotboll', 'avdelning', 'klubb', 'ceremoni', 'psykiatri', 'medicin', 'forskning', 'kläder', 'mode', 'skor', 'produkt', 'artikel', 'artikl', 'sortiment', 'leksak', 'kollektion', 'hylla', 'butik',
      'boende', 'hem', 'vård', 'omsorg', 'mottagning', 'klinik', 'enhet', 'verksamhet', 'område', 'sektor', 'assistans', 'stöd', 'jour', 'centrum', 'center', 'förskol', 'skola',
      'lag', 'lagen', 'lagstiftning', 'rätt', 'organisation', 'förening', 'förbund', 'nätverk', 'fördelning', 'frågor', 'arbete', 'anpassad', 'anpassade', 'program', 'livsmedel', 'matvaror', 'festival', 'festivalen', 'festivalens', 'parad', 'paraden', 'arrangemang', 'tema', 'teman', 'temat', 'samfund', 'beräkning', 'beräkningar', 'prognos', 'prognoser', 'ansökan', 'ansökningar', 'anpassning', 'rehabilitering', 'återgång', 'terapi', 'behandling', 'begravningar', 'ansökningarna', 'förfrågningar', 'begäran', 'anmälningar', 'erbjudande', 'erbjudanden', 'skyltning', 'reklam', 'marknadsföring',
    ],
    /** People who work with a thing, as the head of a compound only ("modersmålslärare"); as the next word they are the applicant ("manlig förskollärare"). */
    persons: ['lärar', 'lärare', 'pedagog', 'handläggar', 'handläggare', 'utredar', 'utredare', 'läkare', 'sköterska', 'barnmorska', 'kurator', 'psykolog', 'tolk', 'assistent', 'konsulent', 'samordnare', 'rådgivare'],
    /** Colleagues: "medarbetare med funktionsnedsättning" is about them, "kvinnlig medarbetare" about the applicant. */
    colleagues: ['medarbetare', 'anställda', 'kollegor', 'kollega'],
    /** The people a job serves. */
    people: [
      'volontärer*', 'intagen', 'intagna', 'interner', 'fångar', 'seglare*',
      'patient*', 'elev*', 'brukare*', 'unga', 'minoriteter', 'tittare', 'lyssnare', 'läsare', 'kund*', 'boende', 'boendes', 'vårdtagare*', 'klient*', 'deltagare*', 'besökare*', 'gäst*', 'medlemmar*', 'användare*', 'invånare*', 'anhöriga*',
      'familjer*', 'ungdomar*', 'personer*', 'människor*', 'individer*', 'målgrupp*', 'vuxna', 'barn', 'barnen', 'barnens', 'barns', 'äldre', 'resenärer*', 'passagerare*', 'hyresgäster*', 'studenter*', 'flickor', 'pojkar', 'nyanlända', 'asylsökande', 'flykting*', 'migranter*', 'pensionärer*', 'sökande till', 'arbetssökande', 'idrottare', 'spelare', 'par', 'blodgivare*', 'donatorer', 'tonåringar*', 'småbarn', 'spädbarn', 'seniorer*', 'ungdomarna', 'bebisar', 'skolbarn', 'förskolebarn',
    ],
    /** Words after which, with a preposition, the rest is the topic of the work. */
    topics: [
      'forskat', 'forskning', 'forskar', 'avhandling', 'uppsats',
      'vet', 'veta', 'känner', 'prata', 'pratar', 'samtala', 'samtalar', 'samtal', 'erfarenhet', 'erfarenheter', 'erfarenheten', 'kunskap', 'kunskaper', 'kunskapen', 'vana', 'förståelse', 'kännedom', 'intresse', 'utbildning', 'utbildad', 'arbete', 'arbetat', 'arbeta', 'arbetar', 'jobbat', 'jobba', 'jobbar',
      'undervisning', 'undervisat', 'undervisar', 'undervisa', 'studiehandledning', 'handledning', 'delegering', 'delegation', 'assistent', 'assistans', 'skrivit', 'rapporterat', 'handläggning', 'hantering', 'insikt', 'insikter', 'specialisering', 'inriktning', 'inriktningen', 'behörighet', 'expertis', 'kompetens', 'stöd', 'stödja', 'stötta', 'bemöta', 'bemötande', 'möta', 'vårda', 'vård', 'omsorg', 'ta hand',
    ],
    prepositions: ['av', 'om', 'i', 'inom', 'med', 'kring', 'mot', 'för', 'på', 'till', 'åt'],
    /** Topic words that take their object without a preposition. */
    direct: ['forskat', 'forskar', 'forska', 'studerat', 'dokumenterat', 'kurerat', 'installera', 'installerar', 'installerat', 'reparera', 'reparerar', 'serva', 'servar', 'underhålla', 'enligt', 'om', 'angående', 'gällande', 'igenom', 'behandla', 'undersöka', 'undersöker', 'håller', 'hindra', 'hindrar', 'stoppa', 'stoppar', 'neka', 'nekar', 'skydda', 'skyddar', 'handlagt', 'hanterat', 'administrerat', 'utrett', 'beviljat', 'granskat', 'sålt', 'sälja', 'säljer', 'handläggare', 'bevakat', 'bevaka', 'bevakar', 'undervisa', 'undervisar', 'handlägga', 'handlägger', 'hantera', 'hanterar', 'stöttat', 'stöttar', 'hjälpt', 'hjälpa', 'hjälper', 'handlett', 'handleda', 'handleder', 'coachat', 'coacha', 'vårdat', 'vårdar', 'stödja', 'stötta', 'vårda', 'bemöta', 'möta', 'administrera', 'utreda', 'ge', 'ger', 'gett', 'gav', 'dela ut', 'delar ut', 'delat ut', 'assistera', 'assisterar', 'assisterat', 'tolka', 'tolkar', 'tolkat', 'förskriva', 'förskriver', 'förskrivit', 'iordningställa', 'iordningställer', 'iordningställt', 'arrangera', 'arrangerar', 'arrangerat', 'organisera', 'organiserar', 'organiserat', 'samordna', 'samordnar', 'samordnat', 'inriktning', 'inriktningen', 'specialisering', 'fokus'],
    /** Words of a clause about the applicant: between a topic word and a ground word they end the topic. */
    stops: ['du', 'dig', 'din', 'dina', 'ditt', 'är', 'har', 'inte', 'var', 'vara', 'sökande', 'kandidaten', 'utan'],
    /** Prepositions that, in a job title, lead to the place or subject of the work. */
    titlePrepositions: ['i', 'till', 'på', 'inom', 'vid'],
    /** Words that make a ground word in a title about the team the applicant joins after all. */
    team: ['team', 'teamet', 'gäng', 'gänget', 'grupp', 'gruppen', 'kollegor', 'arbetslag'],
    /** Genitive links: "hos", "bland": the ground word belongs to the people that follow. */
    belongs: ['hos', 'bland', 'för', 'av', 'till', 'på'],
  },
  en: {
    heads: [
      'boarding', 'allowance', 'allowances', 'claims', 'accessibility', 'mode', 'modes', 'settings', 'filter', 'filters', 'palette', 'palettes', 'tests', 'testing', 'scans', 'housemistress', 'housemaster',
      'art', 'arts', 'iconography', 'manuscripts', 'mosaics', 'architecture', 'artefacts', 'artifacts', 'lift', 'lifts', 'stairlifts', 'ramps', 'reserves', 'squad',
      'education', 'studies', 'study', 'teaching', 'class', 'classes', 'lesson', 'lessons', 'curriculum', 'history', 'literature', 'course', 'courses',
      'department', 'departments', 'dept', 'ward', 'wards', 'unit', 'units', 'clinic', 'clinics', 'section', 'floor', 'aisle', 'store', 'shop', 'boutique',
      'clothing', 'clothes', 'wear', 'fashion', 'fashions', 'shoes', 'footwear', 'apparel', 'products', 'product', 'range', 'ranges', 'collection', 'collections', 'toys', 'magazine', 'magazines', 'books', 'items',
      'baby', 'babies', 'season', 'rush', 'campaign', 'campaigns', 'relief', 'aid', 'foundation', 'trust', 'council', 'federation', 'mission', 'alliance', 'forum', 'funeral', 'funerals', 'wedding', 'weddings', 'income', 'protection', 'grooming', 'haircuts', 'tradition', 'traditions', 'liaison', 'group', 'groups', 'community', 'dinner', 'celebration', 'celebrations', 'event', 'events', 'fitness', 'tribunal', 'tribunals', 'discrimination', 'meals', 'meal', 'food', 'foods', 'menu', 'menus', 'kitchen', 'cooking', 'diet', 'diets', 'parish', 'church', 'diocese', 'congregation', 'mosque', 'synagogue', 'office', 'control', 'checks', 'verification', 'cover', 'hockey', 'ice', 'soccer', 'basketball', 'handball', 'rugby', 'benefit', 'benefits', 'claim', 'claims', 'employment', 'transfers', 'transfer', 'pay', 'payroll', 'leave', 'allowance', 'allowances', 'insurance', 'pension', 'payments', 'cases', 'casework', 'caseload', 'applications',
      'services', 'service', 'centre', 'centres', 'center', 'centers', 'home', 'homes', 'shelter', 'shelters', 'refuge', 'health', 'hospital', 'nursing', 'midwifery', 'support',
      'law', 'laws', 'act', 'legislation', 'policy', 'policies', 'rights', 'organisation', 'organisations', 'organization', 'organizations', 'association', 'society', 'network', 'charity', 'charities', 'sector', 'field', 'equality', 'football', 'sports', 'league', 'market', 'segment', 'audience', 'audiences', 'debt', 'receivables', 'issues', 'awareness', 'inclusion', 'diversity', 'festival', 'festivals', 'museum', 'choir', 'club', 'clubs', 'gate', 'gates', 'breakdown', 'breakdowns', 'statistics', 'stats', 'data', 'monitoring', 'dashboard', 'dashboards', 'bar', 'bars', 'pub', 'pubs', 'iftar', 'iftars', 'technician', 'technicians', 'mechanic', 'repair', 'repairs', 'certificate', 'certificates', 'accessible', 'parking', 'permit', 'permits', 'yoga', 'pilates', 'brigade', 'guides', 'scouts', 'skincare', 'haircare', 'line', 'lines', 'offender', 'offenders', 'register', 'programme', 'programmes', 'program', 'programs', 'facilities', 'facility', 'ceremony', 'ceremonies', 'outfitter', 'outfitters', 'outfitting', 'tailoring', 'barbering', 'hairdressing', 'toiletries', 'accessories', 'toilets', 'changing', 'psychiatry', 'medicine', 'research', 'studies', 'school', 'schools', 'appropriate', 'friendly', 'care', 'administration', 'management', 'round', 'rounds', 'gathering', 'gatherings', 'venue', 'venues', 'nightclub', 'nightclubs', 'theme', 'themes', 'themed', 'medicines', 'medications', 'drugs', 'groceries', 'grocery', 'queries', 'enquiries', 'inquiries', 'requests', 'request', 'logistics', 'burial', 'burials', 'counselling', 'counseling', 'rehabilitation', 'options', 'matching', 'responses', 'therapy', 'physiotherapy', 'treatment', 'treatments', 'couples', 'promotion', 'promotions', 'offers', 'deals', 'display', 'displays', 'advertising', 'marketing', 'calculations', 'calculation', 'forecasts', 'forecasting',
    ],
    persons: ['nurse', 'nurses', 'teacher', 'teachers', 'midwife', 'midwives', 'worker', 'workers', 'assistant', 'officer', 'specialist', 'therapist', 'counsellor', 'counselor', 'coordinator', 'interpreter', 'advisor', 'adviser', 'practitioner', 'consultant', 'doctor', 'physician', 'psychologist', 'chaplain', 'lead', 'manager'],
    colleagues: ['employees', 'employee', 'staff', 'colleagues', 'colleague', 'co-workers', 'coworkers'],
    people: [
      'volunteers', 'inmates', 'prisoners', 'detainees', 'sailors', 'campers', 'elders',
      'patient*', 'pupil*', 'student*', 'resident*', 'client*', 'customer*', 'user*', 'children', 'child', 'childrens', 'kids', 'people', 'persons', 'individuals', 'guest*', 'visitor*', 'member*', 'families', 'learner*', 'participant*', 'tenant*', 'adults', 'elderly', 'carers', 'passengers', 'travellers', 'travelers', 'shoppers', 'audience*', 'readers', 'athletes', 'players', 'girls', 'boys', 'youth', 'youths', 'minorities', 'viewers', 'listeners', 'audiences', 'refugee*', 'asylum seekers', 'migrants', 'newcomers', 'retirees', 'pensioners', 'claimants', 'survivors', 'victims', 'offenders', 'inmates', 'prisoners', 'jobseekers', 'job seekers', 'couples', 'donors', 'blood donors', 'teenager*', 'teens', 'adolescent*', 'toddler*', 'infant*', 'babies', 'seniors', 'schoolchildren', 'patrons',
    ],
    topics: [
      'outreach',
      'dissertation', 'thesis', 'tours', 'tour',
      'talk', 'talking', 'discuss', 'discussing', 'conversations', 'experience', 'experiences', 'experienced', 'knowledge', 'know', 'learn', 'learning', 'understanding', 'familiarity', 'awareness', 'interest', 'training', 'trained', 'work', 'working', 'worked', 'background', 'expertise', 'specialist', 'specialising', 'specializing', 'specialism', 'qualified', 'qualification', 'qualifications', 'degree', 'insight', 'insights',
      'support', 'supporting', 'supported', 'caring', 'care', 'serving', 'served', 'helping', 'help', 'handling', 'teaching', 'taught', 'processing', 'assisting', 'advising', 'advice', 'assistant', 'assistants', 'reported', 'reporting', 'written', 'writing', 'sensitivity', 'sensitive', 'comfortable', 'confident',
    ],
    prepositions: ['with', 'of', 'in', 'about', 'for', 'within', 'around', 'to', 'across', 'through'],
    direct: ['researched', 'researching', 'research', 'studied', 'studying', 'documented', 'documenting', 'curated', 'curating', 'install', 'installing', 'installed', 'service', 'servicing', 'serviced', 'repair', 'repairing', 'repaired', 'maintain', 'maintaining', 'fitted', 'fitting', 'treating', 'block', 'blocks', 'prevent', 'prevents', 'protect', 'protects', 'refuse', 'refuses', 'deny', 'denies', 'reported', 'reporting', 'handled', 'processed', 'managed', 'administered', 'involving', 'regarding', 'concerning', 'according', 'sold', 'sell', 'selling', 'against', 'taught', 'cover', 'covered', 'covering', 'officer', 'caseworker', 'teach', 'teaches', 'teaching', 'support', 'supporting', 'serve', 'serving', 'handle', 'handling', 'process', 'processing', 'administer', 'administering', 'translate', 'translating', 'translated', 'check', 'checking', 'checked', 'verify', 'verifying', 'verified', 'scan', 'scanning', 'issue', 'issuing', 'issued', 'inspect', 'inspecting', 'renew', 'renewing', 'assess', 'assessing', 'advise', 'advising', 'care', 'caring', 'assist', 'assisting', 'help', 'helping', 'supported', 'helped', 'assisted', 'advised', 'served', 'cared', 'trained', 'training', 'train', 'coached', 'coaching', 'mentored', 'mentoring', 'counselled', 'counseling', 'counselling', 'give', 'gives', 'giving', 'gave', 'delegation', 'dispense', 'dispensed', 'dispensing', 'prescribe', 'prescribed', 'prescribing', 'organise', 'organised', 'organising', 'organize', 'organized', 'organizing', 'coordinated', 'coordinating', 'host', 'hosted', 'hosting', 'specialism', 'specialty', 'speciality', 'focus'],
    stops: ['you', 'your', 'yours', 'are', 'is', 'have', 'not', 'were', 'was', 'be', 'candidate', 'applicant', 'if', 'whether', 'without'],
    titlePrepositions: ['in', 'to', 'at', 'within', 'on', 'of'],
    team: ['team', 'crew', 'group', 'colleagues'],
    belongs: ['of', 'among', 'for', 'to', 'in'],
  },
} as const
