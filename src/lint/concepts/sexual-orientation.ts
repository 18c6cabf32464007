import type { Concept } from './concept.js'

export default [
  {
    id: 'sexual-orientation', ground: 'sexual-orientation',
    sv: ['sexuell|sexuella läggning', 'läggning', 'homosexuell*', 'heterosexuell*', 'bisexuell*', 'lesbisk*', 'gay', 'queer', 'hbtq*', 'samma kön', 'samkönad*', 'bög', 'bögar', 'flata', 'partner av samma', 'kön har din|er make|maka|sambo|partner', 'kön på din|er make|maka|sambo|partner', 'partners|partnerns|makens|makans kön', 'pojkvän eller flickvän', 'flickvän eller pojkvän', 'registrerad partner*', 'registrerat partnerskap', 'partner en man|kvinna', 'partner en man eller en kvinna', 'mellan man och kvinna', 'prideparad*', 'går du på pride', 'pride festival|festivalen|paraden', 'är du hetero|homo|bi', 'rfsl', { match: 'pride', ambiguous: true }, 'manlig|kvinnlig partner|partnern|sambo|make|maka', 'fru eller flickvän', 'flickvän eller fru', 'man|make eller pojkvän', 'pojkvän eller man|make', 'partner * en man|kvinna', 'partner|sambo|make|maka|fru|man en man|kvinna', 'mellan en man och en kvinna', 'vem du dejtar|träffar'],
    en: ['sexual orientation|preference', 'sexuality', 'gay', 'lesbian*', 'bisexual*', 'homosexual*', 'heterosexual*', 'queer', 'same sex', 'lgbt*', 'straight or', { match: 'straight', only: ['value'] }, 'same sex partner', 'partner s gender|sex', 'spouse s gender|sex', 'partner a man or a woman', 'partner a man|woman', 'boyfriend or a girlfriend', 'boyfriend or girlfriend', 'girlfriend or a boyfriend', 'girlfriend or boyfriend', 'registered partner*', 'gender|sex of your partner|spouse', 'between a man and a woman', 'go to pride', 'pride events|parade|parades|march|festival', 'are you straight|gay', 'pride network|group|association|committee|society', 'rfsl', 'stonewall', 'male|female partner|spouse', 'opposite sex partner|spouse|partners', 'partner of the opposite|same sex', 'wife or girlfriend', 'girlfriend or wife', 'husband or boyfriend', 'boyfriend or husband', 'partner * a man|woman', 'partner|spouse|husband|wife a man|woman', 'between one man and one woman', 'who you date', 'who you are dating', 'who you go out with', 'straight acting', 'straightacting'],
    except: ['hbtq* certifier*|diplomer*|vänlig*|certifikat*|utbildning*', 'lgbt* friendly|inclusive|certified|training|awareness', 'take|takes|taking pride', 'pride in|i', 'pride myself|ourselves|themselves', 'sense of pride', 'hbtq* certifier*|diplomer*|vänlig*|certifikat*|utbildning*'],
  },
  {
    // Membership of LGBTQ+ organisations and going to gay venues, asked of the applicant: the pattern says whom it is about,
    // so the organisation or venue after it is no head ("Are you a member of any LGBTQ+ network or association?").
    id: 'lgbt-life', ground: 'sexual-orientation', framed: true,
    sv: ['medlem i rfsl|hbtq*', 'medlem i något|ett|en hbtq*', 'engagerad|aktiv i rfsl|hbtq*|pride', 'engagerad|aktiv i något|ett|en hbtq*', 'går du på|till gaybar*|gayklubb*|hbtq*|gay', 'besöker du gaybar*|gayklubb*|hbtq*', 'gaybar*|gayklubb* på fritiden'],
    en: ['member of an|any|the lgbt*|rfsl|stonewall', 'active in an|any|the lgbt*', 'involved in an|any|the lgbt*', 'go|goes|going to gay|queer|lgbt* bar|bars|club|clubs|venues|nights', 'visit|visits|frequent gay|queer|lgbt* bar|bars|club|clubs|venues|nights'],
  },
] satisfies readonly Concept[]
