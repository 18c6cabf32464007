import {
  at,
  clip,
  fit,
  HEADLINE_MAX,
  list,
  names,
  q,
  type FindingCode,
  type FindingWords,
  type GroundWords,
  type Wording,
  type Words,
} from './wording.js'
import type { IssueParams } from './issue-code.js'
import { statusWord } from './result-vocabulary.js'

const KIND: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'ja eller nej (true eller false)',
  array: 'en lista',
  object: 'en samling nycklar och värden',
  date: 'ett datum',
  null: 'tomt',
}
const kind = (k: unknown): string => KIND[String(k)] ?? String(k)
const found = (p: IssueParams): string =>
  p.found === 'text'
    ? `texten "${clip(String(p.value ?? ''))}"`
    : p.found === 'list'
      ? 'en lista'
      : p.found === 'map'
        ? 'en samling nycklar'
        : p.found === 'empty'
          ? 'tomt'
          : String(p.value ?? p.found)
const where = (p: IssueParams): string => (p.in ? ` i ${p.in}` : '')
const ENVELOPE: Record<string, string> = {
  id: ' (ansökans id i rekryteringssystemet)',
  submittedAt: ' (när ansökan skickades, till exempel 2026-11-20T09:14:00+01:00)',
  answers: ' (svaren på formuläret, per fältnamn)',
}
/** Vad en del av ansökans kuvert är, efter det som är fel med den. */
const envelope = (p: IssueParams): string => ENVELOPE[String(p.envelope)] ?? ''
/** `kriteriet "x": ` före ett fel i ett kriteriums regel. */
const of = (p: IssueParams): string =>
  typeof p.id === 'string' ? `kriteriet ${q(p.id)}${p.when ? ' (when)' : ''}: ` : ''
const lang = (l: unknown): string => (l === 'sv' ? 'svenska' : l === 'en' ? 'engelska' : String(l))
const langs = (v: unknown, and: string): string => names((Array.isArray(v) ? v : [v]).map(lang), and)
/** Ett lintfynds ord: satta där fyndet görs, på båda språken. */
const advice =
  (fallback: string): Words =>
  (p) =>
    String(p.sv ?? fallback)

/** Krav skrivna så att de passar efter "För tjänsten krävs". */
const REASON_EXAMPLE_SV = '"svenska på minst nivå B1" eller "möjlighet att arbeta helger"'
/** Vad som gör att ett skäl inte läses bra efter "För tjänsten krävs" (reasonFrameFindings), och hur man skriver om det: en mening var. */
const REASON_FRAME_SV: Record<string, (word: string, frame: string) => string> = {
  'full-stop': (w) => `Det slutar med "${w}": skälet står mitt i en mening, så skriv det utan skiljetecken på slutet.`,
  capital: (w, frame) =>
    `Det börjar med stor bokstav ("${w}") mitt i en mening (${frame} ${w.toLowerCase()} …): skriv "${w.toLowerCase()}".`,
  verb: (w, frame) =>
    `Det börjar med ett verb ("${w}"): efter ${frame} passar ett substantiv bättre, till exempel ${REASON_EXAMPLE_SV}.`,
  att: (_w, frame) =>
    `Det börjar med "att": efter ${frame} och i en lista passar ett substantiv bättre, till exempel ${REASON_EXAMPLE_SV}.`,
  to: (w, frame) =>
    `Det börjar med "${w}": efter ${frame} passar ett substantiv bättre, till exempel "Swedish at level B1 or higher".`,
  because: (w) =>
    `Det bär sin egen motivering ("${w} …"): flytta den delen till kriteriets \`why\`, som ett avböjande visar efter kravet och som meddelandet om kandidatbanken utelämnar.`,
}

/** Ett fält av ett visst slag: "talfältet", "datumfältet". */
const FIELD_SV: Record<string, string> = {
  number: 'talfältet',
  string: 'textfältet',
  boolean: 'ja/nej-fältet',
  date: 'datumfältet',
  list: 'listfältet',
}
/** Ett skrivet värde av ett visst slag: "texten", "talet". */
const LITERAL_SV: Record<string, string> = {
  number: 'talet',
  string: 'texten',
  boolean: 'ja/nej-värdet',
  date: 'datumet',
  list: 'listan',
  object: 'samlingen',
  null: 'värdet',
}
/** Ett beräknat värde av ett visst slag: "ett tal", "en lista". */
const COMPUTED_SV: Record<string, string> = {
  number: 'ett tal',
  string: 'en text',
  boolean: 'ett ja/nej-värde',
  date: 'ett datum',
  list: 'en lista',
  object: 'en samling nycklar och värden',
  null: 'null (ingenting)',
}
/** En sida av en jämförelse i en regel, ur parametrarna (se `Analyse.side`): `talfältet "ar"`, `texten "3"`, `en lista`. */
const value = (p: IssueParams, side: string): string => {
  const k = String(p[`${side}Kind`] ?? 'any')
  const field = p[`${side}Field`]
  const text = p[`${side}Text`]
  if (field !== undefined) return `${p[`${side}Whole`] ? 'heltalsfältet' : (FIELD_SV[k] ?? 'fältet')} "${field}"`
  if (text !== undefined) return `${LITERAL_SV[k] ?? 'värdet'} ${text}`
  return COMPUTED_SV[k] ?? 'ett värde'
}
/** Vad man skriver i stället för en text som "3" eller "1,5" jämförd med ett tal. */
const fix = (p: IssueParams): string =>
  p.suggest === undefined
    ? ''
    : p.decimal
      ? `: skriv talet ${p.suggest} med punkt och utan citattecken`
      : `: skriv talet ${p.suggest} utan citattecken`
/** Det slag av värde en operator väntar sig som argument. */
const WANT_SV: Record<string, string> = {
  number: 'ett tal',
  string: 'en text',
  boolean: 'ett ja/nej-värde',
  date: 'ett datum',
  list: 'en lista',
  object: 'en samling nycklar och värden',
}
/** Värden av fel slag i en regel, efter kontrollen som hittade dem (`variant`). */
const MISMATCH_SV: Record<string, (p: IssueParams) => string> = {
  sizes: (p) => `"${p.op}" jämför storlekar, men får ${value(p, 'got')}`,
  kinds: (p) => `"${p.op}" jämför ${value(p, 'left')} med ${value(p, 'right')}; jämför värden av samma slag${fix(p)}`,
  list: (p) => `"${p.op}" kan inte jämföra en lista; använd "in", "includesAny" eller "includesAll"`,
  never_equal: (p) =>
    `"${p.op}" jämför ${value(p, 'left')} med ${value(p, 'right')}; de kan aldrig vara lika, så jämförelsen fungerar inte som det är tänkt${fix(p)}`,
  not_list: (p) => `"${p.op}" går igenom en lista, men får ${value(p, 'got')}`,
  in_container: (p) => `"in" letar i en lista eller en text, men får ${value(p, 'got')}`,
  in_value: (p) => `"in" letar efter ett enda värde, men får ${value(p, 'got')}; använd "includesAny"`,
  words: (p) => `"includesWord" letar efter ord i en text, men får ${value(p, 'got')}`,
  cefr: (p) => {
    const bad = Array.isArray(p.values) ? p.values : []
    return `"cefrAtLeast" jämför GERS-nivåer, men fältet "${p.field}" har ${bad.length === 1 ? 'alternativet' : 'alternativen'} ${bad.map((v) => JSON.stringify(v)).join(', ')}, ${bad.length === 1 ? 'som inte är en nivå' : 'som inte är nivåer'}; erbjud A1, A2, B1, B2, C1, C2, och om du vill ett alternativ för inga kunskaper ("Inga kunskaper", "None"), som räknas under A1`
  },
  arithmetic: (p) => `"${p.op}" räknar med tal, men får ${value(p, 'got')}`,
  argument: (p) =>
    `"${p.op}" väntar sig ${WANT_SV[String(p.want)] ?? String(p.want)} som argument ${p.arg}, men får ${value(p, 'got')}`,
}
/** Vad ett heltal jämfört med ett bråktal gör (`fractional_threshold`). */
const fraction = (p: IssueParams): string =>
  `${p.field !== undefined ? `fältet "${p.field}" har bara heltal` : p.from !== undefined ? `"${p.from}" räknar i hela enheter` : 'värdet är alltid ett heltal'}, ${
    p.works !== undefined
      ? `så "${p.op}" ${p.value} fungerar som "${p.works}"`
      : `så det kan aldrig vara lika med ${p.value}`
  }; skriv ett heltal${p.field !== undefined ? '' : ' (eller räkna i en mindre enhet: monthsSince i stället för yearsSince, daysSince i stället för monthsSince)'}`
