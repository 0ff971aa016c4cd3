import { Modal } from '../ui/Modal'
import { MAP_COMMANDS } from './map-commands'

/** Every map shortcut, from the same table the key handler uses. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {MAP_COMMANDS.map((c) => (
            <tr key={c.id}>
              <td>
                {c.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{c.label}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Drag</kbd>
            </td>
            <td>Move a contact; it stays there in this layout until you reset the layout</td>
          </tr>
          <tr>
            <td>
              <kbd>Double-click</kbd>
            </td>
            <td>Zoom to a contact</td>
          </tr>
        </tbody>
      </table>
    </Modal>
  )
}
