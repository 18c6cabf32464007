import { NO_NAME_GREETING } from '../criteria/no-name-greeting.js'
import type { Locale, Stage } from '../criteria/schema.js'

/**
 * A message template: a subject line and a body, both Handlebars.
 *
 * @example
 * ```ts
 * const t: MessageTemplate = { subject: 'About {{job.title}}', body: 'Hi {{candidate.firstName}}, …' }
 * ```
 * @category Messages
 */
export interface MessageTemplate {
  subject: string
  body: string
}

// Written to be read by a person who just got news about a job they wanted: short, honest,
// about the requirement and never about the person, with a next step. Swedish is written as
// Swedish, not translated English. They claim only what a program can know: which answers
// were compared with which requirements, never that a person read the application or that
// other candidates were better. Every variable below is always present in the context (null
// when unknown), so strict mode catches typos without breaking on missing names.
//
// Two or more requirements are a list ("• " lines: bullets in text, <ul> in HTML). A
// requirement's `why` follows it in parentheses in a rejection and is left out of the
// talent-pool message; its `advice` closes the message.

const GREETING_SV = `{{#if candidate.firstName}}Hej {{candidate.firstName}}!{{else}}${NO_NAME_GREETING.sv}{{/if}}`
const GREETING_EN = `{{#if candidate.firstName}}Dear {{candidate.firstName}},{{else}}${NO_NAME_GREETING.en}{{/if}}`
const CONTACT_SV = 'Har du frågor är du välkommen att höra av dig till {{job.contact.name}} på {{job.contact.email}}.'
const CONTACT_EN = 'If you have any questions, you are welcome to contact {{job.contact.name}} at {{job.contact.email}}.'
const SIGN_SV = 'Vänliga hälsningar\n{{signature}}'
const SIGN_EN = 'Kind regards,\n{{signature}}'

// One requirement inline, two or more as a list; `why` in parentheses when asked for.
const ITEMS = (withWhy: boolean) => `{{#each requirements}}
• {{reason}}${withWhy ? '{{#if why}} ({{why}}){{/if}}' : ''}{{/each}}`
const ONE = (withWhy: boolean) => `{{#each requirements}}{{reason}}${withWhy ? '{{#if why}} ({{why}}){{/if}}' : ''}{{/each}}`

const ADVICE_SV = `{{#if advice}}

{{#if severalAdvice}}Om du vill söka igen längre fram:{{#each advice}}
• {{this}}{{/each}}{{else}}Om du vill söka igen längre fram: {{#each advice}}{{this}}{{/each}}{{/if}}{{/if}}`
const ADVICE_EN = `{{#if advice}}

{{#if severalAdvice}}If you would like to apply again later:{{#each advice}}
• {{this}}{{/each}}{{else}}If you would like to apply again later: {{#each advice}}{{this}}{{/each}}{{/if}}{{/if}}`

// GDPR art. 22 and 13(2)(f): the candidate learns that a program decided, on what, and how to reach a person.
const AUTOMATED_SV = `{{#if automatedDecision}}

Beskedet har tagits fram automatiskt utifrån svaren i ansökningsformuläret. Har något svar blivit fel, eller vill du att någon av oss går igenom din ansökan? Svara då på det här mejlet eller skriv till {{review.name}} på {{review.email}}, så återkommer en person till dig.{{/if}}`
const AUTOMATED_EN = `{{#if automatedDecision}}

This decision was made automatically, from the answers in the application form. If an answer came out wrong, or you would like one of us to go through your application, just reply to this email or write to {{review.name}} at {{review.email}}, and a person will get back to you.{{/if}}`
const AUTOMATED_LATE_SV = `{{#if automatedDecision}}

Beskedet har tagits fram automatiskt utifrån när ansökan kom in. Tror du att något har blivit fel? Svara då på det här mejlet eller skriv till {{review.name}} på {{review.email}}, så tittar en person på det.{{/if}}`
const AUTOMATED_LATE_EN = `{{#if automatedDecision}}

This decision was made automatically, from the time your application reached us. If you think something went wrong, reply to this email or write to {{review.name}} at {{review.email}}, and a person will look into it.{{/if}}`

// One short line, after the answer itself: how was it to apply? (messages.survey)
const SURVEY_SV = `{{#if survey.url}}

Hur upplevde du att söka hos oss? Vi blir glada om du svarar på några korta frågor: {{survey.url}}{{/if}}`
const SURVEY_EN = `{{#if survey.url}}

How was applying to us? We would be glad if you answered a few short questions: {{survey.url}}{{/if}}`