/** Läsarens egna ord (YAML- eller JSON-läsaren, på engelska), citerade. */
const said = (p: IssueParams): string =>
  p.said !== undefined
    ? ` (${p.reason === 'json' ? 'JSON' : 'YAML'}-läsaren säger: ${JSON.stringify(String(p.said))})`
    : ''
/** Nycklar från tidigare versioner av filformatet (schema.ts RETIRED_KEYS), med vad som ersatte dem. */
const RETIRED_SV: Readonly<Record<string, string>> = {
  'delivery.reviewBackstopDays':
    ': reviewBackstopDays har ersatts av reviewWorkingDays: en ansökan i manuell granskning avgörs inom så många arbetsdagar (standard 5, aldrig senare än maxDays), bekräftelsen lovar det datumet, och plan.review.remindAt säger när rekryteraren ska påminnas; skriv reviewWorkingDays: 5 i stället, eller ta bort nyckeln för standardvärdet',
}

/** Ett förnamn i en mall utan villkor runt sig (`template_warning`, `template_invalid`). */
const firstNameSv = (p: IssueParams): string =>
  `{{${p.name}}} kan vara tomt (inget användbart namn gavs), och då blir det en tom plats i texten: skriv det inuti {{#if ${p.name}}}…{{/if}}, eller börja en hälsningsrad med det ("Hej {{candidate.firstName}},"), som då läses som den inbyggda hälsningen`

/** Swedish: written for a recruiter, saying what to write instead where there is a way. */
/** Ett JSON-värde som inte är ett objekt, så som ett fel i en batch nämner det. */
const FOUND_SV: Record<string, string> = {
  null: 'null (inget värde)',
  list: 'en lista',
  string: 'en text',
  number: 'ett tal',
  boolean: 'ett sant/falskt-värde',
}

