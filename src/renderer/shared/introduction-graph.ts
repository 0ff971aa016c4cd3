import type { NetworkFile } from '../../core/network-file'
import { introductionGraph, type IntroductionGraph } from '../../core/outreach/introduction-paths'

/*
 * The who-knows-whom graph is built once per network: a 30,000-person network takes a few passes over its
 * ties, and the brief and the introductions dialog both ask for it on every render. Keyed by the contacts
 * array, which the store replaces on every change; the ties are checked too, since adding a tie keeps the contacts.
 */
const graphs = new WeakMap<object, { ties: NetworkFile['ties']; graph: IntroductionGraph }>()

export function graphOf(network: Pick<NetworkFile, 'contacts' | 'ties'>): IntroductionGraph {
  const known = graphs.get(network.contacts)
  if (known && known.ties === network.ties) return known.graph
  const graph = introductionGraph(network.contacts, network.ties)
  graphs.set(network.contacts, { ties: network.ties, graph })
  return graph
}
