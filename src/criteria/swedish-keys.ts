// The criteria file's keys as a Swedish recruiter may write them in Swedish: `vikt:` for
// `weight:`. A key is suggested only where the English key is one the place knows (`vikt` in a
// criterion, `titel` under job). Words only; parse.ts does the suggesting.

/** Swedish words (lower case, with and without å, ä, ö) for the file's keys. */
export const SWEDISH_KEYS: Readonly<Record<string, readonly string[]>> = {
  // a criterion
  vikt: ['weight'],
  poäng: ['weight', 'minScore'],
  krav: ['required'],
  krävs: ['required'],
  skallkrav: ['required'],
  regel: ['rule'],
  villkor: ['when', 'rule'],
  skäl: ['reason'],
  anledning: ['reason'],
  varför: ['why'],
  råd: ['advice'],
  tips: ['advice'],
  anteckning: ['note'],
  motivering: ['justification'],
  nära: ['nearMissAllowed'],
  // the job
  titel: ['title'],
  tjänst: ['title'],
  företag: ['company'],
  arbetsgivare: ['company'],
  sista: ['closesAt'],
  sistadag: ['closesAt'],
  sistaansökningsdag: ['closesAt'],
  tidszon: ['timezone'],
  kontakt: ['contact'],
  kontaktperson: ['contact'],
  namn: ['name'],
  epost: ['email'],
  'e-post': ['email'],
  mejl: ['email'],
  // a field
  typ: ['type'],
  fråga: ['label'],
  etikett: ['label'],
  beskrivning: ['description'],
  alternativ: ['values'],
  värden: ['values'],
  minst: ['min'],
  lägst: ['min'],
  högst: ['max'],
  // the file
  språk: ['locale'],
  frågor: ['fields'],
  fält: ['fields'],
  kriterier: ['criteria'],
  beslut: ['decision'],
  meddelanden: ['messages'],
  utskick: ['delivery'],
  godkännanden: ['lintAcknowledge'],
  godkänn: ['lintAcknowledge'],
}

/** The keys the Swedish word may stand for: `vikt` → weight (also written without å, ä, ö). */
export function englishKeys(word: string): readonly string[] {
  const w = word.toLowerCase().replace(/[\s_]/g, '')
  if (SWEDISH_KEYS[w]) return SWEDISH_KEYS[w]
  const plain = (s: string) => s.replace(/[åä]/g, 'a').replace(/ö/g, 'o')
  for (const [sv, keys] of Object.entries(SWEDISH_KEYS)) if (plain(sv) === plain(w)) return keys
  return []
}
