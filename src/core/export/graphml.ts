import { CATEGORY_LABELS } from '../categories'
import type { IsoDate } from '../dates'
import type { NetworkFile } from '../network-file'
import type { Contact } from '../schema'
import { contactStatuses, STALENESS_LABELS, type ContactStatus } from '../staleness'
import { LIST_SEPARATOR } from './spreadsheet-tables'
import { xmlAttribute, xmlText } from './xml-text'

/*
 * The network as GraphML (graphml.graphdrawing.org), for Gephi and Cytoscape desktop: you and your contacts
 * as nodes, your tie to each of them and the ties between them as undirected edges.
 *
 * What the two tools read, from their importers:
 * - Gephi takes a node's label from the key whose id or attr.name is `label`, and an edge's weight from
 *   `weight`; it reads a key id of `d3`, `x`, `size`, `r`… as a drawing property, so the ids here are words.
 *   It drops an edge whose weight is 0, so an edge with no interactions leaves its weight out: the key's
 *   default says 0, and Gephi, which ignores the default of its own properties, keeps the edge at weight 1.
 *   The exact count is always in `interactions`.
 * - Cytoscape names a node after its id unless a `name` is given, matches <data> to keys by id across nodes
 *   and edges (so no two keys share an id), and ignores key defaults.
 */

type KeyType = 'string' | 'int' | 'double' | 'boolean'
interface Key {
  readonly id: string
  readonly name: string
  readonly type: KeyType
  readonly default?: string
}

const NODE_KEYS = [
  { id: 'label', name: 'label', type: 'string' },
  { id: 'name', name: 'name', type: 'string' },
  { id: 'kind', name: 'kind', type: 'string' },
  { id: 'organization', name: 'organization', type: 'string' },
  { id: 'department', name: 'department', type: 'string' },
  { id: 'industry', name: 'industry', type: 'string' },
  { id: 'role', name: 'role', type: 'string' },
  { id: 'mainCategory', name: 'main category', type: 'string' },
  { id: 'categories', name: 'categories', type: 'string' },
  { id: 'tags', name: 'tags', type: 'string' },
  { id: 'tieStrength', name: 'tie strength', type: 'int' },
  { id: 'cadenceDays', name: 'keep in touch every (days)', type: 'int' },
  { id: 'lastContact', name: 'last contact', type: 'string' },
  { id: 'nextDue', name: 'next due', type: 'string' },
  { id: 'staleness', name: 'staleness', type: 'string' },
  { id: 'laidOffList', name: 'on laid-off list', type: 'boolean' },
  { id: 'interactions', name: 'interactions', type: 'int' },
] as const satisfies readonly Key[]

const EDGE_KEYS = [
  { id: 'weight', name: 'weight', type: 'double', default: '0' },
  { id: 'edgeInteractions', name: 'interactions', type: 'int' },
  { id: 'edgeKind', name: 'kind', type: 'string' },
  { id: 'edgeTieStrength', name: 'tie strength', type: 'int' },
] as const satisfies readonly Key[]

type NodeKey = (typeof NODE_KEYS)[number]['id']
type EdgeKey = (typeof EDGE_KEYS)[number]['id']
type Values<K extends string> = Partial<Record<K, string | number | boolean>>

/** The node id of the user at the centre; contacts' node ids are `c-` and their Kith id, so none can clash with it. */
export const ME_NODE_ID = 'me'
export const contactNodeId = (id: string): string => `c-${id}`

const keyLine = (key: Key, target: 'node' | 'edge') => {
  const open = `  <key id="${key.id}" for="${target}" attr.name="${xmlAttribute(key.name)}" attr.type="${key.type}"`
  return key.default === undefined ? `${open}/>` : `${open}>\n    <default>${key.default}</default>\n  </key>`
}

/** The <data> lines of one node or edge, in key order; empty text and absent values are left out. */
function dataLines<K extends string>(keys: readonly { readonly id: K }[], values: Values<K>): string[] {
  return keys.flatMap(({ id }) => {
    const value = values[id]
    if (value === undefined || value === '') return []
    return [`      <data key="${id}">${xmlText(String(value))}</data>`]
  })
}

