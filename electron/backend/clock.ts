import type { IsoDateTime } from '../../src/core/dates'

/** Where the backend gets time from; tests pass a fixed one. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export const isoDateTime = (date: Date): IsoDateTime => date.toISOString()
