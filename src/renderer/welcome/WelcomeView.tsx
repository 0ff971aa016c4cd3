import { useState } from 'react'

/** First run: nothing stored yet. Start from scratch, or look around a sample network. */
export function WelcomeView(props: { onExploreSample: () => Promise<void>; onAddFirst: () => void }) {
  const [busy, setBusy] = useState(false)
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
            onClick={async () => {
              setBusy(true)
              await props.onExploreSample()
              setBusy(false)
            }}
          >
            {busy ? 'Opening the sample…' : 'Explore a sample network'}
          </button>
          <button type="button" disabled={busy} onClick={props.onAddFirst}>
            Add your first contact
          </button>
        </div>
        <p className="muted small">The sample belongs to Priya, a hospital operations manager. You can start your own network once you have looked around.</p>
      </div>
    </main>
  )
}