export const sv: Wording = {
  // en batchs rader som inte går att läsa (readApplications, readJsonObjects)
  batch_utf16: () =>
    'indata är sparat som UTF-16 (i Anteckningar: "Unicode"); spara det som UTF-8 (en ansökan per rad)',
  batch_line_too_long: (p) =>
    `raden är ${Number(p.length ?? 0).toLocaleString('sv')} tecken lång; gränsen är ${Number(p.max ?? 0).toLocaleString('sv')} (en ansökan per rad)`,
  // Tolkens egna ord är engelska och skiljer sig mellan Node-versioner: kolumnen räcker för att hitta felet.
  batch_not_json: (p) =>
    `inte giltig JSON${typeof p.column === 'number' ? ` (felet vid tecken ${p.column} på raden)` : ''}`,
  batch_not_an_object: (p) =>
    `varje rad ska vara ett JSON-objekt med ${p.noun === 'result' ? 'ett resultat' : 'en ansökan'}, men här finns ${FOUND_SV[String(p.found)] ?? 'något annat'}`,
  batch_document_too_long: (p) =>
    `JSON-dokumentet är längre än ${Number(p.max ?? 0).toLocaleString('sv')} tecken; skicka JSON Lines (en ansökan per rad) i stället`,
  batch_item_not_an_object: (p) =>
    `post ${p.item ?? '?'} i listan: ska vara ett JSON-objekt med ${p.noun === 'result' ? 'ett resultat' : 'en ansökan'}, men här finns ${FOUND_SV[String(p.found)] ?? 'något annat'}`,
  duplicate_id: (p) =>
    `kriteriet ${q(p.id)} finns redan (används först av kriterium nummer ${Number(p.first) + 1}); ge det här ett eget id`,
  // criteria editing
  criteria_text_unparsable: (p) =>
    `texten är inte giltig YAML på rad ${p.line}, kolumn ${p.column}: rätta den i editorn, så går kriterierna att ändra i formuläret igen`,
  criteria_text_not_map: () =>
    'filen är ingen kriteriefil: den ska bestå av nycklar som id, job, fields och criteria, var och en på egen rad',
  criteria_list_invalid: () => 'criteria är ingen lista: skriv varje kriterium som en punkt som börjar med "- id:"',
  criterion_not_found: (p) =>
    `det finns inget kriterium ${q(p.id)} i filen${Array.isArray(p.ids) && p.ids.length ? ` (den har ${p.ids.join(', ')})` : ''}`,
  criterion_id_taken: (p) =>
    `kriteriet ${q(p.id)} finns redan (kriterium nummer ${Number(p.first) + 1}); ge det här ett eget id`,
  criterion_id_invalid: (p) =>
    `${q(p.id)} kan inte vara ett id: ett id börjar med en liten bokstav och har bara bokstäver, siffror, - och _, till exempel arbetstillstand`,
  criterion_position_invalid: (p) =>
    `det finns ingen plats ${p.position} bland ${p.count} kriterier: platserna räknas från 0 till ${Number(p.count) - 1}`,
  // job and questions
  edit_alias: (p) =>
    `filen använder ett YAML-alias (*${p.alias}), och formulären kan inte ändra en fil med alias: skriv ut värdena i stället för *${p.alias}`,
  edit_not_a_map: (p) =>
    `${p.path ? `${p.path} är` : 'filen är'} inte en samling nycklar med värden (som ${p.path ? 'namn: värde' : 'id, job, fields och criteria'}), så formulären kan inte ändra den: rätta det i editorn`,
  edit_failed: (p) => `${p.path} går inte att ändra så som filen är skriven: ändra det i editorn`,
  edit_invalid_value: (p) =>
    `${p.path}: ${q(p.value)} är inte ${({ date: 'ett datum som 2026-12-01', time: 'en tid som 23:59', timezone: 'en tidszon som Europe/Stockholm', number: 'ett tal som är 0 eller mer', holidays: 'se, none eller en lista med datum som 2026-12-24', index: 'en plats i listan', acknowledgement: 'ett fält, ett kriterium eller jobbet (fields.<namn>, criteria.<plats>, job)' } as Record<string, string>)[String(p.kind)] ?? String(p.kind)}`,
  invalid_field_name: (p) =>
    `${q(p.name)} kan inte vara namnet på en fråga: ett namn börjar med en bokstav och har bara bokstäver, siffror och _ (till exempel workPermit)`,
  field_not_found: (p) => `det finns ingen fråga som heter ${q(p.name)} i filen`,
  field_exists: (p) => `det finns redan en fråga som heter ${q(p.name)}: välj ett annat namn`,
  field_in_use: (p) =>
    `frågan ${q(p.name)} läses av ${[...(Array.isArray(p.criteria) ? p.criteria.map((c) => `kriteriet ${q(c)}`) : []), ...(Array.isArray(p.fields) ? p.fields.map((f) => `frågan ${q(f)}`) : [])].join(', ')}: ${p.rename ? 'byt namn' : 'ta bort den'} där först`,
  // slips: the recruiter's slips caught at load, lint or test, with what to write instead
  tab_indent: (p) =>
    `rad ${p.line} är indragen med tabb, men YAML drar bara in med mellanslag: byt tabben mot mellanslag (två för varje nivå)`,
  quote_not_closed: (p) =>
    `citattecknet ${p.quote} som börjar här på rad ${p.line} stängs aldrig, så allt efter det blev en del av texten: avsluta texten med ${p.quote} på samma rad`,
  colon_in_text: (p) =>
    `ett kolon följt av mellanslag i en text utan citattecken läses som början på en ny nyckel. Sätt texten inom citattecken, så här: ${p.fixed}`,
  wrong_indent: (p) =>
    `rad ${p.line} är indragen ${p.spaces} mellanslag och hamnar inte rakt under någon nyckel ovanför (de står på ${names(p.above, 'och')} mellanslag): dra in raden lika långt som nyckeln den hör ihop med`,
  comma_in_text: (p) =>
    `texten efter ett kommatecken blev en egen nyckel (${q(p.key)}): i en map på en rad, { … }, avslutar kommatecknet texten, så sätt hela texten inom citattecken, så här: ${p.fixed}`,
  split_decimal: (p) =>
    `${p.count === undefined || p.count === null ? `${q(p.op)}: ` : `${q(p.op)} fick ${p.count} argument men tar ${p.takes}: `}skrev du ${p.whole},${p.fraction}? I en lista [ … ] eller map { … } på en rad skiljer kommatecknet värden åt, så talet delades i två; skriv ${p.whole}.${p.fraction}, med decimalpunkt`,
  impossible_date: (p) =>
    `${q(p.value)} är inget giltigt ${p.part === 'hour' || p.part === 'minute' ? 'klockslag' : 'datum'}: ${
      p.part === 'day'
        ? `${MONTHS_SV[Number(p.month) - 1]} ${p.year} har ${p.days} dagar`
        : p.part === 'month'
          ? 'ett år har 12 månader (01 till 12)'
          : p.part === 'hour'
            ? 'timmarna går från 00 till 23'
            : 'minuterna går från 00 till 59'
    }`,
  unknown_expected_criterion: (p) =>
    `testet väntar sig ${q(statusWord('sv', p.list))} för ${q(p.id)}, men inget kriterium har det id:t${p.suggestion ? `; menade du ${q(p.suggestion)}?` : `; kriterierna är ${names(p.known, 'och')}`}`,
  constant_condition: (p) =>
    `${p.part === 'when' ? `villkoret (when) för "${p.id}"` : `regeln för kravet "${p.id}"`} är ${p.value ? 'sant' : 'falskt'} för alla tänkbara svar, så ${
      p.part === 'when'
        ? p.value
          ? 'kriteriet hoppas aldrig över'
          : 'kriteriet hoppas alltid över'
        : p.value
          ? 'alla uppfyller det'
          : 'ingen kan uppfylla det'
    }${p.or ? '; skrev du or där du menade and?' : p.and ? '; skrev du and där du menade or?' : ''}`,
  unclosed_bracket: (p) =>
    `${p.open === '{' ? 'klammerparentesen' : 'hakparentesen'} ${p.open} som börjar här på rad ${p.line} stängs aldrig: avsluta med ${p.close} på samma rad (eller skriv varje värde på en egen rad)`,
  // att läsa filen
  syntax: (p) =>
    p.documents
      ? `filen innehåller mer än ett YAML-dokument (en rad --- mellan dem, rad ${p.line}): en kriteriefil är ett dokument; ta bort raden ---, eller lägg det andra jobbet i en egen fil`
      : p.reason === 'json'
        ? `filen är inte giltig JSON på rad ${p.line ?? 1}${said(p)}; titta efter kommatecken, citattecken och klamrar där`
        : p.reason === 'unreadable'
          ? `filen går inte att läsa${said(p)}`
          : `filen går inte att läsa på rad ${p.line ?? 1}${said(p)}; titta på indrag, kolon och citattecken där`,
  too_deep: (p) =>
    p.max
      ? `filen är inbäddad i mer än ${p.max} nivåer här; så djupt behöver en kriteriefil aldrig gå (en regel får ha 128 nivåer)`
      : 'filen är inbäddad i för många nivåer för att kunna läsas',
  duplicate_key: (p) => `nyckeln ${q(p.key)} står två gånger i samma avsnitt; behåll en av dem`,
  cyclic_alias: (p) =>
    `aliaset *${p.alias} står inuti värdet det pekar på (&${p.alias}), så värdet skulle innehålla sig självt i all oändlighet; skriv ut värdena i stället`,
  collection_key: () => 'en nyckel ska vara ett namn eller en text, inte en lista eller ett avsnitt',
  yaml_warning: (p) => `något här ser ovanligt ut för YAML-läsaren${said(p)}; kontrollera att det står som du menar`,
  not_utf8: (p) =>
    p.excel
      ? 'filen är sparad som UTF-16 (i Excel: "Unicode-text"); spara den som UTF-8 (i Excel: Spara som > "CSV UTF-8")'
      : 'filen är sparad som UTF-16 (i Anteckningar: "Unicode"); spara den som UTF-8 (i Anteckningar: Spara som… > Kodning: UTF-8)',
  invalid_utf8: (p) =>
    `tecknet (byte 0x${p.byte}) här är inte UTF-8-text (sparades filen som Latin-1 eller Windows-1252?); spara filen som UTF-8${p.excel ? ' (i Excel: Spara som > "CSV UTF-8")' : ''}`,
  file_unreadable: (p) =>
    p.reason === 'not_found'
      ? 'filen finns inte'
      : p.reason === 'folder'
        ? 'det här är en mapp, inte en fil'
        : `filen går inte att läsa (${p.reason})`,
  // schemat
  unknown_key: (p) =>
    p.whole !== undefined
      ? `texten efter ett kommatecken blev en egen nyckel (${q(p.key)}): i ett avsnitt på en rad, { … }, avslutar kommatecknet texten, så sätt hela texten inom citattecken${p.whole ? `: ${p.whole}` : ''}`
      : p.key === undefined
        ? `innehåller en nyckel som inte är känd här${envelope(p)}`
        : `okänd nyckel ${q(p.key)}${where(p)}${p.retired ? (RETIRED_SV[`${p.in ? `${p.in}.` : ''}${p.key}`] ?? ' (den används inte längre; se dokumentationen för vad som gäller nu)') : p.hint ? `; ${p.translated ? 'nycklarna skrivs på engelska: ' : ''}menade du ${q(p.hint)}?` : ''}`,
  missing_key: (p) =>
    p.in === undefined && p.key === undefined
      ? `saknas men behövs${envelope(p)}`
      : `${q(p.key)} saknas${where(p)}; den behövs`,
  invalid_type_name: (p) =>
    `${at(p)}type ska vara en av: number, integer, string, boolean, date, date-time, enum, list`,
  invalid_type: (p) =>
    `${at(p)}ska vara ${kind(p.expected)}${envelope(p)}${p.found === undefined ? '' : `, inte ${found(p)}`}${p.suggest !== undefined ? `; skriv ${p.suggest}${p.unquote ? (p.decimal ? ', med decimalpunkt och utan citattecken' : ' utan citattecken') : ''}` : ''}`,
  not_localized: (p) =>
    p.value === undefined
      ? `${at(p)}ska vara en text, eller en text per språk som { sv: "…", en: "…" }, inte ${p.found}`
      : `${at(p)}behöver en text per språk, till exempel ${p.key}: { sv: "${p.value}", en: "…" }`,
  invalid_value: (p) =>
    p.values !== undefined
      ? `${at(p)}ska vara ett av: ${list(p.values)}`
      : p.check === 'empty_values'
        ? `"${p.op}" har en tom lista med värden, så villkoret är alltid ${p.op === 'includesAll' ? 'sant' : 'falskt'}; skriv in värdena`
        : p.check === 'at_least_count'
          ? '"atLeast" börjar med hur många som behövs: ett heltal, 1 eller mer, till exempel {"atLeast": [2, {"var": "systems"}, ["Fortnox", "Visma", "Excel"]]}'
          : p.check === 'at_least_empty'
            ? '"atLeast" har en tom lista med värden; skriv in värdena'
            : p.check === 'at_least_too_many'
              ? `"atLeast" kräver ${p.wanted} av en lista med ${p.count}, så villkoret kan aldrig uppfyllas`
              : p.check === 'at_least_conditions'
                ? '"atLeast" med två argument räknar villkor i en lista: {"atLeast": [2, [villkor, villkor, villkor]]}; för att räkna värden i ett svar, ange svaret och sedan värdena'
                : p.check === 'no_words'
                  ? '"includesWord" har inget ord att leta efter; skriv in orden, till exempel {"includesWord": [{"var": "title"}, ["Java", "Kotlin"]]}'
                  : p.check === 'not_cefr'
                    ? `${q(p.value)} är ingen GERS-nivå; skriv en av A1, A2, B1, B2, C1, C2`
                    : p.check === 'review_note'
                      ? '"review" tar en anteckning till den som granskar, som text: {"review": "kontrollera om utbildningen är likvärdig"}'
                      : p.check === 'divide_by_zero'
                        ? `"${p.op}" med 0 ger ${p.op === '/' ? 'oändligheten' : 'inget tal'} för varje svar, och det går inte att jämföra med`
                        : p.check === 'whole_units'
                          ? `"${p.op}" lägger till ett helt antal ${p.unit}`
                          : p.check === 'json_only'
                            ? `en regel får bara innehålla JSON-värden, här finns ${p.found}`
                            : `${at(p)}värdet passar inte här${envelope(p)}`,
  invalid_format: (p) =>
    `${at(p)}${FORMAT_SV[String(p.format)] ?? 'är inte skrivet på det sätt som behövs här'}${envelope(p)}`,
  empty_value: (p) => `${at(p)}får inte vara tomt`,
  too_few: (p) => `${at(p)}${p.at === 'criteria' ? 'filen behöver minst ett kriterium' : `behöver minst ${p.min}`}`,
  too_small: (p) => `${at(p)}ska vara ${p.inclusive === false ? 'större än' : 'minst'} ${p.min}`,
  too_large: (p) => `${at(p)}får vara högst ${p.max}`,
  not_whole: (p) => `${at(p)}ska vara ett heltal${p.unit === 'working days' ? ' (antal arbetsdagar)' : ''}`,
  not_finite: (p) =>
    `${p.at} är inget tal som går att jämföra med (.nan, .inf och tal större än ±1.8e308 går inte); skriv ett vanligt tal`,
  cyclic_value: (p) =>
    p.at
      ? `${p.at} innehåller sig självt (en cirkel): en kriteriefil ska bara innehålla vanliga värden`
      : 'innehåller sig självt (en cirkel): svaren ska vara vanliga JSON-värden',
  control_character: (p) =>
    `${at(p)}${p.bidi ? 'innehåller ett osynligt tecken som vänder på texten runt det; ta bort det och skriv texten igen' : p.line ? 'ska stå på en rad; ta bort radbrytningen' : 'innehåller ett osynligt styrtecken; ta bort det och skriv texten igen'}`,
  weight_on_required: () =>
    'ett krav (required: true) har ingen vikt: ta bort weight, eller ta bort required: true så att kriteriet blir meriterande',
  required_or_weight: () =>
    'ett kriterium behöver antingen required: true (ett krav) eller en vikt, weight (meriterande, ger poäng)',
  near_miss_on_preferred: () => 'nearMissAllowed gäller bara krav (required: true)',
  template_path: (p) =>
    `${at(p)}${p.ext ? 'ska vara en mallfil som slutar på .hbs' : 'ska vara en sökväg från kriteriefilens mapp, inuti den, till exempel templates/rejected.sv.hbs'}`,
  not_a_date: (p) => `${at(p)}datumet finns inte i kalendern`,
  reserved_name: (p) => `${at(p)}namnet är reserverat; välj ett annat`,
  not_https: (p) => `${at(p)}ska vara en https:-adress, till exempel https://acme.se/integritet`,
  survey_address: (p) =>
    `${at(p)}adressen ska innehålla {applicationId} där ansökans id ska stå, så att svaren kan kopplas till resultaten`,
  // det schemat inte kan kontrollera
  invalid_timezone: (p) => `job.timezone: ${q(p.value)} är ingen tidszon; skriv till exempel Europe/Stockholm`,
  insecure_url: () => 'job.url använder http: kandidaterna får en säkrare länk med https',
  unsafe_url: (p) =>
    p.scheme === undefined
      ? 'job.url: en adress med ett namn före "@" leder någon annanstans än den ser ut att göra (https://a.example@b.example går till b.example); skriv adressen utan det'
      : `job.url: ${q(p.scheme)}-länkar får inte stå i meddelanden; använd en https:-adress (eller mailto:)`,
  invalid_date: (p) =>
    p.at === 'job.closesAt'
      ? `job.closesAt: ${q(p.value)} är inget riktigt datum`
      : p.format === 'consent'
        ? `${q(clip(String(p.value)))} är inget datum: skriv det som ISO 8601 (2026-11-24 eller 2026-11-24T09:12:00+01:00)`
        : p.format === 'decision'
          ? `${p.at ? `${p.at} ` : ''}ska vara ett datum med tid enligt ISO 8601, inte ${p.value}`
          : `${q(p.value)} är inget datum med tid enligt ISO 8601, som 2026-11-20T09:14:00+01:00`,
  reserved_id: (p) =>
    `id:t ${q(p.id)} är reserverat för den inbyggda kontrollen av sista ansökningsdag (job.closesAt); välj ett annat`,
  missing_reason: (p) =>
    p.required
      ? `kriteriet ${q(p.id)} är ett krav men saknar skäl på ${lang(p.locale)}, ett språk som filen erbjuder; lägg till reason.${p.locale}`
      : `kriteriet ${q(p.id)} saknar skäl på filens huvudspråk (${lang(p.locale)}); lägg till reason.${p.locale}`,
  reserved_key: (p) => `${q(p.key)} är ett reserverat namn och kan inte vara en nyckel${where(p)}`,
  invalid_bounds: (p) => `${p.at}: min (${p.min}) är större än max (${p.max})`,
  duplicate_value: (p) =>
    p.twin === undefined
      ? `${p.at}: ${q(p.value)} står två gånger`
      : `${p.at}: ${q(p.twin)} och ${q(p.value)} skiljer sig bara i stora och små bokstäver, accenter eller mellanslag, så ett svar kan inte skilja dem åt`,
  labels_without_values: (p) => `${p.at}: valueLabels namnger svarsalternativ, men fältet har inga values`,
  unreachable_min_score: (p) =>
    `decision.minScore är ${p.minScore}, men vikterna för de meriterande kriterierna blir tillsammans ${p.weights}, så ingen ansökan kan gå vidare; sänk minScore eller lägg till vikter`,
  reads_no_field: (p) => `kriteriet ${q(p.id)}: regeln läser inget fält, så den ger samma svar för alla`,
  never_met: (p) =>
    `kriteriet ${q(p.id)} är ett krav, men regeln blir falsk vad ansökan än säger, så alla kandidater skulle få nej`,
  unknown_placeholder: (p) =>
    `${of(p)}${
      p.unmatched
        ? 'skälet har ett {{ eller }} utan motsvarighet; en platshållare skrivs {{min}}'
        : p.values !== undefined
          ? `skälet använder {{${p.name}}}, men regeln har flera sådana värden: ${(Array.isArray(p.values) ? p.values : []).join(' och ')}; skriv värdet i texten i stället`
          : `skälet använder {{${p.name}}}, men regeln har inget sådant värde${Array.isArray(p.offered) && p.offered.length ? `; den har ${p.offered.map((k) => `{{${k}}}`).join(', ')}` : '; skriv värdet i texten i stället'}`
    }`,
  // regler
  unknown_field: (p) =>
    p.at !== undefined
      ? `${p.at}: inget fält ${q(p.name)} finns${p.suggestion ? `; menade du ${q(p.suggestion)}?` : ''}`
      : `${of(p)}regeln läser ${q(p.read ?? p.name)}, men inget fält ${q(p.name)} finns under fields${p.hint ? `; ${p.translated ? 'nycklarna skrivs på engelska: ' : ''}menade du ${q(p.hint)}?` : ''}`,
  unknown_value: (p) =>
    p.at !== undefined
      ? `${p.at}: ${q(p.value)} är inte ett av värdena (${(Array.isArray(p.values) ? p.values : []).join(', ')})${p.suggestion ? `; menade du ${q(p.suggestion)}?` : ''}`
      : `${of(p)}${q(p.value)} är inte ett av värdena i fältet ${q(p.field)} (${(Array.isArray(p.values) ? p.values : []).join(', ')})${p.hint ? `; ${p.translated ? 'nycklarna skrivs på engelska: ' : ''}menade du ${q(p.hint)}?` : ''}`,
  type_mismatch: (p) =>
    p.at
      ? `${p.at}: ${q(p.other)} är inget datumfält; ${p.key} jämför två datumfält`
      : p.variant !== undefined && MISMATCH_SV[String(p.variant)]
        ? `${of(p)}${MISMATCH_SV[String(p.variant)]!(p)}`
        : `${of(p)}${p.op ? `"${p.op}" ` : ''}får ett värde av fel slag; jämför värden av samma slag, till exempel ett tal med ett tal (utan citattecken), och en text med en text`,
  wrong_arity: (p) =>
    `${of(p)}"${p.op}" tar ${p.min === p.max ? p.min : p.max === null ? `minst ${p.min}` : `${p.min} till ${p.max}`} argument, men får ${p.gets}`,
  fractional_threshold: (p) =>
    p.op !== undefined
      ? `${of(p)}${fraction(p)}`
      : `${of(p)}gränsen ${p.value} är inget heltal, men det som jämförs är alltid ett heltal${p.works ? `, så den fungerar som ${p.works}` : ', så de kan aldrig vara lika'}; skriv ett heltal`,
  null_threshold: (p) =>
    `${of(p)}"${p.op}" jämför med null (ingenting), som JSON Logic läser som 0; skriv talet att jämföra med`,
  empty_rule: (p) =>
    `${of(p)}ett tomt {} är inget villkor: JSON Logic läser det som ett värde som alltid är sant. Skriv villkoret inuti, till exempel { "var": "workPermit" }`,
  ambiguous_operation: (p) =>
    `${of(p)}en operation ska ha exakt en operator som nyckel, här finns ${Array.isArray(p.keys) ? p.keys.length : 0}: ${list(p.keys)}`,
  dynamic_path: (p) => `${of(p)}en var-sökväg ska vara en skriven text som "experienceYears", inte ett beräknat värde`,
  forbidden_operator: (p) => `${of(p)}operatorn ${q(p.op)} är inte tillåten i regler`,
  forbidden_path: (p) => `${of(p)}var-sökvägen ${q(p.path)} använder det reserverade ledet ${q(p.segment)}`,
  invalid_operator: (p) => `operatorn ${q(p.op)} behöver en evaluate-funktion`,
  operator_exists: (p) => `${q(p.op)} är en standardoperator och kan inte ersättas`,
  rule_too_deep: (p) => `${of(p)}regeln är inbäddad i fler än ${p.max} nivåer`,
  rule_too_large: (p) => `${of(p)}regeln har fler än ${p.max} delar`,
  unknown_operator: (p) => `${of(p)}okänd operator ${q(p.op)}${p.suggestion ? `; menade du ${q(p.suggestion)}?` : ''}`,
  not_a_field: (p) =>
    p.kind === 'list' && p.part === 'length'
      ? `${of(p)}regeln läser ${q(p.read)}, men ${q(p.part)} är ingen del av listfältet ${q(p.field)}; räkna posterna med {"reduce": [{"var": "${p.field}"}, {"+": [{"var": "accumulator"}, 1]}, 0]}, eller med "atLeast" för att räkna värden i en lista`
      : p.kind === 'list'
        ? `${of(p)}regeln läser ${q(p.read)}, men ${q(p.part)} är ingen del av listfältet ${q(p.field)}; en listas delar är dess poster efter plats, som "${p.field}.0"`
        : `${of(p)}regeln läser ${q(p.read)}, men ${q(p.part)} är ingen del av ${p.kind !== undefined ? `${FIELD_SV[String(p.kind)] ?? 'fältet'}` : 'fältet'} ${q(p.field)}; ett fält är ett svar, och bara en lista har delar (dess poster efter plats${p.kind === undefined ? `, som "${p.field}.0"` : ''})`,
  // mallar
  templates_not_loaded: () =>
    'de egna meddelandemallar som filen namnger är inte inlästa: ge deras text till loadTemplates, eller läs filen med loadCriteria från autoscreen/node',
  templates_unsupported: () =>
    'egna meddelandemallar översätts till kod (new Function), vilket den här miljön inte tillåter: använd de inbyggda mallarna här, eller skapa meddelandena där det går',
  template_unreadable: (p) => `mallfilen ${p.name} går inte att läsa`,
  template_missing: (p) => `mallen ${p.stage}.${p.locale} pekar på ${p.name}, men ingen text gavs för den`,
  template_invalid: (p) =>
    p.name !== undefined
      ? `mallen ${p.stage}.${p.locale}${p.line ? ` (rad ${p.line})` : ''}: ${firstNameSv(p)}`
      : `mallen ${p.stage}.${p.locale} går inte att använda som den är skriven${p.line ? ` (rad ${p.line})` : ''}; rätta mallen på den platsen`,
  template_warning: (p) =>
    p.greeting !== undefined
      ? `mallen ${p.stage}.${p.locale}${p.line ? ` (rad ${p.line})` : ''}: utan ett användbart förnamn blir hälsningen ${q(p.greeting)}, som i de inbyggda meddelandena; vill du formulera den själv, skriv {{#if candidate.firstName}}…{{else}}…{{/if}}`
      : p.name !== undefined
        ? `mallen ${p.stage}.${p.locale}${p.line ? ` (rad ${p.line})` : ''}: ${firstNameSv(p)}`
        : `mallen ${p.stage}.${p.locale}: kontrollera den här platsen${p.line ? ` (rad ${p.line})` : ''}; utan förnamn kan texten bli konstig`,
  // testfiler
  application_unreadable: (p) => `fallet ${q(p.case)}: ansökan ${p.application} går inte att läsa`,
  case_invalid: (p) => `fallet ${q(p.case)}: ansökan går inte att bedöma; kontrollera id, submittedAt och answers`,
  // ansökningar
  out_of_range: (p) => `${at(p)}är för lång eller för kort${envelope(p)}`,
  invalid_text: (p) =>
    p.found !== undefined
      ? p.column === 'applicationId'
        ? `ansökans id är ${kind(p.found)}: skriv det som text, som i resultaten ("a-17")`
        : `${p.column} är ${kind(p.found)}, inte text`
      : p.at
        ? `${p.at} innehåller tecken som inte är giltig text`
        : 'innehåller tecken som inte är giltig text (ett ensamt UTF-16-surrogat)',
  // CSV-filer
  empty_file: (p) =>
    `filen har ingen rubrikrad: den behöver en kolumn applicationId (eller id)${Array.isArray(p.required) && p.required.length ? ` och en kolumn ${p.required.join(' och en kolumn ')}` : ''}`,
  invalid_quote: () =>
    'ett citattecken mitt i ett fält: ett fält med citattecken skrivs inom citattecken, med citattecknet två gånger ("")',
  unclosed_quote: () =>
    'citattecknet här öppnar ett fält som aldrig stängs: allt efter det skulle läsas som ett enda värde',
  text_after_quote: () =>
    'text efter det avslutande citattecknet i ett fält: ett citattecken inuti ett fält skrivs två gånger ("")',
  short_row: (p) => `raden har ${p.cells} ${p.cells === 1 ? 'cell' : 'celler'}, rubrikraden har ${p.columns}`,
  long_row: (p) => `raden har ${p.cells} celler, rubrikraden har ${p.columns}`,
  empty_column: (p) => `kolumn ${p.column} i rubrikraden har inget namn`,
  duplicate_column: (p) =>
    p.first === undefined
      ? 'rubrikraden har både en kolumn applicationId och en kolumn id: behåll en av dem'
      : `kolumnen ${q(p.name)} finns två gånger (kolumn ${p.first} och ${p.second}): det går inte att veta vilken som gäller`,
  missing_id_column: (p) =>
    `rubrikraden har ingen kolumn applicationId (eller id): raderna kan inte kopplas till resultaten${p.separator ? ' (kolumnerna ska skiljas med kommatecken eller semikolon)' : ''}`,
  empty_id: () => 'raden har inget ansöknings-id: den kan inte kopplas till ett resultat',
  conflicting_id: (p) => `ansökan ${q(p.id)} står två gånger med olika värden (först på rad ${p.first})`,
  missing_score_column: (p) => `rubrikraden har ingen kolumn ${p.column}`,
  invalid_json: (p) =>
    `raden är inte JSON: varje rad ska vara ett JSON-objekt, som {"applicationId": "a-1"${(Array.isArray(p.required) ? p.required : []).map((k) => `, "${k}": 9`).join('')}}`,
  not_an_object: (p) =>
    p.found === undefined
      ? 'beslutet ska vara ett objekt { outcome, by, at, reasons }'
      : 'raden är inget objekt: varje rad ska vara ett JSON-objekt',
  invalid_score: (p) =>
    p.whole
      ? `betyget ${p.value} är inget heltal: ett betyg är ett heltal från 0 till 10 (är kolumnen ett medelvärde, eller en annan fråga?)`
      : `betyget ${p.value} är inget tal: ett betyg är ett heltal från 0 till 10`,
  score_out_of_range: (p) =>
    `betyget ${p.value} ligger inte på skalan 0–10${p.percent ? ' (procent, eller en annan skala?)' : ''}`,
  no_score: () => 'svaret har inget betyg (frågan hoppades över): det räknas inte',
  duplicate_answer: (p) =>
    `ett andra svar för ansökan ${q(p.id)} (det första står på rad ${p.first}): det senare svaret gäller`,
  // en persons beslut
  not_a_result: () => 'result är inget bedömningsresultat',
  other_criteria: (p) => `resultatet bedömdes med andra kriterier (${p.criteria}) än de som gavs nu`,
  invalid_outcome: (p) => `outcome ska vara "pass" (ja) eller "reject" (nej), inte ${p.value}`,
  no_one: () => 'by ska ange vem som beslutade',
  before_submission: (p) =>
    p.at === 'interviewAt'
      ? 'intervjutiden (interviewAt) ligger före ansökan'
      : `beslutstiden (${p.value}) ligger före ansökan (${p.submitted})`,
  before_previous: (p) => `beslutstiden (${p.value}) ligger före beslutet den följer (${p.previous})`,
  after_decision: (p) =>
    `intervjutiden (${p.value}) ligger efter beslutet (${p.decided}): registrera beslutet efter intervjun`,
  reasons_on_pass: () =>
    'skäl (reasons) hör till ett nej: ett ja nämner inga krav som inte uppfylldes (skriv det du vill ha antecknat i note)',
  no_reasons: () =>
    'ett nej behöver skäl: de kriterier som inte uppfylldes (reasons.criteria) och/eller ett skäl med egna ord (reasons.text); det är det enda kandidaten får veta',
  unknown_criterion: (p) =>
    p.deadline
      ? `${p.at} ${q(p.id)} är programmets kontroll av sista ansökningsdag: ange ett kriterium i filen, eller skriv skälet i reasons.text`
      : `${p.at} ${q(p.id)} är inget kriterium i ${p.criteria} (${(Array.isArray(p.known) ? p.known : []).join(', ')})`,
  unknown_language: (p) => `${p.at}: meddelanden skrivs bara på svenska (sv) och engelska (en)`,
  empty_text: (p) => `${p.at} får inte vara tomt`,
  too_long: (p) => `${p.at} är ${p.length} tecken lång; ett skäl är en eller två meningar (högst ${p.max} tecken)`,
  missing_language: (p) =>
    `reasons.text saknas på ${langs(p.languages, 'och')}; meddelanden för tjänsten skickas på ${langs(p.locales, 'och')}`,
  // lint
  protected_ground: (p) => `${findingSv.protected_ground.headline(p)}\n${findingSv.protected_ground.advice(p)}`,
  protected_question: (p) => `${findingSv.protected_question.headline(p)}\n${findingSv.protected_question.advice(p)}`,
  personal_reason: (p) => `${findingSv.personal_reason.headline(p)}\n${findingSv.personal_reason.advice(p)}`,
  reason_frame: (p) => {
    const kinds = Array.isArray(p.problems) ? p.problems.map(String) : []
    const words = Array.isArray(p.words) ? p.words.map(String) : []
    if (!kinds.length) return 'skälet läses inte bra efter "För tjänsten krävs"; skriv det som ett krav'
    const frame = p.locale === 'en' ? '"The role requires"' : '"För tjänsten krävs"'
    const said = kinds.map((k, i) => REASON_FRAME_SV[k]?.(words[i] ?? '', frame) ?? k)
    return `${p.locale === 'en' ? 'Det engelska skälet' : 'Skälet'} för kriteriet ${q(p.criterion)} läses inte bra efter ${frame}.\n${said.join('\n')}`
  },
  reason_render: advice('skälet blir konstigt i meddelandet; läs det i förhandsvisningen och skriv om det'),
  constant_rule: (p) =>
    p.what !== undefined
      ? `kriteriet ${q(p.id)} jämför ${p.what} med sig själv ("${p.op}"), vilket alltid är ${p.value ? 'sant' : 'falskt'}; jämför med ett värde i stället`
      : p.id !== undefined
        ? `regeln för ${q(p.id)} är alltid ${p.value ? 'sann' : 'falsk'}, vad ansökan än säger${p.value ? '' : p.required ? ', så alla sökande avböjs' : ', så den ger aldrig poäng'}`
        : String(p.sv ?? 'regeln ger samma svar för alla; jämför ett svar med ett värde i stället'),
  duplicate_rule: (p) => `kriteriet ${q(p.id)} har samma regel som ${q(p.twin)}`,
  missing_title: (p) =>
    !Array.isArray(p.given) || !Array.isArray(p.untitled)
      ? String(p.sv ?? 'jobbets titel saknas på ett språk som meddelandena skickas på')
      : `jobbets titel finns bara på ${langs(p.given, 'och')}, men filens meddelanden skickas också på ${langs(p.untitled, 'och')}: den som får ett meddelande på ${langs(p.untitled, 'och')} skulle läsa ${q(p.title)}. Skriv titeln per språk, { ${[...p.given, ...p.untitled].map((l) => `${l}: …`).join(', ')} } (samma ord två gånger där de är lika)`,
  holidays_without_se: (p) => {
    if (!Array.isArray(p.days))
      return String(p.sv ?? 'helgdagarna saknar se, så svenska helgdagar räknas som arbetsdagar')
    const n = Number(p.count ?? p.days.length)
    return `delivery.holidays listar ${n ? 'egna dagar' : 'inga dagar'} utan se, så jobbet i Europe/Stockholm förlorar den svenska kalendern: meddelanden går ut på alla helgdagar och aftnar som inte står i listan (långfredagen, Kristi himmelsfärds dag, midsommarafton, julafton, nyårsafton …, varje år). Skriv [se${n ? `, ${p.days.join(', ')}${n > 2 ? ', …' : ''}` : ''}] för att behålla den svenska kalendern och lägga till egna dagar`
  },
  unused_field: (p) => `fältet ${q(p.name)} finns, men inget kriterium läser det`,
  unused_acknowledgement: (p) =>
    p.name !== undefined
      ? `godkännandet av ${q(p.name)} gäller inget fynd här: ta bort det (fynd heter till exempel protected-ground:age, personal-reason, unused-field)`
      : String(p.sv ?? 'godkännandet gäller inget fynd längre; ta bort det'),
  // A first line under 120 characters, then the advice on the next: where the acknowledgement is the wrong tool too.
  unexplained_acknowledgement: (p) =>
    `${fit([(quote, n) => `godkännandet av ${n(p.name)} har inget skäl som går att läsa ("${quote}"), så det godkänner ingenting`, (_, n) => `godkännandet av ${n(p.name)} har inget skäl som går att läsa, så det godkänner ingenting`], String(p.text ?? ''))}\n${ACK_ADVICE_SV}`,
  unexplained_justification: (p) =>
    `motiveringen till kriteriet ${q(p.criterion)} säger inte varför (${q(p.text)}): ange lagen eller behovet som gör kravet lagligt, till exempel "Alkohollagen (2010:1622) 3 kap. 9 § kräver 18 år för servering av alkohol"`,
  non_finite: advice('regeln kan räkna fram något som inte är ett tal; se till att svaret alltid är ett tal'),
  substring_in: advice(
    '"in" med en text letar efter en del av texten, inte ett helt ord; använd "includesWord" eller en lista',
  ),
}

