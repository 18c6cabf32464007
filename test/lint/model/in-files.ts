// The model as the lint would run it: on every question, option, reason and job title of the
// repository's own criteria files (rules/, examples, test fixtures; never the held-out rounds),
// nearly all of them ordinary. Trains on every corpus file, takes the threshold from 5-fold
// cross-validation, and lists each text the model would warn on where the rules find nothing.
// Run: npx tsx test/lint/model/in-files.ts
import { execSync } from 'node:child_process'
import { join } from 'node:path'
import { GROUNDS, loadAll } from './data'
import { features } from './features'
import { predict } from './softmax'
import { calibrateThresholds, fitModel, outOfFoldProbs, topGround } from './calibrate'
import { findProtectedGrounds } from '../../../src/index'
import { loadCriteria } from '../../../src/node/index'

const BITS = 14
const root = join(import.meta.dirname, '../../..')
const all = loadAll()
const { tAdd } = calibrateThresholds(all, outOfFoldProbs(all, BITS), 0.9, 0.98)
const model = fitModel(all, BITS)
const files = execSync('git ls-files "*.yaml" "*.yml"', { cwd: root })
  .toString()
  .trim()
  .split('\n')
  .filter((f) => !/^test\/lint\/rounds\/|round-|grounds-corpus|personal-reasons|\.test\.ya?ml$/.test(f))

type Kind = 'label' | 'value' | 'reason' | 'title'
let texts = 0
let warned = 0
let ruleTexts = 0
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
  const own: { text: string; kind: Kind; lang: string; read: boolean }[] = []
  const read = new Set(
    JSON.stringify(c.criteria)
      .match(/"var":"([^"]+)"/g)
      ?.map((m) => m.slice(7, -1).split('.')[0]) ?? [],
  )
  for (const [name, f] of Object.entries(c.fields)) {
    for (const [l, t] of Object.entries(f.label))
      if (t) own.push({ text: t, kind: 'label', lang: l, read: read.has(name) })
    if ('values' in f && f.values)
      for (const v of f.values) own.push({ text: String(v), kind: 'value', lang: c.locale, read: read.has(name) })
    if ('valueLabels' in f && f.valueLabels)
      for (const labels of Object.values(f.valueLabels))
        for (const [l, t] of Object.entries(labels))
          if (t) own.push({ text: t, kind: 'value', lang: l, read: read.has(name) })
  }
  for (const cr of c.criteria)
    for (const [l, t] of Object.entries(cr.reason)) if (t) own.push({ text: t, kind: 'reason', lang: l, read: true })
  if (typeof c.job.title === 'string') own.push({ text: c.job.title, kind: 'title', lang: c.locale, read: true })
  else
    for (const [l, t] of Object.entries(c.job.title)) if (t) own.push({ text: t, kind: 'title', lang: l, read: true })
  for (const t of own) {
    texts++
    const rules = findProtectedGrounds(t.text, { kind: t.kind, language: t.lang as 'sv' | 'en', read: t.read }).map(
      (m) => m.ground as string,
    )
    if (rules.length) ruleTexts++
    const p = predict(model, features(t, BITS))
    const g = topGround(p)
    if (p[g]! >= tAdd && !rules.includes(GROUNDS[g]!)) {
      warned++
      console.log(
        `${file}: ${t.kind} "${t.text}" → ${GROUNDS[g]} ${(p[g]! * 100).toFixed(0)}%${rules.length ? ` (rules: ${rules.join(', ')})` : ''}`,
      )
    }
  }
}
console.log(
  `${loaded} criteria files, ${texts} texts (questions, options, reasons, titles); threshold ${tAdd}; the rules find a ground in ${ruleTexts}; the model would add a warning on ${warned}`,
)
