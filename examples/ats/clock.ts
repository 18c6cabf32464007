// The clock, injected: the library never reads one, and neither does the ATS outside this file.
// A queue wakes up in real time, so a clock also says which real instant shows a given time.

export interface Clock {
  now(): Date
  /** The real instant at which this clock shows `at`: when a queued job must start for it. */
  realTime(at: Date): Date
}

export const systemClock: Clock = { now: () => new Date(), realTime: (at) => at }

/**
 * For tests and demos: a clock set to any moment that runs on at real speed from there, and can
 * jump. Jobs queued before a jump wake at the real times of the old setting: call
 * `ats.retime()` after `set()` (the test's `travelTo` does both).
 */
export class TestClock implements Clock {
  private offset: number
  constructor(start: Date | string) {
    this.offset = new Date(start).getTime() - Date.now()
  }
  now(): Date {
    return new Date(Date.now() + this.offset)
  }
  realTime(at: Date): Date {
    return new Date(at.getTime() - this.offset)
  }
  set(to: Date | string): void {
    this.offset = new Date(to).getTime() - Date.now()
  }
}
