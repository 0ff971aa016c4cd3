import type { IsoDate } from './dates'
import { isGapId, type GapDecision } from './insight-schema'
import type { NetworkFile } from './network-file'
import type { Change } from './network-ops'
import { fail, ok, type Result } from './result'

/** Hides a gap for good (`until` null) or until a later day, when it shows again if still true. */
export function dismissGap(file: NetworkFile, id: string, until: IsoDate | null, today: IsoDate): Result<Change<GapDecision>> {
  if (!isGapId(id)) return fail('NOT_FOUND', `Kith has no gap called “${id}”.`)
  if (until !== null && until <= today) return fail('INVALID_INPUT', 'Snooze until a day after today.', [{ path: 'until', message: 'Choose a later day.' }])
  const decision: GapDecision = { decidedOn: today, until }
  return ok({ file: { ...file, gapDecisions: { ...file.gapDecisions, [id]: decision } }, value: decision })
}

/** Shows a dismissed or snoozed gap again. */
export function restoreGap(file: NetworkFile, id: string): Result<Change<{ id: string }>> {
  // Own keys only: `in` would also find names every object inherits, such as "constructor".
  if (!Object.hasOwn(file.gapDecisions, id)) return fail('NOT_FOUND', 'That gap is not hidden, so there is nothing to show again.')
  const { [id]: _removed, ...rest } = file.gapDecisions
  return ok({ file: { ...file, gapDecisions: rest }, value: { id } })
}
