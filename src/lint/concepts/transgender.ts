import type { Concept } from './concept.js'

export default [
  {
    id: 'gender-identity', ground: 'transgender',
    sv: ['trans', 'transperson*', 'transsexuell*', 'könsidentitet*', 'könsuttryck*', 'könsöverskridande', 'icke binär*', 'ickebinär*', 'könsbekräftande', 'könskorrigering*', 'juridiskt|juridiska kön', 'kön vid födseln', 'tilldelat kön', 'tilldelades|tilldelats vid födseln', 'identifierat dig med det kön'],
    en: ['trans', 'transgender', 'transsexual', 'gender identity|expression|reassignment', 'non binary', 'nonbinary', 'sex assigned at birth', 'legal gender', 'gender at birth', 'assigned at birth', 'pronouns'],
  },
] satisfies readonly Concept[]
