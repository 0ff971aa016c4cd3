import { useEffect, useId, useRef, useState } from 'react'
import type { NetworkFile } from '../../core/network-file'
import { useDialogs } from './dialogs'
import { plural } from './format'
import { categoryDescription, categoryLabel } from './labels'
import { nextSteps } from './next-steps'

/**
 * A calm card for a young network: log when you last spoke with someone, add a kind of person you have
 * none of yet. Shown after the first contact of a new network and on the insights while it is small.
 * After a step's dialog saves, its button is gone, so focus comes back to the card's heading.
 */
export function NextStepsCard(props: {
  network: Pick<NetworkFile, 'contacts' | 'interactions'>
  title: string
  /** The contact just added, to suggest logging them first. */
  recentId?: string
  /** Move focus to the heading on arrival (the dialog that led here has just closed). */
  focusOnArrival?: boolean
  /** What to say before the steps, when the place it shows needs its own words. */
  intro?: string
  onDismiss?: () => void
}) {
  const dialogs = useDialogs()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // Bumped when a step's dialog saves; the focus moves once that dialog has gone.
  const [saved, setSaved] = useState(0)
  const { focusOnArrival } = props
  useEffect(() => {
    if (focusOnArrival || saved > 0) heading.current?.focus()
  }, [focusOnArrival, saved])

  const count = props.network.contacts.length
  const { unlogged, missing } = nextSteps(props.network, props.recentId)
  const onSaved = () => setSaved((n) => n + 1)
  return (
    <section className="next-steps" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {props.title}
      </h2>
      <p className="muted">
        {props.intro ??
          (count === 0
            ? 'Start with the people you already work with and rely on: the map, the score and the gaps fill in as you add them.'
            : `With ${plural(count, 'contact')} so far, Kith has little to go on. These help most now:`)}
      </p>
      <ul className="next-steps-list">
        {unlogged && (
          <li>
            <p>Log when you last spoke with {unlogged.name}, so Kith knows how fresh the tie is and when to remind you.</p>
            <button type="button" onClick={() => dialogs.open({ kind: 'log', contactIds: [unlogged.id], onSaved })}>
              Log a conversation with {unlogged.name}
            </button>
          </li>
        )}
        {missing.length > 0 && (
          <li>
            <p>{count === 0 ? 'Add your first contact. A good start is one of these:' : 'Add someone of a kind you have nobody from yet:'}</p>
            <ul className="next-steps-categories">
              {missing.map((c) => (
                <li key={c}>
                  <button type="button" onClick={() => dialogs.open({ kind: 'add-contact', categories: [c], onSaved })}>
                    Add someone to “{categoryLabel(c)}”
                  </button>
                  <span className="muted small">{categoryDescription(c)}</span>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
      {props.onDismiss && (
        <button type="button" className="link" onClick={props.onDismiss}>
          Hide these suggestions
        </button>
      )}
    </section>
  )
}
