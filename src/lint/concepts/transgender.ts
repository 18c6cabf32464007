import type { Concept } from './concept.js'

export default [
  {
    id: 'gender-identity', ground: 'transgender',
    sv: ['trans', 'transperson*', 'transsexuell*', 'könsidentitet*', 'könsuttryck*', 'könsöverskridande', 'icke binär*', 'ickebinär*', 'könsbekräftande', 'könskorrigering*', 'juridiskt|juridiska kön', 'kön vid födseln', 'tilldelat kön', 'tilldelades|tilldelats vid födseln', 'identifierat dig med det kön', 'genomgått könsbekräftande', 'könsbekräftande vård|behandling|operation', 'kvinna|man sedan födseln', 'född kvinna|man|pojke|flicka', 'biologisk|biologiskt|biologiska kön|kvinna|man', 'könsflytande', 'annat|tidigare namn eller kön', { match: 'hen', only: ['value'] }, 'hon henne', 'han honom', 'juridiska kön', 'bytt kön', 'byta kön', 'könsbyte*', 'samma kön som vid födseln'],
    except: ['trans pacific|atlantic|siberian|european|alpine|national|regional|border|canada|continental|fat|fats'],
    en: ['trans', 'transgender', 'transsexual', 'gender identity|expression|reassignment', 'non binary', 'nonbinary', 'sex assigned at birth', 'legal gender', 'gender at birth', 'assigned at birth', 'pronouns', 'gender fluid', 'genderfluid', 'genderqueer', 'woman|man|female|male since|from birth', 'born a woman|man|female|male|girl|boy', 'biological sex|woman|man|female|male', 'biologically', 'transitioned', 'transition gender|sex', 'changed your gender|sex', 'different|another|previous name or gender|sex', 'known by a different|another name', 'gender shown|stated on|in', 'presenting as|consistently', { match: 'they them', only: ['value', 'label'] }, { match: 'she her|he him', only: ['value'] }, 'the same as at birth', 'same gender|sex as at birth|you were'],
  },
] satisfies readonly Concept[]
