import type { Concept } from './concept.js'

export default [
  {
    id: 'gender-identity', ground: 'transgender',
    sv: ['trans', 'transperson*', 'transsexuell*', 'könsidentitet*', 'könsuttryck*', 'könsöverskridande', 'icke binär*', 'ickebinär*', 'könsbekräftande', 'könskorrigering*', 'juridiskt kön', 'kön vid födseln', 'tilldelat kön'],
    en: ['trans', 'transgender', 'transsexual', 'gender identity|expression|reassignment', 'non binary', 'nonbinary', 'sex assigned at birth', 'legal gender', 'gender at birth', 'pronouns'],
  },
] satisfies readonly Concept[]
