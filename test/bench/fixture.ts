import { rng } from './synthetic'
import { normaliseTerm } from '../../src/logic/screening-operators'

/** A realistic 12-criterion rule set (frontend developer with a few extra preferences). */
export const RULES: unknown[] = [
  { var: 'workPermit' },
  { '>=': [{ var: 'experienceYears' }, 3] },
  { includesAny: [{ var: 'skills' }, ['react', 'vue', 'angular', 'svelte']] },
  { cefrAtLeast: [{ var: 'englishLevel' }, 'B2'] },
  { includesAny: [{ var: 'skills' }, ['typescript']] },
  { includesAny: [{ var: 'skills' }, ['vitest', 'jest', 'playwright', 'cypress']] },
  { cefrAtLeast: [{ var: 'swedishLevel' }, 'B1'] },
  { dateOnOrBefore: [{ var: 'availableFrom' }, '2027-03-01'] },
  { '<=': [{ var: 'salaryExpectation' }, 65000] },
  { or: [{ var: 'relocate' }, { in: [{ var: 'city' }, ['Stockholm', 'Uppsala', 'Södertälje']] }] },
  { and: [{ '>=': [{ var: 'experienceYears' }, 5] }, { includesAll: [{ var: 'skills' }, ['react', 'typescript']] }] },
  { '<=': [18, { var: 'noticeWeeks' }, 52] },
]

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']
const cefr = (l: unknown) => LEVELS.indexOf(String(l).trim().toUpperCase())
const FRAMEWORKS = ['react', 'vue', 'angular', 'svelte']
const TESTING = ['vitest', 'jest', 'playwright', 'cypress']
const CITIES_NEAR = ['Stockholm', 'Uppsala', 'Södertälje']
const LIMIT = Date.parse('2027-03-01T00:00:00+01:00')

/**
 * The same twelve criteria written by hand, as a careful developer would: the candidate's
 * skills normalised once per application, literals prepared once. This is the baseline.
 */
export function handWritten(a: Record<string, unknown>): boolean[] {
  const have = new Set((a.skills as string[]).map(normaliseTerm))
  const years = a.experienceYears as number
  const notice = a.noticeWeeks as number
  return [
    !!a.workPermit,
    years >= 3,
    FRAMEWORKS.some((x) => have.has(x)),
    cefr(a.englishLevel) >= 3,
    have.has('typescript'),
    TESTING.some((x) => have.has(x)),
    cefr(a.swedishLevel) >= 2,
    Date.parse(`${a.availableFrom as string}T00:00:00+01:00`) <= LIMIT,
    (a.salaryExpectation as number) <= 65000,
    !!a.relocate || CITIES_NEAR.includes(a.city as string),
    years >= 5 && have.has('react') && have.has('typescript'),
    18 <= notice && notice <= 52,
  ]
}

/** Twelve criteria in standard JSON Logic only (the operators json-logic-js has natively). */
export const STANDARD_RULES: unknown[] = [
  { var: 'workPermit' },
  { '>=': [{ var: 'experienceYears' }, 3] },
  { some: [{ var: 'skills' }, { in: [{ var: '' }, ['react', 'vue', 'angular', 'svelte']] }] },
  { in: [{ var: 'englishLevel' }, ['B2', 'C1', 'C2']] },
  { in: ['typescript', { var: 'skills' }] },
  { some: [{ var: 'skills' }, { in: [{ var: '' }, ['vitest', 'jest', 'playwright', 'cypress']] }] },
  { in: [{ var: 'swedishLevel' }, ['B1', 'B2', 'C1', 'C2']] },
  { '<=': [{ var: 'availableFrom' }, '2027-03-01'] },
  { '<=': [{ var: 'salaryExpectation' }, 65000] },
  { or: [{ var: 'relocate' }, { in: [{ var: 'city' }, ['Stockholm', 'Uppsala', 'Södertälje']] }] },
  {
    and: [
      { '>=': [{ var: 'experienceYears' }, 5] },
      { in: ['react', { var: 'skills' }] },
      { in: ['typescript', { var: 'skills' }] },
    ],
  },
  { '<=': [18, { var: 'noticeWeeks' }, 52] },
]

const UPPER_ENGLISH = ['B2', 'C1', 'C2']
const UPPER_SWEDISH = ['B1', 'B2', 'C1', 'C2']

/** The standard-operator rules written by hand. */
export function handWrittenStandard(a: Record<string, unknown>): boolean[] {
  const skills = a.skills as string[]
  const years = a.experienceYears as number
  const notice = a.noticeWeeks as number
  return [
    !!a.workPermit,
    years >= 3,
    skills.some((s) => FRAMEWORKS.includes(s)),
    UPPER_ENGLISH.includes(a.englishLevel as string),
    skills.includes('typescript'),
    skills.some((s) => TESTING.includes(s)),
    UPPER_SWEDISH.includes(a.swedishLevel as string),
    (a.availableFrom as string) <= '2027-03-01',
    (a.salaryExpectation as number) <= 65000,
    !!a.relocate || CITIES_NEAR.includes(a.city as string),
    years >= 5 && skills.includes('react') && skills.includes('typescript'),
    18 <= notice && notice <= 52,
  ]
}

const SKILLS = [
  'React',
  'vue',
  'Angular',
  'svelte',
  'TypeScript',
  'javascript',
  'jest',
  'Vitest',
  'playwright',
  'css',
  'html',
  'node',
]
const CITIES = ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Södertälje', 'Umeå']

/** `n` synthetic applications' answers, the same for a given seed. */
export function syntheticAnswers(n: number, seed = 42, lowerCaseSkills = false): Record<string, unknown>[] {
  const r = rng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!
  return Array.from({ length: n }, () => ({
    workPermit: r() < 0.85,
    experienceYears: Math.floor(r() * 12),
    skills: Array.from({ length: 1 + Math.floor(r() * 5) }, () =>
      lowerCaseSkills ? pick(SKILLS).toLowerCase() : pick(SKILLS),
    ),
    englishLevel: pick(LEVELS),
    swedishLevel: pick(LEVELS),
    availableFrom: `2027-0${1 + Math.floor(r() * 6)}-1${Math.floor(r() * 9)}`,
    salaryExpectation: 40000 + Math.floor(r() * 40000),
    relocate: r() < 0.3,
    city: pick(CITIES),
    noticeWeeks: Math.floor(r() * 60),
  }))
}
