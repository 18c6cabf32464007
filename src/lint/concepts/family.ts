import type { Concept } from './concept.js'

export default [
  {
    id: 'marital-status', ground: 'family',
    // gift is also poison ("gift och kemikalier"): only with the words of a marriage around it.
    sv: ['civilstånd*', 'är du gift', { match: 'gift', only: ['value'] }, 'gift eller|och sambo|ogift|singel|skild|särbo', 'sambo|ogift|singel eller|och gift', 'gift med', 'sambo', 'ogift', 'skild', 'frånskild', 'änka', 'änkling', 'särbo', 'din partner|sambo|make|maka|fru|man', 'singel', 'förlovad*', 'pojkvän', 'flickvän', 'har du partner', 'har du en partner|sambo|make|maka|pojkvän|flickvän'],
    en: ['marital', 'married', 'marriage', 'spouse', 'husband', 'wife', 'divorced', 'widow*', 'your partner|husband|wife', 'single or', 'engaged', 'boyfriend', 'girlfriend', 'do you have a partner|spouse|husband|wife', 'partner at home', 'empty nester*', 'kids|children have moved out', 'more children|kids', 'given birth', 'give birth', 'dependent on you', 'maiden name', 'life situation', 'anyone at home'],
    except: ['engaged in|with|and|customers|employees|team', 'highly engaged', 'gift med ansvar', 'gift card*|cards|shop|wrap*|wrapping', 'marriage registration|celebrant|records'],
  },
  {
    id: 'children', ground: 'family',
    sv: ['familj', 'familjen', 'familjesituation*', 'familjeförhållande*', 'familjeplanering*', 'bilda familj', 'ensamstående', 'småbarn*', 'barn hemma', 'skaffa barn', 'planerar barn', 'har du barn', 'barn har du', 'dina|egna|era barn', 'hemmavarande barn', 'antal barn', { match: 'barn|barnen', only: ['name'] }, 'familjeliv*', 'familjeskäl', 'inga barn', 'utan barn', 'löser du barnomsorgen|barnpassningen|hämtningen', 'fler|mer barn', 'utflugna barn', 'fött barn', 'föda barn', 'barnfamilj', 'livssituation*', 'flicknamn', 'försörjningsansvar*', 'små barn', 'hur många barn', 'har små barn', 'små barn hemma', 'barnpassning*', 'barntillsyn', 'barnomsorg'],
    en: ['single parent*|mother*|father*|mum*|mom*|dad*', 'have children soon', 'children|kids at home', 'young children at home', 'have a baby', 'have children|kids', 'your children|kids', 'own children', 'number of children|kids', 'any children|kids', 'children of your own', { match: 'children|kids', only: ['name'] }, 'dependants', 'dependents', 'start a family', 'family planning|situation|status|circumstances|commitments|obligations|life|duties|responsibilities', 'small children', 'family reasons', 'childcare', 'have young|small children', 'no children|kids', 'not have children|kids', 'cohabiting', 'cohabit', 'young|small children', 'how many children|kids', 'any family plans', 'your family plans', 'civil partner*'],
    except: ['barnfamiljer', 'families with children', 'family business|company|firm|owned|run|friendly|members|support|services|law|therapy', 'familjeföretag*', 'familjeägd*', 'familjerätt*', 'familjebehandl*', 'familjehem*', 'familjecentral*', 'familjens', 'anhöriga', 'families', 'familjer', 'patientens familj', 'barnets familj', 'elevens familj', 'childcare worker*|centre*|center*|setting*|sector|provider*|experience|qualification*|level|assistant*|practitioner*|services', 'in childcare', 'inom barnomsorg*'],
  },
  {
    id: 'childcare', ground: 'family', framed: true,
    sv: ['tar hand om barnen|dina|era', 'tar hand om dina|era barn', 'hand om barnen när', 'när barnen är sjuka', 'barnen när de är sjuka', 'hämta|lämna barnen|barn på|på förskolan|dagis|skolan', 'hämtning och lämning', 'lämning och hämtning', 'vem hämtar|lämnar|passar', 'passar barnen', 'ordnat med barnpassning|barnomsorg', 'vab', 'vabb*', 'vård av barn', 'vård av sjukt barn'],
    en: ['childcare arranged|arrangements|sorted|cover|responsibilities|duties', 'childcare in place', 'arranged childcare', 'who looks after the|your children|kids', 'who will look after the|your children|kids', 'who takes care of the|your children|kids', 'who will take care of the|your children|kids', 'looks after the|your children|kids', 'look after the|your children|kids', 'care of your|the children|kids when', 'school run', 'school runs', 'pick up the|your children|kids', 'drop off the|your children|kids', 'children are sick|ill', 'kids are sick|ill', 'care for sick children', 'caring responsibilities', 'carer responsibilities'],
    except: ['erfarenhet av vård av barn', 'childcare worker*|centre*|center*|setting*|sector|provider*|experience|qualification*|level|assistant*|practitioner*|services', 'in childcare', 'barnomsorgen', 'inom barnomsorg*'],
  },
  {
    id: 'parental-leave', ground: 'family',
    sv: ['föräldraledig*', 'mammaledig*', 'pappaledig*', 'barnledig*', 'föräldrapenning*', 'föräldraförsäkring*', 'planerar du föräldraledighet'],
    en: ['maternity', 'paternity', 'parental leave', 'on leave with', 'parental benefit*', 'maternity|paternity leave', 'go on leave'],
    except: ['maternity ward|unit|care|services|clinic|department|nurse|nursing|wear|clothes|clothing', 'paternity test*'],
  },
] satisfies readonly Concept[]
