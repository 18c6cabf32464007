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
// Swedish, not translated English ("tjänst", not "roll"; "kl. 12.00"); English is warm and
// plain ("Hi Maja,", contractions, British spelling). A job title in a sentence is a common noun
// (`job.titleInText`: "tjänsten som undersköterska"). They claim only what is known: which answers were compared with which
// requirements, or what the person who decided gave as reasons; never that a person read an
// application a program decided, never that other candidates were better, no praise by rote.
// Every variable below is always present in the context (null when unknown), so strict mode
// catches typos without breaking on missing names.
//
// A subject names the job as a heading, after a dash, with the title as written ("Tack för
// intervjun – Undersköterska i hemtjänsten"); in running text the title is `job.titleInText`.
//
// Two or more requirements are a list ("• " lines: bullets in text, <ul> in HTML). A
// requirement's `why` follows it in parentheses in a rejection and is left out of the
// talent-pool message; its `advice` (sentences, only for what this candidate was found short
// of) follows the reasons.

const GREETING_SV = `{{#if candidate.firstName}}Hej {{candidate.firstName}}!{{else}}${NO_NAME_GREETING.sv}{{/if}}`
const GREETING_EN = `{{#if candidate.firstName}}Hi {{candidate.firstName}},{{else}}${NO_NAME_GREETING.en}{{/if}}`
const CONTACT_SV = 'Har du frågor är du välkommen att höra av dig till {{job.contact.name}} på {{job.contact.email}}.'
const CONTACT_EN =
  "If you have any questions, you're welcome to get in touch with {{job.contact.name}} at {{job.contact.email}}."
const SIGN_SV = 'Vänliga hälsningar\n{{signature}}'
const SIGN_EN = 'Kind regards,\n{{signature}}'
// The privacy notice (messages.privacyUrl), under the signature of every message.
const PRIVACY_SV = `{{#if privacyUrl}}

Så behandlar vi dina personuppgifter: {{privacyUrl}}{{/if}}`
const PRIVACY_EN = `{{#if privacyUrl}}

How we handle your personal data: {{privacyUrl}}{{/if}}`
// The way back, without presuming anything about the candidate.
const AGAIN_SV =
  'Du är varmt välkommen att söka hos oss igen{{#if job.url}} – våra lediga tjänster finns på {{job.url}}{{/if}}.'
const AGAIN_EN =
  "You're very welcome to apply to us again{{#if job.url}} – you'll find our openings at {{job.url}}{{/if}}."

// One requirement inline, two or more as a list; `why` in parentheses when asked for.
const ITEMS = (withWhy: boolean) => `{{#each requirements}}
• {{reason}}${withWhy ? '{{#if why}} ({{why}}){{/if}}' : ''}{{/each}}`
const ONE = (withWhy: boolean) =>
  `{{#each requirements}}{{reason}}${withWhy ? '{{#if why}} ({{why}}){{/if}}' : ''}{{/each}}`

// Every requirement was met and the score fell short: one thought, which merits.
// (With `why` where the message shows it: identical blocks of a template compile once.)
const MERITS_SV = (them: string, withWhy: boolean) =>
  ` Du uppfyller ${them}, men inte riktigt de meriter vi också väger in{{#if severalRequirements}}. Utifrån dina svar saknades:${ITEMS(withWhy)}{{else}}{{#if unmetCount}}: utifrån dina svar saknades ${ONE(withWhy)}.{{else}}.{{/if}}{{/if}}`
const MERITS_EN = (them: string, withWhy: boolean) =>
  ` You meet ${them}, but not quite the further qualifications we also look for{{#if severalRequirements}}. From your answers, we couldn't see:${ITEMS(withWhy)}{{else}}{{#if unmetCount}}: from your answers, we couldn't see ${ONE(withWhy)}.{{else}}.{{/if}}{{/if}}`

