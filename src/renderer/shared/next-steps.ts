import type { Category } from '../../core/categories'
import type { NetworkFile } from '../../core/network-file'
import type { Contact } from '../../core/schema'

/** Below this many contacts the network is young: Kith suggests what to add next instead of only listing gaps. */
export const YOUNG_NETWORK = 5

/** How many missing categories to suggest at once: a short choice, not the whole list. */
const SUGGESTED = 3

/**
 * Missing categories in the order worth filling: people one already knows and works beside are the
 * easiest first contacts; then the kinds whose absence leaves the biggest holes; then the rest.
 */
const FILL_ORDER: readonly Category[] = ['existing', 'department', 'other-industry', 'cross-function', 'leader', 'association', 'author', 'social']

export interface NextSteps {
  /** Someone with no interaction logged yet, to record when they last spoke (the one just added first). */
  readonly unlogged: Contact | null
  /** Up to three categories with nobody in them, easiest and most useful first. */
  readonly missing: readonly Category[]
}

/** What a young network needs next; `recentId` is the contact the user has just added, if any. */
export function nextSteps(network: Pick<NetworkFile, 'contacts' | 'interactions'>, recentId?: string): NextSteps {
  const logged = new Set(network.interactions.flatMap((i) => i.contactIds))
  const candidates = network.contacts.filter((c) => !logged.has(c.id))
  // The one just added, else the latest added: the conversation the user is likeliest to remember.
  const unlogged = candidates.find((c) => c.id === recentId) ?? candidates.at(-1) ?? null
  const covered = new Set(network.contacts.flatMap((c) => c.categories))
  return { unlogged, missing: FILL_ORDER.filter((c) => !covered.has(c)).slice(0, SUGGESTED) }
}
