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
// Swedish, not translated English. Every variable below is always present in the context
// (null when unknown), so strict mode catches typos without breaking on missing names.

const GREETING_SV = '{{#if candidate.firstName}}Hej {{candidate.firstName}}!{{else}}Hej!{{/if}}'
const GREETING_EN = '{{#if candidate.firstName}}Dear {{candidate.firstName}},{{else}}Hello,{{/if}}'
const CONTACT_SV = 'Har du frågor är du välkommen att höra av dig till {{job.contact.name}} på {{job.contact.email}}.'
const CONTACT_EN = 'If you have any questions, you are welcome to contact {{job.contact.name}} at {{job.contact.email}}.'
const SIGN_SV = 'Vänliga hälsningar\n{{signature}}'
const SIGN_EN = 'Kind regards,\n{{signature}}'

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

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}. Vi har tagit emot den och går igenom varje ansökan noggrant.

{{#if timeline.replyBy}}Du får besked från oss senast {{date timeline.replyBy "EEEE d MMMM"}}.{{else}}Du får besked från oss så snart vi har gått igenom din ansökan.{{/if}}

${CONTACT_SV}

${SIGN_SV}`,
    },
    rejected: {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för att du sökte tjänsten som {{job.title}} hos {{job.company}} och för tiden du lade på din ansökan.

Vi har nu gått igenom den, och den här gången går vi inte vidare med din ansökan. {{#if requirementsUnmet}}För tjänsten krävs {{list unmet}}, och utifrån svaren i ansökan kunde vi inte se att {{plural unmetCount "det kravet" "de kraven"}} är uppfyllda.{{else}}Vi har valt att gå vidare med kandidater som bättre motsvarar det vi söker{{#if unmetCount}}, bland annat {{list unmet}}{{/if}}.{{/if}}

Vi vet att det inte är det besked du hoppades på. Du är varmt välkommen att söka igen när vi har en roll som passar dig{{#if job.url}} – våra lediga tjänster finns på {{job.url}}{{/if}}.

${CONTACT_SV}

${SIGN_SV}`,
    },
    late: {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för ditt intresse för tjänsten som {{job.title}} hos {{job.company}}.

Sista ansökningsdag var {{date job.closesAt "d MMMM yyyy"}}, och din ansökan kom in efter det. Därför kan vi tyvärr inte ta med den i den här rekryteringen.

Vi hoppas att du vill söka hos oss igen{{#if job.url}} – nya tjänster publiceras på {{job.url}}{{/if}}.

${CONTACT_SV}

${SIGN_SV}`,
    },
    'talent-pool': {
      subject: 'Din ansökan till {{job.title}} hos {{job.company}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}. Vi har läst den med stort intresse.

{{#if requirementsUnmet}}Den här gången går vi vidare med kandidater som uppfyller alla krav för tjänsten, och det vi inte kunde se i din ansökan var {{list unmet}}.{{else}}Den här gången går vi vidare med kandidater som ligger ännu närmare det vi söker{{#if unmetCount}}, till exempel när det gäller {{list unmet}}{{/if}}.{{/if}} Samtidigt ligger du nära, och vi vill gärna ha dig i åtanke när en roll som passar dig blir ledig.

Vi sparar därför din ansökan i vår kandidatbank i högst tolv månader. Vill du inte det räcker det att du svarar på det här mejlet, så tar vi bort dina uppgifter.

${CONTACT_SV}

${SIGN_SV}`,
    },
    advance: {
      subject: 'Nästa steg i din ansökan till {{job.title}}',
      body: `${GREETING_SV}

Tack för din ansökan till tjänsten som {{job.title}} hos {{job.company}}. Vi har gått igenom den och vill gärna gå vidare med dig.

Nästa steg är ett första samtal på ungefär 30 minuter. {{job.contact.name}} hör av sig inom kort för att boka en tid som passar dig.

${CONTACT_SV}

${SIGN_SV}`,
    },
    'rejected-after-interview': {
      subject: 'Tack för intervjun – {{job.title}}',
      body: `${GREETING_SV}

Tack för att du tog dig tid att träffa oss och berätta om dig själv. Det var ett mycket trevligt samtal.

Det har varit ett svårt beslut, och vi har valt att gå vidare med en annan kandidat till tjänsten som {{job.title}}.

Vill du ha återkoppling på intervjun berättar {{job.contact.name}} gärna mer i ett kort samtal. Svara bara på det här mejlet, så bokar vi en tid.

Vi hoppas att våra vägar korsas igen.

${SIGN_SV}`,
    },
  },
  en: {
    received: {
      subject: 'We have received your application for {{job.title}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}. We have received your application and review every one carefully.

{{#if timeline.replyBy}}You will hear from us by {{date timeline.replyBy "EEEE d MMMM"}}.{{else}}You will hear from us as soon as we have reviewed your application.{{/if}}

${CONTACT_EN}

${SIGN_EN}`,
    },
    rejected: {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}, and for the time you put into your application.

We have now reviewed it, and this time we will not be taking your application further. {{#if requirementsUnmet}}The role requires {{list unmet}}, and from the answers in your application we could not see that {{plural unmetCount "this requirement is" "these requirements are"}} met.{{else}}We have decided to continue with candidates who more closely match what we are looking for{{#if unmetCount}}, including {{list unmet}}{{/if}}.{{/if}}

We know this is not the news you were hoping for. You are very welcome to apply again when we have a role that suits you{{#if job.url}}; our openings are at {{job.url}}{{/if}}.

${CONTACT_EN}

${SIGN_EN}`,
    },
    late: {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for your interest in the {{job.title}} role at {{job.company}}.

The closing date was {{date job.closesAt "d MMMM yyyy"}}, and your application reached us after it, so unfortunately we cannot include it in this recruitment.

We hope you will apply to us again{{#if job.url}}; new openings are published at {{job.url}}{{/if}}.

${CONTACT_EN}

${SIGN_EN}`,
    },
    'talent-pool': {
      subject: 'Your application for {{job.title}} at {{job.company}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}. We read your application with real interest.

{{#if requirementsUnmet}}This time we are moving forward with candidates who meet every requirement of the role, and what we could not see in your application was {{list unmet}}.{{else}}This time we are moving forward with candidates who match what we are looking for even more closely{{#if unmetCount}}, for example in {{list unmet}}{{/if}}.{{/if}} You came close, though, and we would like to keep you in mind when a role that suits you opens up.

We will therefore keep your application in our talent pool for at most twelve months. If you would rather we did not, just reply to this email and we will delete your details.

${CONTACT_EN}

${SIGN_EN}`,
    },
    advance: {
      subject: 'Next steps in your application for {{job.title}}',
      body: `${GREETING_EN}

Thank you for applying for the {{job.title}} role at {{job.company}}. We have reviewed your application and would like to take it further.

The next step is a first conversation of about 30 minutes. {{job.contact.name}} will be in touch shortly to find a time that suits you.

${CONTACT_EN}

${SIGN_EN}`,
    },
    'rejected-after-interview': {
      subject: 'Thank you for the interview – {{job.title}}',
      body: `${GREETING_EN}

Thank you for taking the time to meet us and tell us about yourself. We really enjoyed the conversation.

It has been a difficult decision, and we have chosen to continue with another candidate for the {{job.title}} role.

If you would like feedback on the interview, {{job.contact.name}} would be glad to talk it through in a short call. Just reply to this email and we will find a time.

We hope our paths cross again.

${SIGN_EN}`,
    },
  },
}
