import type { PersonalLexicon } from '../lexicon.js'

// A reason completes "the role requires …": a requirement, never the person. "that you hold a
// forklift licence" names a requirement; what judges the person is what is said of them.
export default {
  language: 'en',
  terms: [
    // Who someone is: temperament, manner, appearance, the impression they give.
    'personality', 'personalities', 'attitude*', 'temperament*', 'disposition', 'demeanour|demeanor', 'mindset', 'charisma*', 'gravitas', 'vibe*', 'appearance', 'impression*', 'personal chemistry', 'chemistry with',
    'likeable|likable|personable|bubbly|outgoing|introvert*|extrovert*|charismatic|abrasive|opinionated|arrogant|immature|unprofessional|disorganised|disorganized|shy|unmotivated|disinterested|uninterested|questionable',
    'as a person', 'at heart', 'an air of', 'air of reliability|confidence|authority', 'lights|light up the|a room', 'gentle|compassionate|caring|calm|kind|warm|sunny nature', 'by nature', 'livelier|livelier in', 'down to earth', 'refined|gentle|compassionate manner|nature', 'self starter at heart', 'gel|gels|gelled with|better', 'a look that|which', 'suits our brand', 'fresher|younger|prettier|friendlier face', 'face than', 'than yours', 'right sort|kind of', 'sort of bloke|guy|girl|lad|person', 'bloke', 'voice that sounds', 'sounds friendlier|warmer|nicer|happier', 'look|looks the part', 'handshake*', 'eye contact', 'smile', 'bearing', 'natural presence|confidence|authority|charm', 'stage|screen presence', 'competitive instinct|streak|edge', 'killer instinct', 'sparkle', 'fire in their|your|the belly', 'own skin', 'look up to', 'looked up to', 'fills|fill a room', 'sort|kind of authority|charisma|presence', 'sort of person', 'the kind of', 'struck the panel|interviewers|recruiter', 'struck us|them', 'than the others|rest', 'hungry', 'people remember', 'guests|customers remember', 'people person', 'team player', 'natural leader', 'leadership material', 'x factor', 'spark', 'hustle', 'lone wolf', 'kind|type of person', 'right energy|vibe|person',
    // An impression reported, the recruiter's opinion, the interview.
    'seem|seems|seemed', 'appear|appears|appeared', 'come|comes|came across|off', 'strike|strikes|struck us', 'feel|feels|felt like', 'felt off', 'to us', 'ours', 'stand|stands|stood out', 'click|clicks|clicked with',
    'dress|dresses more|less|better|smartly', 'look|looks more|less|better|smarter|professional', 'impress|impressed',
    'we felt|feel|think|thought|found|believe|look', 'we don t think', 'we do|did not think', 'interview', 'interviewer*', 'from|by|impress|impressed the panel', 'gut feeling', 'references were', 'wrong way', 'overall impression',
    // A lack stated as a flaw, a judgement of a level.
    'lack', 'lacks', 'lacking', 'lacked', 'insufficient', 'inadequate', 'poor*', 'weak', 'overqualified', 'underqualified', 'too *', 'enough', 'limited', 'unable', 'unclear', 'fell short',
    // A fit, or a comparison with others.
    'cultural|culture|good|right|better fit', 'fit|fits in|better', 'not a fit', 'does not meet', 'doesn t meet', 'did not meet', 'didn t meet', 'failed', 'not suitable|suited', 'unsuitable', 'unsuited', 'mismatch', 'underwhelming', 'unconvincing',
    'stronger|weaker', 'other applicants|candidates', 'than you did|were|seemed|showed', 'than the one', 'than this|the applicant|candidate', 'than you', 'the successful|chosen|winning applicant|candidate', 'shortlist*', 'we did not sense|see|get', 'we didn t sense|see|get', 'sense|sensed', 'the chemistry', 'wooden|stiff|stern|aloof|cold|thin', 'might|would|will find you', 'would|will|do|does not fit', 'wouldn t fit',
    // Trust, liking, doubt and a match of energy: what the recruiter felt, not what the work needs (seventh pass).
    'instinctively|naturally trust|like|warm', 'we trust|trusted', 'would like|liked more', 'would like|liked * more', 'like|liked * better', 'right|wrong look|image', 'the look for', 'whose manner|voice|look|looks|face|energy|personality', 'feels|felt more|less reassuring|trustworthy|natural', 'reassuring manner|voice|presence', 'manner suits|fits|suited',
    'doubt|doubts|doubted', 'connection with', 'a connection', 'energy matched|matches|fits', 'grounded|inflexible|rigid|abrasive|flaky|scatterbrained', 'likely to leave', 'leave quickly|soon', 'handle the pace',
    // The recruiter's own view of the applicant, whatever its words: the applicant as the object of a perception or a comparison, the recruiter as the subject of one (eighth pass).
    'from|in|about|around|picture|picturing|seeing|imagining|pictured|imagine|imagined|see|saw|seen|found|find|describe|described|consider|considered|rate|rated|rank|ranked|trust|trusted|view|viewed|perceive|perceived|know|knew|remember|remembered you', 'than we|yours', 'than what|how we|you',
    'we saw|sensed|noticed|pictured|struggled|worried|doubted|liked|preferred|missed', 'we didn|weren|couldn|wasn t', 'we did|could|were|was not', 'we * saw|felt|sensed|noticed|picture|pictured|imagine|imagined|struggled|worried|doubted|liked|preferred|missed', 'we d|would * enjoy|like|picture|imagine', 'we d|would enjoy',
    'which|but|and|yet you don|didn|aren|weren t', 'which|but|and|yet you do|did|are|were not', 'you don t really|quite|seem|fit|match|look|sound|strike|come', 'you do not really|quite|seem|fit|match|look|sound|strike|come', 'give|gave|gives us pause', 'sit|sat|sits right', 'to be blunt|honest|frank', 'your story|manner|energy|presence|vibe|demeanour|demeanor',
    // The body and the voice as they came across (tenth pass): "more confident body language", "answers that sounded less rehearsed".
    'body language', 'tone of voice', 'in your voice', 'sounded|sounds more|less|too|rather', 'sounded|sounds a bit', 'oomph', 'rehearsed', 'came through|showed in the call|interview|conversation', 'when talking about your|yourself', 'talking about yourself',
    // What the applicant did or gave, reported.
    'you were|was', 'your answers|cv|application', 'you arrived|showed|gave',
  ],
  persons: ['you', 'your', 'yourself', 'someone', 'somebody', 'person', 'individual', 'candidate', 'applicant', 'manner', 'character', 'presence', 'energy'],
  traits: [
    'more|less|better|worse', 'did not', 'didn t', 'could not', 'couldn t',
    'positive|negative|calm|calmer|warm|warmer|friendly|friendlier|pleasant|nice|nicer|kind|kinder|cheerful|cheery|upbeat|sociable|quiet|quieter|reserved|nervous|rigid|polished|presentable|mature|humble|approachable|energetic|enthusiastic|driven|motivated|passionate|dynamic|easygoing|easy-going|genuine|trustworthy',
  ],
  openings: ['you', 'your', 'did|didn|could|couldn|was|wasn|were|weren|had|hadn|showed|gave'],
  // A count or a standard is no comparison ("more than 3 points"), a presence online no manner, a personal licence no person.
  standards: ['more|less|better|worse than', 'more|less|better|worse * than', 'more|less|better|worse * * than', 'no more'],
  // "experience of positive behaviour support"; "your experience was too short" judges.
  you: ['you', 'your', 'yours', 'yourself'],
  breaks: ['of', 'about', 'experience|knowledge in|with|as|of|about|working|supporting|from|teaching|training|coaching'],
  except: ['no more', 'media|online|web presence', 'energy efficient|efficiency|sector|industry|market|management|systems', 'your own car|vehicle|tools|transport', 'personal assistant|trainer|training', 'personality test|tests|assessment|assessments|disorder|disorders|psychology'],
} satisfies PersonalLexicon
