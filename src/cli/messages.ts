import type { Screener } from '../screen/compile-criteria'
import type { ScreeningResult } from '../screen/result'

/** What `--messages` needs. */
export interface MessageOptions {
  screener: Screener
  now: Date
}

/** Filled in by the messages capability. */
export function messagesFor(_result: ScreeningResult, _options: MessageOptions): Record<string, unknown> {
  return {}
}
