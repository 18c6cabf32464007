import { LOCALES, STAGES } from '../criteria/constants.js'
import type { HelpWording } from './help-wording.js'

// Hjälpen på svenska. Kommandon, flaggor, värden och filnamn skrivs som man skriver dem på
// kommandoraden; en test håller flaggorna desamma som i den engelska hjälpen.

const diff = `Användning: autoscreen diff --from <gammal.yaml> --to <ny.yaml> [flaggor] <ansökningar.jsonl>

Bedömer ansökningarna med båda regeluppsättningarna och visar vilka utfall som ändras, och varför.

Flaggor:
  -f, --format <f>    text (standard) eller json
  -o, --output <fil>  skriv jämförelsen till en fil
  --fail-on-change    slutstatus 1 när något utfall ändras (för CI)
  --now <iso>         tidpunkten för besluten (standard: nu)`

const lint = `Användning: autoscreen lint [flaggor] [filer eller mappar...]   (standard: rules/)

Söker igenom allt som en sökande eller en rekryterare läser (fältnamn, frågor, svarsalternativ,
skäl, anteckningar, tjänstens titel) efter diskrimineringslagens grunder och sådant som troligen
ersätter dem:
  protected-ground:<grund>    ett kriterium läser en grund, eller ett skäl, en anteckning eller titeln talar om en
  protected-question:<grund>  formuläret frågar om en grund som inget kriterium läser
  personal-reason             ett skäl bedömer personen (en egenskap, ett sätt, ett intryck, en brist) i stället för kravet
och hittar skäl som saknas, en titel som saknas på ett språk som meddelandena skickas på
(missing-title), regler som alltid är sanna eller falska, dubblerade regler och oanvända fält.
Varje fynds första rad säger vad, var och vilken grund; under den står vad du kan fråga i
stället och hur du godkänner fyndet, med raderna att lägga till. Fynden skrivs på filens språk
(dess locale); --lang väljer. Ett skäl om personen är ett fel: en sökande som får nej läser det.
En justification på kriteriet gör ett protected-ground-fel till en varning. Ett granskat fynd
godkänns på sitt fält, sitt kriterium eller tjänsten med
  lintAcknowledge: [{ finding: protected-ground:family, reason: "..." }]
--format json listar godkända fynd för sig, med sina skäl.

Flaggor:
  -f, --format <f>        text (standard) eller json
  -o, --output <fil>      skriv rapporten till en fil
  -q, --quiet             bara fel
  --max-warnings <n>      slutstatus 1 när det finns fler än n varningar
Slutstatus 0 när det inte finns några fel, 1 när det finns (eller för många varningar), 2 vid fel i användningen.`

const preview = `Användning: autoscreen preview --criteria <fil> --application <fil.json> [flaggor]

Skriver ut meddelandet exakt så som den sökande skulle få det, och när det skulle skickas:
för programmets beslut, eller för en persons (--decide).

Flaggor:
  --stage <s>        ${STAGES.join(', ')} (standard: det steg som beslutet kräver)
  --locale <l>       ${LOCALES.join(', ')} (standard: den sökandes, om filen anger det)
  --html             skriv ut HTML-texten i stället för ren text
  -f, --format <f>   text (standard) eller json (med personens beslut, om det finns)
  -o, --output <fil>   skriv meddelandet till en fil
  --now <iso|arrival>  tidpunkten för programmets beslut (standard: arrival, ansökans
                     egen submittedAt, så att ett gammalt exempel visar det som skickades
                     när det kom in)

En persons beslut (meddelandet nämner då personens skäl, och bara dem):
  --decide <d>       pass eller reject
  --reason <id>      ett kriterium i filen som personen bedömde som inte uppfyllt (kan upprepas)
  --reason-text-sv <text>, --reason-text-en <text>
                     ett skäl med personens egna ord, på varje språk som tjänstens
                     meddelanden skickas på
  --interview <iso>  när intervjun hölls: ett avböjande blir rejected-after-interview
  --by <namn>        vem som beslutade (standard: preview)
  --decided-at <iso> när (standard: --now, eller intervjun om den är senare)

Slutstatus: 0 meddelandet; 1 steget passar inte beslutet (ett avböjande när beslutet är pass,
advance när det är ett avböjande): en rad säger varför; 2 fel i användning eller indata (ett
ogiltigt beslut, till exempel ett avböjande utan skäl, nämner sin flagga).`