/** Formaten schemat kräver, med de namn parse.ts ger dem. */
const FORMAT_SV: Record<string, string> = {
  date: 'ska vara ett datum som 2026-12-01',
  time: 'ska vara en tid som 08:00',
  field_name: 'ett fältnamn börjar med en bokstav och innehåller bara bokstäver, siffror och _',
  criterion_id: 'ett id börjar med en liten bokstav och innehåller bara bokstäver, siffror, - och _',
  rule_set_id: 'ett id innehåller bara små bokstäver, siffror och -',
  finding: 'ett fynd som protected-ground:sex, personal-reason eller unused-field',
  email: 'ska vara en e-postadress',
  url: 'ska vara en webbadress som https://acme.se',
  date_time: 'ska vara ett datum med tid som 2026-12-01T12:00',
}

// slips: month names and lists for the wording above
const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
]

/**
 * Diskrimineringsgrunderna på svenska, så som ett fynd nämner dem: ett kort namn för första
 * raden, vad grunden är och vad man kan fråga i stället.
 */
export const GROUNDS_SV = {
  age: {
    name: 'ålder',
    kind: 'en diskrimineringsgrund',
    advice:
      'Fråga i stället efter det arbetet kräver: erfarenhet, körkort eller utbildning (till exempel B-körkort eller två års erfarenhet av yrket). Sätter en lag en åldersgräns (alkoholservering) anger du lagen i justification.',
    require:
      'Skriv i stället det arbetet kräver: erfarenhet, körkort eller utbildning (till exempel B-körkort eller två års erfarenhet av yrket), aldrig en ålder eller en generation.',
  },
  sex: {
    name: 'kön',
    kind: 'en diskrimineringsgrund',
    advice:
      'Kön och graviditet är aldrig krav för ett arbete, utom i de sällsynta fall lagen tillåter, och då ska justification ange vilket.',
  },
  transgender: {
    name: 'könsöverskridande identitet',
    kind: 'en diskrimineringsgrund',
    advice: 'Det är aldrig ett krav för ett arbete: ta bort det.',
  },
  ethnicity: {
    name: 'etnisk tillhörighet',
    kind: 'en diskrimineringsgrund',
    advice:
      'Fråga i stället efter det arbetet kräver: ett språk på en viss GERS-nivå, rätt att arbeta i Sverige, säkerhetsprövning; aldrig ursprung, medborgarskap, modersmål, namn eller foto. Kräver en lag medborgarskap anger du lagen i justification.',
    require:
      'Skriv i stället det arbetet kräver: ett språk på en viss GERS-nivå, rätt att arbeta i Sverige eller säkerhetsprövning, aldrig ursprung, medborgarskap eller modersmål.',
  },
  religion: {
    name: 'religion eller annan trosuppfattning',
    kind: 'en diskrimineringsgrund',
    advice:
      'Fråga i stället om den sökande kan utföra uppgifterna och arbeta de tider tjänsten kräver, aldrig om tro, klädsel, mat eller bön.',
    require: 'Skriv i stället de uppgifter och arbetstider tjänsten kräver, aldrig tro, klädsel, mat eller bön.',
  },
  disability: {
    name: 'funktionsnedsättning',
    kind: 'en diskrimineringsgrund',
    advice:
      'Fråga i stället om uppgifterna (lyfta 25 kg, arbeta skift) och om den sökande klarar dem, med eller utan anpassning; aldrig om hälsa, diagnoser, mediciner eller sjukdagar.',
    require:
      'Skriv i stället de uppgifter tjänsten kräver (lyfta 25 kg, arbeta skift), aldrig hälsa, diagnoser, mediciner eller sjukdagar.',
  },
  'sexual-orientation': {
    name: 'sexuell läggning',
    kind: 'en diskrimineringsgrund',
    advice: 'Det är aldrig ett krav för ett arbete: ta bort det.',
  },
  family: {
    name: 'familjesituation',
    kind: 'som kan avslöja kön och ålder',
    advice:
      'Fråga i stället om de arbetstider, skift och resor tjänsten kräver, aldrig om barn, äktenskap, graviditet eller föräldraledighet (som föräldraledighetslagen skyddar).',
    require:
      'Skriv i stället de arbetstider, skift och resor tjänsten kräver, aldrig barn, äktenskap, graviditet eller föräldraledighet.',
  },
} as const satisfies Readonly<Record<string, GroundWords>>

