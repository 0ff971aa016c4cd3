import type { IsoDate } from '../../core/dates'

/*
 * Calendar days as people read them ("14 Mar 2026"). Built from the stored text, not a Date, so no time
 * zone can move a day to the one before.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

function parts(day: IsoDate): { y: string; m: string; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const m = match ? MONTHS[Number(match[2]) - 1] : undefined
  return match && m ? { y: match[1] ?? '', m, d: Number(match[3]) } : null
}

/** "14 Mar 2026"; anything that is not a day is shown as given. */
export function formatDay(day: IsoDate): string {
  const p = parts(day)
  return p ? `${p.d} ${p.m} ${p.y}` : day
}

const dayMonth = (day: IsoDate): string => {
  const p = parts(day)
  return p ? `${p.d} ${p.m}` : day
}

/** "12–14 Mar 2026", "28 Feb – 2 Mar 2026", "30 Dec 2025 – 2 Jan 2026"; one day when `end` is null or the same. */
export function formatDayRange(start: IsoDate, end: IsoDate | null): string {
  if (end === null || end === start) return formatDay(start)
  const [sy, sm] = start.split('-')
  const [ey, em] = end.split('-')
  if (sy !== ey) return `${formatDay(start)} – ${formatDay(end)}`
  if (sm !== em) return `${dayMonth(start)} – ${formatDay(end)}`
  return `${Number(start.slice(8, 10))}–${formatDay(end)}`
}

/** "3 interactions", "1 interaction", "no interactions". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n === 0 ? 'no' : n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`
}
