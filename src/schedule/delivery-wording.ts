// Why a message goes out when it does, in the recruiter's words: the reason of a delivery plan
// in English and Swedish. Kept apart from the planning, as issue wording is kept apart from issues.

/**
 * The words of a delivery plan's reason in one language.
 * @example
 * ```ts
 * const say: DeliveryWords = DELIVERY_WORDS.sv
 * say.minDelay(4) // 'tidigast 4 timmar efter ansökan'
 * ```
 */
export interface DeliveryWords {
  readonly acknowledgeWorking: string
  readonly acknowledgeAtOnce: string
  readonly advance: string
  readonly afterInterview: (hours: number) => string
  readonly personDecided: string
  readonly jobClosed: string
  readonly minDelay: (hours: number) => string
  readonly withinWorkingHours: string
  readonly atOnce: string
  readonly nextWorkingTime: string
  readonly weeklyCutOff: (day: string, time: string) => string
  readonly daysOffCutOff: (time: string) => string
  readonly breached: (deadline: string, past: boolean) => string
  /** Short weekday names, Sunday first. */
  readonly days: readonly string[]
}

const en: DeliveryWords = {
  acknowledgeWorking: 'the acknowledgement goes out in the first working time',
  acknowledgeAtOnce: 'the acknowledgement goes out at once',
  advance: 'good news goes out in the first working time, without delay',
  afterInterview: (h) => `not earlier than ${h} h after the interview`,
  personDecided: 'a person decided; the answer goes out in the first working time',
  jobClosed: 'the job is closed; everyone still waiting hears in the first working time',
  minDelay: (h) => `not earlier than ${h} h after submission`,
  withinWorkingHours: 'within working hours',
  atOnce: 'at once',
  nextWorkingTime: 'moved to the next working time',
  weeklyCutOff: (day, time) => `no rejection after ${day} ${time}, so the next working week`,
  daysOffCutOff: (time) => `no rejection after ${time} before days off, so after them`,
  breached: (deadline, past) =>
    `SLA breached: the deadline was ${deadline}${past ? ', already past' : ', with no allowed time before it'}`,
  days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
}

const SV_DAYS: Readonly<Record<string, string>> = {
  mon: 'måndag',
  tue: 'tisdag',
  wed: 'onsdag',
  thu: 'torsdag',
  fri: 'fredag',
  sat: 'lördag',
  sun: 'söndag',
}

const sv: DeliveryWords = {
  acknowledgeWorking: 'bekräftelsen skickas under första arbetstiden',
  acknowledgeAtOnce: 'bekräftelsen skickas direkt',
  advance: 'goda besked skickas under första arbetstiden, utan dröjsmål',
  afterInterview: (h) => `tidigast ${h} timmar efter intervjun`,
  personDecided: 'en person har beslutat; svaret skickas under första arbetstiden',
  jobClosed: 'tjänsten är stängd; alla som väntar får besked under första arbetstiden',
  minDelay: (h) => `tidigast ${h} timmar efter ansökan`,
  withinWorkingHours: 'inom arbetstid',
  atOnce: 'direkt',
  nextWorkingTime: 'flyttat till nästa arbetstid',
  weeklyCutOff: (day, time) =>
    `inga avslag efter ${SV_DAYS[day.slice(0, 3).toLowerCase()] ?? day} kl. ${time}, därför nästa arbetsvecka`,
  daysOffCutOff: (time) => `inga avslag efter kl. ${time} före lediga dagar, därför efter dem`,
  breached: (deadline, past) =>
    `svarstiden överskriden: sista dag var ${deadline}${past ? ', redan passerad' : ', utan tillåten tid före den'}`,
  days: ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'],
}

/**
 * The words of a delivery plan's reason in English or Swedish.
 *
 * @example
 * ```ts
 * DELIVERY_WORDS.sv.advance // 'goda besked skickas under första arbetstiden, utan dröjsmål'
 * ```
 * @category Send times
 */
export const DELIVERY_WORDS: Readonly<Record<'sv' | 'en', DeliveryWords>> = { en, sv }
