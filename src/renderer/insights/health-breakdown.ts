import type { HealthPart } from '../../core/insight-schema'

/** Points with at most one decimal, without a trailing ".0": 9.4, 12, 0. */
export const formatPoints = (n: number): string => String(Math.round(n * 10) / 10)

/** A word for the score, so a number out of 100 reads at a glance. */
export function scoreWord(score: number): string {
  if (score >= 80) return 'Strong'
  if (score >= 60) return 'Good'
  if (score >= 40) return 'Fair'
  return 'Needs work'
}

export type ScoreTone = 'good' | 'fair' | 'poor'
export const scoreTone = (score: number): ScoreTone => (score >= 60 ? 'good' : score >= 40 ? 'fair' : 'poor')

/** The parts that lost the most points, largest loss first (ties in their given order). */
export function biggestLosses(parts: readonly HealthPart[], count = 3): { part: HealthPart; lost: number }[] {
  return parts
    .map((part) => ({ part, lost: Math.round((part.weight - part.points) * 10) / 10 }))
    .filter((p) => p.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, count)
}

/** "Most points lost on Freshness (−15.6), Laid-off readiness (−12) and Participation (−10)." */
export function lossSentence(parts: readonly HealthPart[]): string {
  const losses = biggestLosses(parts).map(({ part, lost }) => `${part.label} (−${formatPoints(lost)})`)
  if (losses.length === 0) return 'Full marks on every part.'
  const list = losses.length === 1 ? losses[0] : `${losses.slice(0, -1).join(', ')} and ${losses.at(-1)}`
  return `Most points lost on ${list}.`
}
