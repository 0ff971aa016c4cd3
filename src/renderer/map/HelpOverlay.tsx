import { COMMANDS, type CommandScope } from '../shared/commands'
import { Modal } from '../shared/Modal'

const SCOPES: readonly { scope: CommandScope; title: string }[] = [
  { scope: 'map', title: 'On the map' },
  { scope: 'anywhere', title: 'Anywhere in Kith' },
]

/** Every shortcut, from the same table the key handler uses. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      {SCOPES.map(({ scope, title }) => (
        <table key={scope} className="shortcuts">
          <caption>{title}</caption>
          <tbody>
            {COMMANDS.filter((c) => c.scope === scope).map((c) => (
              <tr key={c.id}>
                <td>
                  {c.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{c.label}</td>
              </tr>
            ))}
            {scope === 'map' && (
              <>
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
              </>
            )}
          </tbody>
        </table>
      ))}
    </Modal>
  )
}
