import { addDays, daysBetween, type IsoDate } from '../dates'
import type { FollowUp } from '../event-schema'
import { followUpState, type FollowUpState } from '../follow-ups'
import { CHANNEL_LABELS, DIRECTION_LABELS } from '../interaction-labels'
import type { Contact, ContactId, Direction, Interaction, InteractionChannel, Tie, TieKind } from '../schema'
import { humanDays, nameList, plural, writtenDay } from '../wording'
import type { IntroductionPath } from './introduction-paths'
import { firstNameOf } from './fill-template'

/*
 * The meeting prep brief: what to remember before meeting someone, on one page. The data is built here;
 * `prepBriefText` writes it as plain text for copying and printing.
 */

/** How many past interactions and shared ties the brief lists; the rest are counted. */
export const BRIEF_INTERACTIONS = 5
export const BRIEF_SHARED_TIES = 10

export interface BriefPerson {
  readonly contactId: ContactId
  readonly name: string
}

export interface BriefInteraction {
  readonly date: IsoDate
  readonly channel: InteractionChannel
  readonly direction: Direction
  readonly summary: string
  /** Others who took part, by name. */
  readonly withOthers: readonly string[]
}

export interface BriefFollowUp {
  readonly title: string
  readonly dueOn: IsoDate
  readonly state: FollowUpState
}

/** How someone is linked to the person met: a recorded tie, or an introduction (who introduced whom to the user). */
export type SharedTieKind = TieKind | 'introduced-you-to-them' | 'they-introduced-you'

export interface SharedTie extends BriefPerson {
  readonly kind: SharedTieKind
}

export interface PrepBrief {
  readonly contactId: ContactId
  readonly name: string
  readonly role: string
  readonly organization: string
  readonly today: IsoDate
  /** The plan item's purpose, when the brief is opened from the plan. */
  readonly purpose: string | null
  readonly howMet: string | null
  readonly introducedBy: BriefPerson | null
  readonly lastContact: IsoDate | null
  /** Interactions logged with them, newest first; at most BRIEF_INTERACTIONS. */
  readonly recent: readonly BriefInteraction[]
  /** Interactions up to today, all of them. */
  readonly interactionCount: number
  /** Help in the 365 days up to today, newest first (a mutual interaction counts both ways). */
  readonly helpGiven: readonly BriefInteraction[]
  readonly helpReceived: readonly BriefInteraction[]
  /** Follow-ups not done yet, soonest due first. */
  readonly openFollowUps: readonly BriefFollowUp[]
  /** People who know them, closest to the user first; at most BRIEF_SHARED_TIES. */
  readonly sharedTies: readonly SharedTie[]
  readonly sharedTieCount: number
  /** Introduction paths to them, by name, when the caller searched for them. */
  readonly introductions: readonly { readonly via: readonly string[]; readonly strength: number }[]
}

export interface PrepBriefInput {
  readonly contact: Contact
  readonly contacts: readonly Contact[]
  readonly ties: readonly Tie[]
  readonly interactions: readonly Interaction[]
  readonly followUps: readonly FollowUp[]
  readonly today: IsoDate
  readonly purpose?: string | null
  readonly introductionPaths?: readonly IntroductionPath[]
}

export function prepBrief(input: PrepBriefInput): PrepBrief {
  const { contact, today } = input
  const byId = new Map(input.contacts.map((c) => [c.id as string, c]))
  const nameOf = (id: string) => byId.get(id)?.name ?? 'someone no longer in your network'

  const theirs = input.interactions
    .filter((i) => i.date <= today && i.contactIds.includes(contact.id))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  const brief = (i: Interaction): BriefInteraction => ({
    date: i.date,
    channel: i.channel,
    direction: i.direction,
    summary: i.summary,
    withOthers: i.contactIds.filter((id) => id !== contact.id).map(nameOf),
  })
  const yearAgo = addDays(today, -365)
  const lastYear = theirs.filter((i) => i.date > yearAgo)

  const shared = new Map<string, SharedTieKind>()
  for (const t of input.ties) {
    if (t.a === contact.id && t.b !== contact.id) shared.set(t.b, t.kind)
    else if (t.b === contact.id && t.a !== contact.id) shared.set(t.a, t.kind)
  }
  if (contact.introducedBy && contact.introducedBy !== contact.id) shared.set(contact.introducedBy, 'introduced-you-to-them')
  for (const c of input.contacts) if (c.introducedBy === contact.id && c.id !== contact.id) shared.set(c.id, 'they-introduced-you')
  const sharedTies = [...shared]
    .filter(([id]) => byId.has(id))
    .map(([id, kind]) => ({ contact: byId.get(id)!, kind }))
    .sort((a, b) => b.contact.tieStrength - a.contact.tieStrength || a.contact.name.localeCompare(b.contact.name))

  const introducer = contact.introducedBy ? byId.get(contact.introducedBy) : undefined
  return {
    contactId: contact.id,
    name: contact.name,
    role: contact.role,
    organization: contact.organization,
    today,
    purpose: input.purpose?.trim() || null,
    howMet: contact.howMet.trim() || null,
    introducedBy: introducer ? { contactId: introducer.id, name: introducer.name } : null,
    lastContact: theirs[0]?.date ?? null,
    recent: theirs.slice(0, BRIEF_INTERACTIONS).map(brief),
    interactionCount: theirs.length,
    helpGiven: lastYear.filter((i) => i.direction === 'gave' || i.direction === 'mutual').map(brief),
    helpReceived: lastYear.filter((i) => i.direction === 'received' || i.direction === 'mutual').map(brief),
    openFollowUps: input.followUps
      .filter((f) => f.doneOn === null && f.contactIds.includes(contact.id))
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
      .map((f) => ({ title: f.title, dueOn: f.dueOn, state: followUpState(f, today) })),
    sharedTies: sharedTies.slice(0, BRIEF_SHARED_TIES).map(({ contact: c, kind }) => ({ contactId: c.id, name: c.name, kind })),
    sharedTieCount: sharedTies.length,
    introductions: (input.introductionPaths ?? []).map((p) => ({ via: p.via.map(nameOf), strength: p.strength })),
  }
}

