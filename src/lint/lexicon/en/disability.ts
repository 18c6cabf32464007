import type { GroundLexicon } from '../lexicon.js'

const CLIENTS = 'people|persons|adults|children|clients|customers|pupils|students|individuals|residents|patients|users'
const CONDITIONS = 'allerg*|mental|addiction*|disabilit*|learning|autism|adhd|dementia|illness*|conditions'

export default {
  ground: 'disability',
  language: 'en',
  terms: [
    'disability', 'disabilities', 'disabled', 'handicap*', 'impairment*', 'impaired',
    'sick', 'sickness', 'burnout', 'burn|burned|burnt out', 'exhaustion', 'suffer|suffered from|with', 'physically fit', 'fit and healthy', 'healthy', 'illness*', 'ill health', 'medical condition*|history|issue*|problem*', 'health condition*|problem*|issue*|history|declaration',
    'good health', 'your health', 'diagnosis', 'diagnoses', 'diagnosed', 'mental illness*', 'mental health condition*|problem*|issue*|history',
    'wheelchair*', 'medication*', 'medicine*', 'absence', 'absences', 'absent', 'absenteeism', 'chronic', 'adhd', 'autism', 'autistic', 'dyslexi*',
    'allergy', 'allergies', 'allergic', 'deaf', 'blind', 'back|knee|heart problem*|injury|injuries|condition*', 'physical|medical limitation*', 'workers compensation', 'work injury|injuries', 'injury claim*',
  ],
  except: [
    `${CLIENTS} with ${CONDITIONS}`, `disabled ${CLIENTS}`, 'elderly and disabled', 'learning disabilit*',
    `experience of|with|in ${CONDITIONS}`, `knowledge|understanding|awareness of|about ${CONDITIONS}`, `know about ${CONDITIONS}`, 'absence management', 'disability support|services|care|sector|benefits|insurance|inclusion|awareness',
  ],
} satisfies GroundLexicon