// A person decided: name what they gave (criteria and/or their own words), nothing else.
const PERSON_REASONS_SV = `{{#if unmetCount}}{{#if severalRequirements}} I vår bedömning var det här avgörande:${'{{#each requirements}}\n• {{reason}}{{#if why}} ({{why}}){{/if}}{{/each}}'}{{else}}{{#if requirementsUnmet}} För tjänsten krävs ${'{{#each requirements}}{{reason}}{{#if why}} ({{why}}){{/if}}{{/each}}'}, och i vår bedömning är det kravet inte uppfyllt.{{else}} Vi väger in ${'{{#each requirements}}{{reason}}{{/each}}'}, och i vår bedömning räckte det inte den här gången.{{/if}}{{/if}}{{/if}}{{#if personReason}}

{{personReason}}{{/if}}`
const PERSON_REASONS_EN = `{{#if unmetCount}}{{#if severalRequirements}} In our assessment, this is what decided it:${'{{#each requirements}}\n• {{reason}}{{#if why}} ({{why}}){{/if}}{{/each}}'}{{else}}{{#if requirementsUnmet}} The role requires ${'{{#each requirements}}{{reason}}{{#if why}} ({{why}}){{/if}}{{/each}}'}, and in our assessment that requirement isn't met.{{else}} We also weigh ${'{{#each requirements}}{{reason}}{{/each}}'}, and in our assessment it wasn't enough this time.{{/if}}{{/if}}{{/if}}{{#if personReason}}

{{personReason}}{{/if}}`

/**
 * The built-in templates, per language and stage. A criteria file can replace any of them
 * under `messages.templates`.
 *
 * @example
 * ```ts
 * BUILT_IN_TEMPLATES.sv.rejected.subject // 'Din ansökan till {{job.title}} hos {{job.company}}'
 * ```
 * @category Messages
 */
