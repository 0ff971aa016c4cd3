// The design floor: a bare cytoscape page on a loopback server, with given node positions drawn as plain
// circles, no labels, no edges to "me", only contact–contact ties. `?webgl=1` turns on cytoscape's WebGL
// renderer, so the same page measures canvas against WebGL. It marks its first drawn frame like Kith does.
/* global window */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { CYTOSCAPE_DIST, onCleanup } from './harness.mjs'

export const FLOOR_MARK = 'floor:drawn'

/** A page with cytoscape's dist file and a #map box that runs `script` (async), titled "failed: …" if it throws. */
export const pageShell = ({ title, css, script }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>${css}</style>
<script src="/cytoscape.min.js"></script>
</head>
<body>
<div id="map"></div>
<script>
(async () => {
${script}})().catch((error) => { document.title = 'failed: ' + error.message; throw error })
</script>
</body>
</html>
`

const PAGE = pageShell({
  title: 'Design floor',
  css: 'html, body { margin: 0; height: 100%; overflow: hidden; background: #fff; } #map { position: absolute; inset: 0; }',
  script: `  const webgl = new URLSearchParams(location.search).get('webgl') === '1'
  const graph = await (await fetch('/graph.json')).json()
  const elements = []
  for (const n of graph.nodes) elements.push({ group: 'nodes', data: { id: n.id, color: n.color }, position: { x: n.x, y: n.y } })
  graph.edges.forEach(([s, t], i) => elements.push({ group: 'edges', data: { id: 'e' + i, source: s, target: t } }))
  const cy = cytoscape({
    container: document.getElementById('map'),
    layout: { name: 'preset' },
    minZoom: 0.01,
    maxZoom: 4,
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
    style: [
      { selector: 'node', style: { width: 12, height: 12, 'background-color': 'data(color)', label: '' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#c8c8c8', 'curve-style': 'straight' } },
    ],
  })
  window.cy = cy
  cy.batch(() => cy.add(elements))
  cy.fit(undefined, 20)
  cy.one('render', () => performance.mark('${FLOOR_MARK}'))
`,
})

/** Starts the floor's server; `setGraph` changes what the next page load draws. */
export const startFloorServer = () => startPageServer(() => PAGE, { nodes: [], edges: [] })

/**
 * A loopback server for a bare cytoscape page: `/` is `pageFor(graph)`, `/graph.json` the graph, and
 * cytoscape's dist file; `setGraph` changes what the next page load gets. Also map-bench's bare page.
 */
export function startPageServer(pageFor, initialGraph = null) {
  const cytoscapeJs = readFileSync(CYTOSCAPE_DIST)
  let html = ''
  let graphJson = '{}'
  const setGraph = (graph) => {
    html = pageFor(graph)
    graphJson = JSON.stringify(graph)
  }
  if (initialGraph) setGraph(initialGraph)
  const server = createServer((req, res) => {
    const headers = { 'cache-control': 'no-store' }
    const url = new URL(req.url, 'http://127.0.0.1')
    if (url.pathname === '/') res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(html)
    else if (url.pathname === '/cytoscape.min.js') res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(cytoscapeJs)
    else if (url.pathname === '/graph.json') res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(graphJson)
    else res.writeHead(404, headers).end()
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        setGraph,
        stop: onCleanup(() => new Promise((done) => server.close(() => done()))),
      })
    })
  })
}

const COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#9c755f']

/**
 * The floor's graph for a store: every contact at the position Kith's map gave them (`positions`, by id), or
 * where none was given (a contact inside an overview bubble) on a sunflower spiral; the store's ties as edges.
 */
export function floorGraph(store, positions = new Map()) {
  let copied = 0
  const nodes = store.contacts.map((c, i) => {
    const p = positions.get(c.id)
    if (p) copied++
    const r = 14 * Math.sqrt(i + 1)
    const a = i * 2.399963
    return { id: c.id, x: p ? p.x : r * Math.cos(a), y: p ? p.y : r * Math.sin(a), color: COLOURS[i % COLOURS.length] }
  })
  return { graph: { nodes, edges: store.ties.map((t) => [t.a, t.b]) }, copied }
}

/** In Kith's page: the positions of its contact nodes, by id. */
export function kithPositions() {
  return window.cy.nodes('[kind = "contact"]').map((n) => [n.id(), n.position()])
}
