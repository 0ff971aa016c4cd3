import { useId, useState, type MouseEvent } from 'react'
import type { Gap, Insights } from '../../core/insight-schema'
import { plural } from '../shared/format'
import { groupGaps, groupSeverity, type GapGroup } from './gap-groups'
import { hiddenNote, SEVERITY_LABELS, showsOnMap, SNOOZE_DAYS } from './gap-list'

type Hidden = Insights['hidden'][number]

export interface GapHandlers {
  /** The gap's action button: goes where its target says. */
  onAction: (gap: Gap) => void
  /** The gap itself was clicked: show its people on the map. */
  onShow: (gap: Gap) => void
  /** Snooze, dismiss and restore act on every gap a card stands for. */
  onSnooze: (group: GapGroup<Gap>) => void
  onDismiss: (group: GapGroup<Gap>) => void
  onRestore: (group: GapGroup<Hidden>) => void
}

/**
 * The open gaps, most severe first, one card per problem (see gap-groups.ts), and the ones the user hid,
 * folded away with a way back. `busy` holds the keys of groups being changed.
 */
export function GapList(props: GapHandlers & { gaps: readonly Gap[]; hidden: Insights['hidden']; busy: ReadonlySet<string>; contacts: number }) {
  const [showHidden, setShowHidden] = useState(false)
  const { busy, contacts, ...handlers } = props
  const gaps = groupGaps(props.gaps)
  const hidden = groupGaps(props.hidden)
  return (
    <section className="insights-card gaps" aria-labelledby="gaps-title">
      <header className="gaps-header">
        <h2 id="gaps-title">Gaps in your network{gaps.length > 0 && ` (${gaps.length})`}</h2>
        {hidden.length > 0 && (
          <button type="button" className="link" aria-expanded={showHidden} onClick={() => setShowHidden((on) => !on)}>
            {hidden.length} hidden
          </button>
        )}
      </header>
      {showHidden && hidden.length > 0 && (
        <ul className="hidden-gaps" aria-label="Hidden gaps">
          {hidden.map((h) => (
            <li key={h.key}>
              <span>
                {h.lead.title} <span className="muted">· {hiddenNote(h.lead)}</span>
              </span>
              <button type="button" disabled={busy.has(h.key)} onClick={() => props.onRestore(h)}>
                Show again
              </button>
            </li>
          ))}
        </ul>
      )}
      {gaps.length === 0 ? (
        <p className="card-note">
          {contacts === 0
            ? 'Kith looks for gaps once you have added people: kinds of contact you are missing, relationships going quiet, help that only flows one way.'
            : 'No open gaps: your network covers what Kith checks for.'}
        </p>
      ) : (
        <ul className="gap-list" aria-label="Gaps">
          {gaps.map((group) => (
            <GapCard key={group.key} {...handlers} group={group} busy={busy.has(group.key)} />
          ))}
        </ul>
      )}
    </section>
  )
}

function GapCard(props: Omit<GapHandlers, 'onRestore'> & { group: GapGroup<Gap>; busy: boolean }) {
  const { group, busy } = props
  const gap = group.lead
  const severity = groupSeverity(group)
  const titleId = useId()
  const onMap = showsOnMap(gap)
  // The card is one big target for the map, except its buttons, which do their own thing.
  const onCardClick = (event: MouseEvent) => {
    if (onMap && !(event.target as HTMLElement).closest('button, a, input, select')) props.onShow(gap)
  }
  const people = gap.contactIds.length
  return (
    <li>
      {/* The card's click is a larger target for the mouse only; keyboard and screen reader users have the title's button. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <article className={`gap-card severity-${severity}${onMap ? ' on-map' : ''}`} aria-labelledby={titleId} onClick={onCardClick}>
        <div className="gap-head">
          <span className={`severity-badge severity-${severity}`}>{SEVERITY_LABELS[severity]}</span>
          <h3 id={titleId} className="gap-title">
            {onMap ? (
              <button type="button" className="link" title={`Show ${people === 1 ? 'this person' : `these ${plural(people, 'person', 'people')}`} on the map`} onClick={() => props.onShow(gap)}>
                {gap.title}
              </button>
            ) : (
              gap.title
            )}
          </h3>
          {onMap && (
            <span className="gap-map-hint" aria-hidden="true">
              {plural(people, 'person', 'people')} · show on map
            </span>
          )}
        </div>
        <p className="gap-detail">{gap.detail}</p>
        {group.also.length > 0 && <p className="gap-also">This also covers: {group.also.map((g) => g.title).join('; ')}.</p>}
        <p className="gap-action">{gap.action}</p>
        <div className="gap-buttons">
          <button type="button" className="primary" onClick={() => props.onAction(gap)}>
            {gap.actionLabel}
          </button>
          <span className="spacer" />
          <button type="button" disabled={busy} onClick={() => props.onSnooze(group)}>
            Snooze {SNOOZE_DAYS} days
          </button>
          <button type="button" disabled={busy} onClick={() => props.onDismiss(group)}>
            Dismiss
          </button>
        </div>
      </article>
    </li>
  )
}