const ground = (p: IssueParams): GroundWords =>
  (GROUNDS_SV as Readonly<Record<string, GroundWords>>)[String(p.ground)] ?? {
    name: String(p.ground),
    kind: 'en diskrimineringsgrund',
    advice: '',
  }
/** Var en text står, så som första raden nämner det. */
const PLACE_SV: Record<string, string> = {
  question: 'Frågan',
  option: 'Svarsalternativet',
  description: 'Beskrivningen',
  reason: 'Skälet',
  note: 'Anteckningen',
  title: 'Tjänstens titel',
}
/** `(fältet x)` eller `(kriteriet y)` efter citatet: var man ska titta. */
const owner = (p: IssueParams, name: (s: unknown) => string): string =>
  p.field !== undefined
    ? ` (fältet ${name(p.field)})`
    : p.criterion !== undefined
      ? ` (kriteriet ${name(p.criterion)})`
      : ''
/** Rådet för en text som inte frågar något (ett skäl, en titel, en anteckning): vad man ska kräva i stället. */
const requireInstead = (p: IssueParams): string => ground(p).require ?? ground(p).advice
const groundLine = (p: IssueParams): string => {
  const g = ground(p)
  if (p.place === 'name')
    return fit([(_, n) => `Namnet på fältet ${n(p.field)} pekar på ${g.name}, ${g.kind}, men frågan gör det inte.`], '')
  const verb = p.proxy ? 'kan avslöja' : p.place === 'question' ? 'frågar efter' : 'tar upp'
  const line =
    (reader: boolean, quoted = true) =>
    (quote: string, n: (s: unknown) => string) =>
      `${PLACE_SV[String(p.place)] ?? 'Texten'}${quoted ? ` "${quote}"` : ''}${owner(p, n)} ${verb} ${g.name}, ${g.kind}${reader && p.field !== undefined && p.criterion !== undefined ? `; kriteriet ${n(p.criterion)} läser svaret` : ''}.`
  // Vilket kriterium som läser svaret får ge vika först: rådet nämner det också.
  return fit([line(true), line(false), line(false, false)], String(p.text ?? ''), HEADLINE_MAX, p.matched)
}
const justified = (p: IssueParams): string =>
  `I justification står det: "${p.justification}". Kontrollera att den anger lagen, eller varför arbetet inte går att utföra utan det.`