export const BUILT_IN_TEMPLATES: Record<Locale, Record<Stage, MessageTemplate>> = {
  sv: {
    received: {
      subject: 'Vi har tagit emot din ansökan till {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}. Vi har tagit emot den.

{{#if timeline.replyBy}}Du får besked från oss senast {{date timeline.replyBy "EEEE d MMMM"}}.{{else}}Du får besked från oss så snart vi har gått igenom din ansökan.{{/if}}

${CONTACT_SV}

${SIGN_SV}`,
    },
    rejected: {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för att du sökte tjänsten som {{job.title}} hos {{job.company}} och för tiden du lade på din ansökan.

Vi har jämfört svaren i din ansökan med kraven för tjänsten, och den här gången går vi inte vidare med den.{{#if requirementsUnmet}}{{#if severalRequirements}} För tjänsten krävs:${ITEMS(true)}

Utifrån dina svar kunde vi inte se att de kraven är uppfyllda.{{else}} För tjänsten krävs ${ONE(true)}, och utifrån dina svar kunde vi inte se att det kravet är uppfyllt.{{/if}}{{else}} Du uppfyller kraven för tjänsten. Vi väger också in några meriter, och utifrån dina svar räckte de inte den här gången.{{#if severalRequirements}} Det som saknades var:${ITEMS(false)}{{else}}{{#if unmetCount}} Det som saknades var ${ONE(false)}.{{/if}}{{/if}}{{/if}}${ADVICE_SV}${AUTOMATED_SV}${SURVEY_SV}

Vi vet att det inte är det besked du hoppades på. Du är varmt välkommen att söka igen när vi har en roll som passar dig{{#if job.url}} – våra lediga tjänster finns på {{job.url}}{{/if}}.

${SIGN_SV}`,
    },
    late: {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för ditt intresse för tjänsten som {{job.title}} hos {{job.company}}.

Sista ansökningsdag var {{date job.closesAt "d MMMM yyyy"}}{{#if job.closesAtTime}} klockan {{job.closesAtTime}}{{/if}}, och din ansökan kom in efter det. Därför kan vi tyvärr inte ta med den i den här rekryteringen.${AUTOMATED_LATE_SV}${SURVEY_SV}

Vi hoppas att du vill söka hos oss igen{{#if job.url}} – nya tjänster publiceras på {{job.url}}{{/if}}.

${SIGN_SV}`,
    },
    'talent-pool': {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}.

Vi har jämfört svaren i din ansökan med kraven för tjänsten.{{#if requirementsUnmet}}{{#if severalRequirements}} Du ligger nära, men utifrån dina svar kunde vi inte se att de här kraven är uppfyllda:${ITEMS(false)}{{else}} Du ligger nära, men utifrån dina svar kunde vi inte se att kravet på ${ONE(false)} är uppfyllt.{{/if}}{{else}} Du uppfyller kraven, och du ligger nära de meriter vi väger in, men den här gången räckte det inte hela vägen.{{#if severalRequirements}} Det som saknades var:${ITEMS(false)}{{else}}{{#if unmetCount}} Det som saknades var ${ONE(false)}.{{/if}}{{/if}}{{/if}}${ADVICE_SV}

{{#if talentPool.consent}}Vi vill gärna kunna höra av oss när en liknande roll blir ledig. Vill du det, svara på det här mejlet{{#if talentPool.joinUrl}} eller anmäl dig på {{talentPool.joinUrl}}{{/if}}, så sparar vi din ansökan i vår kandidatbank i {{talentPool.period}}. Hör vi inget från dig tar vi bort dina uppgifter när rekryteringen är avslutad.{{else}}Vi vill gärna kunna höra av oss när en liknande roll blir ledig, och sparar därför din ansökan i vår kandidatbank i högst {{talentPool.period}}. Vill du inte det räcker det att du svarar på det här mejlet, så tar vi bort dina uppgifter.{{/if}}${AUTOMATED_SV}${SURVEY_SV}

${SIGN_SV}`,
    },
    advance: {
      subject: 'Nästa steg i din ansökan till {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}. Dina svar motsvarar det vi söker, och vi vill gärna gå vidare med dig.

Nästa steg är ett första samtal på ungefär 30 minuter. {{job.contact.name}} hör av sig {{#if timeline.replyBy}}senast {{date timeline.replyBy "EEEE d MMMM"}}{{else}}inom några dagar{{/if}} för att boka en tid som passar dig.

${CONTACT_SV}

${SIGN_SV}`,
    },
    'rejected-by-person': {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}.

Vi har nu gått igenom din ansökan, och den här gången går vi inte vidare med den.${PERSON_REASONS_SV}${ADVICE_SV}

Vill du veta mer om hur vi har bedömt din ansökan? Svara på det här mejlet eller skriv till {{review.name}} på {{review.email}}, så berättar vi gärna mer.${SURVEY_SV}

Du är varmt välkommen att söka igen när vi har en tjänst som passar dig{{#if job.url}} – våra lediga tjänster finns på {{job.url}}{{/if}}.

${SIGN_SV}`,
    },
    'rejected-after-interview': {
      subject: 'Tack för intervjun – {{job.title}}',
      body: `${GREETING_SV}

Tack för att du tog dig tid att träffa oss{{#if timeline.interviewAt}} {{date timeline.interviewAt "EEEE d MMMM"}}{{/if}} och berätta om dig själv.

Vi har nu bestämt oss, och vi går inte vidare med din ansökan till tjänsten som {{job.title}}.${PERSON_REASONS_SV}

Vill du ha personlig återkoppling på intervjun ringer {{job.contact.name}} gärna upp dig för ett kort samtal. Svara på det här mejlet och berätta när du når bäst, så hör vi av oss.${SURVEY_SV}

${SIGN_SV}`,
    },
    'job-closed': {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}.

{{#if jobClosed.withoutFilling}}Vi har avslutat rekryteringen utan att tillsätta tjänsten.{{else}}Tjänsten är nu tillsatt, och rekryteringen är avslutad.{{/if}} Därför går vi inte vidare med din ansökan. Det är inget besked om dig eller dina svar.

${CONTACT_SV}${SURVEY_SV}

Du är varmt välkommen att söka igen när vi har en tjänst som passar dig{{#if job.url}} – våra lediga tjänster finns på {{job.url}}{{/if}}.

${SIGN_SV}`,
    },
  },
  en: {
    received: {
      subject: 'We have received your application for {{job.title}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}. We have received your application.

{{#if timeline.replyBy}}You will hear from us by {{date timeline.replyBy "EEEE d MMMM"}}.{{else}}You will hear from us as soon as we have gone through your application.{{/if}}

${CONTACT_EN}

${SIGN_EN}`,
    },
    rejected: {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}, and for the time you put into your application.

We have compared the answers in your application with the requirements of the role, and this time we will not be taking it further.{{#if requirementsUnmet}}{{#if severalRequirements}} The role requires:${ITEMS(true)}

From your answers, we could not see that these requirements are met.{{else}} The role requires ${ONE(true)}, and from your answers we could not see that this requirement is met.{{/if}}{{else}} You meet the requirements of the role. We also weigh some further qualifications, and from your answers they were not enough this time.{{#if severalRequirements}} What was missing:${ITEMS(false)}{{else}}{{#if unmetCount}} What was missing was ${ONE(false)}.{{/if}}{{/if}}{{/if}}${ADVICE_EN}${AUTOMATED_EN}${SURVEY_EN}

We know this is not the news you were hoping for. You are very welcome to apply again when we have a role that suits you{{#if job.url}}; our openings are at {{job.url}}{{/if}}.

${SIGN_EN}`,
    },
    late: {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for your interest in the {{job.title}} role at {{job.company}}.

The closing date was {{date job.closesAt "d MMMM yyyy"}}{{#if job.closesAtTime}} at {{job.closesAtTime}}{{/if}}, and your application reached us after it, so unfortunately we cannot include it in this recruitment.${AUTOMATED_LATE_EN}${SURVEY_EN}

We hope you will apply to us again{{#if job.url}}; new openings are published at {{job.url}}{{/if}}.

${SIGN_EN}`,
    },
    'talent-pool': {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}.

We have compared the answers in your application with the requirements of the role.{{#if requirementsUnmet}}{{#if severalRequirements}} You came close, but from your answers we could not see that these requirements are met:${ITEMS(false)}{{else}} You came close, but from your answers we could not see that the requirement of ${ONE(false)} is met.{{/if}}{{else}} You meet the requirements and came close on the further qualifications we weigh, but this time it was not quite enough.{{#if severalRequirements}} What was missing:${ITEMS(false)}{{else}}{{#if unmetCount}} What was missing was ${ONE(false)}.{{/if}}{{/if}}{{/if}}${ADVICE_EN}

{{#if talentPool.consent}}We would like to be able to get in touch when a similar role opens up. If you would like that too, just reply to this email{{#if talentPool.joinUrl}} or sign up at {{talentPool.joinUrl}}{{/if}}, and we will keep your application in our talent pool for {{talentPool.period}}. If we do not hear from you, we will delete your details when this recruitment is over.{{else}}We would like to be able to get in touch when a similar role opens up, so we will keep your application in our talent pool for at most {{talentPool.period}}. If you would rather we did not, just reply to this email and we will delete your details.{{/if}}${AUTOMATED_EN}${SURVEY_EN}

${SIGN_EN}`,
    },
    advance: {
      subject: 'Next steps in your application for {{job.title}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}. Your answers match what we are looking for, and we would like to take your application further.

The next step is a first conversation of about 30 minutes. {{job.contact.name}} will be in touch {{#if timeline.replyBy}}by {{date timeline.replyBy "EEEE d MMMM"}}{{else}}within a few days{{/if}} to find a time that suits you.

${CONTACT_EN}

${SIGN_EN}`,
    },
    'rejected-by-person': {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}.

We have now gone through your application, and this time we won't be taking it further.${PERSON_REASONS_EN}${ADVICE_EN}

If you'd like to know more about how we assessed your application, just reply to this email or write to {{review.name}} at {{review.email}}, and we'll gladly tell you more.${SURVEY_EN}

You're very welcome to apply again when we have a role that suits you{{#if job.url}}; our openings are at {{job.url}}{{/if}}.

${SIGN_EN}`,
    },
    'rejected-after-interview': {
      subject: 'Thank you for the interview – {{job.title}}',
      body: `${GREETING_EN}

Thank you for taking the time to meet us{{#if timeline.interviewAt}} on {{date timeline.interviewAt "EEEE d MMMM"}}{{/if}} and tell us about yourself.

We have now made our decision, and we won't be taking your application for the {{job.title}} role further.${PERSON_REASONS_EN}

If you'd like personal feedback on the interview, {{job.contact.name}} would be glad to call you for a short conversation. Just reply to this email and tell us when suits you best, and we'll be in touch.${SURVEY_EN}

${SIGN_EN}`,
    },
    'job-closed': {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}.

{{#if jobClosed.withoutFilling}}We have closed this recruitment without filling the role.{{else}}The role has now been filled, and this recruitment is closed.{{/if}} That means we won't be taking your application further. It says nothing about you or your answers.

${CONTACT_EN}${SURVEY_EN}

You're very welcome to apply again when we have a role that suits you{{#if job.url}}; our openings are at {{job.url}}{{/if}}.

${SIGN_EN}`,
    },
  },
}
