import { useMemo, useState } from 'react'
import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import { introductionPaths } from '../../core/outreach/introduction-paths'
import { LINK_WORDS, prepBrief, prepBriefText, type BriefInteraction } from '../../core/outreach/prep-brief'
import { firstNameOf } from '../../core/outreach/fill-template'
import type { Contact } from '../../core/schema'
import { agoSince, dueLabel, formatDay, plural } from '../shared/format'
import { CHANNEL_LABELS, DIRECTION_LABELS } from '../shared/labels'
import { graphOf } from '../shared/introduction-graph'
import { PathList } from '../shared/PathList'
import { briefPlanItem } from './plan-item'
import './brief.css'

const InteractionItem = ({ i }: { i: BriefInteraction }) => (
  <li>
    <span className="muted small">
      {formatDay(i.date)} · {CHANNEL_LABELS[i.channel]}
      {i.direction !== 'none' && ` · ${DIRECTION_LABELS[i.direction]}`}
      {i.withOthers.length > 0 && ` · with ${i.withOthers.join(', ')}`}
    </span>
    <span>{i.summary.trim() || 'No notes.'}</span>
  </li>
)

/** The meeting prep brief for one contact: what to remember before meeting them, printable and copyable. */
export function PrepBrief(props: { network: NetworkFile; contact: Contact; today: IsoDate; planItemId?: string }) {
  const { network, contact, today } = props
  const [copied, setCopied] = useState<{ ok: boolean; message: string } | null>(null)
  const item = briefPlanItem(network.plan, contact.id, today, props.planItemId)
  const byId = useMemo(() => new Map(network.contacts.map((c) => [c.id as string, c])), [network.contacts])
  const paths = useMemo(() => introductionPaths(graphOf(network), { kind: 'person', contactId: contact.id }).paths, [network, contact.id])
  const brief = useMemo(
    () =>
      prepBrief({
        contact,
        contacts: network.contacts,
        ties: network.ties,
        interactions: network.interactions,
        followUps: network.followUps,
        today,
        purpose: item?.purpose ?? null,
        introductionPaths: paths,
      }),
    [contact, network, today, item?.purpose, paths],
  )
  const them = firstNameOf(brief.name) || brief.name
  const copy = () =>
    navigator.clipboard.writeText(prepBriefText(brief)).then(
      () => setCopied({ ok: true, message: 'Copied. Paste the brief wherever you keep your notes.' }),
      (error: unknown) => setCopied({ ok: false, message: `Could not copy the brief: ${error instanceof Error ? error.message : String(error)}` }),
    )
  const position = [brief.role, brief.organization].filter((p) => p.trim() !== '').join(' · ')

  return (
    <article className="prep-brief" aria-label={`Meeting prep for ${brief.name}`}>
      {/* The actions come first: the dialog focuses its first button, and at the end it would open scrolled down. */}
      <div className="brief-top">
        <p className="muted brief-position">{position || 'No role or organization recorded'}</p>
        <div className="brief-actions">
          <button type="button" onClick={() => void copy()}>
            Copy as text
          </button>
          <button type="button" className="primary" onClick={() => window.print()}>
            Print
          </button>
          <p className="small brief-copied" role="status">
            {copied && <span className={copied.ok ? 'muted' : 'field-error'}>{copied.message}</span>}
          </p>
        </div>
      </div>
      {props.planItemId !== undefined && !item && <p className="field-error">That plan item is gone; the brief shows everything else.</p>}
      <dl className="facts brief-facts">
        <dt>Purpose</dt>
        <dd data-testid="brief-purpose">{brief.purpose ?? <span className="muted">No plan item for {them}.</span>}</dd>
        <dt>How you met</dt>
        <dd>{brief.howMet ?? <span className="muted">Not recorded</span>}</dd>
        <dt>Introduced by</dt>
        <dd>{brief.introducedBy?.name ?? <span className="muted">Nobody recorded</span>}</dd>
        <dt>Last contact</dt>
        <dd>{brief.lastContact === null ? <span className="muted">None logged</span> : `${formatDay(brief.lastContact)} (${agoSince(brief.lastContact, today)})`}</dd>
      </dl>

      <section aria-labelledby="brief-recent">
        <h3 id="brief-recent">Recent interactions</h3>
        {brief.recent.length === 0 ? (
          <p className="muted small">None logged yet.</p>
        ) : (
          <ol className="timeline brief-list">
            {brief.recent.map((i, n) => (
              <InteractionItem key={n} i={i} />
            ))}
          </ol>
        )}
        {brief.interactionCount > brief.recent.length && <p className="muted small">…and {plural(brief.interactionCount - brief.recent.length, 'earlier one')}.</p>}
      </section>

      <section aria-labelledby="brief-help">
        <h3 id="brief-help">Help in the last year</h3>
        {brief.helpGiven.length === 0 && brief.helpReceived.length === 0 ? (
          <p className="muted small">None recorded either way.</p>
        ) : (
          <div className="brief-help">
            <div>
              <h4>You helped {them}: {brief.helpGiven.length === 0 ? 'not recorded' : plural(brief.helpGiven.length, 'time')}</h4>
              <ul className="brief-list">
                {brief.helpGiven.map((i, n) => (
                  <InteractionItem key={n} i={i} />
                ))}
              </ul>
            </div>
            <div>
              <h4>{them} helped you: {brief.helpReceived.length === 0 ? 'not recorded' : plural(brief.helpReceived.length, 'time')}</h4>
              <ul className="brief-list">
                {brief.helpReceived.map((i, n) => (
                  <InteractionItem key={n} i={i} />
                ))}
              </ul>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="brief-follow-ups">
        <h3 id="brief-follow-ups">Open follow-ups</h3>
        {brief.openFollowUps.length === 0 ? (
          <p className="muted small">None.</p>
        ) : (
          <ul className="brief-list">
            {brief.openFollowUps.map((f, n) => (
              <li key={n}>
                {f.title} <span className={f.state === 'overdue' ? 'small overdue' : 'muted small'}>· {dueLabel(f.dueOn, today)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="brief-shared">
        <h3 id="brief-shared">People you both know{brief.sharedTieCount > 0 && ` (${brief.sharedTieCount})`}</h3>
        {brief.sharedTies.length === 0 ? (
          <p className="muted small">None recorded.</p>
        ) : (
          <ul className="brief-list">
            {brief.sharedTies.map((t) => (
              <li key={t.contactId}>
                {t.name} <span className="muted small">· {LINK_WORDS[t.kind](them)}</span>
              </li>
            ))}
          </ul>
        )}
        {brief.sharedTieCount > brief.sharedTies.length && <p className="muted small">…and {plural(brief.sharedTieCount - brief.sharedTies.length, 'other')}.</p>}
      </section>

      <section aria-labelledby="brief-paths">
        <h3 id="brief-paths">Who else could introduce you</h3>
        {paths.length === 0 ? <p className="muted small">No other route through the people you know.</p> : <PathList paths={paths} byId={byId} />}
      </section>

    </article>
  )
}
