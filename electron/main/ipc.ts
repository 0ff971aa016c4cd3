import { ipcMain } from 'electron'
import { CHANNELS } from '../../src/core/channels'
import { fail } from '../../src/core/result'
import type { Dispatch } from '../backend/dispatch'
import { isTrustedSender } from './security'

/**
 * Binds every contract channel to the backend: the one place IPC meets it.
 *
 * Each call is checked to come from the app's own main frame before its input is even parsed.
 */
export function bindIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrustedSender(event.senderFrame) ? dispatch(channel, input) : fail('FORBIDDEN', 'Refused: this call did not come from Kith’s window.'),
    )
  }
}
