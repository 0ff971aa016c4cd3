import { useMemo, useRef, useState } from 'react'
import type { NetworkFile } from '../../core/network-file'
import { localIsoDate } from '../../core/dates'
import { orbitPositions } from '../../core/orbit-layout'
import { contactStatuses } from '../../core/staleness'
import type { Mutate } from '../app/use-kith'
import { ContactDialogs, type ContactDialog } from '../contacts/ContactDialogs'
import { ContactPanel } from './ContactPanel'
import { Legend } from './Legend'
import { ME_ID, toCyElements } from './to-cy-elements'
import { useCytoscape } from './use-cytoscape'

/** The network map with its legend, the selected contact's details, and quick actions. */
export function MapView(props: { network: NetworkFile; mutate: Mutate }) {
  const { network, mutate } = props
  const container = useRef<HTMLDivElement>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [dialog, setDialog] = useState<ContactDialog | null>(null)
  const positions = useMemo(() => orbitPositions(network.contacts), [network.contacts])
  const statuses = useMemo(() => contactStatuses(network, localIsoDate(new Date())), [network])
  const elements = useMemo(() => toCyElements({ network, statuses, positions, mePosition: { x: 0, y: 0 } }), [network, statuses, positions])
  const cy = useCytoscape(container, elements, selectedId, (id) => setSelectedId(id === ME_ID ? null : id))
  const selected = network.contacts.find((c) => c.id === selectedId)

  return (
    <div className="map-view">
      <header className="toolbar">
        <h1>Network map</h1>
        <span className="spacer" />
        <button type="button" onClick={() => cy.current?.fit(undefined, 40)}>
          Fit to screen
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'log', contactIds: selected ? [selected.id] : [] })}>
          Log interaction
        </button>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })}>
          Add contact
        </button>
      </header>
      <div className="map-area">
        <Legend network={network} />
        <div className="map-stage">
          <div ref={container} className="map-canvas" role="img" aria-label={`Network map: you and ${network.contacts.length} contacts`} />
        </div>
        {selected && (
          <ContactPanel
            network={network}
            contact={selected}
            onClose={() => setSelectedId(null)}
            onLog={() => setDialog({ kind: 'log', contactIds: [selected.id] })}
            onEdit={() => setDialog({ kind: 'edit', id: selected.id })}
          />
        )}
      </div>
      <ContactDialogs
        dialog={dialog}
        network={network}
        mutate={mutate}
        onClose={() => setDialog(null)}
        onContactDone={(outcome) => {
          if (outcome.kind === 'saved') setSelectedId(outcome.contact.id)
          if (outcome.kind === 'deleted') setSelectedId(null)
        }}
      />
    </div>
  )
}
