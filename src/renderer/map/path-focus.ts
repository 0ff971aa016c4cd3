import type { IntroductionPath } from '../../core/outreach/introduction-paths'
import type { Contact } from '../../core/schema'
import type { MapFocus } from './MapView'
import { ME_ID } from './to-cy-elements'

/** What the map shows for a path: you, the people along it and the links between them, everyone else faded. */
export function pathFocus(contacts: readonly Contact[], path: IntroductionPath, targetName: string): MapFocus {
  const introducer = contacts.find((c) => c.id === path.via[0])?.name ?? 'someone'
  return {
    ids: [ME_ID, ...path.via, path.target],
    reason: `Introduction to ${targetName} through ${introducer}`,
    links: [[ME_ID, path.via[0]!], ...path.links.map((l) => [l.from, l.to] as const)],
  }
}