const element = (open: string, lines: readonly string[], close: string) =>
  lines.length === 0 ? `    ${open.replace(/>$/, '/>')}` : [`    ${open}`, ...lines, `    ${close}`].join('\n')

const node = (id: string, values: Values<NodeKey>) => element(`<node id="${xmlAttribute(id)}">`, dataLines(NODE_KEYS, values), '</node>')

const edge = (id: string, source: string, target: string, values: Values<EdgeKey>) =>
  element(`<edge id="${xmlAttribute(id)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}">`, dataLines(EDGE_KEYS, values), '</edge>')

function contactValues(c: Contact, status: ContactStatus, interactions: number): Values<NodeKey> {
  return {
    label: c.name,
    name: c.name,
    kind: 'contact',
    organization: c.organization,
    department: c.department,
    industry: c.industry,
    role: c.role,
    mainCategory: CATEGORY_LABELS[c.categories[0] ?? 'department'],
    categories: c.categories.map((category) => CATEGORY_LABELS[category]).join(LIST_SEPARATOR),
    tags: c.tags.join(LIST_SEPARATOR),
    tieStrength: c.tieStrength,
    cadenceDays: status.cadenceDays,
    lastContact: status.lastContact ?? '',
    nextDue: status.dueOn,
    staleness: STALENESS_LABELS[status.band],
    laidOffList: c.onLaidOffList,
    interactions,
  }
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`)

/** Interactions per contact, and per pair of contacts joined by a tie, in one pass over the interactions. */
function interactionCounts(file: NetworkFile): { perContact: Map<string, number>; perTie: Map<string, number> } {
  const perContact = new Map<string, number>()
  const perTie = new Map(file.ties.map((t) => [pairKey(t.a, t.b), 0]))
  for (const { contactIds: ids } of file.interactions) {
    for (const id of ids) perContact.set(id, (perContact.get(id) ?? 0) + 1)
    if (perTie.size === 0) continue
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i] as string, ids[j] as string)
        const seen = perTie.get(key)
        if (seen !== undefined) perTie.set(key, seen + 1)
      }
    }
  }
  return { perContact, perTie }
}

/** Edge weight and count: the weight only when there is one (see the note at the top about Gephi and 0). */
const counted = (n: number): Values<EdgeKey> => ({ ...(n > 0 ? { weight: n } : {}), edgeInteractions: n })

/** The whole network as a GraphML document, with staleness and next due as of `today`. */
export function graphmlText(file: NetworkFile, today: IsoDate): string {
  const statuses = contactStatuses(file, today)
  const { perContact, perTie } = interactionCounts(file)
  const me = file.me
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((key) => keyLine(key, 'node')),
    ...EDGE_KEYS.map((key) => keyLine(key, 'edge')),
    '  <graph id="kith" edgedefault="undirected">',
    `    <desc>${xmlText(`${me.name ? `${me.name}’s network` : 'A network'} from Kith, ${today}`)}</desc>`,
    node(ME_NODE_ID, {
      label: me.name || 'Me',
      name: me.name || 'Me',
      kind: 'me',
      organization: me.organization,
      department: me.department,
      industry: me.industry,
      role: me.role,
      interactions: file.interactions.length,
    }),
  ]
  for (const c of file.contacts) {
    lines.push(node(contactNodeId(c.id), contactValues(c, statuses.get(c.id) as ContactStatus, perContact.get(c.id) ?? 0)))
  }
  for (const c of file.contacts) {
    const values = { ...counted(perContact.get(c.id) ?? 0), edgeKind: 'you', edgeTieStrength: c.tieStrength }
    lines.push(edge(`you-${c.id}`, ME_NODE_ID, contactNodeId(c.id), values))
  }
  for (const t of file.ties) {
    lines.push(edge(`tie-${t.id}`, contactNodeId(t.a), contactNodeId(t.b), { ...counted(perTie.get(pairKey(t.a, t.b)) ?? 0), edgeKind: t.kind }))
  }
  lines.push('  </graph>', '</graphml>', '')
  return lines.join('\n')
}

/** `kith-network-2026-11-30.graphml` */
export const graphmlFileName = (today: IsoDate): string => `kith-network-${today}.graphml`