const report = `Användning: autoscreen report [flaggor] <resultat.jsonl eller ->

Sammanfattar resultat som autoscreen screen har skrivit (lägg till --messages där för svarstider).

Flaggor:
  --demographics <fil.csv>   gruppkolumner som kopplas via ansökans id (används aldrig i urvalet)
  --survey <fil>             enkätsvar (CSV eller JSON Lines: applicationId, betyg 0-10,
                             valfri kommentar och steg): kandidat-NPS per steg, utfall,
                             avgörande krav, tid till svar och vem som beslutade
  --consents <fil>           givna samtycken till kandidatbanken (applicationId, valfritt at),
                             räknade per sätt att erbjuda kandidatbanken
  --min-group-size <n>       varna för grupper mindre än så (standard 30)
  --max-groups <n>           lista de n största källorna, tjänsterna och grupperna i varje
                             kolumn, resten summerade på en rad (standard 50)
  -f, --format <f>           md (standard), json, html
  -o, --output <fil>         skriv till en fil i stället för till standard output
Slutstatus 0 när varje resultat lästes, 1 när några rader inte gick att läsa, 2 vid fel i
användningen eller en demografi-, enkät- eller samtyckesfil med fel (vart och ett som fil:rad:kolumn).`

const schema = `Användning: autoscreen schema [-o <fil>]

Skriver ut JSON-schemat för kriteriefiler, så att editorn kan föreslå och kontrollera nycklar:
  autoscreen schema -o criteria.schema.json
  # yaml-language-server: $schema=./criteria.schema.json

Flaggor:
  -o, --output <fil>  skriv schemat till en fil (helt, eller inte alls)`

const screen = `Användning: autoscreen screen --criteria <fil> [flaggor] <ansökningar.json|.jsonl|->

Bedömer ansökningarna och skriver ett JSON-resultat per rad (JSONL) till standard output
(styr om dem för att spara dem: > results.jsonl; screen tar inte -o, eftersom en ström aldrig
skrivs hel). Rader som inte går att läsa rapporteras på standard error med sitt radnummer, och
körningen fortsätter.

Flaggor:
  --criteria <fil>     kriteriefil (YAML eller JSON)
  -f, --format <f>     jsonl (standard), json, table (varje resultat på den sökandes språk,
                       som skälen; --lang väljer ett språk för alla)
  --explain            lägg till en förklaring för rekryteraren till varje kriterium som inte
                       uppfylldes
  --messages           lägg till meddelandet till den sökande och när det är tänkt att skickas
  --now <iso|arrival>  tidpunkten för beslutet (standard: nu); arrival bedömer varje ansökan
                       vid dess egen submittedAt, så som ett rekryteringssystem gör när
                       ansökan kommer in
  --max-line <tecken>  längsta rad som läses (standard 1000000); en längre rad är ett fel för
                       just den raden
  --jobs <n>           trådar som bedömer ansökningarna när resultaten är JSON Lines
                       (standard: så många som det finns processorkärnor, högst 64); utdata
                       och fel blir desamma som med --jobs 1, i indatas ordning. Indata på
                       högst 8 MB eller som kommer långsamt, ett JSON-dokument, --format json
                       eller table och --jobs 1 bedöms i en tråd
Slutstatus 0 när varje ansökan bedömdes, 1 när några rader inte gick att läsa, 2 vid fel i
användningen eller inläsningen eller när resultaten inte går att skriva. SIGINT eller SIGTERM
stoppar körningen när resultatet som skrivs är klart (slutstatus 130 eller 143); meddelandet
säger vilken rad den kom till och hur du bedömer resten.`

const test = `Användning: autoscreen test [flaggor] [testfiler eller mappar...]   (standard: rules/)

Kör testfiler för regeluppsättningar (<namn>.test.yaml bredvid <namn>.yaml): varje falls ansökan
bedöms och jämförs med det förväntade: utfall, krav som inte uppfylldes, saknade svar, nära
träff och meddelandets text.

Med en kriteriefil (rules/x.yaml) körs dess testfil (rules/x.test.yaml).

Flaggor:
  --run <mönster>                bara fall vars namn matchar (ett reguljärt uttryck)
  -f, --format <f>               text (standard), json, junit
  -o, --output <fil>             skriv rapporten till en fil (med json eller junit går textrapporten
                                 ändå till standard output, för CI-loggen)
  --coverage                     per kriterium: om det blivit uppfyllt, inte uppfyllt och saknat
                                 svar minst en gång (och, där de gäller, review och skipped)
  --coverage-threshold <procent> misslyckas under denna täckning (innebär --coverage)
  -q, --quiet                    lista bara fall som misslyckas
  --pass-with-no-tests           slutstatus 0 när det inte finns några testfiler eller inget fall
                                 kördes (annars misslyckas det, som i vitest och jest)
Slutstatus 0 när alla går igenom, 1 när något misslyckas (eller inget kördes), 2 vid fel i
användningen eller inläsningen.`

