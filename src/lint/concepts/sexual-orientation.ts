import type { Concept } from './concept.js'

export default [
  {
    id: 'sexual-orientation', ground: 'sexual-orientation',
    sv: ['sexuell|sexuella läggning', 'läggning', 'homosexuell*', 'heterosexuell*', 'bisexuell*', 'lesbisk*', 'gay', 'queer', 'hbtq*', 'samma kön', 'samkönad*', 'bög', 'bögar', 'flata', 'partner av samma'],
    en: ['sexual orientation|preference', 'sexuality', 'gay', 'lesbian*', 'bisexual*', 'homosexual*', 'heterosexual*', 'queer', 'same sex', 'lgbt*', 'straight or', 'same sex partner'],
    except: ['hbtq* certifier*|diplomer*|vänlig*|certifikat*|utbildning*', 'lgbt* friendly|inclusive|certified|training|awareness'],
  },
] satisfies readonly Concept[]
