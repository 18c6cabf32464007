import { list, q, type Wording } from './wording.js'

/** Swedish: written for a recruiter, saying what to write instead where there is a way. */
export const sv: Wording = {
  duplicate_id: (p) => `kriteriet ${q(p.id)} finns redan (används först av kriterium nummer ${Number(p.first) + 1}); ge det här ett eget id`,
  // criteria editing
  criteria_text_unparsable: (p) => `texten är inte giltig YAML på rad ${p.line}, kolumn ${p.column}: rätta den i editorn, så går kriterierna att ändra i formuläret igen`,
  criteria_text_not_map: () => 'filen är ingen kriteriefil: den ska bestå av nycklar som id, job, fields och criteria, var och en på egen rad',
  criteria_list_invalid: () => 'criteria är ingen lista: skriv varje kriterium som en punkt som börjar med "- id:"',
  criterion_not_found: (p) => `det finns inget kriterium ${q(p.id)} i filen${Array.isArray(p.ids) && p.ids.length ? ` (den har ${p.ids.join(', ')})` : ''}`,
  criterion_id_taken: (p) => `kriteriet ${q(p.id)} finns redan (kriterium nummer ${Number(p.first) + 1}); ge det här ett eget id`,
  criterion_id_invalid: (p) => `${q(p.id)} kan inte vara ett id: ett id börjar med en liten bokstav och har bara bokstäver, siffror, - och _, till exempel arbetstillstand`,
  criterion_position_invalid: (p) => `det finns ingen plats ${p.position} bland ${p.count} kriterier: platserna räknas från 0 till ${Number(p.count) - 1}`,
  // job and questions
  edit_alias: (p) => `filen använder ett YAML-alias (*${p.alias}), och formulären kan inte ändra en fil med alias: skriv ut värdena i stället för *${p.alias}`,
  edit_not_a_map: (p) => `${p.path ? `${p.path} är` : 'filen är'} inte en samling nycklar med värden (som ${p.path ? 'namn: värde' : 'id, job, fields och criteria'}), så formulären kan inte ändra den: rätta det i editorn`,
  edit_failed: (p) => `${p.path} går inte att ändra så som filen är skriven: ändra det i editorn`,
  edit_invalid_value: (p) =>
    `${p.path}: ${q(p.value)} är inte ${({ date: 'ett datum som 2026-12-01', time: 'en tid som 23:59', timezone: 'en tidszon som Europe/Stockholm', number: 'ett tal som är 0 eller mer', holidays: 'se, none eller en lista med datum som 2026-12-24', index: 'en plats i listan' } as Record<string, string>)[String(p.kind)] ?? String(p.kind)}`,
  invalid_field_name: (p) => `${q(p.name)} kan inte vara namnet på en fråga: ett namn börjar med en bokstav och har bara bokstäver, siffror och _ (till exempel workPermit)`,
  field_not_found: (p) => `det finns ingen fråga som heter ${q(p.name)} i filen`,
  field_exists: (p) => `det finns redan en fråga som heter ${q(p.name)}: välj ett annat namn`,
  field_in_use: (p) => `frågan ${q(p.name)} läses av ${[...(Array.isArray(p.criteria) ? p.criteria.map((c) => `kriteriet ${q(c)}`) : []), ...(Array.isArray(p.fields) ? p.fields.map((f) => `frågan ${q(f)}`) : [])].join(', ')}: ${p.rename ? 'byt namn' : 'ta bort den'} där först`,
  // slips: the recruiter's slips caught at load, lint or test, with what to write instead
  tab_indent: (p) => `rad ${p.line} är indragen med tabb, men YAML drar bara in med mellanslag: byt tabben mot mellanslag (två för varje nivå)`,
  unclosed_quote: (p) => `citattecknet ${p.quote} som börjar här på rad ${p.line} stängs aldrig, så allt efter det blev en del av texten: avsluta texten med ${p.quote} på samma rad`,
  colon_in_text: (p) => `ett kolon följt av mellanslag i en text utan citattecken läses som början på en ny nyckel. Sätt texten inom citattecken, så här: ${p.fixed}`,
  wrong_indent: (p) => `rad ${p.line} är indragen ${p.spaces} mellanslag och hamnar inte rakt under någon nyckel ovanför (de står på ${list(p.above, 'och')} mellanslag): dra in raden lika långt som nyckeln den hör ihop med`,
  comma_in_text: (p) => `texten efter ett kommatecken blev en egen nyckel (${q(p.key)}): i en map på en rad, { … }, avslutar kommatecknet texten, så sätt hela texten inom citattecken, så här: ${p.fixed}`,
  split_decimal: (p) =>
    `${p.count === undefined || p.count === null ? `${q(p.op)}: ` : `${q(p.op)} fick ${p.count} argument men tar ${p.takes}: `}skrev du ${p.whole},${p.fraction}? I en lista [ … ] eller map { … } på en rad skiljer kommatecknet värden åt, så talet delades i två; skriv ${p.whole}.${p.fraction}, med decimalpunkt`,
  impossible_date: (p) =>
    `${q(p.value)} är inget giltigt ${p.part === 'hour' || p.part === 'minute' ? 'klockslag' : 'datum'}: ${
      p.part === 'day' ? `${MONTHS_SV[Number(p.month) - 1]} ${p.year} har ${p.days} dagar` : p.part === 'month' ? 'ett år har 12 månader (01 till 12)' : p.part === 'hour' ? 'timmarna går från 00 till 23' : 'minuterna går från 00 till 59'
    }`,
  unknown_criterion: (p) => `testet väntar sig att ${q(p.id)} är ${STATUS_SV[String(p.list)] ?? p.list}, men inget kriterium har det id:t${p.suggestion ? `; menade du ${q(p.suggestion)}?` : `; kriterierna är ${list(p.known, 'och')}`}`,
  constant_condition: (p) =>
    `${p.part === 'when' ? `villkoret (when) för "${p.id}"` : `regeln för kravet "${p.id}"`} är ${p.value ? 'sant' : 'falskt'} för alla tänkbara svar, så ${
      p.part === 'when' ? (p.value ? 'kriteriet hoppas aldrig över' : 'kriteriet hoppas alltid över') : p.value ? 'alla uppfyller det' : 'ingen kan uppfylla det'
    }${p.or ? '; skrev du or där du menade and?' : p.and ? '; skrev du and där du menade or?' : ''}`,
  unclosed_bracket: (p) => `${p.open === '{' ? 'klammerparentesen' : 'hakparentesen'} ${p.open} som börjar här på rad ${p.line} stängs aldrig: avsluta med ${p.close} på samma rad (eller skriv varje värde på en egen rad)`,
}

// slips: month names, statuses and lists for the wording above
const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
const STATUS_SV: Record<string, string> = { met: 'uppfyllt', unmet: 'inte uppfyllt', missing: 'obesvarat', invalid: 'ogiltigt', review: 'för granskning', skipped: 'överhoppat' }