// Advice, each a sentence of its own (the context makes them so).
const ADVICE_SV = `{{#if advice}}

Bra att veta om du vill söka igen längre fram:{{#each advice}}
{{#if ../severalAdvice}}• {{/if}}{{this}}{{/each}}{{/if}}`
const ADVICE_EN = `{{#if advice}}

Good to know if you'd like to apply again later:{{#each advice}}
{{#if ../severalAdvice}}• {{/if}}{{this}}{{/each}}{{/if}}`

// GDPR art. 22 and 13(2)(f): the candidate learns that a program decided, on what, and how to reach a person.
const AUTOMATED_SV = `{{#if automatedDecision}}

Beskedet har tagits fram automatiskt utifrån svaren i ansökningsformuläret. Har något svar blivit fel, eller vill du att någon av oss går igenom din ansökan? Svara då på det här mejlet eller skriv till {{review.name}} på {{review.email}}, så återkommer en person till dig.{{/if}}`
const AUTOMATED_EN = `{{#if automatedDecision}}

This decision was made automatically, based on the answers in the application form. If an answer came out wrong, or you'd like one of us to go through your application, just reply to this email or write to {{review.name}} at {{review.email}}, and a person will get back to you.{{/if}}`
// In the talent-pool message a reply says yes to the pool: a review has its own address.
const AUTOMATED_POOL_SV = `{{#if automatedDecision}}

Beskedet har tagits fram automatiskt utifrån svaren i ansökningsformuläret. Har något svar blivit fel, eller vill du att någon av oss går igenom din ansökan? Skriv då till {{review.name}} på {{review.email}}, så återkommer en person till dig.{{/if}}`
const AUTOMATED_POOL_EN = `{{#if automatedDecision}}

This decision was made automatically, based on the answers in the application form. If an answer came out wrong, or you'd like one of us to go through your application, write to {{review.name}} at {{review.email}}, and a person will get back to you.{{/if}}`
const AUTOMATED_LATE_SV = `{{#if automatedDecision}}

Beskedet har tagits fram automatiskt utifrån när ansökan kom in. Tror du att något har blivit fel? Svara då på det här mejlet eller skriv till {{review.name}} på {{review.email}}, så tittar en person på det.{{/if}}`
const AUTOMATED_LATE_EN = `{{#if automatedDecision}}

This decision was made automatically, based on when your application reached us. If you think something went wrong, just reply to this email or write to {{review.name}} at {{review.email}}, and a person will look into it.{{/if}}`
// The acknowledgement (art. 13(2)(f)): answers are screened automatically, and how to reach a person.
const RECEIVED_SCREENING_SV = `{{#if automatedDecision}}Svaren i ansökningsformuläret jämförs automatiskt med kraven för tjänsten, och det som inte går att avgöra säkert går alltid vidare till en av oss. Vill du hellre att en person går igenom din ansökan, eller har du frågor? Skriv till {{review.name}} på {{review.email}}.{{else}}${CONTACT_SV}{{/if}}`
const RECEIVED_SCREENING_EN = `{{#if automatedDecision}}The answers in the application form are checked automatically against the requirements of the role, and anything that can't be decided for certain always goes to one of us. If you'd rather a person went through your application, or you have any questions, just write to {{review.name}} at {{review.email}}.{{else}}${CONTACT_EN}{{/if}}`

// The talent pool: joining is an explicit yes (a reply or the ATS's link) for a stated time,
// withdrawable; without a yes the application is not kept for future roles. Nothing here
// promises to delete the application: it is kept as the recruitment's own record requires.
const POOL_SV = `{{#if talentPool.consent}}Vi hör gärna av oss om en liknande tjänst blir ledig. Vill du det? Svara ”ja” på det här mejlet{{#if talentPool.joinUrl}} eller anmäl dig på {{talentPool.joinUrl}}{{/if}}, så sparar vi din ansökan i vår kandidatbank i {{talentPool.period}}. Ångrar du dig räcker det att du hör av dig, när som helst, så tar vi bort den därifrån. Får vi inget ja från dig sparar vi inte din ansökan för kommande tjänster.{{else}}Vi hör gärna av oss om en liknande tjänst blir ledig, och därför sparar vi din ansökan i vår kandidatbank i högst {{talentPool.period}}. Vill du inte det räcker det att du svarar ”nej” på det här mejlet, när som helst, så tar vi bort den därifrån.{{/if}}`
const POOL_EN = `{{#if talentPool.consent}}We'd be glad to get in touch if a similar role comes up. Would you like that? Just reply "yes" to this email{{#if talentPool.joinUrl}} or sign up at {{talentPool.joinUrl}}{{/if}}, and we'll keep your application in our talent pool for {{talentPool.period}}. If you change your mind, just let us know at any time and we'll take it out. If we don't get a yes from you, we won't keep your application for future roles.{{else}}We'd be glad to get in touch if a similar role comes up, so we'll keep your application in our talent pool for at most {{talentPool.period}}. If you'd rather we didn't, just reply "no" to this email at any time and we'll take it out.{{/if}}`

