import type { GroundLexicon } from '../lexicon.js'

export default {
  ground: 'age',
  language: 'en',
  terms: [
    'age', 'aged', 'ages', 'maximum|minimum age', 'age limit', 'in their|your twenties|thirties|forties|fifties|sixties', '# # years', 'max|maximum # years', 'how old', 'years|year old', '# years of age', 'older|younger than', 'no|not older|younger',
    '# or older|over|above|younger|under', '# years or older|over|younger|under', '# and over|above|under',
    'are you over|under #', 'over|under the age', 'candidates|applicants|people|someone|anyone under|over #',
    'date|year of birth', 'birth date|year', 'birthdate*', 'birthday*', 'birthyear*', 'dob', 'born in|after|before #', 'born #', 'were you born', 'fresh|straight out of school|university|college', 'school leaver*', 'finish|finished|leave|left high|secondary school', 'finish|finished|leave|left school',
    { match: 'personal identity|identification number', readOnly: true },
    'young', 'younger', 'youthful', 'youngster*',
    'retired', 'retiree*', 'retirement', 'retire', 'pensioner*',
    'graduation year|date', 'year of graduation', 'year did you graduate', 'when did you graduate', 'graduated in #',
    'recent|new graduate*', 'recent * graduate*', 'recently|newly graduated', 'digital native*',
  ],
  except: ['where were you born', 
    'age verification|check*|restricted|limits|appropriate|group*', 'age limit for|on customers|alcohol|tobacco', 'aged care', 'all|different ages', 'of all ages', 'ages of',
    'young people|adults|persons|children|offenders|carers', 'children and young', 'young and growing', 'young company|startup|business',
    'retirement plan*|savings|scheme*|benefits',
  ],
} satisfies GroundLexicon
