import type { Concept } from './concept.js'

export default [
  {
    id: 'sexual-orientation', ground: 'sexual-orientation',
    sv: ['sexuell|sexuella läggning', 'läggning', 'homosexuell*', 'heterosexuell*', 'bisexuell*', 'lesbisk*', 'gay', 'queer', 'hbtq*', 'samma kön', 'samkönad*', 'bög', 'bögar', 'flata', 'partner av samma', 'kön har din|er make|maka|sambo|partner', 'kön på din|er make|maka|sambo|partner', 'partners|partnerns|makens|makans kön', 'pojkvän eller flickvän', 'flickvän eller pojkvän', 'registrerad partner*', 'registrerat partnerskap', 'partner en man|kvinna', 'partner en man eller en kvinna', 'mellan man och kvinna', 'prideparad*', 'går du på pride', 'pride festival|festivalen|paraden', 'är du hetero|homo|bi'],
    en: ['sexual orientation|preference', 'sexuality', 'gay', 'lesbian*', 'bisexual*', 'homosexual*', 'heterosexual*', 'queer', 'same sex', 'lgbt*', 'straight or', { match: 'straight', only: ['value'] }, 'same sex partner', 'partner s gender|sex', 'spouse s gender|sex', 'partner a man or a woman', 'partner a man|woman', 'boyfriend or a girlfriend', 'boyfriend or girlfriend', 'girlfriend or a boyfriend', 'girlfriend or boyfriend', 'registered partner*', 'gender|sex of your partner|spouse', 'between a man and a woman', 'go to pride', 'pride events|parade|parades|march|festival', 'are you straight|gay'],
    except: ['hbtq* certifier*|diplomer*|vänlig*|certifikat*|utbildning*', 'lgbt* friendly|inclusive|certified|training|awareness'],
  },
] satisfies readonly Concept[]
