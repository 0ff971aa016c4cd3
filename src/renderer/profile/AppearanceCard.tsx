import { useId, useState } from 'react'
import { THEME_CHOICES, type ThemeChoice } from '../../core/schema'
import type { Mutate, Notify } from '../shared/view-props'

const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'As the system',
  light: 'Light',
  dark: 'Dark',
}

/** Light or dark colours; saved at once in the user's settings, so it holds on every start. */
export function AppearanceCard(props: { theme: ThemeChoice; mutate: Mutate; notify: Notify }) {
  const { mutate, notify } = props
  const headingId = useId()
  // Shown at once; the saved setting follows (and wins again if saving fails).
  const [pending, setPending] = useState<ThemeChoice | null>(null)

  const choose = async (theme: ThemeChoice) => {
    setPending(theme)
    const result = await mutate('settings:update', { theme })
    setPending(null)
    if (!result.ok) notify(`The colour choice was not saved: ${result.error.message}`)
  }

  const current = pending ?? props.theme
  return (
    <section className="profile-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Appearance</h2>
      <fieldset className="theme-choice">
        <legend>Colours</legend>
        {THEME_CHOICES.map((choice) => (
          <label key={choice} className="check">
            <input type="radio" name="theme" value={choice} checked={current === choice} onChange={() => void choose(choice)} />
            {THEME_LABELS[choice]}
          </label>
        ))}
      </fieldset>
      <p className="muted small">“As the system” follows your computer’s light or dark setting. Exported images have their own choice.</p>
    </section>
  )
}
