// What a browser or Worker program uses: criteria from text, compile, screen, render, plan.
// Bundled by test/platform/browser-bundle.test.ts with esbuild for the browser.
import {
  compileCriteria,
  deliveryPolicy,
  loadCriteriaText,
  planDelivery,
  renderMessage,
  type Application,
} from '../../src/index'

/** Screens applications against criteria text; returns results, messages and send plans as JSON. */
export function screenAll(criteriaText: string, applications: Application[]): string {
  const screener = compileCriteria(loadCriteriaText(criteriaText))
  const out = applications.map((application) => {
    const result = screener.screen(application, { now: 'arrival', explain: true })
    const now = new Date(result.audit.evaluatedAt)
    const message = renderMessage(result, { screener, now })
    const plan = planDelivery(result, deliveryPolicy(screener.criteria), { now })
    return { result, message, plan }
  })
  return JSON.stringify({ jitless: screener.engine.jitless, out })
}
;(globalThis as Record<string, unknown>).autoscreenBundle = { screenAll }