// One short line, after the answer itself: how was it to apply? (messages.survey)
const SURVEY_SV = `{{#if survey.url}}

Hur upplevde du att söka hos oss? Vi blir glada om du vill svara på några korta frågor: {{survey.url}}{{/if}}`
const SURVEY_EN = `{{#if survey.url}}

How did you find applying to us? We'd be grateful if you'd answer a few short questions: {{survey.url}}{{/if}}`

// A person decided: name what they gave (criteria and/or their own words), nothing else.
const PERSON_REASONS_SV = `{{#if unmetCount}}{{#if severalRequirements}} Enligt vår bedömning var det här avgörande:${ITEMS(true)}{{else}}{{#if requirementsUnmet}} För tjänsten krävs ${ONE(true)}, och enligt vår bedömning är det kravet inte uppfyllt.{{else}} Vi väger också in ${ONE(true)}, och enligt vår bedömning räckte det inte riktigt till den här gången.{{/if}}{{/if}}{{/if}}{{#if personReason}}

{{personReason}}{{/if}}`
const PERSON_REASONS_EN = `{{#if unmetCount}}{{#if severalRequirements}} In our assessment, this is what decided it:${ITEMS(true)}{{else}}{{#if requirementsUnmet}} The role requires ${ONE(true)}, and in our assessment that requirement isn't met.{{else}} We also weigh ${ONE(true)}, and in our assessment it wasn't quite enough this time.{{/if}}{{/if}}{{/if}}{{#if personReason}}

{{personReason}}{{/if}}`

/**
 * The built-in templates, per language and stage. A criteria file can replace any of them
 * under `messages.templates`.
 *
 * @example
 * ```ts
 * BUILT_IN_TEMPLATES.sv.rejected.subject // 'Din ansökan till {{job.company}} – {{job.title}}'
 * ```
 * @category Messages
 */
