import type { IsoDate } from '../../src/core/dates'
import { computeInsights, recordSnapshot } from '../../src/core/insights'
import type { Insights } from '../../src/core/insight-schema'
import type { NetworkFile } from '../../src/core/network-file'

/**
 * Everything in the file the insights read, except the trend they only copy out at the end. Files are
 * never mutated, so the same parts by reference mean the same analysis. Keyed on parts rather than on the
 * file object because the saves that matter make new files with the same parts: the day's snapshot itself
 * (a save's insights then answer `insights:get` after it) and a moved node on the map.
 */
const inputsOf = (file: NetworkFile) =>
  [file.contacts, file.ties, file.interactions, file.events, file.followUps, file.me, file.settings, file.plan, file.gapDecisions] as const

interface Kept {
  readonly inputs: ReturnType<typeof inputsOf>
  readonly day: IsoDate
  snapshots: NetworkFile['snapshots']
  insights: Insights
}

/** Today's and one other day's (a view asking about another day must not push today's out). */
const KEPT_DAYS = 2

/** The insights of the network, computed once per change that affects them and shared by `insights:get` and the day's snapshot. */
export class InsightsMemo {
  private kept: Kept[] = []

  constructor(private readonly compute: (file: NetworkFile, day: IsoDate) => Insights = computeInsights) {}

  insightsOf(file: NetworkFile, day: IsoDate): Insights {
    const inputs = inputsOf(file)
    const hit = this.kept.find((k) => k.day === day && k.inputs.every((part, i) => part === inputs[i]))
    if (hit) {
      if (hit.snapshots !== file.snapshots) {
        hit.insights = { ...hit.insights, snapshots: file.snapshots.filter((s) => s.date <= day) }
        hit.snapshots = file.snapshots
      }
      return hit.insights
    }
    const insights = this.compute(file, day)
    this.kept = [{ inputs, day, snapshots: file.snapshots, insights }, ...this.kept.filter((k) => k.day !== day)].slice(0, KEPT_DAYS)
    return insights
  }

  /** `file` with today's snapshot recorded, from the same insights `insights:get` will answer with. */
  withSnapshot(file: NetworkFile, today: IsoDate): NetworkFile {
    return file.contacts.length === 0 ? file : recordSnapshot(file, today, this.insightsOf(file, today))
  }
}
