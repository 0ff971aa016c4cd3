import { useState } from 'react'
import type { Me } from '../../core/schema'
import { useImportEntry } from '../shared/import-entry'
import { AboutYouStep, type SaveMe } from './AboutYouStep'
import { CategoryGuide } from './CategoryGuide'

/** First run: nothing stored yet. Start from scratch (a few facts about the user first), or look around a sample network. */
export function WelcomeView(props: { me: Me; onExploreSample: () => Promise<void>; onAddFirst: () => void; onSaveMe: SaveMe }) {
  const [busy, setBusy] = useState(false)
  const [aboutYou, setAboutYou] = useState(false)
  const importEntry = useImportEntry()
  if (aboutYou) {
    return (
      <main className="welcome">
        <div className="welcome-card">
          <AboutYouStep me={props.me} onSave={props.onSaveMe} onDone={props.onAddFirst} onBack={() => setAboutYou(false)} />
          <CategoryGuide />
        </div>
      </main>
    )
  }
  return (
    <main className="welcome">
      <div className="welcome-card">
        <div className="brand welcome-brand">
          <span className="brand-mark" aria-hidden="true" />
          Kith
        </div>
        <h1>Build your network before you need it</h1>
        <p className="lead">
          Kith draws the people you know professionally as a map around you, shows which relationships are going quiet,
          and points out the kinds of people your network is missing.
        </p>
        <ul className="welcome-points">
          <li>Wider lines are stronger ties; colours show who is a colleague, a peer elsewhere, a mentor or an online contact.</li>
          <li>Everything stays in one file on this computer that you own.</li>
        </ul>
        <div className="welcome-actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true)
              void props.onExploreSample().finally(() => setBusy(false))
            }}
          >
            {busy ? 'Opening the sample…' : 'Explore a sample network'}
          </button>
          <button type="button" disabled={busy} onClick={() => setAboutYou(true)}>
            Start my own network
          </button>
          <button type="button" disabled={busy} onClick={importEntry.chooseFile}>
            Import contacts…
          </button>
        </div>
        <p className="muted small">The sample belongs to Priya, a hospital operations manager. You can start your own network once you have looked around.</p>
        <p className="muted small">
          Already have your contacts somewhere? Import LinkedIn’s Connections.csv, a Google or Outlook export, or vCards from your phone (or drop the
          file onto this window). You see who would be added before anything is saved.
        </p>
        <CategoryGuide />
      </div>
    </main>
  )
}