const checkName = 'Kontrollera vad formuläret frågar och byt namn på fältet om det handlar om något annat.'

/** Sägs först när vetot för vanliga texter gjorde ett fynd till en varning (src/lint/model/ordinary.ts). */
const ORDINARY_SV =
  'Texten liknar mest en text om någon eller något annat (patienter, kunder eller andra som arbetet riktar sig till, ett ämne, en produkt), därför är detta en varning och inte ett fel. Stämmer det, kvittera med raderna nedan; handlar den om den sökande, åtgärda den. '
const ordinaryFirst = (p: IssueParams, advice: string): string =>
  p.ordinary === true ? `${ORDINARY_SV}${advice}` : advice

/** Rättvisefyndens delar på svenska: första raden, sedan rådet. */
export const findingSv: { readonly [C in FindingCode]: FindingWords } = {
  protected_question: {
    headline: groundLine,
    advice: (p) =>
      ordinaryFirst(
        p,
        p.place === 'name'
          ? checkName
          : `Inget kriterium läser svaret, så formuläret ska inte fråga det: ta bort frågan. ${ground(p).advice}`,
      ),
  },
  protected_ground: {
    headline: groundLine,
    advice: (p) =>
      ordinaryFirst(
        p,
        p.justification !== undefined
          ? justified(p)
          : p.place === 'name'
            ? checkName
            : p.place === 'title'
              ? `De sökande ser titeln i varje meddelande. ${requireInstead(p)}`
              : p.place === 'reason'
                ? `Den som får nej läser skälet. ${requireInstead(p)} Skriv om det så att det beskriver kravet.`
                : p.place === 'note'
                  ? `${requireInstead(p)} Skriv om anteckningen.`
                  : `${ground(p).advice} Ta annars bort kriteriet ${p.criterion}, eller skriv i dess justification varför det är lagligt och nödvändigt för tjänsten.`,
      ),
  },
  personal_reason: {
    headline: (p) =>
      fit(
        [
          ...(Array.isArray(p.words) && p.words.length
            ? [
                (quote: string, n: (s: unknown) => string) =>
                  `Skälet "${quote}" (kriteriet ${n(p.criterion)}) handlar om den sökande (${list(p.words)}), inte om kravet.`,
              ]
            : []),
          (quote, n) => `Skälet "${quote}" (kriteriet ${n(p.criterion)}) handlar om den sökande, inte om kravet.`,
        ],
        String(p.text ?? ''),
        HEADLINE_MAX,
        Array.isArray(p.words) ? p.words[0] : undefined,
      ),
    advice: (p) =>
      `Den som får nej läser det efter ${p.locale === 'sv' ? '"För tjänsten krävs"' : '"The role requires"'}. Skriv kravet i stället, till exempel ${p.locale === 'sv' ? '"svenska på minst nivå B2" eller "B-körkort"' : '"Swedish at level B2 or higher" eller "a driving licence"'}. Att skälet säger ${p.locale === 'sv' ? '"du"' : '"you"'} är inget fel; ett omdöme om personen (egenskaper, sätt, intryck, brister, jämförelser) är det.${p.model ? ' Inget enskilt ord avslöjar det: lintens modell, tränad på märkta skäl, läser hela skälet som ett omdöme om personen.' : ''}`,
  },
}

