import type { Concept } from './concept.js'

export default [
  {
    id: 'disability', ground: 'disability',
    sv: ['funktionsnedsättning*', 'funktionsnedsatt*', 'funktionshinder*', 'funktionsvariation*', 'handikapp*', 'rullstol*', 'nedsatt hörsel|syn|rörlighet|arbetsförmåga', 'döv*', 'blind', 'hörselskad*', 'synskad*', 'rörelsehinder*', 'lönebidrag*'],
    en: ['disability', 'disabilities', 'disabled', 'handicap*', 'impairment*', 'impaired', 'wheelchair*', 'deaf', 'blind', 'hearing|visual|visually impaired', 'reduced work capacity', 'wage subsidy'],
    except: ['disability support|services|care|sector|benefits|insurance|inclusion|awareness', 'elderly and disabled', 'funktionshinderomsorg*', 'funktionshinderområdet', 'handikappomsorg*', 'inom lss', 'blind spot*', 'roller blind*|blinds', 'blind test*|tasting|tastings', 'golf handicap', 'handikapp i golf'],
  },
  {
    id: 'health', ground: 'disability',
    sv: ['sjuk', 'sjukdom', 'sjukdomar', 'sjukdomen', 'sjukdomshistori*', 'kronisk*', 'frisk', 'friska', 'hälsotillstånd*', 'hälsoproblem*', 'hälsodeklaration*', 'god|din hälsa', 'ohälsa', 'psykisk ohälsa', 'lider av', 'utmattning*', 'utbränd*', 'medicin', 'mediciner', 'medicinering', 'arbetsskad*', 'fysisk|fysiska|medicinsk|medicinska begränsning*', 'ryggproblem', 'ryggbesvär', 'ryggskad*', 'knäproblem', 'hjärtproblem', 'besvär med ryggen|knäna|hälsan', 'hälsan', 'mår du', 'fullt frisk', 'vid god hälsa', 'psykiatrisk*', 'psykisk sjukdom', 'depression', 'ångest', 'utbrändhet', 'migrän', 'epilepsi', 'diabetes', 'astma', 'sömnproblem', 'hälsoskäl', 'hälsointyg', 'läkarintyg', 'läkemedel', 'receptbelagd*', 'psykisk|fysisk hälsa', 'pågående behandling|sjukskrivning', 'inte behöver några|någon anpassning*', 'utan behov av anpassning*', 'påverka din närvaro', 'begränsningar vi bör känna till', 'begränsningar som vi bör känna till', 'något vi bör känna till om din hälsa', 'fullt arbetsför', 'arbetsför', 'fullt frisk', 'i god fysisk form|kondition', 'fysiska begränsningar', 'behöver du hjälpmedel|anpassning*|arbetsanpassning*', 'behov av hjälpmedel|arbetsanpassning', 'hjälpmedel eller anpassning*', 'nedsatt arbetsförmåga', 'fått|haft|uppburit sjukersättning|aktivitetsersättning', 'journal|journaler från vården', 'sjukjournal*'],
    en: ['sick', 'sickness', 'illness*', 'ill health', 'chronic', 'healthy', 'physically fit', 'fit and healthy', 'medical condition*|history|issue*|problem*', 'health condition*|problem*|issue*|history|declaration|questionnaire|status', 'good health', 'your health', 'suffer|suffered from|with', 'burnout', 'burn|burned|burnt out', 'exhaustion', 'medication*', 'medicine*', 'mental illness*', 'mental health condition*|problem*|issue*|history', 'back|knee|heart problem*|injury|injuries|condition*', 'physical|medical limitation*', 'workers compensation', 'work injury|injuries', 'injury claim*', 'depression', 'anxiety', 'epilepsy', 'diabetes', 'asthma', 'migraine*', 'doctor s note', 'medical certificate', 'health reasons', 'prescription drugs|medicine|medicines|medication', 'mental|physical health', 'ongoing treatment', 'physical|mental condition*', 'affect your attendance', 'limitations we should know about', 'able bodied', 'not need|require any adjustments|accommodations', 'without any adjustments|accommodations', 'fully fit', 'fit and well', 'in good physical shape|condition|health', 'any physical limitations|restrictions', 'need|require any aids|adaptations|adjustments|accommodations', 'reduced working|work capacity', 'claimed|received|receive|claim disability|sickness|incapacity benefit*', 'medical records'],
    except: ['healthy food|eating|lifestyle|work|workplace|habits|environment|snacks|pipeline|sales|balance|margin|margins|business|growth|cash|finances|relationship|relationships|competition|debate|codebase', 'chronic underfunding|shortage|shortages|delays|understaffing|backlog|backlogs', 'friska vården', 'frisk luft', 'medicine students', 'arbetsmiljö*', 'health and safety', 'health & safety', 'occupational health', 'receptfria|receptfri|receptbelagda läkemedel och', 'counter medicines|medication', 'läkemedel och egenvård'],
  },
  {
    id: 'sick-leave', ground: 'disability',
    sv: ['sjukdag*', 'sjukfrånvar*', 'sjukskriv*', '*sjukskriven', '*sjukskrivning*', 'långtidssjuk*', 'sjukersättning*', 'aktivitetsersättning*', 'frånvaro', 'frånvaron', 'frånvarodag*', 'frånvarande', 'sjukledig*', 'varit sjuk', 'sjukperiod*', 'sjukpenning*'],
    en: ['sick leave', 'sick days', 'sick day', 'absence', 'absences', 'absent', 'absenteeism', 'days off sick', 'time off sick', 'off sick', 'long term sick', 'sickness absence', 'sickness benefit*'],
    except: ['absence management', 'frånvarohantering'],
  },
  {
    id: 'diagnosis', ground: 'disability',
    sv: ['diagnos', 'diagnoser', 'diagnosen', 'diagnostiserad*', 'adhd', 'autism*', 'asperger*', 'npf', 'dyslexi*', 'allergi', 'allergier', 'allergisk', 'läs och skrivsvårigheter', 'neuropsykiatrisk*'],
    en: ['diagnosis', 'diagnoses', 'diagnosed', 'adhd', 'autism', 'autistic', 'asperger*', 'dyslexi*', 'dyslexic', 'allergy', 'allergies', 'allergic', 'neurodiverg*', 'neurodiverse'],
  },
] satisfies readonly Concept[]
