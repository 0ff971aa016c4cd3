/** Small helpers for the sentences the insights write. */

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

export const percent = (share: number): string => `${Math.round(share * 100)} %`

/** "9 days", "5 weeks", "8 months", "2 years": how long ago, as a person would say it. */
export function humanDays(days: number): string {
  if (days < 14) return plural(days, 'day')
  if (days < 60) return plural(Math.round(days / 7), 'week')
  if (days < 730) return plural(Math.round(days / 30.44), 'month')
  return plural(Math.round(days / 365.25), 'year')
}

/** "Ana", "Ana and Ben", "Ana, Ben and 3 others". */
export function nameList(names: readonly string[], shown = 2): string {
  if (names.length <= 1) return names[0] ?? ''
  if (names.length <= shown + 1 && names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  const rest = names.length - shown
  return `${names.slice(0, shown).join(', ')} and ${plural(rest, 'other')}`
}
