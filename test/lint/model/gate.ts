// The in-file gate of the ground model's second opinion: every question, option, reason, note and
// job title of the repository's own criteria files (rules/, examples/, test fixtures of criteria;
// never a labelled corpus or a round), nearly all of them ordinary. The model is never trained on
// them, so what it says here is what it would say in a file it has not seen.
import { execSync } from 'node:child_process'
import { join } from 'node:path'
import { loadCriteria } from '../../../src/node/index'

export interface GateText {
  file: string
  text: string
  kind: 'label' | 'value' | 'reason' | 'title' | 'note'
  lang: 'sv' | 'en'
  read: boolean
}

const root = join(import.meta.dirname, '../../..')

/** The texts of every criteria file the repository holds outside the labelled corpora and rounds. */
export async function gateTexts(): Promise<{ files: number; texts: GateText[] }> {
  const files = execSync('git ls-files "*.yaml" "*.yml"', { cwd: root })
    .toString()
    .trim()
    .split('\n')
    .filter((f) => !/^test\/lint\/rounds\/|round-|grounds-corpus|personal-reasons|\.test\.ya?ml$/.test(f))
  const texts: GateText[] = []
  let loaded = 0
  for (const file of files) {
    let doc
    try {
      doc = await loadCriteria(join(root, file))
    } catch {
      continue
    }
    loaded++
    const c = doc.criteria
    const lang = (l: string) => (l === 'en' ? 'en' : 'sv') as 'sv' | 'en'
    const read = new Set(
      JSON.stringify(c.criteria)
        .match(/"var":"([^"]+)"/g)
        ?.map((m) => m.slice(7, -1).split('.')[0]) ?? [],
    )
    for (const [name, f] of Object.entries(c.fields)) {
      const r = read.has(name)
      for (const [l, t] of Object.entries(f.label))
        if (t) texts.push({ file, text: t, kind: 'label', lang: lang(l), read: r })
      if ('values' in f && f.values)
        for (const v of f.values) texts.push({ file, text: String(v), kind: 'value', lang: lang(c.locale), read: r })
      if ('valueLabels' in f && f.valueLabels)
        for (const labels of Object.values(f.valueLabels))
          for (const [l, t] of Object.entries(labels))
            if (t) texts.push({ file, text: t, kind: 'value', lang: lang(l), read: r })
      if (f.description) texts.push({ file, text: f.description, kind: 'note', lang: lang(c.locale), read: r })
      if ('reviewNote' in f && f.reviewNote)
        texts.push({ file, text: f.reviewNote, kind: 'note', lang: lang(c.locale), read: r })
    }
    for (const cr of c.criteria) {
      for (const [l, t] of Object.entries(cr.reason))
        if (t) texts.push({ file, text: t, kind: 'reason', lang: lang(l), read: true })
      if (cr.note) texts.push({ file, text: cr.note, kind: 'note', lang: lang(c.locale), read: true })
    }
    if (typeof c.job.title === 'string')
      texts.push({ file, text: c.job.title, kind: 'title', lang: lang(c.locale), read: true })
    else
      for (const [l, t] of Object.entries(c.job.title))
        if (t) texts.push({ file, text: t, kind: 'title', lang: lang(l), read: true })
  }
  return { files: loaded, texts }
}
