import { addDays, type IsoDate } from '../../core/dates'
import type { Gap, Insights, Severity } from '../../core/insight-schema'
import { formatDay } from '../shared/format'

export const SNOOZE_DAYS = 30

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low' }

/** The day a gap snoozed today shows again. */
export const snoozeUntil = (today: IsoDate): IsoDate => addDays(today, SNOOZE_DAYS)

/** How a hidden gap is hidden, in words: "snoozed until 26 Dec 2026" or "dismissed". */
export const hiddenNote = (hidden: Insights['hidden'][number]): string => (hidden.until === null ? 'dismissed' : `snoozed until ${formatDay(hidden.until)}`)

/** A gap with people in it can be shown on the map. */
export const showsOnMap = (gap: Gap): boolean => gap.contactIds.length > 0
