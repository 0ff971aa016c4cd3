import { DEFAULT_INSIGHT_THRESHOLDS, InsightThresholds } from '../../core/insight-thresholds'
import type { FieldIssue } from '../../core/result'
import { pluralWord } from '../shared/format'

/**
 * The gap thresholds form, without React: the words of each row, the units the user types in (shares as
 * percents, stored as fractions), and the way from typed text to a settings patch and back from the backend's
 * messages to one message per field.
 */

export type ThresholdKey = keyof InsightThresholds
/** What the user typed, per threshold, in the units shown. */
export type ThresholdDraft = Record<ThresholdKey, string>

export const THRESHOLD_KEYS = Object.keys(DEFAULT_INSIGHT_THRESHOLDS) as ThresholdKey[]

/** Stored as a fraction (0.6), typed and shown as a percent (60). */
const PERCENT_KEYS: ReadonlySet<ThresholdKey> = new Set(['siloShare', 'closedNetworkShare'])
export const isPercent = (key: ThresholdKey) => PERCENT_KEYS.has(key)

/** 0.6 → 60; rounded to hundredths of a percent so 0.07 shows as 7, not 7.000000000000001. */
export const fractionToPercent = (fraction: number) => Math.round(fraction * 10_000) / 100
/** 60 → 0.6. */
export const percentToFraction = (percent: number) => percent / 100

const shown = (key: ThresholdKey, stored: number) => (isPercent(key) ? fractionToPercent(stored) : stored)

/** A space that keeps a number and its unit on one line. */
export const NBSP = '\u00a0'

/** The unit after a value in running text: 60%, 2×, 365 days (a space in it never breaks). */
const UNIT: Record<ThresholdKey, (n: number) => string> = {
  siloShare: (n) => `${n}%`,
  valuedStrength: (n) => `${n}`,
  laidOffMinimum: (n) => `${n}${NBSP}${pluralWord(n, 'person', 'people')}`,
  oneWayRatio: (n) => `${n}×`,
  oneWayMinimum: (n) => `${n}${NBSP}${pluralWord(n, 'time')}`,
  eventsWindowDays: (n) => `${n}${NBSP}days`,
  profileReviewDays: (n) => `${n}${NBSP}days`,
  closedNetworkShare: (n) => `${n}%`,
}

/** A threshold's value as the user reads it, e.g. `60%` for a stored 0.6. */
export const formatThreshold = (key: ThresholdKey, stored: number) => UNIT[key](shown(key, stored))

/** The range the backend accepts, in the units shown, read from the schema so the two never disagree. */
export function thresholdRange(key: ThresholdKey): { min: number; max: number; whole: boolean; step: number } {
  const schema = InsightThresholds.shape[key]
  const min = shown(key, schema.minValue ?? 0)
  const max = shown(key, schema.maxValue ?? 0)
  const whole = schema.isInt
  return { min, max, whole, step: whole || isPercent(key) ? 1 : 0.1 }
}

/** For an empty field or one that is not a number: what to type, in the units shown. */
export function notANumberMessage(key: ThresholdKey): string {
  const { min, max, whole } = thresholdRange(key)
  const unit = isPercent(key) ? '%' : ''
  return `Enter a ${whole ? 'whole ' : ''}number from ${min}${unit} to ${max}${unit}.`
}

/** Part of a row's sentence: words, or the field for one threshold with its name for screen readers. */
export type SentencePart = string | { readonly key: ThresholdKey; readonly label: string }

export interface ThresholdRow {
  readonly id: string
  /** The rule, said first: "Silo". */
  readonly name: string
  /** Read after the name, with the fields in it: "more than [60] % of contacts in one organization". */
  readonly sentence: readonly SentencePart[]
  /** What the threshold does, in one line; the defaults are added after it. */
  readonly explanation: string
}

