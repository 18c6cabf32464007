import type { Concept } from './concept.js'

export default [
  {
    id: 'belief', ground: 'religion',
    sv: ['religion*', 'religiös*', 'troende', 'trosuppfattning*', 'din|vilken|annan tro', 'livsåskådning*', 'tror du på gud', 'gudstro', 'trosinriktning*', 'trosbekännelse*', 'tro eller', 'ateist*', 'agnostik*', 'religiösa invändningar|skäl|hinder|högtider', 'religiös övertygelse', 'döpt', 'döpta', 'konfirmerad*', 'delar * tro', 'församlingens|kyrkans tro', 'vilken församling|kyrka|moské|synagoga'],
    en: ['religion*', 'religious', 'faith', 'your beliefs', 'religious beliefs', 'belief system', 'believe in god', 'atheist*', 'agnostic*', 'denomination', 'religious objections|reasons|grounds|community|communities', 'religious conviction*', 'baptised', 'baptized', 'confirmed in the church', 'share our|the faith', 'church s faith', 'which|what congregation|church|mosque|synagogue|temple|denomination', 'do you currently attend'],
    except: ['different|all|other|many faith|faiths|religions|beliefs', 'of all faiths', 'olika religioner|trosuppfattningar', 'religionskunskap*', 'religious education|studies|studies teacher', 'teach religion|religious', 'faith in', 'good faith', 'religionsfrihet*'],
  },
  {
    id: 'faith-community', ground: 'religion',
    sv: ['medlem i svenska kyrkan', 'medlem i kyrkan|församlingen|ett samfund', 'går du i kyrkan|moskén|synagogan|templet', 'kristen', 'kristna', 'muslim*', 'jude', 'judar', 'judisk*', 'hindu*', 'buddhist*', 'katolik*', 'katolsk*', 'frikyrk*', 'samfund*', '*samfund', '*samfundet', 'islam', 'islamsk*', 'sikh*', 'ortodox*'],
    en: ['attend church|mosque|synagogue|temple', 'go to church|mosque|synagogue|temple', 'church member*', 'churchgoer*', 'muslim*', 'christian', 'christians', 'jewish', 'jew', 'jews', 'hindu*', 'buddhist*', 'catholic*', 'protestant*', 'islam', 'islamic', 'sikh*', 'orthodox'],
    except: ['christian dior', 'kristen som heter'],
  },
  {
    id: 'religious-practice', ground: 'religion',
    sv: ['slöja', 'slöjan', 'slöjor', 'huvudduk*', 'bönetid*', 'bön', 'bönen', 'böner', 'ber du', 'bönerast*', 'bönepaus*', 'behöver du be', 'fläsk', 'fläskkött', 'griskött', 'bär du religiös|religiösa', 'bära religiösa kläder|plagg|symboler', 'be under arbetstid|arbetsdagen|arbetet|dagen|passet', 'tid att be', 'tid för bön', 'efter solnedgången|solnedgång', 'be under arbetstid', 'bönestund*', 'bönematta*', 'bönerum*', 'firar du', 'äter du halal|kosher|fläsk', 'halal eller kosher', 'religiösa symboler|högtider', 'ramadan', 'fastar du', 'fasta under', 'fastemånad*', 'eid', 'sabbat*', 'kippa', 'turban*', 'hijab*', 'burka', 'niqab'],
    en: ['headscarf*', 'headscarves', 'hijab*', 'veil', 'turban*', 'kippah', 'yarmulke', 'burqa', 'niqab', 'prayer*', 'pray', 'do you celebrate', 'eat|keep halal|kosher|pork', 'halal or kosher', 'religious symbol*', 'religious holiday*', 'ramadan', 'fasting', 'do you fast', 'fast during', 'need to pray', 'time to pray', 'after sunset', 'before sunset', 'eat pork', 'eat any pork', 'wear|wearing any religious clothing|dress|attire|symbols|items', 'wear|wearing religious clothing|dress|attire|symbols|items', 'eid', 'sabbath', 'church on sunday|sundays'],
    except: ['fasting blood|glucose', 'prayer room', 'bön om', 'islamic relief|finance|banking', 'hantera|hanterar|styckar|tillaga|tillagar fläsk|fläskkött'],
  },
] satisfies readonly Concept[]
