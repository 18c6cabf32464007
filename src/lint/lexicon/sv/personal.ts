import type { PersonalLexicon } from '../lexicon.js'

// A reason completes "För tjänsten krävs …": a requirement, never the person. Besides the
// second person, a reason about the person judges ("bristande", "för tystlåten", "omogen"),
// reports an impression ("verkade", "vid intervjun") or compares ("passar inte").
export default {
  language: 'sv',
  terms: [
    'du', 'dig', 'din', 'ditt', 'dina', 'dej', 'person', 'personlighet*', 'inställning*', 'kandidat*', 'sökande', 'sökanden', 'sökandens',
    'bristande', 'brist på', 'saknar', 'saknade', 'för ung|gammal|dålig|tyst|tystlåten|blyg|osäker|stel|långsam|ovan|oerfaren|omogen|svag|passiv|lite|mycket|högt|hög|låg|kort|negativ|ointresserad|stressad|nervös|introvert|pratig|dominant',
    'överkvalificerad*', 'underkvalificerad*', 'passar in|inte|bättre', 'tillräckligt bra', '* nog', 'uppfyller inte', 'inte rätt', 'matchar inte', 'otillräcklig*', 'svag|svaga|dålig|dåliga|dåligt',
    'personkemi', 'kemin', 'omogen*', 'arbetsmoral', 'självförtroende', 'intervjun', 'inte', 'ej', 'låg|lågt|låga', 'svårt|svårigheter att', 'brister', 'brist', 'ingen|inget|inga', 'ofullständig*', 'begränsad|begränsade|begränsat', 'meriterade|starkare|bättre', 'oklar|oklara', 'ointresserad*', 'vi', 'oss', 'lämplighet', 'olämplig*', 'ej lämplig', 'bristfällig*', 'referenserna', 'referenser var', 'bekväm', 'bedömdes', 'svår att', 'av sig', 'oengagerad*', 'omotiverad*', 'intervju', 'verkade|verkar|upplevdes|uppfattades|framstod|kändes|upplevde|bedömde|ansåg|saknades', 'trivas', 'inte tillräckligt', 'profil', 'helhetsbedömning*', 'magkänsla',
  ],
  // A low measure is a requirement ("låg frånvaro", "låg felprocent"), a low quality of the person is not.
  except: ['låg|lågt|låga frånvaro|sjukfrånvaro|felprocent|felfrekvens|felmarginal|svinnprocent|reklamationsgrad|personalomsättning|ljudnivå', 'din egen|eget bil|fordon', 'egen bil', 'personlig assistans|assistent', 'personbil'],
} satisfies PersonalLexicon
