import type { IsoDate } from '../../../src/core/dates'
import type { Event, FollowUp } from '../../../src/core/event-schema'
import { computeInsights } from '../../../src/core/insights'
import type { Gap, GapRule } from '../../../src/core/insight-schema'
import type { NetworkFile } from '../../../src/core/network-file'
import type { Me } from '../../../src/core/schema'
import { makeNetwork, TODAY } from './builders'

type Parts = Parameters<typeof makeNetwork>[0] & {
  me?: Partial<Me>
  events?: Event[]
  followUps?: FollowUp[]
  settings?: Partial<NetworkFile['settings']['insightThresholds']>
}

/** A small network with the parts a rule needs; `me` works in healthcare at Northgate unless told otherwise. */
export function insightNetwork(parts: Parts = {}): NetworkFile {
  const base = makeNetwork({ contacts: parts.contacts ?? [], ties: parts.ties ?? [], interactions: parts.interactions ?? [] })
  return {
    ...base,
    me: { ...base.me, name: 'Me', industry: 'Healthcare', organization: 'Northgate', profileReviewedOn: TODAY, ...parts.me },
    events: parts.events ?? [],
    followUps: parts.followUps ?? [],
    settings: { ...base.settings, insightThresholds: { ...base.settings.insightThresholds, ...parts.settings } },
  }
}

/** The gaps one rule finds as of `asOf`. */
export const gapsOf = (file: NetworkFile, rule: GapRule, asOf: IsoDate = TODAY): Gap[] =>
  computeInsights(file, asOf).gaps.filter((g) => g.rule === rule)

export function makeEvent(id: string, overrides: Partial<Event>): Event {
  return { id, name: `Event ${id}`, kind: 'conference', role: 'attendee', startOn: TODAY, endOn: null, contactIds: [], notes: '', ...overrides } as Event
}

export function makeFollowUp(id: string, contactIds: string[], dueOn: IsoDate, doneOn: IsoDate | null = null): FollowUp {
  return { id, title: 'Send a thank-you', contactIds, interactionId: null, dueOn, doneOn } as FollowUp
}
