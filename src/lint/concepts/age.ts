import type { Concept } from './concept.js'

// ## is a number in digits or words ("5", "fem", "five"); see ../phrases.ts.
export default [
  {
    id: 'age', ground: 'age',
    sv: ['ålder', 'åldern', 'ålders*', '*ålder', '*åldern', '# års ålder', 'i # årsåldern', 'hur gammal|gamla', '# år gammal|gamla', 'åldersgräns*'],
    en: ['age', 'ages', 'aged #', 'aged between', 'maximum|minimum age', 'age limit', 'how old', 'years|year old', '# years of age', 'over|under the age', 'age bracket|range'],
    except: [
      'age verification|check*|restricted|limits|appropriate|group*|groups', 'age limit for|on customers|alcohol|tobacco', 'all|different ages', 'of all ages', 'ages of',
      'aged care|debt|debtors|receivables|analysis|report|reports|stock|inventory|balances|invoices',
      'age uk|concern', 'digital|information|bronze|iron|stone|ice|golden|machine age', 'day and age', 'age of the building|buildings|vehicle|vehicles|equipment|stock|property|asset|assets|system|systems|fleet|data|universe|earth', 'stock|inventory|asset|fleet|invoice|account|debt|receivables|tyre|tire age', 'age report|reports|profile|analysis', 'age of stock|inventory', 'age rating|ratings|classification|classifications|label|labels', 'skolåldern|förskoleåldern|skolålder|förskoleålder', 'school age', 'åldersmärkning*', 'alla åldrar', 'i alla åldrar', 'åldersgrupp*', 'med|utan|har åldersgräns|åldersgränser', 'age restricted|rated',
    ],
  },
  {
    id: 'age-number', ground: 'age', framed: true,
    sv: [
      'max|högst|maximalt ## år', '# # år', '# # åring*', '# åring*', 'fyllt|fyller|fyllda #', 'fyllt|fyller|fyllda # år', '# fyllda', 'äldre|yngre än #', '# år eller|och äldre|yngre',
      'är du över|under #', 'är över|under # år', 'är du mellan # och #', 'är mellan # och # år', 'mellan # och # år', 'mellan ## och ## år gammal|gamla', 'myndig', 'myndiga', 'är du myndig', 'över|under # år gammal|gamla',
      'personer|sökande|kandidater|någon över|under #', 'den som är över|under #', 'dig|er|dem|personer under|över #', 'över|under #age', 'är du över|under #age', 'under|över # år', 'du är mellan # och #', 'är mellan # och #', { match: 'under|över #', only: ['value'] }, { match: '#year #year', only: ['value', 'label'] }, 'vilken åldersgrupp|årskull', 'tillhör du * målgrupp*', 'tillhör du * * målgrupp*', 'i tidiga|sena # årsåldern', 'i början|slutet av # årsåldern', 'åldersgrupp|årskull tillhör du', 'har du barnbarn',
      // A range written with words ("20 till 30 år", "mellan tjugo och trettio"), the applicant's own decade ("jag är i 30-årsåldern").
      '# till # år', '# till # åring*', { match: '#age till #age', only: ['value', 'title'] }, 'mellan #age och #age', { match: '#age år', only: ['value'] }, 'under|över #age år'],
    en: [
      '# # years', 'max|maximum ## years', '# # year olds', '# year old*', 'older|younger than', 'no|not older|younger', '# or older|over|above|younger|under', '# years or older|over|younger|under', '# and over|above|under',
      'are you over|under #', 'candidates|applicants|people|someone|anyone under|over #', 'between # and # years', 'between the ages', 'are|re between # and #', 'aged between # and #', 'aged # #', 'in their|your twenties|thirties|forties|fifties|sixties', 'in their|your early|mid|late #age s', 'in their|your early|mid|late twenties|thirties|forties|fifties|sixties', 'belong to our|the target group|audience', 'belong to our|the|your age group', 'part of our|the target group', 'in their|your # s', 'twenty|thirty|forty|fifty somethings|something', 'twentysomething*', 'thirtysomething*', { match: '#age #age', only: ['title', 'value'] }, { match: 'under|over #', only: ['value'] }, 'under|over #age', 'under|over #age s', 'of legal age', 'legal age', 'under age', 'underage', 'are you a minor', 'which|what age group|bracket|range', 'age group|bracket|range do you', 'have|any grandchildren',
      // A range written with "to" ("20 to 30", "aged 25 to 35"), the applicant's own decade ("in my twenties").
      '# to # years|year|yrs', '# to # year olds', 'aged # to #', { match: '#age to #age', only: ['value', 'title'] }, 'between #age and #age', 'in my twenties|thirties|forties|fifties|sixties', 'in my early|mid|late twenties|thirties|forties|fifties|sixties', 'in my early|mid|late #age s', 'in my # s', { match: '#age years|yrs', only: ['value'] }],
    except: ['# year old codebase|code|system|systems|building|buildings|company|business|brand|car|cars|machine|machinery|equipment|software|platform|tradition|house|vessel|boat', '*pass # #', 'kl|klockan|shift|shifts|hours|between # #', '# # timmar|tim|h|kr|hours|hrs|dagar|days|veckor|weeks|kg|km|procent|percent|st|sek|kronor|månader|months|minuter|minutes', 'over|under # years of|experience', 'över|under # års|år erfarenhet', 'mer än # års|år', 'under|over # kg|kilos|hours|minutes|km|miles|percent|per|euros|pounds|sek|degrees', 'över|under # minuter|timmar|tim|kg|kilo|kr|kronor|procent|grader|dagar|veckor|månader|mil|km|meter|ton|liter|st|sek|euro|personer|anställda|medarbetare|miljoner|miljarder|tusen|kunder|butiker|länder|kvadratmeter|kvm', 'i|sedan över|under # år', 'under|over # people|employees|staff|million|billion|thousand|customers|users|sites|stores|countries|years|locations|members', 'under # års|år erfarenhet', '# # years of experience|experience', '# to # years of|experience', '# till # års|år erfarenhet', 'with minors', 'minor changes|issues|repairs|injuries|adjustments|errors|role', 'bmi över|under #', 'bmi over|under|above|below #'],
  },
  {
    id: 'experience-cap', ground: 'age', framed: true,
    sv: [
      'max|högst|maximalt ## års|år erfarenhet|*erfarenhet', 'max|högst|maximalt ## år i arbetslivet|yrkeslivet|branschen|yrket', 'inte mer än ## års|år', 'mindre än ## års erfarenhet', 'högst ## år', 'max ## år',
      // A span of experience ("3–5 års erfarenhet") is how much is asked, not a cap on it: only "mindre än", "högst", "under" cap it.
      'inte för lång erfarenhet', 'inte för mycket erfarenhet', 'högst ## år efter', 'mindre|färre än ## års|år *erfarenhet', 'under ## års *erfarenhet', 'mindre|färre än ## år i arbetslivet|yrkeslivet|branschen|yrket',
    ],
    en: [
      'no|not more than ## years', 'a maximum of ## years', 'maximum of ## years', 'at most ## years', 'maximum|max ## years', 'up to ## years of|experience', 'less|fewer than ## years of|experience', 'under ## years of|experience', 'not too much experience', 'too much experience', 'too experienced', 'fewer than ## years', 'less than ## years in the|work|working|professional|industry|workforce',
    ],
  },
  {
    id: 'birth-date', ground: 'age',
    sv: ['född|födda #', 'född|födda år|mellan|efter|före|innan', 'är du född', 'föddes du', 'årtal*', 'fyller du år', 'fyller år', 'när fyller du', 'födelseår*', 'födelsedat*', 'födelsedag*', 'född|födda på|under # talet', 'födelsedecenni*', '# talist*', '*talist', '*talister', 'vilket år är du född'],
    en: ['date|year of birth', 'birth date|year', 'birthdate*', 'birthday*', 'birthyear*', 'dob', 'born in|after|before #', 'born #', 'were you born', 'born in the # s', 'born in the eighties|nineties|seventies|sixties', 'born in|during the', 'decade of birth', 'birth decade', 'born in the # s', 'what year were you born'],
    // A birthplace is ethnicity, not age: "Är du född i Sverige?".
    except: ['var är du född', 'var föddes du', 'where were you born', 'born in sweden|abroad|another|this|the uk|britain|england|the eu|europe', 'born outside', 'were you born in sweden|abroad|another|this|britain|england|europe|ireland|scotland|wales', 'were you born in the uk|eu|us|usa', 'were you born outside|abroad|here', 'född|födda i sverige|utlandet|norden|europa|eu|ett|annat|finland|norge|danmark', 'född|födda utomlands|utanför|här', 'är du född i sverige|utlandet|norden|europa|eu|ett|annat', 'är du född utomlands|utanför|här', 'land|stad|ort|landet|staden|orten är|var du född', 'land|stad|ort|landet|staden|orten föddes du', 'country|city|town|place were|was you born', 'country|city|town|place did you grow'],
  },
  { id: 'identity-number', ground: 'age', readOnly: true, sv: ['personnummer|personnumret'], en: ['personal identity|identification number', 'social security number'] },
  {
    id: 'youth', ground: 'age',
    sv: ['ung', 'ungt|unga team|gäng|medarbetare|säljare|person|personer|kollega|kollegor|förmåga|förmågor|talang|talanger|kraft|krafter', 'unga och|som', 'ung och', 'ungdomlig*', 'ungdomligt', 'junior|ung och', 'yngre', 'yngre förmåga|förmågor|kraft|krafter|medarbetare|person|kollega|säljare', 'ung i sinnet', 'ungdomlig energi|anda', 'ung energi', 'ungt och dynamiskt|drivet|energiskt|glatt|härligt|engagerat team|gäng', 'nytt|friskt|ungt blod', 'bli|vara äldst|yngst', 'äldst|yngst i|på gruppen|laget|teamet|arbetsgruppen|arbetslaget|gänget'],
    en: ['young', 'younger', 'youthful', 'youngster*', 'young and', 'fresh blood', 'young team', 'young at heart', 'youthful energy|spirit', 'young energy|blood|minds|talent', 'new blood', 'fresh faced', 'young looking', 'youthful looking|looks|appearance', 'be the oldest|youngest', 'oldest|youngest person|one|member|colleague in|on'],
    except: ['unga och växande', 'ungt och växande', 'ungt|unga företag|bolag', 'barn och unga', 'med|för unga', 'unga vuxna', 'young people|adults|persons|children|offenders|carers|company|startup|business|customers|patients|visitors|readers|audience|audiences|families', 'children and young', 'young and growing'],
  },
  {
    // Judged too old or too young for the work: the age itself is the reason.
    id: 'too-old', ground: 'age', framed: true,
    sv: ['för gammal|gamla|ung', 'är|vara för unga', 'överkvalificerad*', 'överkvalificerade'],
    en: ['too old|young', 'overqualified', 'over qualified'],
    except: ['för gammal version|dator|utrustning|bil', 'too old version|software|equipment|car|data'],
  },
  { id: 'retirement', ground: 'age', sv: ['pensionär*', 'pensionerad*', 'till|i pension|pensionen', 'pensionera*', 'kvar till pension', 'pensionsålder*', 'pensionsavgång*', 'år kvar till pension|pensionen', 'yrkesverksamma år kvar|framför', 'arbetsår kvar', 'gå i pension', 'går i pension', 'hur många yrkesverksamma år|arbetsår har du', 'ta ut pension|pensionen|ålderspension|ålderspensionen', 'tills|till du går|kan gå i pension'], en: ['retired', 'retiree*', 'retirement', 'retire', 'pensioner*', 'retirement age', 'until|before|till you retire', 'until|before|till retirement', 'working years left|remaining|ahead', 'years of work left|remaining', 'plan to retire', 'planning to retire', 'how many working years do you', 'draw|claim|collect your|a|the state pension', 'until you can retire|draw|claim', 'decades of working life|work ahead|left', 'stay|stays|remain|remains with us for decades', 'stay|stays|remain|remains with us for many decades'], except: ['retirement plan*|savings|scheme*|benefits|home|homes|village|party|parties|gift|gifts|celebration|celebrations|income|fund|funds|account|accounts|living|community', 'tjänstepension*', 'pensionsförsäkring*', 'pensionssparande'] },
  {
    id: 'graduation-year', ground: 'age',
    // A graduate programme's intake year is the programme's, not the applicant's ("Graduate Programme 2026").
    except: ['graduate|graduates scheme|programme|program|intake|trainee|trainees|cohort|recruitment * #yr', 'graduate|graduates scheme|programme|program|intake|trainee|trainees|cohort|recruitment #yr', 'graduation ceremony|ceremonies|ball|party|day|gift|gifts', 'degree apprenticeship|apprenticeships'],
    sv: [
      'examensår*', 'tog du examen|studenten', 'tog examen|studenten år', 'examen år #', 'när tog du studenten|examen|ut', 'vilket år tog du studenten|examen|ut', 'år|när tog du din examen|studentexamen|kandidatexamen|masterexamen|gymnasieexamen|högskoleexamen', 'studentår*', 'gick du ut gymnasiet|grundskolan|skolan|högskolan|universitetet', 'gick ut gymnasiet|grundskolan|skolan|högskolan',
      'nyexaminerad*', 'nyutexaminerad*', 'nybakad*', 'examen|examinerad*|utexaminerad* inom|under de|det|senaste|sista', 'tagit examen|studenten inom|under de|senaste', 'när gick du ut', 'år tog du studenten|examen', 'sedan du tog din|examen|studenten', 'många år kvar', 'år kvar i arbetslivet|yrkeslivet', 'år har du kvar i|på arbetslivet|yrkeslivet|arbetsmarknaden', 'kvar i arbetslivet|yrkeslivet', 'vilket år tog du din|första', 'år tog du din första', 'din första examen', 'tog studenten|examen före|efter|innan|år|#yr', 'studenten|examen #yr', 'sedan du gjorde värnplikten|lumpen', 'sedan du tog studenten|examen', 'sedan du gick ut skolan|gymnasiet', 'nyss|nyligen|precis tagit|gått studenten|examen|ut', 'nyss|nyligen|precis gått ut skolan|gymnasiet|högskolan|universitetet|grundskolan', 'examen|studenten|examinerad|utexaminerad # eller senare|senast|efter', 'examen|studenten efter|tidigast #', 'tagit examen #', 'i början av din|sin karriär|karriären', 'i början av karriären', 'i början av ditt|sitt yrkesliv|arbetsliv', 'tidigt i din karriär|yrkesliv', 'tidigt i karriären|yrkeslivet', 'går du fortfarande på|i gymnasiet|skolan|grundskolan', 'går du på|i gymnasiet', 'fortfarande gymnasieelev|skolelev|elev', 'hur länge har du varit|funnits i|på arbetslivet|arbetsmarknaden|yrkeslivet', 'hur länge har du varit ute i|på arbetslivet|arbetsmarknaden|yrkeslivet', 'i början av din|sin yrkesbana|karriär|arbetsliv|yrkesliv', 'precis|nyss|nyligen slutat skolan|gymnasiet|grundskolan', 'precis|nyss|nyligen har slutat skolan|gymnasiet|grundskolan', 'skolungdom*', 'går du sista året|terminen på|i gymnasiet', 'går du i|på gymnasiet|trean', 'vilket år började du arbeta|jobba', 'när började du arbeta|jobba', 'ditt första jobb', 'första jobbet', 'ungdomslön*', 'ny på arbetsmarknaden', 'direkt efter studenten|gymnasiet', 'nyss ut från|ur skolan|gymnasiet',
      // The year of a degree, in any frame ("Tog du examen 2019 eller senare?", "examen tidigast 2018", "examen från 2020"), and how long ago.
      'examen|studenten|studentexamen|examinerad*|utexaminerad* #yr', 'examen|studenten|studentexamen|examinerad*|utexaminerad* år|efter|före|innan|sedan|tidigast|senast|från #yr', 'examen|studenten|examinerad*|utexaminerad* * #yr eller|och senare|tidigare|efter|senast', 'gick ut gymnasiet|skolan|högskolan|universitetet|grundskolan #yr|efter|före|innan|år',
      'år sedan tog du examen|studenten', 'år sedan du tog examen|studenten|gick ut', 'hur länge sedan|sen tog du examen|studenten|gick du ut', 'för mindre än ## år sedan', 'tog examen|studenten|ut för ## år sedan'],
    en: [
      'graduation year|date', 'year of graduation', 'year did you graduate|finish', 'when did you graduate|finish', 'graduated in #', 'recent|new graduate*', 'recent * graduate*', 'recently|newly graduated', 'fresh|straight out of school|university|college',
      'school leaver*', 'finish|finished|leave|left high|secondary school', 'finish|finished|leave|left school', 'graduated|graduating|graduation within|in the last|past', 'graduated within', 'graduated in the last|past', 'graduate* from the last|past', 'fresh graduate*', 'recent|new grad|grads', 'many years left|ahead in', 'years left in the workforce', 'years left in your|the working|career', 'years of working life left|remaining', 'years do you have left', 'year of your first degree', 'year did you get|take|complete|obtain your first', 'your first degree', 'since you left school', 'since you did national|military', 'graduated before|after|in #yr', 'graduated|left school before|after|in #yr', 'graduated recently', 'graduate|graduated|graduating within|in the last|past', 'since you graduated|graduation', 'at the start|beginning of your|their career', 'early in your|their career', 'graduated # or later|after', 'graduates only', '# graduates', 'class of #', 'early stage|stages of your|their|a career', 'beginning|start of your|their working|professional life|lives|career', 'youth minimum wage|rate', 'under # rate|wage', 'are you still at|in school|secondary|high|sixth', 'still at|in secondary|high school', 'how long have you been in|on the workforce', 'how long have you been working', 'just|recently left school|college', 'in your final year of|at school|secondary|high|sixth', 'what year did you start working', 'when did you start working', 'your first job', 'new to the workforce|job market', 'youth wage|rate', 'apprentice rate', 'years out of school|university|college|uni', 'after finishing|leaving sixth|school|secondary|high|college',
      // The year of a degree, in any frame ("Did you graduate in 2019 or later?", "degree awarded 2019 or later"), and how long ago.
      'graduat*|qualified|degree|diploma in|after|before|since|from #yr', 'graduat*|qualified|degree|diploma #yr', 'graduat*|qualified|degree|diploma * #yr or|and later|earlier|after|before', 'graduat*|qualified|degree|diploma * in|after|before|since #yr',
      'finished|completed|obtained|earned|got|took your|their|a|the degree|diploma|studies|education|exams in|after|before|since #yr', 'finish|finished|leave|left|complete|completed university|college|school|uni|studying|your|their * in|after|before|since #yr',
      'years ago did you graduate|finish|leave|qualify|complete', 'how long ago did you graduate|finish|leave|qualify', 'how long since you graduated|qualified|left|finished', 'graduat*|qualified|finish|finished|left|leave|completed|complete * less|fewer than ## years|months ago', 'graduat*|qualified|finish|finished|left|leave|completed|complete * * less|fewer than ## years|months ago', 'graduat*|qualified less|fewer than ## years|months ago', 'less than ## years since graduation|graduating|you graduated|qualifying'],
  },
  // A title that asks for a digital native asks for youth, whatever the field after it ("Digital Native Community Manager").
  { id: 'digital-native', ground: 'age', framed: true, only: ['title'], sv: ['digital|digitalt infödd|infödda'], en: ['digital native|natives'] },
  {
    id: 'generation', ground: 'age',
    sv: ['gen z|y|x', 'generation z|y|x', 'millennial*', 'milleniegeneration*', 'boomer*', 'digital infödd*', 'digitalt infödd*', 'vuxit|växt upp med smartphones|smartphone|internet|mobil*|sociala|surfplatta|datorer', 'uppvuxen|uppvuxna med', 'zoomer*', 'digital native*', 'yngre generation*', 'ung generation', 'vilken generation', 'generation tillhör du', 'minns du tiden|livet|världen före|innan internet|mobiler|mobiltelefoner|smartphones|datorer', 'minns du * före|innan internet|mobiler|mobiltelefoner|smartphones|datorer'],
    en: ['gen z|y|x', 'generation z|y|x', 'genz', 'millennial*', 'boomer*', 'zoomer*', 'digital native*', 'grew|grow|grown|growing up with smartphones|the|social|tablets|computers|mobile', 'younger generation*', 'young generation', 'which|what generation', 'generation do you belong', 'remember life|the|a time|world|days before the|internet|smartphones|mobile|mobiles|computers', 'remember * before the|internet|smartphones|mobile|mobiles|computers'],
    except: ['för|med ungdomar', 'ungdomar och|i|som'],
  },
  {
    // Maturity asked of the person is read as age ("mature candidates", "mogen person"); a mature market is not.
    id: 'mature', ground: 'age',
    sv: ['mogen|mogna person|personer|sökande|kandidat|kandidater|medarbetare|kvinna|man|dam|herre', 'äldre och mogen|mogna'],
    en: ['mature candidate|candidates|applicant|applicants|person|people|worker|workers|woman|man|lady|gentleman|individual|individuals', 'mature age'],
    except: ['mature candidates|applicants|people|workers|individuals welcome|encouraged', 'mature candidates|applicants are welcome|encouraged'],
  },
  {
    // Energy asked of the person is read as youth ("energetic", "energisk"); an energetic place is not.
    id: 'energy', ground: 'age',
    sv: ['energisk', 'energiska', 'energiskt team|gäng'],
    en: ['energetic', 'high energy person|individual|candidate|candidates|people'],
    except: ['energetic environment|atmosphere|workplace|pace|culture|office|company|sales|city|market', 'energisk miljö|arbetsplats|atmosfär|stad'],
  },
] satisfies readonly Concept[]
