import type { NoticeWording } from './notice-wording.js'

const n = (x: number) => x.toLocaleString('sv')
const rows = (x: number) => `${n(x)} ${x === 1 ? 'rad' : 'rader'}`

/**
 * Meddelandena på svenska. Flaggor, kommandon och filnamn skrivs som på kommandoraden.
 *
 * @example
 * ```ts
 * NOTICE_SV.progress(1024) // '1 024 ansökningar bedömda …'
 * ```
 */
export const NOTICE_SV: NoticeWording = {
  internalError: (detail) => `internt fel: ${detail}`,
  cannotWrite: (what, target, failure, detail) =>
    `kan inte skriva ${what ? `${WRITTEN[what]} ` : ''}till ${target ?? 'standard output'}: ${failure}${detail ? `; ${detail}` : ''}`,
  failure: {
    ENOSPC: 'det finns inget utrymme kvar på enheten',
    EDQUOT: 'diskkvoten är slut',
    EFBIG: 'filen har nått den största tillåtna storleken',
    EIO: 'ett in- eller utmatningsfel',
    EBADF: 'den är stängd',
    EACCES: 'åtkomst nekas',
    EPERM: 'åtgärden är inte tillåten',
    EROFS: 'filsystemet är skrivskyddat',
    ENOENT: 'mappen finns inte',
    ENOTDIR: 'en del av sökvägen är inte en mapp',
    EISDIR: 'det är en mapp',
    ENAMETOOLONG: 'namnet är för långt',
    EMFILE: 'för många filer är öppna',
    ENFILE: 'för många filer är öppna',
    ENXIO: 'enheten finns inte',
    ECONNRESET: 'anslutningen bröts',
    ETIMEDOUT: 'enheten svarade inte i tid',
    EINVAL: 'enheten tar inte emot skrivningar av det här slaget',
  },
  stopped: (signal, detail) => `stoppad av ${signal}${detail ? ` ${detail}` : ''}`,

  applicationUnusable: (problems) =>
    `ansökan går inte att använda: ${problems.map((p) => `${p.path || '(hela ansökan)'}: ${p.message}`).join('; ')}`,
  notUtf8Line:
    'raden innehåller byte som inte är UTF-8 och läses som U+FFFD (�): ett svar är kanske inte det som den sökande skrev (det står i beslutsloggen); spara filen som UTF-8',
  decisionTime: (iso, given) => (given ? `--now ${iso}` : `tidpunkten för beslutet (nu, ${iso})`),
  nowBeforeSubmission: (time, submittedAt, last) =>
    `${time} är före tidpunkten då ansökan skickades (${submittedAt}): beslutet dateras i stället till när ansökan skickades (det står i beslutsloggen)${last ? '; fler sådana rader räknas ihop i slutet' : ''}`,
  submittedAfter: (count, time) =>
    `${n(count)} ansökningar skickades efter ${time}: deras beslut dateras till när de skickades`,
  diffSubmittedAfter: (count, time) =>
    count === 1
      ? `1 ansökan skickades efter ${time}: dess beslut dateras till när den skickades`
      : `${n(count)} ansökningar skickades efter ${time}: deras beslut dateras till när de skickades`,
  progress: (count) => `${n(count)} ansökningar bedömda …`,
  messageNotRendered: (message) => `meddelandet gick inte att skapa: ${message}`,
  done: (mark, batch) => {
    const source = batch.source === '-' ? 'indata' : batch.source
    const where = batch.document ? `ansökan ${n(mark.entries)} i ${source}` : `rad ${n(mark.line)} i ${source}`
    return `${where} (${n(mark.results)} resultat, ${n(mark.errors)} fel)`
  },
  resume: (mark, batch, command) => {
    const from = batch.source === '-' ? '… | ' : ''
    if (batch.document)
      return `för att fortsätta, bedöm ansökningarna efter de första ${n(mark.entries)}: ${from}${command}`
    return `för att fortsätta, bedöm raderna efter ${n(mark.line)}: ${from}${command}`
  },
  cutOff: (format, linesWritten) => {
    if (format === 'jsonl')
      return 'utdata slutar med en del av nästa resultat (ta bort den sista raden innan du lägger till mer)'
    return `utdata slutar med en del av nästa resultat, efter ${rows(linesWritten)} som körningen skrev hela (ett resultat i en tabell tar flera rader: behåll dessa ${rows(linesWritten)} och ta bort det som följer efter dem innan du lägger till mer)`
  },
  stoppedAfter: (done, resume) => `efter ${done}; ${resume}`,
  stoppedBefore: 'innan någon ansökan hade bedömts',
  writtenWhole: (done, cutOff, resume) =>
    done === null
      ? 'inget skrevs helt'
      : `resultaten fram till ${done} skrevs hela${cutOff ? `, och ${cutOff}` : ''}; ${resume}`,

  reportStopped: (line, source) => `efter rad ${n(line)} i ${source === '-' ? 'indata' : source}; ingen rapport skrevs`,
  unmatched: (kind, count) =>
    kind === 'answers'
      ? `${n(count)} svar nämner ingen ansökan i resultaten: räknas för sig`
      : `${n(count)} ${count === 1 ? 'samtycke' : 'samtycken'} nämner inget meddelande om kandidatbanken i resultaten: räknas för sig`,
  notCompared: (id, message) => `ansökan ${id}: ${message}`,
  belowThreshold: (percent, threshold) => `täckningen ${n(percent)} % är under gränsen ${n(threshold)} %`,
  noCaseRan: 'inget testfall kördes (--pass-with-no-tests tillåter det)',
  noTestFiles: (paths) =>
    `inga testfiler hittades i ${paths} (*.test.yaml, *.test.json; --pass-with-no-tests tillåter det)`,
  testReport: {
    pass: 'GODKÄNT',
    fail: 'UNDERKÄNT',
    expected: 'väntat',
    actual: 'blev',
    got: 'resultat',
    field: (field, v) =>
      field === 'outcome' || field === 'score' || field === 'nearMiss' || field === 'message'
        ? FIELD[field]
        : v.status[field],
    outcome: (outcome, v) => v.outcome[outcome],
    coverage: (percent) => `täckning ${n(percent)} %`,
    covered: (status, v) => v.status[status],
    uncovered: (status, v) => `${v.status[status]} (inte prövat)`,
    counts: (passed, failed) =>
      `${n(passed)} ${passed === 1 ? 'godkänt' : 'godkända'}, ${n(failed)} ${failed === 1 ? 'underkänt' : 'underkända'}`,
  },
  tooManyWarnings: (count, max) =>
    `${n(count)} ${count === 1 ? 'varning' : 'varningar'}, fler än --max-warnings ${max}`,
  previewNotUtf8: (message) => `${message}; här läses de som U+FFFD (�), och det står i beslutsloggen`,
  previewDecideHint: (interview) =>
    interview
      ? 'Förhandsgranska ett avslag efter intervju med --decide reject --reason <kriterium> --interview <tidpunkt>.'
      : 'Förhandsgranska en persons avslag med --decide reject --reason <kriterium>.',
  invalidDecision: (id, problem) => `beslutet för ansökan ${id}: ${problem}`,
  previewNowBefore: (iso, submittedAt) =>
    `--now ${iso} är före tidpunkten då ansökan skickades (${submittedAt}): beslutet dateras i stället till när ansökan skickades`,
  previewHead: {
    stage: 'Steg:',
    sendAt: 'Skickas:',
    why: 'Varför:',
    subject: 'Ämne:',
    breached: 'SVARSTIDEN ÖVERSKRIDEN',
  },
  previewDecision: (outcome, by, at, interviewAt, program) =>
    `Beslut: ${outcome} av ${by}, ${at}${interviewAt ? `, efter intervjun ${interviewAt}` : ''} (programmets beslut: ${program})`,
  previewLintErrors: (count, names, file) =>
    `granskningen hittar ${n(count)} fel i kriterierna (${names.join(', ')}): kör autoscreen lint ${file} innan något skickas`,
  studioListening: (folder, url) =>
    `Criteria Studio för ${folder}/ på ${url}\n(bara på den här datorn; adressen öppnas en gång. Tryck Enter här för en ny adress, Ctrl+C för att avsluta.)`,
  studioNewAddress: (url) => `Ny engångsadress (de tidigare öppnas inte längre): ${url}`,
}

// What an expectation of a test case is about, where it is not a status (the vocabulary's word).
const FIELD: Readonly<Record<'outcome' | 'score' | 'nearMiss' | 'message', string>> = {
  outcome: 'beslut',
  score: 'poäng',
  nearMiss: 'nära ja',
  message: 'meddelandet',
}

const WRITTEN = {
  report: 'rapporten',
  junit: 'JUnit-rapporten',
  comparison: 'jämförelsen',
  schema: 'JSON-schemat',
  message: 'meddelandet',
  results: 'resultaten',
} as const
