import type { IsoDate } from '../../core/dates'
import type { Placeholder } from '../../core/outreach/fill-template'
import { TEMPLATE_KINDS, type ListedTemplate, type TemplateKind } from '../../core/outreach/templates'
import { monthOf, monthsBetween } from '../../core/plan-months'
import type { Plan, PlanItem, PlanStatus } from '../../core/plan-schema'
import type { Contact } from '../../core/schema'

/*
 * The composer's plain logic: templates grouped for the picker, the plan item a message is for, what a
 * missing placeholder needs and where to fill it, the text that goes to the clipboard, and the contact search.
 */

export const TEMPLATE_KIND_LABELS: Readonly<Record<TemplateKind, string>> = {
  request: 'Ask for time',
  'after-meeting': 'After a meeting',
  'keep-in-touch': 'Keep in touch',
}

export interface TemplateGroup {
  readonly kind: TemplateKind
  readonly label: string
  readonly templates: readonly ListedTemplate[]
}

/** Kinds in their fixed order; within one, Kith's templates first, then the user's (the order listTemplates gives). */
export function groupTemplates(templates: readonly ListedTemplate[]): TemplateGroup[] {
  return TEMPLATE_KINDS.map((kind) => ({ kind, label: TEMPLATE_KIND_LABELS[kind], templates: templates.filter((t) => t.kind === kind) })).filter(
    (g) => g.templates.length > 0,
  )
}

/** Statuses a message can still be for: the meeting has not happened yet. */
const OPEN: ReadonlySet<PlanStatus> = new Set(['planned', 'contacted', 'scheduled'])

export interface PlacedItem {
  readonly month: string
  readonly item: PlanItem
}

/**
 * The contact's open plan item nearest to `today`, from one month back to two ahead (people are often
 * written to for next month's meeting). Null when they are not in the plan around now.
 */
export function openPlanItem(plan: Plan, contactId: string, today: IsoDate): PlacedItem | null {
  const now = monthOf(today)
  let best: PlacedItem | null = null
  let bestDistance = Infinity
  for (const [month, entry] of Object.entries(plan)) {
    const ahead = monthsBetween(now, month)
    if (ahead < -1 || ahead > 2) continue
    for (const item of entry.items) {
      if (item.contactId !== contactId || !OPEN.has(item.status)) continue
      // Nearest month wins; on a tie the earlier one, which is more pressing.
      const distance = Math.abs(ahead) + (ahead > 0 ? 0.5 : 0)
      if (distance < bestDistance) {
        best = { month, item }
        bestDistance = distance
      }
    }
  }
  return best
}

/** A plan item by id, with its month; null when it is gone. */
export function planItemById(plan: Plan, id: string): PlacedItem | null {
  for (const [month, entry] of Object.entries(plan)) {
    const item = entry.items.find((i) => i.id === id)
    if (item) return { month, item }
  }
  return null
}

/** What to do about a placeholder that has no value yet, in words. */
export function whereToFill(placeholder: Placeholder, contactName: string): string {
  switch (placeholder) {
    case 'topic':
      return 'Type it into Topic above.'
    case 'timeAsked':
      return 'Type it into Time asked above.'
    case 'firstName':
      return `Kith found no name to greet ${contactName || 'them'} by: type it into the text.`
    case 'howWeMet':
      return `Type it into How we met above (${contactName || 'this contact'} has no note on it yet; adding one to their contact fills it next time).`
    case 'myName':
      return 'Your name is not set: add it in Profile, or type it into the text.'
  }
}

/** What Copy puts on the clipboard: the subject on its own line above the body, or the body alone. */
export const clipboardText = (subject: string, body: string): string => (subject.trim() === '' ? body : `${subject.trim()}\n\n${body}`)

/** At most this many matches are listed when choosing another contact. */
export const MATCH_LIMIT = 50

/** Contacts whose name, organization, role or tags hold every word typed, by name; at most `limit`, with the total. */
export function contactMatches(contacts: readonly Contact[], query: string, limit = MATCH_LIMIT): { matches: Contact[]; total: number } {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return { matches: [], total: 0 }
  const found = contacts.filter((c) => {
    const haystack = [c.name, c.organization, c.role, ...c.tags].join(' ').toLocaleLowerCase()
    return words.every((w) => haystack.includes(w))
  })
  const sorted = found.sort((a, b) => a.name.localeCompare(b.name))
  return { matches: sorted.slice(0, limit), total: found.length }
}
