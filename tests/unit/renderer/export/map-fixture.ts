import cytoscape, { type Core } from 'cytoscape'
import type { ContactStatus, StalenessBand } from '../../../../src/core/staleness'
import { NO_FILTER, type MapFilter } from '../../../../src/renderer/map/filters'
import { legendContent, type LegendContent } from '../../../../src/renderer/map/legend-content'
import { mapStyle } from '../../../../src/renderer/map/map-style'
import { toCyElements } from '../../../../src/renderer/map/to-cy-elements'
import { makeContact, makeNetwork, makeTie, TODAY } from '../../helpers/builders'

/** A name with every character XML reserves, to prove the export escapes them. */
export const TRICKY_NAME = `Zoë <"Q&A"> O'Neil`

const status = (band: StalenessBand): ContactStatus => ({ lastContact: null, daysSince: null, cadenceDays: 30, band, dueOn: TODAY })

/**
 * A small map with one of each encoding, drawn by the real stylesheet in headless cytoscape.
 *
 * Ana: two categories (pie), fresh, laid-off list. Ben: one category, overdue, faded. Cleo: filtered out.
 * Zoë: a name that needs escaping, due soon. Ties Ana–Ben (shown) and Ana–Cleo (hidden with Cleo).
 * One cluster label, "Acme & Co".
 */
export function fixtureMap(filter: MapFilter = NO_FILTER): { cy: Core; legend: LegendContent; hiddenName: string; visibleNames: string[] } {
  const base = makeNetwork({
    contacts: [
      makeContact({ id: 'a', name: 'Ana Lima', categories: ['author', 'social'], tieStrength: 5, onLaidOffList: true }),
      makeContact({ id: 'b', name: 'Ben Okafor', categories: ['leader'], tieStrength: 1 }),
      makeContact({ id: 'c', name: 'Cleo Hidden', categories: ['department'], tieStrength: 3 }),
      makeContact({ id: 'd', name: TRICKY_NAME, categories: ['department'], tieStrength: 2 }),
    ],
    ties: [makeTie('t1', 'a', 'b'), makeTie('t2', 'a', 'c')],
  })
  const network = { ...base, me: { ...base.me, name: 'Priya Raman' } }
  const statuses = new Map([
    ['a', status('fresh')],
    ['b', status('overdue')],
    ['c', status('dormant')],
    ['d', status('due-soon')],
  ])
  const positions = new Map([
    ['a', { x: 120, y: 0 }],
    ['b', { x: -150, y: 40 }],
    ['c', { x: 0, y: 300 }],
    ['d', { x: 10, y: -110 }],
  ])
  const elements = toCyElements({
    network,
    statuses,
    positions,
    mePosition: { x: 0, y: 0 },
    groups: [{ id: 'group:acme', label: 'Acme & Co', position: { x: 130, y: -60 }, memberIds: ['a'] }],
  })
  const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle('light'), layout: { name: 'preset' }, elements })
  cy.$id('c').addClass('filtered-out')
  cy.$id('b').addClass('faded')
  const legend = legendContent(network, statuses, filter, new Set(['a', 'b', 'd']))
  return { cy, legend, hiddenName: 'Cleo Hidden', visibleNames: ['Priya Raman', 'Ana Lima', 'Ben Okafor', TRICKY_NAME] }
}