/** One row per gap rule that has a threshold; every threshold appears in exactly one. */
export const THRESHOLD_ROWS: readonly ThresholdRow[] = [
  {
    id: 'silo',
    name: 'Silo',
    sentence: ['more than', { key: 'siloShare', label: 'Silo share in percent' }, '% of contacts in one organization'],
    explanation: 'Also checks the departments inside your own organization.',
  },
  {
    id: 'laid-off',
    name: 'Laid-off list',
    sentence: ['at least', { key: 'laidOffMinimum', label: 'Laid-off list minimum, in people' }, 'people'],
    explanation: 'People you would call the week after losing your job.',
  },
  {
    id: 'valued',
    name: 'Valued tie',
    sentence: ['strength', { key: 'valuedStrength', label: 'Valued tie strength, 1 to 5' }, 'or more'],
    explanation: 'On the 1–5 strength scale; valued contacts past their cadence are a gap.',
  },
  {
    id: 'one-way',
    name: 'One-way help',
    sentence: [
      'received at least',
      { key: 'oneWayRatio', label: 'One-way ratio, times what you gave' },
      '× what you gave, once help was received',
      { key: 'oneWayMinimum', label: 'One-way minimum, times help was received' },
      'times',
    ],
    explanation: 'Help over the last 12 months, overall and per person; less is too little to judge.',
  },
  {
    id: 'events',
    name: 'Events',
    sentence: ['at least one in the last', { key: 'eventsWindowDays', label: 'Events window in days' }, 'days'],
    explanation: 'Conferences, committees, volunteering, talks, or a group you run.',
  },
  {
    id: 'profile',
    name: 'Profile review',
    sentence: ['every', { key: 'profileReviewDays', label: 'Profile review interval in days' }, 'days'],
    explanation: 'After that, your online profile counts as out of date.',
  },
  {
    id: 'closed',
    name: 'Closed network',
    sentence: [
      'reliance on a few at least',
      { key: 'closedNetworkShare', label: 'Closed network share in percent' },
      '% of the way to everyone knowing everyone',
    ],
    explanation: 'How far your contacts know each other: 0% if no two do, 100% if all do (measured as Burt’s constraint).',
  },
]

/** The keys a row holds, in order. */
export const rowKeys = (row: ThresholdRow): ThresholdKey[] => row.sentence.flatMap((part) => (typeof part === 'string' ? [] : [part.key]))

/** "Default 60%." or "Defaults 2× and 3 times." */
export function defaultsNote(row: ThresholdRow): string {
  const values = rowKeys(row).map((key) => formatThreshold(key, DEFAULT_INSIGHT_THRESHOLDS[key]))
  return values.length === 1 ? `Default ${values[0]}.` : `Defaults ${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}.`
}

/** The saved thresholds as the form shows them. */
export function toDraft(thresholds: InsightThresholds): ThresholdDraft {
  return Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, String(shown(key, thresholds[key]))])) as ThresholdDraft
}

/** A plain decimal number, or null: no hex, no "Infinity", no thousands separators. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim()
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return null
  const n = Number(trimmed)
  return Number.isFinite(n) ? n : null
}

/**
 * The typed values as a settings patch of the thresholds that changed, in stored units. A field that is not a
 * number gets a message here; ranges are the backend's to check, so its messages are the ones the user sees.
 */
export function readDraft(
  draft: ThresholdDraft,
  saved: InsightThresholds,
): { patch: Partial<InsightThresholds>; errors: Partial<Record<ThresholdKey, string>> } {
  const patch: Partial<InsightThresholds> = {}
  const errors: Partial<Record<ThresholdKey, string>> = {}
  for (const key of THRESHOLD_KEYS) {
    const typed = parseNumber(draft[key])
    if (typed === null) {
      errors[key] = notANumberMessage(key)
      continue
    }
    const value = isPercent(key) ? percentToFraction(typed) : typed
    if (value !== saved[key]) patch[key] = value
  }
  return { patch, errors }
}

const isThresholdKey = (key: string | undefined): key is ThresholdKey => key !== undefined && THRESHOLD_KEYS.includes(key as ThresholdKey)

/** "from 0.3 to 1" → "from 30% to 100%": the backend speaks in stored fractions, the form in percents. */
function inPercents(message: string): string {
  return message.replace(/from (\d*\.?\d+) to (\d*\.?\d+)/, (_, min: string, max: string) => `from ${fractionToPercent(Number(min))}% to ${fractionToPercent(Number(max))}%`)
}

/**
 * The backend's messages for a refused `settings:update`, one per threshold (the first for each), in the
 * units the form shows.
 */
export function thresholdErrors(issues: readonly FieldIssue[]): Partial<Record<ThresholdKey, string>> {
  const errors: Partial<Record<ThresholdKey, string>> = {}
  for (const issue of issues) {
    const [group, key] = issue.path.replace(/^patch\./, '').split('.')
    if (group !== 'insightThresholds' || !isThresholdKey(key) || errors[key]) continue
    errors[key] = isPercent(key) ? inPercents(issue.message) : issue.message
  }
  return errors
}
