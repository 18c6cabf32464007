/**
 * Words that name a protected ground of the Swedish Discrimination Act (sex, transgender
 * identity or expression, ethnicity, religion or other belief, disability, sexual
 * orientation, age) or a likely proxy for one, in English and Swedish. Matched against field
 * names (split at camelCase, _ and -) and labels, as whole words or word prefixes.
 * @category Lint
 */
export const PROTECTED_TERMS: readonly { ground: string; terms: readonly string[] }[] = [
  { ground: 'age', terms: ['age', 'ålder', 'alder', 'birth', 'born', 'birthdate', 'birthday', 'dob', 'födelse', 'fodelse', 'födelseår', 'födelsedatum', 'födelsedag', 'född', 'fodd', 'graduation', 'examensår', 'examen', 'retire', 'pension'] },
  { ground: 'sex', terms: ['sex', 'gender', 'kön', 'kon', 'male', 'female', 'man', 'kvinna', 'pregnan', 'gravid', 'maternity', 'paternity', 'parental', 'föräldraledig', 'foraldraledig', 'mammaledig', 'pappaledig'] },
  { ground: 'transgender identity or expression', terms: ['transgender', 'trans', 'könsidentitet', 'konsidentitet', 'könsuttryck'] },
  { ground: 'ethnicity', terms: ['ethnic', 'etnisk', 'etnicitet', 'race', 'ras', 'nationality', 'nationalitet', 'citizenship', 'medborgarskap', 'birthplace', 'födelseland', 'fodelseland', 'country of birth', 'mother tongue', 'mothertongue', 'native language', 'nativelanguage', 'modersmål', 'modersmal', 'skin', 'hudfärg', 'name', 'namn', 'surname', 'efternamn', 'photo', 'foto', 'bild', 'picture', 'postcode', 'postal', 'zip', 'postnummer'] },
  { ground: 'religion or other belief', terms: ['religion', 'religious', 'religiös', 'faith', 'tro', 'belief', 'trosuppfattning', 'church', 'kyrka'] },
  { ground: 'disability', terms: ['disability', 'disabled', 'funktionsnedsättning', 'funktionsnedsattning', 'funktionshinder', 'handicap', 'health', 'hälsa', 'halsa', 'sick', 'sjuk', 'diagnos', 'diagnosis', 'medical'] },
  { ground: 'sexual orientation', terms: ['sexual', 'sexuell', 'orientation', 'läggning', 'laggning'] },
  { ground: 'family situation (proxy)', terms: ['marital', 'married', 'gift', 'civilstånd', 'civilstand', 'spouse', 'partner', 'children', 'barn', 'kids', 'family', 'familj'] },
]

/** Splits `birthYear`, `birth_year`, `Födelseår` into lower-case words.
 * @category Lint
 */
export function words(text: string): string[] {
  return text
    .replace(/([a-zåäö])([A-ZÅÄÖ])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-zåäöéü0-9]+/)
    .filter(Boolean)
}

/** The protected grounds a field name or label points at.
 * @category Lint
 */
export function protectedGrounds(texts: readonly string[]): string[] {
  const ws = texts.flatMap(words)
  const joined = ` ${ws.join(' ')} `
  const found = new Set<string>()
  for (const { ground, terms } of PROTECTED_TERMS)
    for (const t of terms)
      if (t.includes(' ') ? joined.includes(` ${t} `) : ws.some((w) => w === t || (t.length >= 5 && w.startsWith(t)))) found.add(ground)
  return [...found]
}
