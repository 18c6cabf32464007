import type { Concept } from './concept.js'

export default [
  {
    id: 'sex', ground: 'sex',
    sv: ['kön', 'könet', 'köns*', 'man eller kvinna', 'kvinna eller man', 'är du man|kvinna', 'könstillhörighet*'],
    en: [{ match: 'sex', ambiguous: true }, 'gender', 'genders', 'a man or a woman', 'male or female', 'female or male', 'are you a man|woman|male|female'],
    // kön is also a queue: "kön i kassan", "ställa sig i kön".
    except: ['samma kön', 'i|ur|hela|långa|lång|telefon|kassa|från kön', 'kön i|till|vid|växer|var|blir|ringlar', 'kön är lång', 'koll på kön', 'på kön', 'same sex', 'gender equality|balance|neutral|diversity|pay|equity|studies', 'gender pay gap', 'gender identity|reassignment|affirming|dysphoria', 'jämställdhet*', 'könsneutral*', 'könsfördelning*'],
  },
  {
    id: 'woman-or-man', ground: 'sex',
    sv: ['kvinna', 'kvinnan', 'kvinnor', 'kvinnorna', 'kvinnlig*', 'manlig*', 'män', 'mannen', 'männen', { match: 'man', only: ['value', 'title'] }, 'tjej', 'tjejen', 'tjejer', 'tjejerna', 'kille', 'killen', 'killar', 'killarna', '*tjej', '*tjejer', '*kille', '*killar', 'servitris*', 'städerska*', 'frisörska*', 'kassörska*', 'lärarinna*', 'sömmerska*', 'tvätterska*', 'hushållerska*', 'sångerska*', 'maskulin*', 'feminin*', 'värdinna*', '*värdinna', 'barnflicka*', 'att du är man|kvinna', 'du är man|kvinna', 'jag är man|kvinna', { match: 'fru|fröken|herr', only: ['value'] }, 'tjejig*', 'killig*', 'stark|starka man|män|kille|killar', 'vi söker en man|kvinna|kille|tjej', 'endast|bara män|kvinnor|killar|tjejer', 'kvinnligt|manligt utseende', 'herr|fru eller fru|herr|fröken', 'karl', 'karlar', 'karlakarl', 'moderlig*', 'faderlig*'],
    en: ['male', 'males', 'female', 'females', 'woman', 'women', { match: 'man', ambiguous: true }, { match: 'men', ambiguous: true }, 'girl', 'girls', 'guy', 'guys', 'lady', 'ladies', 'gentleman', 'gentlemen', 'boy', 'boys', 'lad', 'lads', 'waitress*', 'salesman', 'salesmen', 'saleswoman', 'stewardess*', 'hostess*', 'manpower', 'masculine', 'feminine', 'manly', 'womanly', { match: 'ms|mrs|miss|mr', only: ['value'] }, 'girly', 'barmaid*', 'chambermaid*', 'strong man|men|guy|guys|lad|lads', 'male|female only', 'only men|women|males|females', 'female|male|feminine|masculine appearance|look|looks', 'mr|mrs|ms|miss mr|mrs|ms|miss', 'mr|mrs|ms or mr|mrs|ms|miss', 'salesgirl*', 'shopgirl*', 'shop girl|girls', 'sales girl|girls', 'office girl|boy', 'delivery boy', 'motherly', 'fatherly', 'manly'],
    except: ['man and van', 'man with a van', 'man|manning the|a|our|reception|desk|tills|till|phones|stand|booth|counter|front', 'to man', 'man hours|hour|days|day|months', 'isle of man', 'best man', 'best man s', 'kvinnojour*', 'women s shelter|refuge|clinic|health|clothing|wear|department|football|team|network', 'womens shelter|refuge|clinic|health|clothing|wear', 'men s clothing|wear|department|health', 'female patients|customers|clients|residents|pupils|students|users', 'male patients|customers|clients|residents|pupils|students|users', 'ladies and gentlemen', 'ladies hairdresser|hairdressing|fashion|wear|night', 'mens hairdresser|barber', 'mina damer och herrar', 'damer och herrar', 'he or she', 'she or he', 'servitör servitris', 'servitris servitör', 'waiter waitress', 'waitress waiter', 'waiter or waitress', 'servitör eller servitris', 'his or her', 'her or his', 'dam och herr'],
  },
  { id: 'pregnancy', ground: 'sex', sv: ['gravid*', 'graviditet*', 'väntar du barn', 'väntar barn'], en: ['pregnan*', 'expecting a baby|child', 'are you expecting'] },
] satisfies readonly Concept[]
