import type { Contact } from '../../../core/schema'
import type { ContactStatus } from '../../../core/staleness'

/**
 * At most this many people stay on the overview as themselves. A generated 30,000-person network has
 * 1,500 on the laid-off list alone; drawn one by one they would be the grey crowd the overview replaces.
 * 120 is a few screens' worth of names, and under the 150 the map places labels for (label-fit.ts).
 */
export const STANDOUTS_UP_TO = 120

/**
 * The people the user must not lose in a crowd, most pressing first: on the laid-off list, or valued (in
 * "existing" or rated `valuedStrength` or more) and past their cadence. Ranked with the reach-out queue's
 * weights (laid-off 3, valued and late 2, plus how far past the cadence, capped at 3×), so the people the
 * insights point to come first. Only visible people count: a filter hides stand-outs too.
 */
export function standouts(
  contacts: readonly Contact[],
  statuses: ReadonlyMap<string, ContactStatus>,
  visibleIds: ReadonlySet<string>,
  valuedStrength: number,
  limit = STANDOUTS_UP_TO,
): Set<string> {
  const ranked: { id: string; priority: number }[] = []
  for (const c of contacts) {
    if (!visibleIds.has(c.id)) continue
    const status = statuses.get(c.id)
    const late = status?.band === 'overdue' || status?.band === 'dormant'
    const valued = c.categories.includes('existing') || c.tieStrength >= valuedStrength
    if (!c.onLaidOffList && !(valued && late)) continue
    const ratio = status && status.daysSince !== null ? status.daysSince / status.cadenceDays : 3
    const priority = (c.onLaidOffList ? 3 : 0) + (valued && late ? 2 : 0) + (late ? Math.min(3, ratio) : 0)
    ranked.push({ id: c.id, priority })
  }
  // Ties broken by id: stable, and cheap for thousands of candidates.
  ranked.sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return new Set(ranked.slice(0, limit).map((r) => r.id))
}