export const BUILT_IN_TEMPLATES: Record<Locale, Record<Stage, MessageTemplate>> = {
  sv: {
    received: {
      subject: 'Vi har tagit emot din ansökan – {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.titleInText}} hos {{job.company}}. Vi har tagit emot den.

{{#if timeline.replyBy}}Du får besked från oss senast {{date timeline.replyBy "EEEE d MMMM"}}.{{else}}Du får besked från oss så snart vi har gått igenom din ansökan.{{/if}}

${RECEIVED_SCREENING_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
    rejected: {
      subject: 'Din ansökan till {{job.company}} – {{job.title}}',
      body: `${GREETING_SV}

Tack för att du sökte tjänsten som {{job.titleInText}} hos {{job.company}} och för tiden du lade på din ansökan.

Vi har jämfört svaren i din ansökan med kraven för tjänsten, och den här gången går vi inte vidare med den.{{#if requirementsUnmet}}{{#if severalRequirements}} För tjänsten krävs:${ITEMS(true)}

Utifrån dina svar kunde vi inte se att de kraven är uppfyllda.{{else}} För tjänsten krävs ${ONE(true)}, och utifrån dina svar kunde vi inte se att det kravet är uppfyllt.{{/if}}{{else}}${MERITS_SV('kraven för tjänsten', true)}{{/if}}${ADVICE_SV}${AUTOMATED_SV}

${AGAIN_SV}${SURVEY_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
    late: {
      subject: 'Din ansökan till {{job.company}} – {{job.title}}',
      body: `${GREETING_SV}

Tack för ditt intresse för tjänsten som {{job.titleInText}} hos {{job.company}}.

Sista ansökningsdag var {{date job.closesAt "d MMMM yyyy"}}{{#if job.closesAtTime}} kl. {{job.closesAtTime}}{{/if}}, och din ansökan kom in efter det. Därför kan vi tyvärr inte ta med den i den här rekryteringen.${AUTOMATED_LATE_SV}

${AGAIN_SV}${SURVEY_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
    'talent-pool': {
      subject: 'Din ansökan till {{job.company}} – {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.titleInText}} hos {{job.company}}.

Den här gången går vi inte vidare med din ansökan, men du låg nära. Vi har jämfört svaren i din ansökan med kraven för tjänsten{{#if requirementsUnmet}}{{#if severalRequirements}}, och vi kunde inte se att de här kraven är uppfyllda:${ITEMS(false)}{{else}}, och vi kunde inte se att kravet på ${ONE(false)} är uppfyllt.{{/if}}{{else}}.${MERITS_SV('dem', false)}{{/if}}${ADVICE_SV}${AUTOMATED_POOL_SV}

${POOL_SV}${SURVEY_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
    advance: {
      subject: 'Nästa steg i din ansökan – {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.titleInText}} hos {{job.company}}. Dina svar motsvarar det vi söker, och vi vill gärna gå vidare med dig.

{{#if timeline.meetingAt}}Nästa steg är ett första samtal, {{date timeline.meetingAt "EEEE d MMMM"}} kl. {{date timeline.meetingAt "HH.mm"}}. Passar tiden inte, svara på det här mejlet så hittar vi en annan.{{else}}Nästa steg är ett första samtal. {{job.contact.name}} hör av sig {{#if timeline.replyBy}}senast {{date timeline.replyBy "EEEE d MMMM"}}{{else}}inom några dagar{{/if}} för att boka en tid som passar dig.{{/if}}

${CONTACT_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
    'rejected-by-person': {
      subject: 'Din ansökan till {{job.company}} – {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.titleInText}} hos {{job.company}}.

Vi har nu gått igenom din ansökan, och den här gången går vi inte vidare med den.${PERSON_REASONS_SV}${ADVICE_SV}

Vill du veta mer om hur vi har bedömt din ansökan? Svara på det här mejlet eller skriv till {{review.name}} på {{review.email}}, så berättar vi gärna mer.

${AGAIN_SV}${SURVEY_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
    'rejected-after-interview': {
      subject: 'Tack för intervjun – {{job.title}}',
      body: `${GREETING_SV}

Tack för att du tog dig tid att träffa oss{{#if timeline.interviewAt}} den {{date timeline.interviewAt "d MMMM"}}{{/if}} och berätta om dig själv.

Vi har nu bestämt oss, och vi går inte vidare med din ansökan till tjänsten som {{job.titleInText}}.${PERSON_REASONS_SV}

Vill du ha personlig återkoppling på intervjun? {{job.contact.name}} ringer gärna upp dig för ett kort samtal. Svara på det här mejlet och berätta när det passar att vi ringer.${SURVEY_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
    'job-closed': {
      subject: 'Din ansökan till {{job.company}} – {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.titleInText}} hos {{job.company}}.

{{#if jobClosed.withoutFilling}}Vi har avslutat rekryteringen utan att tillsätta tjänsten.{{else}}Tjänsten är nu tillsatt, och rekryteringen är avslutad.{{/if}} Därför går vi inte vidare med din ansökan. Det säger ingenting om dig eller dina svar.

${CONTACT_SV}

${AGAIN_SV}${SURVEY_SV}

${SIGN_SV}${PRIVACY_SV}`,
    },
  },
  en: {
    received: {
      subject: "We've received your application for {{job.title}}",
      body: `${GREETING_EN}

Thanks for applying for the {{job.titleInText}} role at {{job.company}}. Your application has reached us.

{{#if timeline.replyBy}}You'll hear from us by {{date timeline.replyBy "EEEE d MMMM"}}.{{else}}You'll hear from us as soon as we've gone through your application.{{/if}}

${RECEIVED_SCREENING_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
    rejected: {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.titleInText}} role at {{job.company}}, and for the time you put into your application.

We've compared the answers in your application with the requirements of the role, and this time we won't be taking it further.{{#if requirementsUnmet}}{{#if severalRequirements}} The role requires:${ITEMS(true)}

From your answers, we couldn't see that these requirements were met.{{else}} The role requires ${ONE(true)}, and from your answers we couldn't see that this requirement was met.{{/if}}{{else}}${MERITS_EN('the requirements of the role', true)}{{/if}}${ADVICE_EN}${AUTOMATED_EN}

${AGAIN_EN}${SURVEY_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
    late: {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for your interest in the {{job.titleInText}} role at {{job.company}}.

The closing date was {{date job.closesAt "d MMMM yyyy"}}{{#if job.closesAtTime}} at {{job.closesAtTime}}{{/if}}, and your application reached us after it, so unfortunately we can't include it in this recruitment.${AUTOMATED_LATE_EN}

${AGAIN_EN}${SURVEY_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
    'talent-pool': {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.titleInText}} role at {{job.company}}.

This time we won't be taking your application further, but you came close. We've compared the answers in your application with the requirements of the role{{#if requirementsUnmet}}{{#if severalRequirements}}, and we couldn't see that these requirements were met:${ITEMS(false)}{{else}}, and we couldn't see that the requirement of ${ONE(false)} was met.{{/if}}{{else}}.${MERITS_EN('them', false)}{{/if}}${ADVICE_EN}${AUTOMATED_POOL_EN}

${POOL_EN}${SURVEY_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
    advance: {
      subject: 'Next steps in your application for {{job.title}}',
      body: `${GREETING_EN}

Thanks for applying for the {{job.titleInText}} role at {{job.company}}. Your answers match what we're looking for, and we'd like to take your application further.

{{#if timeline.meetingAt}}The next step is a first conversation, on {{date timeline.meetingAt "EEEE d MMMM"}} at {{date timeline.meetingAt "HH:mm"}}. If that time doesn't suit you, just reply to this email and we'll find another.{{else}}The next step is a first conversation. {{job.contact.name}} will be in touch {{#if timeline.replyBy}}by {{date timeline.replyBy "EEEE d MMMM"}}{{else}}within a few days{{/if}} to find a time that suits you.{{/if}}

${CONTACT_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
    'rejected-by-person': {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.titleInText}} role at {{job.company}}.

We've now gone through your application, and this time we won't be taking it further.${PERSON_REASONS_EN}${ADVICE_EN}

If you'd like to know more about how we assessed your application, just reply to this email or write to {{review.name}} at {{review.email}}, and we'll gladly tell you more.

${AGAIN_EN}${SURVEY_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
    'rejected-after-interview': {
      subject: 'Thank you for the interview – {{job.title}}',
      body: `${GREETING_EN}

Thank you for taking the time to meet us{{#if timeline.interviewAt}} on {{date timeline.interviewAt "EEEE d MMMM"}}{{/if}} and tell us about yourself.

We've now made our decision, and we won't be taking your application for the {{job.titleInText}} role further.${PERSON_REASONS_EN}

If you'd like personal feedback on the interview, {{job.contact.name}} would be glad to give you a call for a short chat. Just reply to this email and let us know a good time to call.${SURVEY_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
    'job-closed': {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.titleInText}} role at {{job.company}}.

{{#if jobClosed.withoutFilling}}We've closed this recruitment without filling the role.{{else}}The role has now been filled, and this recruitment is closed.{{/if}} That means we won't be taking your application further. It says nothing about you or your answers.

${CONTACT_EN}

${AGAIN_EN}${SURVEY_EN}

${SIGN_EN}${PRIVACY_EN}`,
    },
  },
}
