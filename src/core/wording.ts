/*
 * How Kith writes numbers, counts and spans of time, for the sentences the core writes (gap evidence,
 * reasons to reach out) and, through src/renderer/shared/format.ts, for every view. Built on Intl so
 * plurals, thousands separators and unit names come from one place.
 */

/** The language of Kith's text, so every number and date is written the same way. */
export const LOCALE = 'en-GB'

const pluralRules = new Intl.PluralRules(LOCALE)
const numbers = new Intl.NumberFormat(LOCALE)

/** A number as people write it: 1,204. */
export const formatNumber = (n: number): string => numbers.format(n)

/** The word that goes with `n`: "person" or "people", "is" or "are". */
export const pluralWord = (n: number, one: string, many = `${one}s`): string => (pluralRules.select(n) === 'one' ? one : many)

/** A count with its noun: "1 contact", "3 contacts", "1,204 people". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatNumber(n)} ${pluralWord(n, one, many)}`

const percents = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 })

/** A share as a whole percent: 0.634 → "63%". */
export const percent = (share: number): string => percents.format(share)

export type SpanUnit = 'day' | 'week' | 'month' | 'year'

/**
 * A span of days in the unit a person would use: days under two weeks, weeks under two months, months
 * under two years, then years. Every "how long ago" and "due in" in Kith uses this choice.
 */
export function spanOf(days: number): { value: number; unit: SpanUnit } {
  const abs = Math.abs(days)
  if (abs < 14) return { value: abs, unit: 'day' }
  if (abs < 60) return { value: Math.round(abs / 7), unit: 'week' }
  if (abs < 730) return { value: Math.round(abs / 30.44), unit: 'month' }
  return { value: Math.round(abs / 365.25), unit: 'year' }
}

const unitFormats = new Map<SpanUnit, Intl.NumberFormat>()
const unitFormat = (unit: SpanUnit): Intl.NumberFormat => {
  let format = unitFormats.get(unit)
  if (!format) unitFormats.set(unit, (format = new Intl.NumberFormat(LOCALE, { style: 'unit', unit, unitDisplay: 'long' })))
  return format
}

/** "9 days", "5 weeks", "8 months", "2 years": a span as a person would say it. */
export function humanDays(days: number): string {
  const { value, unit } = spanOf(days)
  return unitFormat(unit).format(value)
}

/** "Ana", "Ana and Ben", "Ana, Ben and 3 others". */
export function nameList(names: readonly string[], shown = 2): string {
  if (names.length <= 1) return names[0] ?? ''
  if (names.length <= shown + 1 && names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  const rest = names.length - shown
  return `${names.slice(0, shown).join(', ')} and ${plural(rest, 'other')}`
}

// Stored days are calendar days: formatted in UTC, so no time zone can move one to the day before.
const writtenDays = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const writtenMonths = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "12 Mar 2026": a `YYYY-MM-DD` day as text the core writes (the prep brief, the shared plan) shows it. */
export const writtenDay = (day: string): string => writtenDays.format(new Date(`${day}T00:00:00Z`))

/** "March 2026" for a `YYYY-MM` month. */
export const writtenMonth = (month: string): string => writtenMonths.format(new Date(`${month}-01T00:00:00Z`))