/** Var ett godkännande ska stå, efter vad det skrivs på. */
const ACK_ON_SV: Record<string, (name: string) => string> = {
  field: (name) => `i fältet ${name}, i samma indrag som label:`,
  criterion: (name) => `i kriteriet ${name}, i samma indrag som rule:`,
  job: () => 'under job:, i samma indrag som title:',
}

/** Hur man godkänner ett fynd vars text handlar om något annat, före raderna att lägga till. */
export const acknowledgeSv: Words = (p) =>
  `${p.code === 'personal_reason' ? 'Beskriver skälet kravet och inte den sökande?' : 'Handlar texten om något annat än den sökande (arbetet, ett ämne, kunderna eller patienterna)?'} Godkänn då fyndet: lägg till de här raderna ${ACK_ON_SV[String(p.ackOn)]?.(String(p.ackName ?? '')) ?? ''}`

/** I Studions dialog för att godkänna ett fynd: vägen när texten verkligen handlar om den sökande, ett kriterium som läser svaret. */
export const justifyInsteadSv: Words = (p) =>
  `Handlar texten verkligen om den sökande? Då är ett godkännande fel väg: skriv i stället i kriteriet ${p.criterion}, under justification:, vilken lag eller vilket behov som gör kravet lagligt och nödvändigt för tjänsten.`

/** Rådet under ett godkännande utan skäl, och i dialogen där Studion frågar efter skälet. */
export const ACK_ADVICE_SV =
  'Skriv i en mening varför texten inte handlar om den sökande, till exempel "titeln anger ämnet som ska undervisas, inte den sökande". Handlar texten om den sökande tar du bort godkännandet och skriver i stället i kriteriets justification varför kravet är lagligt och nödvändigt för tjänsten.'

/** Det godkännandets reason säger tills rekryteraren skriver sitt. */
export const ACK_REASON_SV = '<varför texten inte handlar om den sökande>'
