import { dayNumber, type IsoDate } from '../../core/dates'

/*
 * The arithmetic of the insights charts, kept apart from the SVG so it can be tested: axis bounds, bar
 * lengths and the points of a line through dated values.
 */

/** A round top for an axis at or above `max`: 1, 2, 5, 10, 20, 50, 100… (at least 1). */
export function niceMax(max: number): number {
  if (!(max > 1)) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude
  return 10 * magnitude
}

/** The length of a bar for `value` on an axis from 0 to `max` drawn over `span`; anything above zero shows. */
export function barLength(value: number, max: number, span: number): number {
  if (value <= 0 || max <= 0) return 0
  return Math.max(2, (Math.min(value, max) / max) * span)
}

export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface LinePoint {
  readonly x: number
  readonly y: number
  readonly date: IsoDate
  readonly value: number
}

/**
 * Where dated values sit in `box`: x by calendar day (so a skipped day leaves a gap), y from `yMin` at the
 * bottom to `yMax` at the top. One value sits in the middle; values are taken in date order.
 */
export function linePoints(series: readonly { date: IsoDate; value: number }[], box: Box, yMax: number, yMin = 0): LinePoint[] {
  const sorted = [...series].sort((a, b) => a.date.localeCompare(b.date))
  const first = sorted[0]
  const last = sorted.at(-1)
  if (!first || !last) return []
  const span = dayNumber(last.date) - dayNumber(first.date)
  const range = yMax - yMin || 1
  return sorted.map(({ date, value }) => {
    const along = span === 0 ? 0.5 : (dayNumber(date) - dayNumber(first.date)) / span
    const clamped = Math.min(yMax, Math.max(yMin, value))
    return { x: round(box.x + along * box.width), y: round(box.y + box.height - ((clamped - yMin) / range) * box.height), date, value }
  })
}

/** An SVG path through the points, in order. */
export const pathThrough = (points: readonly { x: number; y: number }[]): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')

const round = (n: number) => Math.round(n * 10) / 10
