import { useState } from 'react'
import { ImportHost } from '../import/ImportHost'
import { RecoveryView } from '../recovery/RecoveryView'
import type { ImportedBatch } from '../shared/import-entry'
import { Notices, useNotices } from '../shared/Notices'
import { storedThemeChoice, useApplyTheme } from '../shared/theme'
import { useToday } from '../shared/use-today'
import { WelcomeView } from '../welcome/WelcomeView'
import { useKith } from './use-kith'
import { Workspace } from './Workspace'

/** Kith's page: opening the network, and what shows when it cannot be opened, is empty, or is ready. */
export function App() {
  const { state, mutate, reload } = useKith()
  const notices = useNotices()
  const today = useToday()
  const [welcomeDismissed, setWelcomeDismissed] = useState(false)
  const [startAdding, setStartAdding] = useState(false)
  // The people the last import added or refreshed, for the contacts view to show.
  const [imported, setImported] = useState<ImportedBatch | null>(null)
  // Until the network has loaded, the choice saved on this machine last time.
  useApplyTheme(state.phase === 'ready' ? state.network.settings.theme : storedThemeChoice())

  switch (state.phase) {
    case 'loading':
      return <p className="centered muted">Opening your network…</p>
    case 'no-access':
      return (
        <main className="centered narrow">
          <h1>Open Kith from its own link</h1>
          <p>
            This page needs the address that <code>npm run serve</code> printed when it last started, the one ending in{' '}
            <code>#token=…</code>. Copy that whole line into the address bar. A link from an earlier start no longer works.
          </p>
        </main>
      )
    case 'failed':
      return (
        <main className="centered narrow" role="alert">
          <h1>Kith is not answering</h1>
          <p>{state.message}</p>
          <button type="button" onClick={() => void reload()}>
            Try again
          </button>
        </main>
      )
    case 'unavailable':
      return <RecoveryView status={state.status} onRestored={reload} />
    case 'ready':
      break
  }

  const { network } = state
  // Once the user has a network, emptying it (deleting the last contact) keeps them in the app.
  if (network.contacts.length > 0 && !welcomeDismissed) setWelcomeDismissed(true)
  const welcome = network.contacts.length === 0 && !welcomeDismissed
  // One import host around either screen: an import started on the welcome screen finishes in the workspace.
  return (
    <ImportHost mutate={mutate} notify={notices.push} onImported={setImported}>
      {welcome ? (
        <WelcomeView
          me={network.me}
          onExploreSample={async () => {
            const result = await mutate('sample:load', {})
            if (!result.ok) notices.push(result.error.message)
          }}
          onSaveMe={async (patch) => {
            const result = await mutate('me:update', patch)
            if (result.ok) return null
            return result.error.issues && result.error.issues.length > 0 ? result.error.issues : result.error.message
          }}
          onAddFirst={() => {
            setWelcomeDismissed(true)
            setStartAdding(true)
          }}
        />
      ) : (
        <Workspace
          network={network}
          history={state.history}
          mutate={mutate}
          notify={notices.push}
          today={today}
          startAdding={startAdding}
          onStartedAdding={() => setStartAdding(false)}
          onSampleCleared={() => setWelcomeDismissed(false)}
          justImported={imported}
        />
      )}
      <Notices notices={notices} />
    </ImportHost>
  )
}
