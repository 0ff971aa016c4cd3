import { Fragment } from 'react'
import { COMMANDS, type CommandScope } from './commands'
import { Modal } from './Modal'

const SCOPES: readonly { scope: CommandScope; title: string }[] = [
  { scope: 'anywhere', title: 'Anywhere in Kith' },
  { scope: 'go', title: 'Go to a view: press G, then the letter' },
  { scope: 'map', title: 'On the map' },
]

/** What the mouse and the people list do on the map, which are not commands of their own. */
const MAP_EXTRAS: readonly { keys: readonly string[]; label: string }[] = [
  { keys: ['↑', '↓'], label: 'In “People on the map”: select the next or previous person and bring them into view' },
  { keys: ['Enter'], label: 'In “People on the map”: go to the selected person’s details' },
  { keys: ['Drag'], label: 'Move a contact; it stays there in this layout until you reset the layout' },
  { keys: ['Double-click'], label: 'Zoom to a contact' },
]

function Keys({ keys, sequence }: { keys: readonly string[]; sequence?: boolean }) {
  return keys.map((k, i) => (
    <Fragment key={k}>
      {sequence && i > 0 && ' then '}
      <kbd>{k}</kbd>
    </Fragment>
  ))
}

/** Every shortcut, from the same table the key handler uses; available in every view. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      {SCOPES.map(({ scope, title }) => (
        <table key={scope} className="shortcuts">
          <caption>{title}</caption>
          <tbody>
            {COMMANDS.filter((c) => c.scope === scope).map((c) => (
              <tr key={c.id}>
                <td>
                  <Keys keys={c.keys} sequence={scope === 'go'} />
                </td>
                <td>{c.label}</td>
              </tr>
            ))}
            {scope === 'map' &&
              MAP_EXTRAS.map((extra) => (
                <tr key={extra.label}>
                  <td>
                    <Keys keys={extra.keys} />
                  </td>
                  <td>{extra.label}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </Modal>
  )
}
