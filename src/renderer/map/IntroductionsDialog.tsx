import type { NetworkFile } from '../../core/network-file'
import type { IntroductionPath } from '../../core/outreach/introduction-paths'
import type { Contact } from '../../core/schema'
import { Modal } from '../shared/Modal'
import type { MapFocus } from './MapView'
import { ME_ID } from './to-cy-elements'
import { Introductions } from './Introductions'

/** What the map shows for a path: you, the people along it and the links between them, everyone else faded. */
export function pathFocus(contacts: readonly Contact[], path: IntroductionPath, targetName: string): MapFocus {
  const introducer = contacts.find((c) => c.id === path.via[0])?.name ?? 'someone'
  return {
    ids: [ME_ID, ...path.via, path.target],
    reason: `Introduction to ${targetName} through ${introducer}`,
    links: [[ME_ID, path.via[0]!], ...path.links.map((l) => [l.from, l.to] as const)],
  }
}

export function IntroductionsDialog(props: {
  network: NetworkFile
  initialContactId?: string
  onShow: (path: IntroductionPath, targetName: string) => void
  onClose: () => void
}) {
  return (
    <Modal title="Who could introduce me?" onClose={props.onClose} wide>
      <Introductions network={props.network} {...(props.initialContactId ? { initialContactId: props.initialContactId } : {})} onShow={props.onShow} />
    </Modal>
  )
}
