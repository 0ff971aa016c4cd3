import { useState } from 'react'
import { ContactsView } from '../contacts/ContactsView'
import { MapView } from '../map/MapView'
import { RecoveryView } from '../recovery/RecoveryView'
import { Notices, useNotices } from '../ui/Notices'
import { WelcomeView } from '../welcome/WelcomeView'
import { AppShell, type View } from './AppShell'
import { useKith } from './use-kith'

export function App() {
  const { state, mutate, reload } = useKith()
  const notices = useNotices()
  const [view, setView] = useState<View>('map')
  const [welcomeDismissed, setWelcomeDismissed] = useState(false)
  const [startAdding, setStartAdding] = useState(false)

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
          onExploreSample={async () => {
            const result = await mutate('sample:load', {})
            if (!result.ok) notices.push(result.error.message)
            else setView('map')
          }}
          onAddFirst={() => {
            setWelcomeDismissed(true)
            setStartAdding(true)
            setView('contacts')
          }}
        />
        <Notices notices={notices} />
      </>
    )
  }

  return (
    <AppShell
      view={view}
      onNavigate={setView}
      network={network}
      onClearSample={async () => {
        const result = await mutate('sample:clear', {})
        if (!result.ok) return notices.push(result.error.message)
        setWelcomeDismissed(false)
        setView('map')
      }}
    >
      {view === 'map' ? (
        <MapView network={network} mutate={mutate} notify={notices.push} />
      ) : (
        <ContactsView network={network} mutate={mutate} startAdding={startAdding} onStarted={() => setStartAdding(false)} />
      )}
      <Notices notices={notices} />
    </AppShell>
  )
}
