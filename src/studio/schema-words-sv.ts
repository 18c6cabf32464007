// The criteria schema's descriptions in Swedish, for the editor's completion and hover docs on
// a Swedish page. Keyed by the schema's English description (criteria/schema.ts): a description
// that changes there, or a new one, fails test/studio/schema-help.test.ts until it is said here too.

/** The schema's descriptions in Swedish, by their English text. */
export const SCHEMA_SV: Readonly<Record<string, string>> = {
  'The requirements of one job, screened by autoscreen.':
    'Kraven för en tjänst, som autoscreen bedömer ansökningar mot.',
  'Path or URL of this JSON Schema, for editors.': 'Sökväg eller adress till det här JSON-schemat, för editorer.',
  'Criteria file format version.': 'Versionen av kriteriefilens format.',
  'Id of the rule set, e.g. frontend-developer.': 'Id för kriterierna, till exempel lagerarbetare-jonkoping.',
  'Version of the rule set, recorded in every audit entry.': 'Kriteriernas version, som antecknas i varje beslut.',
  'Default message language.': 'Meddelandenas språk när den sökande inte har valt något.',
  'The job title, or one per language: { sv: Undersköterska, en: Assistant nurse }.':
    'Tjänstens titel, eller en per språk: { sv: Undersköterska, en: Assistant nurse }.',
  'Text per language: sv (Swedish) and/or en (English).': 'Text per språk: sv (svenska) och/eller en (engelska).',
  'Swedish text': 'Text på svenska',
  'English text': 'Text på engelska',
  'Last day (or instant) to apply, in the job time zone. A date means the end of that day.':
    'Sista dag (eller tidpunkt) att söka, i tjänstens tidszon. Ett datum betyder slutet av den dagen.',
  'IANA time zone of the job, e.g. Europe/Stockholm.': 'Tjänstens tidszon enligt IANA, till exempel Europe/Stockholm.',
  'Where candidates can follow the company: an https: (or mailto:) address.':
    'Var sökande kan följa företaget: en https:-adress (eller mailto:).',
  'Lint findings reviewed and accepted here, each with a reason, e.g. [{ finding: protected-ground:family, reason: "barn- och babyartiklar is a product range" }].':
    'Fynd från granskningen som någon har gått igenom och godkänt här, vart och ett med ett skäl, till exempel [{ finding: protected-ground:family, reason: "barn- och babyartiklar är ett sortiment" }].',
  'The finding, as the lint names it: protected-ground:<ground>, protected-question:<ground>, personal-reason, unused-field, duplicate-rule …':
    'Fyndet, som granskningen kallar det: protected-ground:<grund>, protected-question:<grund>, personal-reason, unused-field, duplicate-rule …',
  'Why this is not a problem here, for whoever reviews the file next.':
    'Varför det inte är ett problem här, för den som granskar filen nästa gång.',
  'The application answers rules may read.': 'Svaren i ansökan som reglerna får läsa.',
  'An application answer that rules may read.': 'Ett svar i ansökan som reglerna får läsa.',
  'What the application form asks, per language.': 'Vad ansökningsformuläret frågar, per språk.',
  'Notes for recruiters; never shown to candidates.': 'Anteckningar för rekryterare; visas aldrig för sökande.',
  'Smallest accepted answer; a smaller one makes the answer invalid (human review).':
    'Minsta svar som godtas; ett mindre svar är ogiltigt och bedöms av en människa.',
  'Largest accepted answer.': 'Största svar som godtas; ett större svar är ogiltigt och bedöms av en människa.',
  'Longest accepted answer (default 10,000 characters).': 'Längsta svar som godtas (annars 10 000 tecken).',
  'Texts that mean "no answer" ("N/A", "-", "vet ej"), read as unanswered so that a person looks instead of a rule reading them. Default: the common ones in Swedish and English (and any text with no letter or digit). A list replaces the default; false reads every text as an answer. A text your rules compare this field with is always an answer.':
    'Texter som betyder ”inget svar” (”N/A”, ”-”, ”vet ej”) och räknas som obesvarade, så att en person tittar i stället för att en regel läser dem. Annars de vanliga på svenska och engelska (och varje text utan bokstav eller siffra). En lista ersätter dem; false räknar varje text som ett svar. En text som dina regler jämför frågan med är alltid ett svar.',
  'Earliest accepted date, or "today" (the day of the decision, in the job time zone). An earlier answer is invalid: a person reviews it.':
    'Tidigaste datum som godtas, eller "today" (dagen för beslutet, i tjänstens tidszon). Ett tidigare svar är ogiltigt: en person bedömer det.',
  'Latest accepted date, or "today": a graduation or an employment start cannot be in the future.':
    'Senaste datum som godtas, eller "today": en examen eller en anställnings början kan inte ligga i framtiden.',
  'Another date field this answer must not be before, e.g. an employment end not before its start.':
    'En annan datumfråga som svaret inte får ligga före, till exempel att en anställning inte slutar innan den börjar.',
  'Another date field this answer must not be after.': 'En annan datumfråga som svaret inte får ligga efter.',
  'The answers the form offers. An answer matches regardless of case and accents, and is read with the spelling given here.':
    'Svarsalternativen i formuläret. Ett svar stämmer oavsett stora och små bokstäver och accenter, och läses med stavningen här.',
  'How each option reads per language, e.g. { B: { sv: B-körkort, en: category B driving licence } }; used when a reason quotes the options.':
    'Hur varje alternativ lyder per språk, till exempel { B: { sv: B-körkort, en: category B driving licence } }; används när ett skäl citerar alternativen.',
  'Options that always need a person, e.g. [Annan motsvarande utbildning]: an answer among them is never decided automatically where it matters.':
    'Alternativ som alltid behöver en person, till exempel [Annan motsvarande utbildning]: ett sådant svar avgörs aldrig automatiskt där det spelar roll.',
  'What the reviewer should check when an answer is among reviewValues; never shown to candidates.':
    'Vad den som bedömer ska kontrollera när svaret är ett av reviewValues; visas aldrig för sökande.',
  'If set, every item must be one of these (matched regardless of case and accents).':
    'Om den finns måste varje val vara ett av dessa (oavsett stora och små bokstäver och accenter).',
  'Most items accepted (default 200).': 'Flest val som godtas (annars 200).',
  'Unique id, used in results, reports and test files.': 'Unikt id, som används i resultat, rapporter och testfiler.',
  'A JSON Logic rule over the declared fields, e.g. {">=": [{"var": "experienceYears"}, 3]}.':
    'En JSON Logic-regel över frågorna i fields, till exempel {">=": [{"var": "erfarenhetAr"}, 3]}.',
  'A JSON Logic condition: the criterion applies only when it holds; otherwise it is skipped and its fields are not needed. It reads answers as given: an option for a person is that option here.':
    'Ett villkor i JSON Logic: kriteriet gäller bara när villkoret är uppfyllt; annars hoppas det över och dess frågor behövs inte. Villkoret läser svaren som de är givna: ett alternativ som en person bedömer är här just det alternativet.',
  'true: a knockout requirement; unmet means the application is rejected.':
    'true: ett skallkrav; är det inte uppfyllt avböjs ansökan.',
  'Points a preferred (not required) criterion adds to the score when met.':
    'Poäng som ett meriterande kriterium (inget krav) ger när det är uppfyllt.',
  'If this is the only unmet requirement, the candidate is kept in the talent pool as a near miss.':
    'Om detta är det enda kravet som inte är uppfyllt sparas den sökande i kandidatbanken som ett nära ja.',
  'Candidate-facing wording of the requirement (not of the person), e.g. "at least {{min}} years of professional experience with frontend development". {{min}}, {{max}}, {{value}}, {{values}}, {{count}}, {{level}} and {{date}} quote the rule\'s own values.':
    'Kravet som den sökande läser det (kravet, inte personen), till exempel "minst {{min}} års erfarenhet av lagerarbete". {{min}}, {{max}}, {{value}}, {{values}}, {{count}}, {{level}} och {{date}} citerar regelns egna värden.',
  'Why the job needs it, apart from the requirement: "home visits are made by car". Shown after the requirement in a rejection, never in the talent-pool message.':
    'Varför tjänsten behöver det, utöver själva kravet: "hembesöken görs med bil". Visas efter kravet i ett avslag, aldrig i meddelandet om kandidatbanken.',
  'What a candidate can do to meet it next time: "the licence is taken at a driving school". Shown to candidates who did not meet it.':
    'Vad den sökande kan göra för att uppfylla kravet nästa gång: "körkortet tas på en trafikskola". Visas för sökande som inte uppfyllde det.',
  'Recruiter-facing note; never shown to candidates.': 'Anteckning för rekryterare; visas aldrig för sökande.',
  'When an answer this criterion reads is missing: review (a human decides; default), reject (counts as unmet), skip (the criterion is skipped and counts neither way).':
    'När ett svar som kriteriet läser saknas: review (en människa avgör; standard), reject (räknas som inte uppfyllt), skip (kriteriet hoppas över och räknas varken för eller emot).',
  'Why a criterion that reads a protected ground or a proxy for one is lawful and necessary for the job.':
    'Varför ett kriterium som läser en diskrimineringsgrund, eller något som står för en, är lagligt och nödvändigt för tjänsten.',
  'Points preferred criteria must add up to for a pass.':
    'Poäng som de meriterande kriterierna måste ge tillsammans för att ansökan ska gå vidare.',
  'All requirements met but at most this many points short of minScore: a near miss, kept for the talent pool.':
    'Alla krav uppfyllda men högst så här många poäng under minScore: ett nära ja, som sparas i kandidatbanken.',
  'Own template files per stage and language, relative to this file.':
    'Egna mallfiler per steg och språk, räknat från den här filen.',
  'How messages are signed, e.g. "The Acme recruitment team".':
    'Hur meddelandena undertecknas, till exempel "Rekryteringen på Vätterlogistik".',
  'Where replies go (the Reply-To of every message); default job.contact.email.':
    'Vart svar går (Reply-To i varje meddelande); annars job.contact.email.',
  'Rejections say that the decision was based on the answers in the form and that a person will look again on request (GDPR art. 22). false only where a person reviews every decision before it is sent.':
    'Avslagen säger att beslutet grundades på svaren i formuläret och att en person tittar igen om den sökande ber om det (GDPR art. 22). false bara där en person går igenom varje beslut innan det skickas.',
  'Whom candidates write to for a person to look again; default job.contact.':
    'Vem sökande skriver till för att en person ska titta igen; annars job.contact.',
  'The privacy notice for applicants (https:): every message links to it, and the acknowledgement says how answers are screened and how to reach a person.':
    'Integritetsinformationen för sökande (https:): varje meddelande länkar till den, och bekräftelsen säger hur svaren bedöms och hur man når en person.',
  'A short candidate survey per stage that gives an answer (rejected, late, talent-pool, rejected-by-person, rejected-after-interview, job-closed; https:), with {applicationId} where the application id goes, so answers can be joined with results (autoscreen report --survey): one line in the message of that stage.':
    'En kort enkät till sökande per steg som ger ett besked (rejected, late, talent-pool, rejected-by-person, rejected-after-interview, job-closed; https:), med {applicationId} där ansökans id ska stå, så att svaren kan kopplas till resultaten (autoscreen report --survey): en rad i meddelandet för det steget.',
  'How near misses are kept for future roles.': 'Hur nära ja sparas för framtida tjänster.',
  'consent (default): the message asks the candidate to opt in; notice: it says the application is kept unless they object.':
    'consent (standard): meddelandet frågar om den sökande vill vara med; notice: det säger att ansökan sparas om den sökande inte invänder.',
  'How long an application is kept in the talent pool.': 'Hur länge en ansökan sparas i kandidatbanken.',
  'When messages are sent.': 'När meddelandena skickas.',
  'Messages go out only within these hours, in the job time zone.':
    'Meddelanden går bara ut inom de här tiderna, i tjänstens tidszon.',
  'Days messages may go out on.': 'Dagar då meddelanden får gå ut.',
  'Days no message goes out on: se (Swedish public holidays and the customary eves: midsommarafton, julafton, nyårsafton, computed for every year), none, or a list of dates (YYYY-MM-DD) that may include se. Default: se for jobs in Europe/Stockholm, none elsewhere.':
    'Dagar då inga meddelanden går ut: se (svenska helgdagar och aftnar: midsommarafton, julafton, nyårsafton, uträknade för varje år), none, eller en lista med datum (ÅÅÅÅ-MM-DD) som kan innehålla se. Annars se för tjänster i Europe/Stockholm och none för andra.',
  'A rejection waits at least this long after submission: time to read it, not a pretence that a person did.':
    'Ett avslag väntar minst så här länge efter ansökan: tid att läsa den, inte en låtsad mänsklig läsning.',
  'A screening decision goes out at the latest this long after submission, counted on slaClock.':
    'Ett beslut går ut senast så här länge efter ansökan, räknat enligt slaClock.',
  'How slaHours are counted: working-days (the hours of working days; weekends and holidays do not count; default), working-hours (only the hours between workingHours), or calendar.':
    'Hur slaHours räknas: working-days (timmarna på arbetsdagar; helger och helgdagar räknas inte; standard), working-hours (bara timmarna inom workingHours) eller calendar (alla timmar).',
  'true: the acknowledgement (received) waits for working hours too. Default: it goes out at once, day or night.':
    'true: även bekräftelsen (received) väntar till arbetstid. Annars går den ut direkt, dag som natt.',
  'No rejection goes out after this time in the week (default Friday 12:00, so nobody spends a weekend on it); they wait for the next working day. null to turn it off.':
    'Inga avslag går ut efter den här tiden i veckan (annars fredag 12:00, så att ingen behöver bära det över helgen); de väntar till nästa arbetsdag. null stänger av det.',
  'No rejection goes out after this time on the last working day before one or more days off (a weekend, a holiday, an eve such as julafton or midsommarafton): it waits for the first working time after them. Default 12:00. null to turn it off (Friday afternoons then follow rejectionsNotAfter alone).':
    'Inga avslag går ut efter den här tiden på sista arbetsdagen före en eller flera lediga dagar (en helg, en helgdag, en afton som julafton eller midsommarafton): de väntar till första arbetstiden efter dem. Annars 12:00. null stänger av det (fredagseftermiddagar följer då bara rejectionsNotAfter).',
  'A rejection after an interview waits at least this long after the interview.':
    'Ett avslag efter en intervju väntar minst så här länge efter intervjun.',
  'No message ever goes out later than this many days after submission.':
    'Inget meddelande går någonsin ut senare än så här många dagar efter ansökan.',
  'An application in human review is decided within this many working days of submission (never later than maxDays): the acknowledgement promises that date, it is the review deadline (plan.review.by), and the plan says when to remind the recruiter (plan.review.remindAt, the start of working hours two working days before).':
    'En ansökan som en människa bedömer avgörs inom så här många arbetsdagar från ansökan (aldrig senare än maxDays): bekräftelsen lovar det datumet, det är sista dag för bedömningen (plan.review.by), och planen säger när rekryteraren ska påminnas (plan.review.remindAt, när arbetstiden börjar två arbetsdagar före).',
  'A candidate who goes on hears from the contact person within this many working days (the date is in the advance message).':
    'En sökande som går vidare hör av kontaktpersonen inom så här många arbetsdagar (datumet står i meddelandet om att gå vidare).',
}
