import type { PersonalLexicon } from '../lexicon.js'

// A reason completes "the role requires …": a requirement, never the person. Besides the
// second person, a reason about the person judges ("poor", "too quiet", "overqualified"),
// reports an impression ("came across", "seemed", "in the interview") or compares ("not a good fit").
export default {
  language: 'en',
  terms: [
    'you', 'your', 'yours', 'yourself', 'person', 'personality', 'attitude', 'candidate', 'applicant', 'the candidate|applicant', 'candidate s|applicant s',
    'lack', 'lacks', 'lacking', 'lacked', 'insufficient', 'inadequate', 'poor', 'weak', 'overqualified', 'underqualified', 'too *', 'enough',
    'good enough', 'cultural|culture|good|right fit', 'fit in', 'not a fit', 'does not meet', 'doesn t meet', 'did not meet', 'didn t meet', 'failed', 'not suitable|suited', 'unsuitable', 'unsuited',
    'came|comes across', 'seemed', 'seems', 'appeared', 'interview', 'opinionated', 'disorganised', 'disorganized', 'rigid', 'immature', 'questionable', 'unprofessional', 'arrogant', 'shy', 'nervous', 'unmotivated', 'gut feeling', 'candidates', 'we', 'us', 'mismatch', 'underwhelming', 'unconvincing', 'references were', 'interviewer*', 'wrong way', 'disinterested', 'uninterested', 'stronger|better|weaker', 'limited', 'unable', 'not', 'didn|doesn|don|wasn|isn|couldn t', 'low', 'no', 'not the right', 'profile', 'overall impression',
  ],
  except: ['your own car|vehicle|tools|transport', 'personal assistant|trainer|training'],
} satisfies PersonalLexicon
