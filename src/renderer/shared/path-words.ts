import type { IntroductionPath, PathLink } from '../../core/outreach/introduction-paths'
import type { Contact } from '../../core/schema'

/** How the next person on a path knows the one before, as the end of "…, who …". */
function linkWords(link: PathLink, byId: ReadonlyMap<string, Contact>): string {
  switch (link.kind) {
    case 'knows':
      return 'who knows'
    case 'works-with':
      return 'who works with'
    case 'introduced':
      return 'who was introduced to'
    case 'introduced-by':
      // An introduction to the user: one of the two brought the other into the network.
      return byId.get(link.to)?.introducedBy === link.from ? 'who introduced you to' : 'whom you met through'
  }
}

/** A path in plain words: "Ask Ana (strong tie), who knows Ben, who works with Dana." */
export function pathSentence(path: IntroductionPath, byId: ReadonlyMap<string, Contact>): string {
  const name = (id: string) => byId.get(id)?.name ?? 'someone no longer in your network'
  const first = path.via[0]!
  const steps = path.links.map((l) => `${linkWords(l, byId)} ${name(l.to)}`)
  return `Ask ${name(first)}, ${steps.join(', ')}.`
}
