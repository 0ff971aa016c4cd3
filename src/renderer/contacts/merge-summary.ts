import type { MergeOutcome } from '../../core/merge-contacts'
import type { Contact } from '../../core/schema'
import { LOCALE } from '../../core/wording'
import { plural, pluralWord } from '../shared/format'

/** The words a merge preview uses for the fields it fills, inside a sentence. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  organization: 'organization',
  department: 'department',
  industry: 'industry',
  role: 'role',
  email: 'e-mail',
  phone: 'phone',
  linkedinUrl: 'LinkedIn URL',
  website: 'website',
  howMet: 'how you met',
  notes: 'notes',
  cadenceDays: 'keep-in-touch interval',
  introducedBy: 'who introduced them',
  connectedOn: 'LinkedIn connection date',
}

const list = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' })
const words = (fields: readonly string[]) => list.format(fields.map((f) => FIELD_WORDS[f] ?? f))

/**
 * What a merge will do, in sentences, before the user confirms it: what moves, what is filled in, what goes
 * into the notes and what is not kept.
 */
export function mergeSummary(outcome: MergeOutcome, keep: Contact, merge: Contact): string[] {
  const { moved, filled, keptInNotes, droppedTies } = outcome
  const counts = [
    [moved.interactions, 'interaction'],
    [moved.ties, 'tie'],
    [moved.events, 'event'],
    [moved.followUps, 'follow-up'],
    [moved.introductions, 'introduction'],
  ] as const
  const parts = counts.filter(([n]) => n > 0)
  const single = parts.length === 1 && parts[0]?.[0] === 1
  const lines = [
    parts.length === 0
      ? `Nothing else names ${merge.name}: no interactions, ties, events or follow-ups to move.`
      : `${list.format(parts.map(([n, noun]) => plural(n, noun)))} ${single ? 'moves' : 'move'} to ${keep.name}.`,
  ]
  if (filled.length > 0) lines.push(`Filled in from ${merge.name}: ${words(filled)}.`)
  if (keptInNotes.length > 0) lines.push(`${merge.name}’s different ${words(keptInNotes)} ${pluralWord(keptInNotes.length, 'goes', 'go')} into the notes.`)
  if (merge.notes !== '' && keep.notes !== '' && !keep.notes.includes(merge.notes)) lines.push('Both sets of notes are kept.')
  if (merge.tieStrength > keep.tieStrength) lines.push(`Tie strength becomes ${merge.tieStrength}, the stronger of the two.`)
  if (merge.onLaidOffList && !keep.onLaidOffList) lines.push(`${keep.name} goes on your laid-off list, as ${merge.name} was.`)
  if (droppedTies.between > 0) lines.push('The tie between the two goes.')
  if (droppedTies.repeated > 0) lines.push(`${plural(droppedTies.repeated, 'tie')} to people ${keep.name} is already tied to ${pluralWord(droppedTies.repeated, 'is', 'are')} not repeated.`)
  return lines
}
