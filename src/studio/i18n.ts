// The page's own words, in the recruiter's language. Diagnostics are the library's (and the
// CLI's) texts; the form shows the criteria file's labels in the chosen language.

import { RESULT_VOCABULARY, RESULT_WORDING } from '../index.js'

export type UiLocale = 'sv' | 'en'

/** A word of the results' vocabulary as a badge or a heading starts it: with a capital letter. */
const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

const STRINGS = {
  skip: { sv: 'Hoppa till editorn', en: 'Skip to the editor' },
  language: { sv: 'Språk', en: 'Language' },
  files: { sv: 'Filer', en: 'Files' },
  save: { sv: 'Spara', en: 'Save' },
  saved: { sv: 'Sparad', en: 'Saved' },
  unsaved: { sv: 'Inte sparad', en: 'Not saved' },
  restored: { sv: 'Osparade ändringar återställda', en: 'Unsaved changes restored' },
  saveFailed: { sv: 'Kunde inte spara', en: 'Could not save' },
  keptHere: { sv: 'Dina ändringar finns kvar i webbläsaren.', en: 'Your changes are kept in the browser.' },
  openFailed: { sv: 'Kunde inte öppna', en: 'Could not open' },
  problems: { sv: 'Problem', en: 'Problems' },
  noProblems: { sv: 'Inga problem', en: 'No problems' },
  acknowledge: { sv: 'Godkänn (texten handlar inte om den sökande)…', en: 'Acknowledge…' },
  acknowledgeTitle: { sv: 'Godkänn fyndet', en: 'Acknowledge the finding' },
  acknowledgeReason: {
    sv: 'Varför handlar texten inte om den sökande?',
    en: 'Why is the text not about the applicant?',
  },
  acknowledgeAdd: { sv: 'Lägg till i filen', en: 'Add to the file' },
  acknowledgeAdded: {
    sv: 'Godkännandet finns nu i editorn. Spara filen när du är nöjd.',
    en: 'The acknowledgement is in the editor now. Save the file when you are happy with it.',
  },
  line: { sv: 'rad', en: 'line' },
  tryIt: { sv: 'Prova kriterierna', en: 'Try the criteria' },
  tabForm: { sv: 'Formuläret', en: 'The form' },
  tabMessage: { sv: 'Meddelandet', en: 'The message' },
  tabTests: { sv: 'Testfall', en: 'Test cases' },
  tabAdd: { sv: 'Nytt kriterium', en: 'New criterion' },
  formIntro: {
    sv: 'Så ser frågorna ut för den sökande. Fyll i svar och se beslutet direkt.',
    en: 'The questions as the candidate sees them. Fill in answers and see the decision at once.',
  },
  firstName: { sv: 'Förnamn', en: 'First name' },
  submittedAt: { sv: 'Ansökan kom in', en: 'Submitted' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  unanswered: { sv: 'Inget svar', en: 'No answer' },
  onePerLine: { sv: 'ett per rad', en: 'one per line' },
  fixFirst: { sv: 'Rätta felen i filen för att prova den.', en: 'Fix the errors in the file to try it.' },
  decision: { sv: 'Beslut', en: 'Decision' },
  // The outcomes and statuses are the library's one vocabulary of results, as the CLI table and the issues say them.
  pass: { sv: capital(RESULT_VOCABULARY.sv.outcome.pass), en: capital(RESULT_VOCABULARY.en.outcome.pass) },
  reject: { sv: capital(RESULT_VOCABULARY.sv.outcome.reject), en: capital(RESULT_VOCABULARY.en.outcome.reject) },
  review: { sv: capital(RESULT_VOCABULARY.sv.outcome.review), en: capital(RESULT_VOCABULARY.en.outcome.review) },
  nearMiss: { sv: 'Nära ja: sparas i kandidatbanken', en: 'Near miss: kept for the talent pool' },
  score: { sv: 'Poäng', en: 'Score' },
  scoreLine: {
    sv: 'Poäng: {score} av {max} (går vidare från {min} poäng)',
    en: 'Score: {score} of {max} (pass at {min})',
  },
  status: { sv: RESULT_VOCABULARY.sv.status, en: RESULT_VOCABULARY.en.status },
  required: { sv: 'krav', en: 'required' },
  points: { sv: 'poäng', en: 'points' },
  stage: { sv: 'Steg', en: 'Stage' },
  messageLanguage: { sv: 'Meddelandets språk', en: 'Message language' },
  sendAt: { sv: 'Skickas', en: 'Sent' },
  slaBreached: { sv: 'Utlovad svarstid överskriden', en: 'Promised reply time breached' },
  textPart: { sv: 'Text', en: 'Text' },
  customTemplate: {
    sv: 'Filen har en egen mall för det här meddelandet, och egna mallar kan inte visas här. Förhandsgranska den med: npx autoscreen preview',
    en: 'The file has its own template for this message, and own templates cannot be shown here. Preview it with: npx autoscreen preview',
  },
  htmlPart: { sv: 'Som e-post (HTML)', en: 'As email (HTML)' },
  decidedBy: { sv: 'Beslutet fattas av', en: 'Decided by' },
  byProgram: { sv: 'programmet', en: 'the program' },
  byPerson: { sv: 'en person', en: 'a person' },
  personOutcome: { sv: 'Personens beslut', en: 'The person’s decision' },
  personReasons: {
    sv: 'Skäl: den sökande får veta dessa och inga andra',
    en: 'Reasons: the candidate is told these and no others',
  },
  ownReasonSv: { sv: 'Skäl med egna ord, på svenska', en: 'Reason in your own words, in Swedish' },
  ownReasonEn: { sv: 'Skäl med egna ord, på engelska', en: 'Reason in your own words, in English' },
  afterInterview: { sv: 'Efter en intervju', en: 'After an interview' },
  interviewAt: { sv: 'Intervjun hölls', en: 'Interview held' },
  notFitting: { sv: 'passar inte beslutet', en: 'does not fit the decision' },
  studioDecider: { sv: 'Criteria Studio', en: 'Criteria Studio' },
  noTests: {
    sv: 'Filen har inga testfall än. Spara ett från formuläret nedan.',
    en: 'This file has no test cases yet. Save one from the form below.',
  },
  runTests: { sv: 'Kör testfallen', en: 'Run the test cases' },
  passed: { sv: 'godkända', en: 'passed' },
  failed: { sv: 'underkända', en: 'failed' },
  coverage: { sv: 'Täckning', en: 'Coverage' },
  caseName: { sv: 'Namn på testfallet', en: 'Test case name' },
  expectedOutcome: { sv: 'Förväntat beslut', en: 'Expected decision' },
  saveCase: { sv: 'Spara formulärets svar som testfall', en: 'Save the form answers as a test case' },
  caseSaved: { sv: 'Testfallet sparat i', en: 'Test case saved in' },
  field: { sv: 'Fält', en: 'Field' },
  condition: { sv: 'Villkor', en: 'Condition' },
  isRequired: { sv: 'Skallkrav (annars meriterande)', en: 'Required (otherwise preferred)' },
  weight: { sv: 'Poäng om uppfyllt', en: 'Points when met' },
  id: { sv: 'Id', en: 'Id' },
  reasonSv: {
    sv: 'Skäl på svenska (passar efter "För tjänsten krävs")',
    en: 'Reason in Swedish (fits after "För tjänsten krävs")',
  },
  reasonEn: {
    sv: 'Skäl på engelska (passar efter "The role requires")',
    en: 'Reason in English (fits after "The role requires")',
  },
  add: { sv: 'Lägg till i filen', en: 'Add to the file' },
  added: {
    sv: 'Tillagt i editorn: spara när du är nöjd.',
    en: 'Added in the editor: save when you are happy with it.',
  },
  value: { sv: 'Värde', en: 'Value' },
  from: { sv: 'Från', en: 'From' },
  to: { sv: 'Till', en: 'To' },
  count: { sv: 'Antal', en: 'How many' },
  level: { sv: 'Nivå', en: 'Level' },
  date: { sv: 'Datum', en: 'Date' },
  days: { sv: 'Dagar', en: 'Days' },
  months: { sv: 'Månader', en: 'Months' },
  options: { sv: 'Alternativ', en: 'Options' },
  conditions: {
    sv: {
      yes: 'ja',
      no: 'nej',
      atLeast: 'minst',
      atMost: 'högst',
      between: 'mellan',
      oneOf: 'något av',
      includesAny: 'något av',
      includesAll: 'alla',
      atLeastOf: 'minst N av',
      cefrAtLeast: 'minst nivå',
      onOrBefore: 'senast',
      onOrAfter: 'tidigast',
      withinDaysOfApplication: 'inom N dagar från ansökan',
      withinMonthsOfApplication: 'inom N månader från ansökan',
    },
    en: {
      yes: 'yes',
      no: 'no',
      atLeast: 'at least',
      atMost: 'at most',
      between: 'between',
      oneOf: 'one of',
      includesAny: 'any of',
      includesAll: 'all of',
      atLeastOf: 'at least N of',
      cefrAtLeast: 'at least level',
      onOrBefore: 'on or before',
      onOrAfter: 'on or after',
      withinDaysOfApplication: 'within N days of applying',
      withinMonthsOfApplication: 'within N months of applying',
    },
  },
  // safety and tests
  editorHint: {
    sv: 'Tab flyttar vidare från editorn. Ctrl+] drar in raden, Ctrl+[ minskar indraget.',
    en: 'Tab moves on from the editor. Ctrl+] indents the line, Ctrl+[ outdents it.',
  },
  versions: { sv: 'Tidigare versioner', en: 'Earlier versions' },
  versionsIntro: {
    sv: 'Varje gång filen sparas behålls den förra versionen. Välj en för att se den och återställa den i editorn. Den sparas först när du sparar.',
    en: 'Each save keeps the previous version of the file. Pick one to see it and restore it into the editor. It is saved only when you save.',
  },
  noVersions: {
    sv: 'Inga tidigare versioner än: filen har inte sparats om i studion.',
    en: 'No earlier versions yet: the file has not been saved over in the studio.',
  },
  setAsideText: {
    sv: 'Din text, undanlagd när filen lästes in från disken',
    en: 'Your text, set aside when the file was loaded from disk',
  },
  restoreVersion: { sv: 'Återställ i editorn', en: 'Restore into the editor' },
  versionRestored: {
    sv: 'Versionen är återställd i editorn. Spara när du är nöjd.',
    en: 'The version is restored into the editor. Save when you are happy with it.',
  },
  close: { sv: 'Stäng', en: 'Close' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  bytes: { sv: 'byte', en: 'bytes' },
  confirmEmptyTitle: { sv: 'Spara en tom fil?', en: 'Save an empty file?' },
  confirmEmptyBody: {
    sv: 'Editorn är tom. Sparar du nu blir kriteriefilen tom och alla krav försvinner ur den. Den version som finns nu behålls under Tidigare versioner.',
    en: 'The editor is empty. If you save now, the criteria file becomes empty and every requirement is gone from it. The version there now is kept under Earlier versions.',
  },
  confirmEmptyYes: { sv: 'Ja, spara den tomma filen', en: 'Yes, save the empty file' },
  confirmBrokenTitle: { sv: 'Spara en fil som inte går att läsa?', en: 'Save a file that cannot be read?' },
  confirmBrokenBody: {
    sv: 'Texten är inte giltig YAML (rad {line}, kolumn {column}), så studion och kommandoraden kan inte läsa filen förrän felet är rättat. Den version som finns nu behålls under Tidigare versioner.',
    en: 'The text is not valid YAML (line {line}, column {column}), so neither the studio nor the command line can read the file until the error is fixed. The version there now is kept under Earlier versions.',
  },
  confirmBrokenYes: { sv: 'Ja, spara ändå', en: 'Yes, save anyway' },
  changedTitle: { sv: 'Filen har ändrats på disken', en: 'The file has changed on disk' },
  changedBody: {
    sv: 'Filen har ändrats utanför studion sedan du öppnade den. Sparar du nu skrivs de ändringarna över.',
    en: 'The file has been changed outside the studio since you opened it. If you save now, those changes are overwritten.',
  },
  changedReload: {
    sv: 'Läs in filen från disken (din text läggs under Tidigare versioner)',
    en: 'Load the file from disk (your text goes under Earlier versions)',
  },
  changedOverwrite: { sv: 'Skriv över med min text', en: 'Overwrite with my text' },
  reloadedFromDisk: {
    sv: 'Filen lästes in från disken. Din text finns under Tidigare versioner.',
    en: 'The file was loaded from disk. Your text is under Earlier versions.',
  },
  notSavedYet: { sv: 'Inte sparad: du valde att inte spara.', en: 'Not saved: you chose not to save.' },
  casesTitle: { sv: 'Testfallen i filen', en: 'The test cases in the file' },
  colId: { sv: 'Id', en: 'Id' },
  colCandidate: { sv: 'Sökande', en: 'Candidate' },
  colExpected: { sv: 'Förväntat beslut', en: 'Expected decision' },
  colResult: { sv: 'Resultat', en: 'Result' },
  colActions: { sv: 'Åtgärder', en: 'Actions' },
  notRun: { sv: 'inte körd', en: 'not run' },
  casePass: { sv: 'GODKÄNT', en: 'PASS' },
  caseFail: { sv: 'UNDERKÄNT', en: 'FAIL' },
  openCase: { sv: 'Öppna', en: 'Open' },
  renameCase: { sv: 'Byt id', en: 'Rename' },
  deleteCase: { sv: 'Ta bort', en: 'Delete' },
  newId: { sv: 'Nytt id', en: 'New id' },
  idTaken: {
    sv: 'Id:t {id} finns redan i filen. Välj ett annat.',
    en: 'The id {id} is already in the file. Choose another.',
  },
  idInvalid: {
    sv: 'Ett id består av små bokstäver a–z, siffror och bindestreck, till exempel anna-2.',
    en: 'An id is lower-case letters a–z, digits and hyphens, for example anna-2.',
  },
  confirmDeleteTitle: { sv: 'Ta bort testfallet {id}?', en: 'Delete the test case {id}?' },
  confirmDeleteBody: {
    sv: 'Testfallet tas bort ur testfilen. Den version som finns nu behålls under Tidigare versioner.',
    en: 'The test case is removed from the test file. The version there now is kept under Earlier versions.',
  },
  caseOpened: {
    sv: 'Testfallet {id} är öppnat i formuläret. Ändra svaren där och spara ändringarna här.',
    en: 'The test case {id} is open in the form. Change the answers there and save the changes here.',
  },
  saveChanges: { sv: 'Spara ändringarna i {id}', en: 'Save the changes to {id}' },
  caseUpdated: { sv: 'Testfallet {id} är uppdaterat.', en: 'The test case {id} is updated.' },
  caseDeleted: { sv: 'Testfallet {id} är borttaget.', en: 'The test case {id} is deleted.' },
  caseRenamed: { sv: 'Testfallet heter nu {id}.', en: 'The test case is now {id}.' },
  scoreAgainst: {
    sv: 'Poäng {score} av {max} (går vidare från {min} poäng)',
    en: 'Score {score} of {max} (pass at {min})',
  },
  outcomeDiffered: {
    sv: 'Beslutet: testfallet väntar sig ”{expected}”, men det blev ”{actual}”.',
    en: 'The decision: the case expects “{expected}”, but it was “{actual}”.',
  },
  statusExpected: {
    sv: '{id}: testfallet väntar sig ”{expected}”, men kriteriet blev ”{actual}”.',
    en: '{id}: the case expects “{expected}”, but the criterion was “{actual}”.',
  },
  statusUnexpected: {
    sv: '{id}: kriteriet blev ”{actual}”, vilket testfallet inte väntar sig.',
    en: '{id}: the criterion was “{actual}”, which the case does not expect.',
  },
  otherDiffered: { sv: '{field}: väntat {expected}, blev {actual}', en: '{field}: expected {expected}, got {actual}' },
  messageMissing: { sv: 'Meddelandet saknar ”{expected}”.', en: 'The message lacks “{expected}”.' },
  notSeen: { sv: 'inte prövat', en: 'not tried' },
  // criteria tab
  tabCriteria: { sv: 'Kriterier', en: 'Criteria' },
  criteriaIntro: {
    sv: 'Filens kriterier i ordning. Ändra dem här eller i editorn: båda visar samma text.',
    en: 'The file’s criteria in order. Change them here or in the editor: both show the same text.',
  },
  fileHasErrors: {
    sv: 'Filen har fel (se Problem under editorn), men kriterierna går ändå att ändra här.',
    en: 'The file has errors (see Problems under the editor), but the criteria can still be changed here.',
  },
  cannotRead: { sv: 'Kriterierna kan inte visas just nu:', en: 'The criteria cannot be shown right now:' },
  noCriteria: {
    sv: 'Filen har inga kriterier än. Lägg till det första med knappen nedan.',
    en: 'The file has no criteria yet. Add the first with the button below.',
  },
  noFields: {
    sv: 'Filen har inga frågor än: ett kriterium läser svaret på en fråga under fields.',
    en: 'The file has no questions yet: a criterion reads the answer to a question under fields.',
  },
  newCriterion: { sv: 'Nytt kriterium', en: 'New criterion' },
  editCriterion: { sv: 'Ändra kriteriet', en: 'Edit the criterion' },
  edit: { sv: 'Ändra', en: 'Edit' },
  showInEditor: { sv: 'Visa i editorn', en: 'Show in the editor' },
  handWritten: {
    sv: 'Regeln är skriven för hand och kan inte visas i formuläret: ändra den i editorn.',
    en: 'The rule is written by hand and cannot be shown in the form: change it in the editor.',
  },
  moveUp: { sv: 'Flytta upp', en: 'Move up' },
  moveDown: { sv: 'Flytta ned', en: 'Move down' },
  remove: { sv: 'Ta bort', en: 'Remove' },
  removeAsk: { sv: 'Ta bort kriteriet', en: 'Remove the criterion' },
  removeYes: { sv: 'Ja, ta bort', en: 'Yes, remove' },
  criterionSaved: {
    sv: 'Kriteriet sparat i editorn. Spara filen när du är nöjd.',
    en: 'Criterion saved in the editor. Save the file when you are happy with it.',
  },
  criterionMoved: { sv: 'Kriteriet flyttat.', en: 'Criterion moved.' },
  criterionRemoved: { sv: 'Borttaget ur editorn:', en: 'Removed in the editor:' },
  question: { sv: 'Fråga', en: 'Question' },
  kindLegend: { sv: 'Krav eller poäng', en: 'Required or points' },
  kindRequired: { sv: 'Krav: den som inte uppfyller det får nej', en: 'Required: not meeting it means a no' },
  kindPoints: { sv: 'Meriterande: ger poäng', en: 'Preferred: gives points' },
  nearMissAllowed: {
    sv: 'Nära ja om bara det här kravet saknas (sparas i kandidatbanken)',
    en: 'A near miss if only this requirement is unmet (kept for the talent pool)',
  },
  whenOn: {
    sv: 'Gäller bara när en annan fråga har ett visst svar',
    en: 'Applies only when another question has a certain answer',
  },
  whenQuestion: { sv: 'Gäller när frågan', en: 'Applies when the question' },
  whenCondition: { sv: 'har svaret', en: 'has the answer' },
  placeholders: { sv: 'Skälet kan citera regelns värden:', en: 'The reason can quote the rule’s values:' },
  noPlaceholders: {
    sv: 'Det här villkoret har inga värden att citera i skälet.',
    en: 'This condition has no values to quote in the reason.',
  },
  whySv: { sv: 'Varför jobbet kräver det, på svenska (valfritt)', en: 'Why the job needs it, in Swedish (optional)' },
  whyEn: { sv: 'Varför jobbet kräver det, på engelska (valfritt)', en: 'Why the job needs it, in English (optional)' },
  adviceSv: {
    sv: 'Råd till den som inte uppfyller det, på svenska (valfritt)',
    en: 'Advice for those who do not meet it, in Swedish (optional)',
  },
  adviceEn: {
    sv: 'Råd till den som inte uppfyller det, på engelska (valfritt)',
    en: 'Advice for those who do not meet it, in English (optional)',
  },
  saveCriterion: { sv: 'Spara kriteriet', en: 'Save the criterion' },
  forAPerson: {
    sv: 'Svar som alltid går till en person (reviewValues):',
    en: 'Answers that always go to a person (reviewValues):',
  },
  // job and questions
  newFile: { sv: 'Ny fil', en: 'New file' },
  newFileTitle: { sv: 'Ny kriteriefil', en: 'New criteria file' },
  noFiles: {
    sv: 'Det finns inga kriteriefiler här än. Börja med en ny fil.',
    en: 'There are no criteria files here yet. Start with a new file.',
  },
  noFileOpen: {
    sv: 'Ingen fil är öppen. Öppna en fil i listan eller skapa en ny med ”Ny fil”.',
    en: 'No file is open. Open a file from the list or create one with “New file”.',
  },
  fileName: { sv: 'Filnamn', en: 'File name' },
  fileNameHint: {
    sv: 'Små bokstäver, siffror och bindestreck, till exempel lagerarbetare-jonkoping.yaml',
    en: 'Lowercase letters, digits and hyphens, such as warehouse-worker.yaml',
  },
  fileNameBad: {
    sv: 'Filnamnet får bara ha små bokstäver (a–z), siffror och bindestreck, och sluta på .yaml, till exempel lagerarbetare.yaml.',
    en: 'The file name may hold only lowercase letters (a–z), digits and hyphens, and end in .yaml, such as warehouse-worker.yaml.',
  },
  fileNameTaken: {
    sv: 'Det finns redan en fil med det namnet. Välj ett annat, eller öppna den i listan.',
    en: 'A file of that name already exists. Choose another, or open it from the list.',
  },
  startFrom: { sv: 'Börja med', en: 'Start with' },
  startBlank: {
    sv: 'En tom fil (en första fråga och ett krav att utgå från)',
    en: 'A blank file (a first question and requirement to start from)',
  },
  startExample: { sv: 'En kopia av ett exempel', en: 'A copy of an example' },
  startEditor: { sv: 'Texten som står i editorn', en: 'The text in the editor' },
  example: { sv: 'Exempel', en: 'Example' },
  create: { sv: 'Skapa filen', en: 'Create the file' },
  created: { sv: 'Filen skapad', en: 'File created' },
  tabJob: { sv: 'Jobbet', en: 'The job' },
  tabFields: { sv: 'Frågor', en: 'Questions' },
  jobIntro: {
    sv: 'Tjänsten som meddelandena och formuläret nämner. Ändringar skrivs in i editorn; spara filen när du är nöjd.',
    en: 'The job that the candidate’s messages and the form refer to. Changes are written into the editor; save the file when you are happy.',
  },
  titleSv: { sv: 'Titel på svenska', en: 'Title in Swedish' },
  titleEn: { sv: 'Titel på engelska', en: 'Title in English' },
  company: { sv: 'Företag', en: 'Company' },
  contactName: { sv: 'Kontaktperson', en: 'Contact person' },
  contactEmail: { sv: 'Kontaktpersonens e-post', en: 'Contact person’s email' },
  closesDate: { sv: 'Sista ansökningsdag', en: 'Closing date' },
  dateHint: { sv: 'ÅÅÅÅ-MM-DD, till exempel 2026-12-06', en: 'YYYY-MM-DD, such as 2026-12-06' },
  closesTime: { sv: 'Klockslag', en: 'Time' },
  timeHint: {
    sv: 'TT:MM, till exempel 23:59. Tomt: dagen ut.',
    en: 'HH:MM, such as 23:59. Empty: the end of the day.',
  },
  timezone: { sv: 'Tidszon', en: 'Time zone' },
  timezoneHint: { sv: 'Tomt: Europe/Stockholm', en: 'Empty: Europe/Stockholm' },
  holidays: { sv: 'Helgdagar då inga meddelanden skickas', en: 'Holidays when no message is sent' },
  holidaysDefault: {
    sv: 'Som tidszonen (svenska helgdagar i Sverige)',
    en: 'As the time zone (Swedish holidays in Sweden)',
  },
  holidaysSe: { sv: 'Svenska helgdagar och aftnar', en: 'Swedish holidays and eves' },
  holidaysNone: { sv: 'Inga', en: 'None' },
  holidayDates: { sv: 'Fler lediga dagar', en: 'More days off' },
  holidayDatesHint: { sv: 'ÅÅÅÅ-MM-DD, åtskilda med komma', en: 'YYYY-MM-DD, separated by commas' },
  decisionTitle: { sv: 'Beslutet', en: 'The decision' },
  minScore: { sv: 'Poäng som krävs för att gå vidare', en: 'Points needed to go on' },
  minScoreHint: {
    sv: 'Summan av meriterande kriterier som uppfylls. Tomt: 0.',
    en: 'The sum of the preferred criteria met. Empty: 0.',
  },
  nearMissMargin: { sv: 'Nära ja: högst så många poäng under', en: 'Near miss: at most this many points short' },
  nearMissHint: {
    sv: 'Alla krav uppfyllda men så här många poäng från gränsen: sparas i kandidatbanken. Tomt: 0.',
    en: 'Every requirement met but this many points short: kept for the talent pool. Empty: 0.',
  },
  applyJob: { sv: 'Skriv in i filen', en: 'Write into the file' },
  jobSaved: {
    sv: 'Jobbet ändrat i editorn: spara filen när du är nöjd.',
    en: 'The job changed in the editor: save the file when you are happy.',
  },
  notYaml: { sv: 'Filen går inte att läsa just nu', en: 'The file cannot be read just now' },
  fieldsIntro: {
    sv: 'Frågorna i ansökningsformuläret, i den ordning den sökande ser dem.',
    en: 'The questions of the application form, in the order the candidate sees them.',
  },
  noQuestions: { sv: 'Filen har inga frågor än.', en: 'The file has no questions yet.' },
  addField: { sv: 'Ny fråga', en: 'New question' },
  editField: { sv: 'Ändra', en: 'Edit' },
  removeField: { sv: 'Ta bort', en: 'Remove' },
  confirmRemove: { sv: 'Ta bort frågan', en: 'Remove the question' },
  yesRemove: { sv: 'Ja, ta bort', en: 'Yes, remove' },
  fieldRemoved: { sv: 'Frågan borttagen ur editorn.', en: 'The question was removed from the editor.' },
  fieldMoved: { sv: 'Frågan flyttad.', en: 'The question was moved.' },
  fieldName: { sv: 'Namn (det reglerna läser)', en: 'Name (what the rules read)' },
  fieldNameHint: {
    sv: 'En bokstav först, sedan bokstäver, siffror och _, till exempel truckLicence',
    en: 'A letter first, then letters, digits and _, such as truckLicence',
  },
  fieldType: { sv: 'Typ av svar', en: 'Type of answer' },
  labelSv: { sv: 'Frågan på svenska', en: 'The question in Swedish' },
  labelEn: { sv: 'Frågan på engelska', en: 'The question in English' },
  minimum: { sv: 'Minst', en: 'At least' },
  maximum: { sv: 'Högst', en: 'At most' },
  earliest: { sv: 'Tidigast', en: 'Earliest' },
  latest: { sv: 'Senast', en: 'Latest' },
  dateBoundHint: {
    sv: 'ÅÅÅÅ-MM-DD eller today (dagen för beslutet)',
    en: 'YYYY-MM-DD or today (the day of the decision)',
  },
  optionValue: { sv: 'Alternativ', en: 'Option' },
  optionSv: { sv: 'Så lyder det på svenska', en: 'As it reads in Swedish' },
  optionEn: { sv: 'Så lyder det på engelska', en: 'As it reads in English' },
  optionReview: { sv: 'Bedöms alltid av en person', en: 'Always judged by a person' },
  addOption: { sv: 'Lägg till ett alternativ', en: 'Add an option' },
  removeOption: { sv: 'Ta bort alternativet', en: 'Remove the option' },
  saveField: { sv: 'Spara frågan', en: 'Save the question' },
  fieldSaved: {
    sv: 'Frågan sparad i editorn: spara filen när du är nöjd.',
    en: 'The question was saved in the editor: save the file when you are happy.',
  },
  noLabel: {
    sv: 'Skriv frågan på svenska eller engelska (gärna båda).',
    en: 'Write the question in Swedish or English (both, preferably).',
  },
  noOptions: { sv: 'Ge minst ett alternativ.', en: 'Give at least one option.' },
  badBound: { sv: 'ska vara ett tal', en: 'must be a number' },
  badDateBound: { sv: 'ska vara ett datum (ÅÅÅÅ-MM-DD) eller today', en: 'must be a date (YYYY-MM-DD) or today' },
  typeNames: {
    sv: {
      boolean: 'Ja eller nej',
      number: 'Tal',
      integer: 'Heltal',
      string: 'Text',
      enum: 'Ett av flera alternativ',
      list: 'Flera alternativ',
      date: 'Datum',
      'date-time': 'Datum och tid',
    },
    en: {
      boolean: 'Yes or no',
      number: 'Number',
      integer: 'Whole number',
      string: 'Text',
      enum: 'One of several options',
      list: 'Several options',
      date: 'Date',
      'date-time': 'Date and time',
    },
  },
} as const

type Key = Exclude<keyof typeof STRINGS, 'status' | 'conditions' | 'typeNames'>

type Details = Record<string, unknown>
/** The keys the server refused, each with the valid key it most likely meant: "jobs" (did you mean "job"?). */
const unknownKeys = (d: Details, meant: string): string[] => {
  const nearest = Array.isArray(d.nearest) ? d.nearest : []
  const listed = Array.isArray(d.keys)
    ? d.keys.map((k, i) => `"${String(k)}"${nearest[i] ? ` (${meant} "${String(nearest[i])}"?)` : ''}`)
    : []
  return listed.length ? listed : ['?']
}
/** ", whose keys are id, version, …" when the server listed them. */
const validKeys = (d: Details, words: string): string =>
  Array.isArray(d.valid) && d.valid.length ? `, ${words} ${d.valid.map(String).join(', ')}` : ''
const newAddress = {
  sv: 'Tryck Enter i terminalen där autoscreen studio körs för att få en ny adress, och öppna den.',
  en: 'Press Enter in the terminal where autoscreen studio runs for a new address, and open it.',
}

// What the server's error codes (src/cli/studio-refusal.ts) mean, in the recruiter's words.
const ERRORS: Record<string, Record<UiLocale, (d: Details) => string>> = {
  token_used: {
    sv: () => `Den här adressen har redan använts (den fungerar bara en gång). ${newAddress.sv}`,
    en: () => `This address has already been used (it opens only once). ${newAddress.en}`,
  },
  token_replaced: {
    sv: () =>
      'Den här adressen har ersatts av en nyare (Enter trycktes igen i terminalen där autoscreen studio körs) och öppnar ingenting. Öppna den senaste adressen som skrevs ut där, eller tryck Enter för en ny.',
    en: () =>
      'This address was replaced by a newer one (Enter was pressed again in the terminal where autoscreen studio runs) and opens nothing. Open the newest address printed there, or press Enter for a new one.',
  },
  token_invalid: {
    sv: () => `Adressen har ingen giltig nyckel. ${newAddress.sv}`,
    en: () => `This address holds no valid key. ${newAddress.en}`,
  },
  no_session: {
    sv: () =>
      `Den här fliken är inte inloggad i studion (en ny flik, eller så har studion startats om). ${newAddress.sv}`,
    en: () => `This tab has no session with the studio (a new tab, or the studio was restarted). ${newAddress.en}`,
  },
  offline: {
    sv: () => 'Studion svarar inte. Körs autoscreen studio fortfarande i terminalen?',
    en: () => 'The studio does not answer. Is autoscreen studio still running in the terminal?',
  },
  wrong_host: {
    sv: () => 'Studion svarar bara på adressen 127.0.0.1.',
    en: () => 'The studio answers only at 127.0.0.1.',
  },
  cross_site: {
    sv: () => 'Begäran kom från en annan webbplats och nekades.',
    en: () => 'The request came from another site and was refused.',
  },
  bad_encoding: { sv: () => 'Sökvägen är felaktigt kodad.', en: () => 'The path is not validly encoded.' },
  bad_path: { sv: () => 'Det är ingen giltig sökväg.', en: () => 'That is not a valid path.' },
  outside_folder: {
    sv: () => 'Filen ligger utanför mappen som studion startades i (eller leder dit via en länk).',
    en: () => 'The file is outside the folder the studio was started in (or a link leads there).',
  },
  not_allowed: {
    sv: () =>
      'Studion öppnar bara kriteriefiler, deras testfiler och meddelandemallar, inte andra verktygs filer eller node_modules.',
    en: () =>
      'The studio opens only criteria files, their test files and message templates, not other tools’ files or node_modules.',
  },
  hidden: {
    sv: () => 'Dolda filer och mappar (namn som börjar med punkt) hör inte till studion.',
    en: () => 'Hidden files and folders (names starting with a dot) are not the studio’s.',
  },
  too_deep: {
    sv: (d) => `Filen ligger för djupt: studion når högst ${String(d.max ?? 3)} mappar ner.`,
    en: (d) => `The file is too deep: the studio reaches at most ${String(d.max ?? 3)} folders down.`,
  },
  hard_link: {
    sv: () =>
      'Filen har mer än en hård länk och kan vara en fil utanför mappen, så studion varken läser eller skriver den. Gör en vanlig kopia av den.',
    en: () =>
      'The file has more than one hard link and may be a file outside the folder, so the studio neither reads nor writes it. Make a plain copy of it.',
  },
  not_a_file: { sv: () => 'Det är ingen vanlig fil.', en: () => 'That is not a regular file.' },
  not_found: { sv: () => 'Filen finns inte.', en: () => 'There is no such file.' },
  no_folder: {
    sv: () => 'Mappen som filen ska ligga i finns inte.',
    en: () => 'The folder the file goes in does not exist.',
  },
  not_writable: { sv: () => 'Studion ändrar inte den filen.', en: () => 'The studio does not change that file.' },
  no_criteria_file: {
    sv: (d) => `En testfil hör till en kriteriefil bredvid den, och ${String(d.criteria ?? 'den')} finns inte.`,
    en: (d) => `A test file belongs to a criteria file beside it, and ${String(d.criteria ?? 'it')} is not there.`,
  },
  not_utf8: {
    sv: () => 'Filen är inte UTF-8-text, så studion öppnar eller sparar den inte (den skulle ändras).',
    en: () => 'The file is not UTF-8 text, so the studio does not open or save it (it would change).',
  },
  too_large: { sv: () => 'Filen är större än 1 MB.', en: () => 'The file is larger than 1 MB.' },
  syntax: {
    sv: (d) =>
      `Filen är inte giltig ${d.format === 'json' ? 'JSON' : 'YAML'} (rad ${String(d.line)}, kolumn ${String(d.column)}). Rätta det och spara igen.`,
    en: (d) =>
      `The file is not valid ${d.format === 'json' ? 'JSON' : 'YAML'} (line ${String(d.line)}, column ${String(d.column)}). Fix it and save again.`,
  },
  not_criteria: {
    sv: () =>
      'Det här är ingen kriteriefil: en kriteriefil har minst nycklarna id och job, fields eller criteria överst.',
    en: () =>
      'This is not a criteria file: one has at least the keys id and one of job, fields or criteria at its top.',
  },
  not_test_file: {
    sv: () => 'Det här är ingen testfil: en testfil har minst nyckeln cases överst.',
    en: () => 'This is not a test file: one has at least the key cases at its top.',
  },
  unknown_key: {
    sv: (d) => {
      const listed = unknownKeys(d, 'menade du')
      const file = d.kind === 'test' ? 'en testfil' : 'en kriteriefil'
      return `${listed.length === 1 ? `Nyckeln ${listed[0]!} hör` : `Nycklarna ${listed.join(', ')} hör`} inte hemma överst i ${file}${validKeys(d, 'som har nycklarna')}. Rätta ${listed.length === 1 ? 'den' : 'dem'} i editorn och spara igen.`
    },
    en: (d) => {
      const listed = unknownKeys(d, 'did you mean')
      const file = d.kind === 'test' ? 'a test file' : 'a criteria file'
      return `${listed.length === 1 ? `The key ${listed[0]!} does` : `The keys ${listed.join(', ')} do`} not belong at the top of ${file}${validKeys(d, 'whose keys are')}. Fix ${listed.length === 1 ? 'it' : 'them'} in the editor and save again.`
    },
  },
  exists_not_criteria: {
    sv: () => 'Det finns redan en fil med det namnet som inte är en kriteriefil, och studion skriver inte över den.',
    en: () => 'A file of that name already exists and is not a criteria file; the studio does not overwrite it.',
  },
  exists_not_test_file: {
    sv: () => 'Det finns redan en fil med det namnet som inte är en testfil, och studion skriver inte över den.',
    en: () => 'A file of that name already exists and is not a test file; the studio does not overwrite it.',
  },
  read_only: {
    sv: () => 'Studion får inte skriva där: mappen eller filen är skrivskyddad eller tillhör någon annan.',
    en: () => 'The studio may not write there: the folder or file is read-only or belongs to someone else.',
  },
  unreadable: {
    sv: () => 'Studion får inte läsa filen (behörighet).',
    en: () => 'The studio may not read the file (permissions).',
  },
  disk_full: { sv: () => 'Disken är full, så inget sparades.', en: () => 'The disk is full, so nothing was saved.' },
  method_not_allowed: { sv: () => 'Studion gör inte så.', en: () => 'The studio does not do that.' },
  internal: {
    sv: (d) => `Något gick fel i studion${d.status ? ` (${String(d.status)})` : ''}.`,
    en: (d) => `Something went wrong in the studio${d.status ? ` (${String(d.status)})` : ''}.`,
  },
  // safety and tests
  empty_file: {
    sv: () => 'Texten är tom, så inget sparades. Vill du verkligen tömma filen måste du bekräfta det.',
    en: () => 'The text is empty, so nothing was saved. To empty the file you must confirm it.',
  },
  changed_on_disk: {
    sv: () => 'Filen har ändrats på disken sedan du öppnade den, så inget sparades.',
    en: () => 'The file has changed on disk since you opened it, so nothing was saved.',
  },
}

/** A value of the "new criterion" form that cannot make a criterion: the form says so and writes nothing. */
export type FormProblem =
  | {
      kind: 'empty' | 'notNumber' | 'notWhole' | 'notPositive' | 'noDate' | 'noValues' | 'noText' | 'noId' | 'badId'
      label: string
    }
  | { kind: 'tooSmall'; label: string; min: number }
  | { kind: 'order'; label: string; other: string }

type ProblemOf<K extends FormProblem['kind']> = K extends 'tooSmall'
  ? { label: string; min: number }
  : K extends 'order'
    ? { label: string; other: string }
    : { label: string }
const FORM_PROBLEMS: { [K in FormProblem['kind']]: Record<UiLocale, (p: ProblemOf<K>) => string> } = {
  empty: {
    sv: (p) => `Fyll i ett tal i ”${p.label}”: ett tomt fält är inget tal.`,
    en: (p) => `Enter a number in “${p.label}”: an empty field is no number.`,
  },
  notNumber: {
    sv: (p) => `”${p.label}” är inget tal. Skriv ett tal, till exempel 12 eller 2,5.`,
    en: (p) => `“${p.label}” is not a number. Enter one, such as 12 or 2.5.`,
  },
  notWhole: { sv: (p) => `”${p.label}” ska vara ett heltal.`, en: (p) => `“${p.label}” must be a whole number.` },
  tooSmall: {
    sv: (p) => `”${p.label}” ska vara minst ${p.min}.`,
    en: (p) => `“${p.label}” must be at least ${p.min}.`,
  },
  notPositive: { sv: (p) => `”${p.label}” ska vara mer än 0.`, en: (p) => `“${p.label}” must be more than 0.` },
  order: {
    sv: (p) => `”${p.label}” är större än ”${p.other}”: inget svar kan ligga mellan dem.`,
    en: (p) => `“${p.label}” is greater than “${p.other}”: no answer can lie between them.`,
  },
  noDate: { sv: (p) => `Välj ett datum i ”${p.label}”.`, en: (p) => `Pick a date in “${p.label}”.` },
  noValues: { sv: (p) => `Välj minst ett av ”${p.label}”.`, en: (p) => `Pick at least one of “${p.label}”.` },
  noText: { sv: (p) => `Fyll i ”${p.label}”.`, en: (p) => `Fill in “${p.label}”.` },
  noId: {
    sv: (p) => `Fyll i ”${p.label}”: kriteriet behöver ett id.`,
    en: (p) => `Fill in “${p.label}”: the criterion needs an id.`,
  },
  badId: {
    sv: (p) => `”${p.label}” börjar med en liten bokstav och har bara bokstäver, siffror, - och _.`,
    en: (p) => `“${p.label}” starts with a lowercase letter and holds only letters, digits, - and _.`,
  },
}

/** What is wrong with a value of the "new criterion" form, in the recruiter's language. */
export function formProblemText(problem: FormProblem, locale: UiLocale): string {
  return (FORM_PROBLEMS[problem.kind][locale] as (p: FormProblem) => string)(problem)
}

// A person's decision the library refused (DecisionError's issue), in the recruiter's words.
const LANGUAGE_NAMES: Record<UiLocale, Record<'sv' | 'en', string>> = {
  sv: { sv: 'svenska', en: 'engelska' },
  en: { sv: 'Swedish', en: 'English' },
}
const joined = (names: string[], and: string) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)!}` : (names[0] ?? '')

/** What the page needs of a refused decision: the issue's code, path, languages and limit. */
export interface DecisionProblemWords {
  code: string
  path: (string | number)[]
  languages?: ('sv' | 'en')[] | undefined
  max?: number | undefined
}

/** Why a person's decision cannot be recorded, in the recruiter's language. */
export function decisionProblemText(issue: DecisionProblemWords, locale: UiLocale): string {
  const names = LANGUAGE_NAMES[locale]
  const language =
    typeof issue.path[2] === 'string' && (issue.path[2] === 'sv' || issue.path[2] === 'en') ? names[issue.path[2]] : ''
  const interview = issue.path[0] === 'interviewAt'
  const sv = locale === 'sv'
  switch (issue.code) {
    case 'no_reasons':
      return sv
        ? 'Ett avslag behöver skäl: kryssa i de krav som personen fann inte uppfyllda, eller skriv ett skäl med egna ord. Den sökande får veta just dessa skäl och inga andra.'
        : 'A rejection needs its reasons: tick the requirements the person found unmet, or write a reason in your own words. The candidate is told these reasons and no others.'
    case 'missing_language': {
      const missing = (issue.languages ?? []).map((l) => names[l])
      return sv
        ? `Skälet med egna ord behövs också på ${joined(missing, 'och')}: meddelandena för den här tjänsten skickas på ${joined(Object.values(names), 'och')}, och skälet skickas som det är skrivet.`
        : `The reason in your own words is needed in ${joined(missing, 'and')} too: this job’s messages go out in ${joined(Object.values(names), 'and')}, and the reason is sent as written.`
    }
    case 'too_long':
      return sv
        ? `Skälet på ${language} är för långt: ett skäl är en mening eller två (högst ${issue.max ?? 600} tecken).`
        : `The reason in ${language} is too long: a reason is a sentence or two (at most ${issue.max ?? 600} characters).`
    case 'invalid_text':
      return sv
        ? `Skälet på ${language} innehåller ett tecken som inte kan skickas (ett styrtecken). Skriv det utan.`
        : `The reason in ${language} holds a character that cannot be sent (a control character). Write it without.`
    case 'empty_text':
      return sv ? `Skälet på ${language} är tomt.` : `The reason in ${language} is empty.`
    case 'unknown_criterion':
      return sv
        ? 'Ett av de ikryssade kraven finns inte längre i filen.'
        : 'One of the ticked requirements is no longer in the file.'
    case 'before_submission':
      return interview
        ? sv
          ? 'Intervjun kan inte ha hållits innan ansökan kom in: välj en tid efter den.'
          : 'The interview cannot have been held before the application came in: pick a time after it.'
        : sv
          ? 'Beslutet kan inte ha fattats innan ansökan kom in.'
          : 'The decision cannot have been made before the application came in.'
    case 'after_decision':
      return sv
        ? 'Intervjun ligger efter beslutet: ett beslut efter en intervju fattas när den har hållits.'
        : 'The interview is after the decision: a decision after an interview is made once it has been held.'
    case 'invalid_date':
      return interview
        ? sv
          ? 'Fyll i när intervjun hölls.'
          : 'Fill in when the interview was held.'
        : sv
          ? 'Beslutet har ingen giltig tid.'
          : 'The decision has no valid time.'
    case 'reasons_on_pass':
      return sv
        ? 'Skäl hör till ett avslag: den som går vidare får inga.'
        : 'Reasons belong to a rejection: an application that goes on is given none.'
    case 'unknown_language':
      return sv
        ? 'Skäl med egna ord skrivs på svenska och engelska.'
        : 'Reasons in your own words are written in Swedish and English.'
    case 'no_one':
      return sv ? 'Ange vem som fattade beslutet.' : 'Say who made the decision.'
    case 'invalid_outcome':
      return sv
        ? `Beslutet är antingen ”${t('reject', locale)}” eller ”${t('pass', locale)}”.`
        : `The decision is either “${t('reject', locale)}” or “${t('pass', locale)}”.`
    case 'other_criteria':
      return sv
        ? 'Ansökan bedömdes med en annan version av kriterierna än den i editorn.'
        : 'The application was screened with another version of the criteria than the one in the editor.'
    case 'not_a_result':
    case 'not_an_object':
    default:
      return sv ? `Beslutet kan inte registreras (${issue.code}).` : `The decision cannot be recorded (${issue.code}).`
  }
}

export { stageMismatchText, stageName, type DecisionWords } from '../index.js'

/** Every error code the page has words for (the server's codes, and offline). */
export const ERROR_CODES: readonly string[] = Object.keys(ERRORS)

/** What an error means for the recruiter, in their language: the server's code worded, or a generic sentence. */
export function errorText(error: unknown, locale: UiLocale): string {
  const e = error as { code?: unknown; status?: unknown; details?: Details } | null
  const words = typeof e?.code === 'string' ? ERRORS[e.code] : undefined
  if (words) return words[locale](e?.details ?? {})
  return ERRORS.internal![locale]({ status: typeof e?.status === 'number' ? e.status : '' })
}

/** A string of the page in a language. */
export const t = (key: Key, locale: UiLocale): string => STRINGS[key][locale]
/** A string of the page with its {placeholders} filled in. */
export const tf = (key: Key, locale: UiLocale, values: Record<string, string | number>): string =>
  t(key, locale).replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
export const statusText = (status: keyof (typeof STRINGS)['status']['sv'], locale: UiLocale): string =>
  STRINGS.status[locale][status]
export const conditionText = (kind: keyof (typeof STRINGS)['conditions']['sv'], locale: UiLocale): string =>
  STRINGS.conditions[locale][kind]
// job and questions
/** What a type of answer is called in the page's language. */
export const typeName = (type: string, locale: UiLocale): string =>
  (STRINGS.typeNames[locale] as Record<string, string>)[type] ?? type
/** A criterion as the page names it: its id, and the closing date the screening adds by its name in the language. */
export const criterionName = (id: string, locale: UiLocale): string =>
  id === 'deadline' ? RESULT_WORDING[locale].deadline : id
