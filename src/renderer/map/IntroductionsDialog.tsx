import type { NetworkFile } from '../../core/network-file'
import type { IntroductionPath } from '../../core/outreach/introduction-paths'
import { Modal } from '../shared/Modal'
import { Introductions } from './Introductions'

/** "Who could introduce me?" as a dialog over the map. */
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
