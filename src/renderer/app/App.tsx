import { useState } from 'react'
import { RecoveryView } from '../recovery/RecoveryView'
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
  if (network.contacts.length === 0 && !welcomeDismissed) {
    return (
      <>
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
        <Notices notices={notices} />
      </>
    )
  }

  return (
    <>
      <Workspace
        network={network}
        history={state.history}
        mutate={mutate}
        notify={notices.push}
        today={today}
        startAdding={startAdding}
        onStartedAdding={() => setStartAdding(false)}
        onSampleCleared={() => setWelcomeDismissed(false)}
      />
      <Notices notices={notices} />
    </>
  )
}