const FOLLOW_UP_STATES: Readonly<Record<FollowUpState, string>> = { overdue: 'overdue', 'due-today': 'due today', upcoming: 'upcoming', done: 'done' }
/** How a shared tie knows the person met, in words; `them` is their first name. */
export const LINK_WORDS: Readonly<Record<SharedTieKind, (them: string) => string>> = {
  knows: () => 'knows them',
  'works-with': () => 'works with them',
  introduced: () => 'linked by an introduction',
  'introduced-you-to-them': (them) => `introduced you to ${them}`,
  'they-introduced-you': (them) => `you met through ${them}`,
}

/** A summary on one line: a printed list must not break inside an entry. */
const oneLine = (text: string): string => text.trim().replace(/\s*\n\s*/g, ' ')

const interactionLine = (i: BriefInteraction): string => {
  const parts = [writtenDay(i.date), CHANNEL_LABELS[i.channel]]
  if (i.direction !== 'none') parts.push(DIRECTION_LABELS[i.direction])
  if (i.withOthers.length > 0) parts.push(`with ${nameList(i.withOthers)}`)
  return `- ${parts.join(' · ')}${oneLine(i.summary) ? `: ${oneLine(i.summary)}` : ''}`
}

/** The brief as plain text, for the clipboard or the printer. Sections with nothing in them say so. */
export function prepBriefText(b: PrepBrief): string {
  const lines: string[] = [`Meeting prep: ${b.name}`]
  const position = [b.role, b.organization].filter((p) => p.trim() !== '').join(', ')
  if (position) lines.push(position)
  lines.push('')
  if (b.purpose) lines.push(`Purpose: ${b.purpose}`)
  lines.push(`How you met: ${b.howMet ?? 'not recorded'}${b.introducedBy ? `. Introduced by ${b.introducedBy.name}.` : ''}`)
  lines.push(
    b.lastContact === null
      ? 'Last contact: none logged'
      : `Last contact: ${writtenDay(b.lastContact)}${b.lastContact === b.today ? ' (today)' : ` (${humanDays(daysBetween(b.lastContact, b.today))} ago)`}`,
  )

  lines.push('', 'Recent interactions')
  if (b.recent.length === 0) lines.push('- None logged yet.')
  else lines.push(...b.recent.map(interactionLine))
  if (b.interactionCount > b.recent.length) lines.push(`- …and ${plural(b.interactionCount - b.recent.length, 'earlier one')}.`)

  lines.push('', 'Help in the last year')
  if (b.helpGiven.length === 0 && b.helpReceived.length === 0) lines.push('- None recorded either way.')
  else {
    lines.push(`- You helped them: ${b.helpGiven.length === 0 ? 'not recorded' : plural(b.helpGiven.length, 'time')}`)
    lines.push(...b.helpGiven.filter((i) => i.summary.trim()).map((i) => `    ${writtenDay(i.date)}: ${oneLine(i.summary)}`))
    lines.push(`- They helped you: ${b.helpReceived.length === 0 ? 'not recorded' : plural(b.helpReceived.length, 'time')}`)
    lines.push(...b.helpReceived.filter((i) => i.summary.trim()).map((i) => `    ${writtenDay(i.date)}: ${oneLine(i.summary)}`))
  }

  lines.push('', 'Open follow-ups')
  if (b.openFollowUps.length === 0) lines.push('- None.')
  else lines.push(...b.openFollowUps.map((f) => `- ${f.title} (due ${writtenDay(f.dueOn)}, ${FOLLOW_UP_STATES[f.state]})`))

  lines.push('', `People you both know${b.sharedTieCount > 0 ? ` (${b.sharedTieCount})` : ''}`)
  if (b.sharedTies.length === 0) lines.push('- None recorded.')
  else lines.push(...b.sharedTies.map((t) => `- ${t.name}: ${LINK_WORDS[t.kind](firstNameOf(b.name) || b.name)}`))
  if (b.sharedTieCount > b.sharedTies.length) lines.push(`- …and ${plural(b.sharedTieCount - b.sharedTies.length, 'other')}.`)

  if (b.introductions.length > 0) {
    lines.push('', 'Who could introduce you')
    lines.push(...b.introductions.map((p) => `- ${[...p.via, b.name].join(' → ')} (weakest tie ${p.strength} of 5)`))
  }
  return `${lines.join('\n')}\n`
}
