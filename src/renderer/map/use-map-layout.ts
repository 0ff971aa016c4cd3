import { useEffect, useMemo, useRef, useState } from 'react'
import { CATEGORY_LABELS } from '../../core/categories'
import type { LayoutId, Point } from '../../core/layouts'
import type { NetworkFile } from '../../core/network-file'
import type { Contact } from '../../core/schema'
import { orbitLayout, orbitAfterRenames, type OrbitLayout } from '../../core/orbit-layout'
import type { ClusterRequest, ClusterResult } from './cluster-layout'
import type { GroupLabel } from './to-cy-elements'

export interface MapLayout {
  readonly positions: ReadonlyMap<string, Point>
  readonly mePosition: Point
  readonly groups: readonly GroupLabel[]
  /** True while a force layout is being computed in the background; the previous positions stay. */
  readonly computing: boolean
  readonly error: string | null
}

const ORIGIN: Point = { x: 0, y: 0 }

function clusterRequest(network: NetworkFile, layout: Exclude<LayoutId, 'orbit'>): ClusterRequest {
  return {
    contacts: network.contacts.map((c) => ({
      id: c.id,
      group: layout === 'by-organization' ? c.organization.trim() || 'No organization' : CATEGORY_LABELS[c.categories[0] ?? 'department'],
    })),
    ties: network.ties.map((t) => [t.a, t.b] as const),
    seed: 20261126,
  }
}

/** A short fingerprint of a request, to reuse a finished layout while the same people and groups stay. */
function fingerprint(request: ClusterRequest): string {
  let hash = 2166136261
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  }
  for (const c of request.contacts) feed(`${c.id}\u0000${c.group}\u0001`)
  for (const [a, b] of request.ties) feed(`${a}\u0002${b}\u0003`)
  return `${request.contacts.length}:${request.ties.length}:${(hash >>> 0).toString(36)}`
}

/**
 * Positions for the chosen layout, with the user's pins on top. Orbit is computed in the core at once;
 * clusters run in a worker (a force layout would block the page for seconds) and are remembered per
 * network shape, so switching back and forth is instant.
 */
export function useMapLayout(network: NetworkFile, layout: LayoutId): MapLayout {
  const orbit = useMemo(() => orbitFor(network.contacts), [network.contacts])
  const request = useMemo(() => (layout === 'orbit' ? null : clusterRequest(network, layout)), [network, layout])
  const key = request ? `${layout}:${fingerprint(request)}` : null
  // One result per cluster layout, tagged with the network shape it was computed for.
  const [results, setResults] = useState<ReadonlyMap<LayoutId, { key: string; outcome: ClusterResult | { error: string } }>>(new Map())
  const latest = results.get(layout)
  const done = latest && latest.key === key ? latest.outcome : undefined
  // While a changed network is re-laid out, the previous clusters stay on screen instead of the orbit.
  const previous = latest && 'positions' in latest.outcome ? latest.outcome : undefined
  const requestRef = useRef(request)
  useEffect(() => {
    requestRef.current = request
  })

  useEffect(() => {
    const current = requestRef.current
    if (!current || !key || done) return
    const worker = new Worker(new URL('./cluster-layout.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<{ ok: true; result: ClusterResult } | { ok: false; message: string }>) => {
      const outcome = event.data.ok ? event.data.result : { error: `The cluster layout failed: ${event.data.message}` }
      setResults((all) => new Map(all).set(layout, { key, outcome }))
      worker.terminate()
    }
    worker.onerror = (event) => {
      setResults((all) => new Map(all).set(layout, { key, outcome: { error: `The cluster layout failed: ${event.message}` } }))
      worker.terminate()
    }
    worker.postMessage(current)
    return () => worker.terminate()
    // Keyed on the network's shape only: other changes (a note, a pin) must not restart a running layout.
  }, [layout, key, done])

  return useMemo(() => {
    const withPins = (base: ReadonlyMap<string, Point> | Record<string, Point>, pinsOf: LayoutId): Map<string, Point> => {
      const merged = new Map(base instanceof Map ? base : Object.entries(base))
      for (const [id, p] of Object.entries(network.layoutPins[pinsOf])) merged.set(id, p)
      return merged
    }
    if (layout === 'orbit') return { positions: withPins(orbit.positions, 'orbit'), mePosition: ORIGIN, groups: sectorLabels(orbit), computing: false, error: null }
    if (done && 'positions' in done) {
      return { positions: withPins(done.positions, layout), mePosition: done.mePosition, groups: done.groups, computing: false, error: null }
    }
    const error = done && 'error' in done ? done.error : null
    // Until the clusters are ready, people stay where they were: the last clusters, else the orbit (with
    // the orbit's pins: the pins of a layout only make sense in that layout).
    if (previous) return { positions: withPins(previous.positions, layout), mePosition: previous.mePosition, groups: previous.groups, computing: !done, error }
    return { positions: withPins(orbit.positions, 'orbit'), mePosition: ORIGIN, groups: [], computing: !done, error }
  }, [layout, orbit, done, previous, network.layoutPins])
}

/**
 * The orbit of these contacts; the same object as last time while no edit moved anyone on it. A cache of a
 * pure result, so one per page is enough, even with two maps.
 */
let lastOrbit: { contacts: readonly Contact[]; orbit: OrbitLayout } | null = null
function orbitFor(contacts: readonly Contact[]): OrbitLayout {
  const renamed = lastOrbit && orbitAfterRenames(lastOrbit.contacts, lastOrbit.orbit, contacts)
  lastOrbit = { contacts, orbit: renamed ?? orbitLayout(contacts, lastOrbit?.orbit) }
  return lastOrbit.orbit
}

/** Names on the orbit's sectors; an empty one invites filling it, which is the point of drawing it. */
function sectorLabels(orbit: OrbitLayout): GroupLabel[] {
  return orbit.sectors.map((s) => ({
    id: `sector:${s.category}`,
    label: s.count === 0 ? `${CATEGORY_LABELS[s.category]} · add someone` : CATEGORY_LABELS[s.category],
    position: s.labelPosition,
    memberIds: s.memberIds,
    empty: s.count === 0,
  }))
}