const validate = `Användning: autoscreen validate [flaggor] <filer eller mappar...>

Kontrollerar kriteriefiler: syntax, schema, id:n, skäl och varje regel.

Flaggor:
  -f, --format <f>     text (standard) eller json
  -o, --output <fil>   skriv rapporten till en fil
  -q, --quiet          bara fel
  --explain            läs sedan upp varje kriterium på filens språk ("Krav: …",
                       "Merit (2 poäng): …", "Gäller bara om: …"), så att ett "eller" skrivet
                       för "och" eller en omvänd jämförelse syns innan något test skrivs; i
                       json, "descriptions": [{ "id", "text" }] per fil
Slutstatus 0 när alla är giltiga, 1 när någon har fel, 2 vid fel i användningen (en sökväg som inte finns).`

const studio = `Användning: autoscreen studio [mapp] [flaggor]   (standard: rules/)

Öppnar Criteria Studio: mappens kriteriefiler i en editor med fel och lintfynd på sin rad,
ansökningsformuläret så som den sökande ser det med beslutet medan du fyller i, meddelandet
till den sökande på båda språken med tiden det skickas, testfallen med täckning, och ett
vägledt sätt att lägga till ett kriterium. Studion körs bara på 127.0.0.1; adressen som skrivs ut
öppnas en gång (tryck Enter för en ny). Bara kriterie-, test- och mallfiler i mappen läses,
bara kriterie- och testfiler skrivs (den förra versionen sparas i .autoscreen-backup/).

Flaggor:
  --port <n>   lyssna på denna port (standard: en ledig)
  --no-open    öppna ingen webbläsare
Tryck Enter för en ny engångsadress; stoppa med Ctrl+C.`

/**
 * Hjälpen på svenska.
 *
 * @example
 * ```ts
 * HELP_SV.command.screen.split('\n')[0] // 'Användning: autoscreen screen --criteria <fil> [flaggor] <ansökningar.json|.jsonl|->'
 * ```
 */
export const HELP_SV: HelpWording = {
  general: (version, commands) => `autoscreen ${version}: regelbaserat urval av jobbansökningar

Användning: autoscreen <kommando> [flaggor]

Kommandon:
${commands}

Kör autoscreen help <kommando> (eller autoscreen <kommando> --help) för ett kommandos flaggor.
Alla kommandon tar --color / --no-color (standard: färg i en terminal, ingen med NO_COLOR) och
--lang sv|en, det språk som hjälpen, felen, fynden och övriga besked skrivs på. Utan --lang
skriver ett kommando som gäller en kriteriefil på filens språk (dess locale); annars, och för
hjälpen, avgör den första av LC_ALL, LC_MESSAGES och LANG som är satt: ett värde som börjar
med sv (sv_SE.UTF-8) ger svenska, allt annat engelska. -f är --format och -o --output (en fil, eller - för standard output) där ett
kommando har dem: alla kommandon som skriver en rapport eller ett resultat tar -o utom screen,
som strömmar sina resultat till standard output (styr om dem: > results.jsonl), och studio,
som inte skriver några filer.
Slutstatus: 0 inget att anmärka, 1 fynd eller förväntningar som inte uppfylldes, 2 fel i
användning, utdata eller internt fel.`,
  summary: {
    validate: 'kontrollera kriteriefiler',
    screen: 'bedöm ansökningar (JSONL ut)',
    test: 'kör testfall för regeluppsättningar, med täckning',
    lint: 'hitta orättvisa, konstanta eller otydliga kriterier',
    report: 'sammanfatta resultat: tratt, kriterier, svarstider, utfall per grupp',
    diff: 'jämför utfallen med två regeluppsättningar',
    preview: 'visa meddelandet till den sökande och när det skickas',
    schema: 'skriv ut JSON-schemat för kriteriefiler',
    studio: 'skriv, pröva och testa kriterier i webbläsaren (Criteria Studio)',
  },
  command: { validate, screen, test, lint, report, diff, preview, schema, studio },
  oneCommand: (given) => `ange ett kommando, inte fler (${given} gavs)`,
  unknownCommand: (name, commands) =>
    `okänt kommando "${name}"${commands ? `; kommandona är ${commands.join(', ')}` : ''}`,
}
