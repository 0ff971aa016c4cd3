// Map benchmark: Kith's map in headless Chromium against a bare cytoscape page with the same graph.
//
//   npm run bench:map [-- --runs 3 --sizes 1000,5000 --no-build --json FILE]
//
// For each size it generates a network (tests/bench/generate-network.mjs), opens Kith through the browser
// host, copies the live graph (elements with positions, stylesheet, viewport, renderer options) into a bare
// page served by a tiny loopback server, and measures on both: time to the first drawn map, the median
// frame time while panning and zooming with real input events, and PNG export time. Above 500 contacts Kith's
// map opens as an overview (groups drawn as bubbles): the bench then clicks "Expand all", waits until every
// contact is a node of its own and the page settles, and only then copies the graph and measures gestures and
// export, so both pages draw everyone. It reports Kith's first drawn map (the overview) and, in its own row,
// the time from navigation until everyone is drawn, which is what the bare page's first drawn map shows. Kith and bare pages
// alternate within each run and the medians of all runs are compared, so the ratios come from one run of
// the script on one (noisy, shared) machine. Performance is measured only here, never in timed tests.
/* global window, document, getComputedStyle */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateNetwork, validateWithSchema } from './generate-network.mjs'
import { pageShell, startPageServer } from './scale/floor-page.mjs'
import { installObservers, mapGesture, markOrScreen, settle } from './scale/frames.mjs'
import { cleanupAll, fail, HOST_SCRIPT, launchChromium, median, onCleanup, quantile, ROOT, startHost, within } from './scale/harness.mjs'
import { CONTACT_NODES, expandAll } from './scale/kith-ui.mjs'

const VIEWPORT = { width: 1400, height: 900 }
const MARK = 'kith:map-drawn'
// This bench's own limits, kept so that its figures stay comparable with earlier runs.
const HOST_START_MS = 30_000
const SETTLE_MS = 15_000
const SPOT_GRID = 10

const USAGE = `Usage: npm run bench:map -- [options]
  --runs N           measured loads of each page per size, Kith and bare interleaved (default 3)
  --sizes A,B        contact counts (default 1000,5000)
  --ties-per-contact T   contact–contact ties per contact (default 2)
  --seed N           generator seed (default 1)
  --target R         ratio Kith ÷ bare to meet (default 1.25)
  --target-at N      size at which the target applies (default 5000)
  --timeout S        seconds to wait for a first drawn map (default 180)
  --json FILE        also write all results as JSON
  --chromium PATH    browser to use (default $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own)
  --no-build         use the existing out/ instead of running electron-vite build
  --store FILE       benchmark this store file (format version 2) instead of generated networks
  --no-validate      skip checking the store files with src/core/network-file.ts`

function parseArgs(argv) {
  const options = {
    runs: 3,
    sizes: [1000, 5000],
    tiesPerContact: 2,
    seed: 1,
    target: 1.25,
    targetAt: 5000,
    timeoutMs: 180_000,
    json: null,
    store: null,
    chromium: null,
    build: true,
    validate: true,
  }
  const numberOf = (name, raw, { min = 0, integer = true } = {}) => {
    const n = Number(raw)
    if (raw === undefined || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) fail(`${name} needs a number${min > 0 ? ` ≥ ${min}` : ''}.`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined]
    const next = () => inline ?? argv[++i]
    switch (flag) {
      case '--runs': options.runs = numberOf(flag, next(), { min: 1 }); break
      case '--sizes': options.sizes = String(next() ?? '').split(',').map((s) => numberOf(flag, s.trim().replace(/_/g, ''), { min: 1 })); break
      case '--ties-per-contact': options.tiesPerContact = numberOf(flag, next(), { integer: false }); break
      case '--seed': options.seed = numberOf(flag, next()); break
      case '--target': options.target = numberOf(flag, next(), { integer: false }); break
      case '--target-at': options.targetAt = numberOf(flag, next(), { min: 1 }); break
      case '--timeout': options.timeoutMs = numberOf(flag, next(), { min: 1 }) * 1000; break
      case '--json': options.json = next() ?? fail('--json needs a file name.'); break
      case '--store': options.store = next() ?? fail('--store needs a file name.'); break
      case '--chromium': options.chromium = next() ?? fail('--chromium needs a path.'); break
      case '--no-build': options.build = false; break
      case '--no-validate': options.validate = false; break
      case '--help': case '-h': console.log(USAGE); process.exit(0); break
      default: fail(`Unknown option ${argv[i]}.\n${USAGE}`)
    }
  }
  return options
}

// ---------------------------------------------------------------------------------------------------------
// The bare page: cytoscape's dist file, the copied graph, the same options, the same mark.

function barePage(layout) {
  const box = `left:${layout.left}px;top:${layout.top}px;width:${layout.width}px;height:${layout.height}px`
  return pageShell({
    title: 'Bare cytoscape',
    css: `html, body { margin: 0; padding: 0; overflow: hidden; background: #fff; } #map { position: absolute; ${box}; background: ${layout.background}; }`,
    script: `  const graph = await (await fetch('/graph.json')).json()
  const cy = cytoscape(Object.assign({ container: document.getElementById('map'), style: graph.style, layout: { name: 'preset' } }, graph.options))
  window.cy = cy
  cy.batch(() => cy.add(graph.elements))
  cy.viewport({ zoom: graph.zoom, pan: graph.pan })
  cy.one('render', () => performance.mark('${MARK}'))
`,
  })
}

// ---------------------------------------------------------------------------------------------------------
// In-page helpers (run in Chromium; they cannot see this module's variables).

function firstDrawInfo({ mark, dataPath }) {
  const drawn = performance.getEntriesByName(mark)[0].startTime
  const data = performance.getEntriesByType('resource').filter((e) => e.name.includes(dataPath))
  // Rounded as this bench has always recorded them.
  const before = window.__scale.longTasks.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) })).filter((t) => t.start < drawn)
  return {
    firstDrawnMs: drawn,
    dataArrivedMs: data.length > 0 ? Math.max(...data.map((e) => e.responseEnd)) : null,
    dataBytes: data.reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize || 0), 0),
    longTasksBeforeDraw: before,
    firstNodes: window.cy.nodes().length,
    bubbles: window.cy.nodes('[kind = "bubble"]').length,
  }
}

/** The map as it stands: contacts that have no node of their own (of `contactIds`, if given), nodes, edges. */
function mapCounts(contactIds) {
  return {
    missingContacts: contactIds === null ? 0 : contactIds.filter((id) => window.cy.getElementById(id).empty()).length,
    nodes: window.cy.nodes().length,
    edges: window.cy.edges().length,
  }
}

/**
 * Before "Expand all" is clicked: window.__everyoneDrawn resolves at the first frame cytoscape draws with no
 * bubble left and at least `count` contact nodes, with that time and the click's (both from navigation).
 */
function watchEveryone({ count, contactNodes }) {
  const cy = window.cy
  window.__everyoneDrawn = new Promise((resolve) => {
    const onRender = () => {
      if (cy.nodes('[kind = "bubble"]').length > 0 || cy.nodes(contactNodes).length < count) return
      cy.off('render', onRender)
      resolve({ drawnMs: performance.now(), clickMs: window.__expandClickAt ?? null })
    }
    cy.on('render', onRender)
  })
}

/** Kith's overview: clicks "Expand all" and waits until everyone is drawn. Null when the map has no bubbles. */
async function expandEveryone(page, { kind, bubbles, contactCount, timeoutMs }) {
  if (bubbles === 0) return null
  await page.evaluate(watchEveryone, { count: contactCount, contactNodes: CONTACT_NODES })
  if (!(await expandAll(page, { deferClick: true }))) throw new Error(`${kind}: the map shows ${bubbles} bubbles but no "Expand all" button`)
  return within(timeoutMs, `${kind}: everyone drawn after "Expand all"`, page.evaluate(() => window.__everyoneDrawn))
}

/** The live graph, copied for the bare page: elements with positions, stylesheet, viewport, options. */
function extractGraph(selector) {
  const cy = window.cy
  const json = cy.json()
  const flags = ['selected', 'selectable', 'locked', 'grabbable', 'pannable']
  const defaults = { selected: false, selectable: true, locked: false, grabbable: true, pannable: false }
  const elements = []
  for (const group of ['nodes', 'edges']) {
    for (const e of json.elements[group] ?? []) {
      const element = { group, data: e.data }
      if (group === 'nodes') element.position = e.position
      if (e.classes) element.classes = e.classes
      for (const flag of flags) if (flag in e && e[flag] !== (group === 'edges' && flag === 'pannable' ? true : defaults[flag])) element[flag] = e[flag]
      elements.push(element)
    }
  }
  const container = document.querySelector(selector)
  const rect = container.getBoundingClientRect()
  // style().json() writes every value as text, and cytoscape 3.34 rejects the text "700" for font-weight
  // (it accepts the number): give numeric font weights back as numbers so the bare page gets the same style.
  const style = cy.style().json().map(({ selector, style: properties }) => ({
    selector,
    style: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, k === 'font-weight' && /^\d+$/.test(v) ? Number(v) : v])),
  }))
  return {
    elements,
    style,
    zoom: cy.zoom(),
    pan: cy.pan(),
    options: {
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
      textureOnViewport: json.textureOnViewport,
      hideEdgesOnViewport: json.hideEdgesOnViewport,
      wheelSensitivity: json.wheelSensitivity,
      motionBlur: json.motionBlur,
      boxSelectionEnabled: json.boxSelectionEnabled,
      userZoomingEnabled: json.userZoomingEnabled,
      userPanningEnabled: json.userPanningEnabled,
      autoungrabify: cy.autoungrabify(),
      autounselectify: cy.autounselectify(),
      autolock: cy.autolock(),
      renderer: json.renderer,
    },
    layout: {
      left: Math.round(rect.left),
      top: Math.round(rect.top),
      width: Math.round(rect.width),
      height: Math.round(rect.height),
      background: getComputedStyle(container).backgroundColor,
    },
  }
}

async function exportPng(preferKith) {
  const kithMap = window.kithMap
  const useKith = preferKith && typeof kithMap?.exportImage === 'function'
  const t0 = performance.now()
  const out = useKith
    ? await kithMap.exportImage({ format: 'png', scale: 1, background: 'solid' })
    : await window.cy.png({ output: 'blob-promise', full: true, maxWidth: 4096, maxHeight: 4096 })
  const ms = performance.now() - t0
  const sizeOf = (value) => {
    if (value instanceof Blob) return value.size
    if (typeof value === 'string') return value.length
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value.byteLength
    if (value && typeof value === 'object') for (const key of ['blob', 'data', 'png', 'bytes', 'dataUrl', 'url']) if (key in value) return sizeOf(value[key])
    return null
  }
  return { ms, method: useKith ? 'Kith export: window.kithMap.exportImage({ format: "png", scale: 1 }) (cy.png at a safe scale + title and legend)' : 'cy.png({ output: "blob-promise", full: true, maxWidth: 4096, maxHeight: 4096 })', bytes: sizeOf(out) }
}

// ---------------------------------------------------------------------------------------------------------
// One measured load of one page.

/** The shared gesture (scale/frames.mjs), with this bench's figures: all frames, by phase, and those that drew. */
async function gesture(page, selector) {
  const g = await mapGesture(page, selector, { grid: SPOT_GRID, settleMs: SETTLE_MS })
  const dts = (phase) => g.perFrame.filter((f) => phase === undefined || f.phase === phase).map((f) => f.dt)
  const drawing = g.perFrame.filter((f) => f.drew).map((f) => f.dt)
  return {
    frameMedianMs: g.medianMs,
    drawingFrameMedianMs: median(drawing),
    drawingFrames: drawing.length,
    panFrameMedianMs: median(dts('pan')),
    zoomFrameMedianMs: median(dts('zoom')),
    frameP90Ms: quantile(dts(), 0.9),
    frameMaxMs: g.maxMs,
    frames: g.frames,
    panned: g.panned,
    zoomed: g.zoomed,
  }
}

async function measure(browser, { kind, url, selector, dataPath, timeoutMs, extract, contactIds, contactCount = 0, warmUp = false }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const closeContext = onCleanup(() => context.close())
  try {
    await context.addInitScript(installObservers)
    const page = await context.newPage()
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // Console output costs main-thread time (cytoscape warns once per element and property it cannot map).
    const consoleCounts = { warning: 0, error: 0, other: 0, sample: null }
    page.on('console', (message) => {
      const type = message.type() === 'warning' || message.type() === 'error' ? message.type() : 'other'
      consoleCounts[type]++
      if (type !== 'other' && consoleCounts.sample === null) consoleCounts.sample = message.text().slice(0, 240)
    })
    await page.goto(url, { waitUntil: 'commit' })
    const state = await page
      .waitForFunction(markOrScreen, MARK, { polling: 100, timeout: timeoutMs })
      .then((handle) => handle.jsonValue())
      .catch((error) => {
        throw new Error(`${kind}: no drawn map within ${timeoutMs / 1000} s (${error.message.split('\n')[0]})${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`)
      })
    if (state.screen) throw new Error(`${kind}: the page shows a ${state.screen} instead of the map${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`)
    const first = await page.evaluate(firstDrawInfo, { mark: MARK, dataPath })
    // The overview (Kith above 500 contacts): draw everyone, as the bare page does, before anything else.
    const expanded = await expandEveryone(page, { kind, bubbles: first.bubbles, contactCount, timeoutMs })
    const everyone = {
      allDrawnMs: expanded ? expanded.drawnMs : first.firstDrawnMs,
      expandClickMs: expanded?.clickMs ?? null,
      expandMs: expanded && expanded.clickMs !== null ? expanded.drawnMs - expanded.clickMs : null,
    }
    const settled = expanded || !warmUp ? await page.evaluate(settle, { quiet: 20, maxMs: SETTLE_MS }) : null
    const counts = await page.evaluate(mapCounts, contactIds ?? null)
    const graph = extract ? await page.evaluate(extractGraph, selector) : null
    if (warmUp) return { ...first, ...everyone, ...counts, graph, styleJson: await page.evaluate(() => JSON.stringify(window.cy.style().json())) }
    const frames = await gesture(page, selector)
    await page.evaluate(settle, { quiet: 10, maxMs: SETTLE_MS })
    const png = await page.evaluate(exportPng, kind === 'Kith')
    const longTasks = await page.evaluate(() => window.__scale.longTasks.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) })))
    return { ...first, ...everyone, ...counts, ...frames, settled, pngMs: png.ms, pngMethod: png.method, pngBytes: png.bytes, longTasks, console: consoleCounts, pageErrors, graph }
  } finally {
    await closeContext()
  }
}

// ---------------------------------------------------------------------------------------------------------

const fmt = (ms) => (ms === null ? '–' : ms >= 100 ? Math.round(ms).toLocaleString('en-US') : ms.toFixed(1))
const fmtRatio = (r) => (r === null ? '–' : r.toFixed(2))
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b)

// `target`: the ratios the target applies to. Kith's first drawn map is its overview above 500 contacts,
// so the like-for-like load time is the row "everyone drawn" (for the bare page both rows are its first frame).
const METRICS = [
  { key: 'firstDrawnMs', label: 'time to first drawn map (ms)', target: false },
  { key: 'allDrawnMs', label: 'time until everyone is drawn, from navigation (ms)', target: true },
  { key: 'frameMedianMs', label: 'median frame, drag-pan + wheel zoom (ms)', target: true },
  { key: 'pngMs', label: 'PNG export (ms)', target: true },
]

async function benchSize(browser, bare, contacts, options, log) {
  const store = options.store ? JSON.parse(readFileSync(options.store, 'utf8')) : generateNetwork({ contacts, seed: options.seed, tiesPerContact: options.tiesPerContact })
  if (options.validate) {
    const problems = await validateWithSchema(store)
    if (problems === null) log('  (could not load src/core/network-file.ts; the generated file is checked by the host only)')
    else if (problems.length > 0) throw new Error(`the store is invalid:\n    ${problems.join('\n    ')}`)
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kith-bench-'))
  const removeDir = onCleanup(() => rmSync(dataDir, { recursive: true, force: true }))
  writeFileSync(path.join(dataDir, 'kith.json'), JSON.stringify(store), { mode: 0o600 })
  const host = await startHost(dataDir, HOST_START_MS)
  try {
    const kithPage = { kind: 'Kith', url: host.url, selector: '.map-canvas', dataPath: '/api/network:since', timeoutMs: options.timeoutMs, contactCount: store.contacts.length }
    const barePage = { kind: 'bare', url: bare.url, selector: '#map', dataPath: '/graph.json', timeoutMs: options.timeoutMs }

    // Warm-up (not measured): Kith's load also provides the graph for the bare page; the bare page loads once too.
    log(`  warm-up: Kith (copying its graph), bare`)
    const warm = await measure(browser, { ...kithPage, warmUp: true, extract: true, contactIds: store.contacts.map((c) => String(c.id)) })
    if (warm.missingContacts > 0) throw new Error(`Kith's map lacks ${warm.missingContacts} of the ${contacts} contacts`)
    const overview = warm.bubbles > 0 ? `overview of ${warm.firstNodes} nodes (${warm.bubbles} bubbles) at first draw; after "Expand all" ` : ''
    log(`  Kith's map: ${overview}${warm.nodes} nodes, ${warm.edges} edges (store: ${contacts} contacts, ${store.ties.length} ties)`)
    bare.setGraph(warm.graph)
    const warmBare = await measure(browser, { ...barePage, warmUp: true })
    if (warmBare.nodes !== warm.nodes || warmBare.edges !== warm.edges) throw new Error(`the bare page drew ${warmBare.nodes} nodes and ${warmBare.edges} edges`)
    const sameStyle = warmBare.styleJson === warm.styleJson
    if (!sameStyle) log('  WARNING: the bare page parsed the copied stylesheet differently from Kith')

    const runs = { Kith: [], bare: [] }
    for (let run = 1; run <= options.runs; run++) {
      const order = run % 2 === 1 ? [kithPage, barePage] : [barePage, kithPage]
      for (const page of order) {
        const result = await measure(browser, page)
        delete result.graph
        runs[page.kind].push(result)
        log(
          `  run ${run}/${options.runs} ${page.kind.padEnd(4)}: first drawn ${fmt(result.firstDrawnMs)} ms` +
            `${result.expandMs === null ? '' : `, everyone drawn ${fmt(result.allDrawnMs)} ms (Expand all clicked at ${fmt(result.expandClickMs)} ms, ${fmt(result.expandMs)} ms to draw)`}, frame ${fmt(result.frameMedianMs)} ms` +
            ` (pan ${fmt(result.panFrameMedianMs)}, zoom ${fmt(result.zoomFrameMedianMs)}, drawing ${fmt(result.drawingFrameMedianMs)} in ${result.drawingFrames}/${result.frames}, max ${fmt(result.frameMaxMs)})` +
            `, PNG ${fmt(result.pngMs)} ms${result.panned ? '' : ' [drag did not pan]'}${result.zoomed ? '' : ' [wheel did not zoom]'}`,
        )
      }
    }
    const medians = {}
    for (const kind of ['Kith', 'bare']) {
      medians[kind] = Object.fromEntries(
        ['firstDrawnMs', 'allDrawnMs', 'expandClickMs', 'expandMs', 'frameMedianMs', 'drawingFrameMedianMs', 'panFrameMedianMs', 'zoomFrameMedianMs', 'frameMaxMs', 'pngMs', 'dataArrivedMs'].map((k) => [k, median(runs[kind].map((r) => r[k]))]),
      )
    }
    const ratios = Object.fromEntries(METRICS.map((m) => [m.key, ratio(medians.Kith[m.key], medians.bare[m.key])]))
    return {
      contacts,
      ties: store.ties.length,
      interactions: store.interactions.length,
      sameStyle,
      overview: warm.bubbles > 0 ? { firstNodes: warm.firstNodes, bubbles: warm.bubbles } : null,
      nodes: warm.nodes,
      edges: warm.edges,
      pngMethod: { Kith: runs.Kith[0]?.pngMethod, bare: runs.bare[0]?.pngMethod },
      copiedOptions: warm.graph.options,
      canvas: warm.graph.layout,
      medians,
      ratios,
      runs,
    }
  } finally {
    await host.stop()
    await removeDir()
  }
}

function longTaskSummary(runs) {
  const before = runs.map((r) => r.longTasksBeforeDraw)
  const longest = Math.max(0, ...before.flat().map((t) => t.duration))
  const total = median(before.map((list) => list.reduce((s, t) => s + t.duration, 0)))
  return { longestBeforeDrawMs: longest, medianTotalBeforeDrawMs: total, medianCountBeforeDraw: median(before.map((l) => l.length)) }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.store) {
    try {
      options.sizes = [JSON.parse(readFileSync(options.store, 'utf8')).contacts.length]
    } catch (error) {
      fail(`Cannot read contacts from ${options.store}: ${error.message}`)
    }
  }
  const log = (line) => console.error(line)

  if (options.build) {
    log('Building Kith (electron-vite build)…')
    const built = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
    if (built.status !== 0) fail('The build failed; see above.')
  }
  if (!existsSync(HOST_SCRIPT)) fail(`${path.relative(ROOT, HOST_SCRIPT)} is missing: run without --no-build.`)
  const { browser, executablePath } = await launchChromium(options.chromium)
  const version = browser.version()
  const bare = await startPageServer((graph) => barePage(graph.layout))
  const results = []
  const errors = []
  try {
    for (const contacts of options.sizes) {
      log(`${contacts.toLocaleString('en-US')} contacts:`)
      try {
        const result = await benchSize(browser, bare, contacts, options, log)
        result.longTasks = { Kith: longTaskSummary(result.runs.Kith), bare: longTaskSummary(result.runs.bare) }
        results.push(result)
      } catch (error) {
        errors.push({ contacts, message: error.message })
        log(`  ERROR at ${contacts} contacts: ${error.message}`)
      }
    }
  } finally {
    await cleanupAll()
  }

  const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model?.trim() ?? 'unknown'}), ${os.platform()} ${os.release()}, Chromium ${version} (${executablePath}), Node ${process.version}`
  const date = new Date().toISOString()
  const lines = []
  lines.push(`## Map benchmark: Kith ÷ bare cytoscape, medians of ${options.runs} run${options.runs === 1 ? '' : 's'}`)
  lines.push('')
  lines.push('| contacts | metric | Kith | bare | ratio |')
  lines.push('|---:|---|---:|---:|---:|')
  for (const r of results) {
    for (const m of METRICS) {
      const label = m.key === 'firstDrawnMs' && r.overview ? `${m.label}; Kith: the overview` : m.label
      lines.push(`| ${r.contacts.toLocaleString('en-US')} | ${label} | ${fmt(r.medians.Kith[m.key])} | ${fmt(r.medians.bare[m.key])} | ${fmtRatio(r.ratios[m.key])} |`)
    }
  }
  for (const e of errors) lines.push(`| ${e.contacts.toLocaleString('en-US')} | ERROR | – | – | – |`)
  lines.push('')
  for (const r of results) {
    const k = r.medians.Kith
    if (r.overview) {
      lines.push(
        `- ${r.contacts.toLocaleString('en-US')} contacts: Kith's map opened as an overview (${r.overview.firstNodes.toLocaleString('en-US')} nodes, ${r.overview.bubbles.toLocaleString('en-US')} bubbles);` +
          ` the bench clicked "Expand all" at ${fmt(k.expandClickMs)} ms and everyone was drawn ${fmt(k.expandMs)} ms after the click. Gestures and PNG export ran on the expanded map.`,
      )
    }
  }
  for (const r of results) {
    const k = r.medians.Kith
    const b = r.medians.bare
    lines.push(
      `- ${r.contacts.toLocaleString('en-US')} contacts (${r.nodes.toLocaleString('en-US')} nodes, ${r.edges.toLocaleString('en-US')} edges): data arrived at ${fmt(k.dataArrivedMs)} ms (Kith) / ${fmt(b.dataArrivedMs)} ms (bare);` +
        ` frame pan ${fmt(k.panFrameMedianMs)} / ${fmt(b.panFrameMedianMs)} ms, frames that drew ${fmt(k.drawingFrameMedianMs)} / ${fmt(b.drawingFrameMedianMs)} ms, zoom ${fmt(k.zoomFrameMedianMs)} / ${fmt(b.zoomFrameMedianMs)} ms, longest frame ${fmt(k.frameMaxMs)} / ${fmt(b.frameMaxMs)} ms;` +
        ` longest task before first draw ${fmt(r.longTasks.Kith.longestBeforeDrawMs)} / ${fmt(r.longTasks.bare.longestBeforeDrawMs)} ms.`,
    )
  }
  for (const r of results) {
    const counts = (kind) => median(r.runs[kind].map((x) => x.console.warning + x.console.error))
    if (counts('Kith') > 0 || counts('bare') > 0) {
      const sample = r.runs.Kith.find((x) => x.console.sample)?.console.sample ?? r.runs.bare.find((x) => x.console.sample)?.console.sample
      lines.push(`- ${r.contacts.toLocaleString('en-US')} contacts: console warnings + errors per load ${counts('Kith')} (Kith) / ${counts('bare')} (bare), e.g. "${sample}"`)
    }
  }
  const styleDiffers = results.filter((r) => !r.sameStyle).map((r) => r.contacts)
  if (styleDiffers.length > 0) lines.push(`- WARNING: the bare page's parsed stylesheet differs from Kith's at ${styleDiffers.join(', ')} contacts.`)
  const methods = [...new Set(results.map((r) => r.pngMethod.Kith).filter(Boolean))]
  if (methods.length > 0) lines.push(`- PNG export on Kith used ${methods.join(' and ')}; on bare always cy.png({ output: "blob-promise", full: true, maxWidth: 4096, maxHeight: 4096 }).`)
  const empty = results.flatMap((r) => ['Kith', 'bare'].flatMap((kind) => r.runs[kind].filter((x) => x.pngBytes !== null && x.pngBytes < 1000).map(() => `${kind} at ${r.contacts}`)))
  if (empty.length > 0) lines.push(`- WARNING: an empty or tiny PNG came back (${[...new Set(empty)].join(', ')}).`)
  const noPan = results.flatMap((r) => ['Kith', 'bare'].filter((kind) => r.runs[kind].some((x) => !x.panned || !x.zoomed)).map((kind) => `${kind} at ${r.contacts}`))
  if (noPan.length > 0) lines.push(`- WARNING: the gesture did not pan or zoom the map (${noPan.join(', ')}); frame times there are idle frames.`)
  lines.push('')
  lines.push(`Machine: ${machine}. Date: ${date}.`)

  const misses = []
  for (const r of results.filter((x) => x.contacts === options.targetAt)) {
    for (const m of METRICS.filter((x) => x.target)) {
      const value = r.ratios[m.key]
      if (value === null || value > options.target) misses.push(`target missed: ${m.label} at ${r.contacts.toLocaleString('en-US')} contacts: Kith ÷ bare = ${fmtRatio(value)} (target ≤ ${options.target})`)
    }
  }
  if (!options.sizes.includes(options.targetAt)) lines.push(`(The target applies at ${options.targetAt.toLocaleString('en-US')} contacts, which this run did not measure.)`)
  else if (results.some((r) => r.contacts === options.targetAt) && misses.length === 0) lines.push(`Target met: every ratio ≤ ${options.target} at ${options.targetAt.toLocaleString('en-US')} contacts.`)
  lines.push(...misses)
  for (const e of errors) lines.push(`ERROR at ${e.contacts.toLocaleString('en-US')} contacts: ${e.message}`)
  console.log(lines.join('\n'))

  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ date, machine: { cpus: os.cpus().length, platform: os.platform(), chromium: version, executablePath, node: process.version }, options, results, errors, misses }, null, 2)}\n`)
    log(`Results written to ${options.json}`)
  }
  process.exitCode = errors.length > 0 ? 1 : 0
}

main().catch(async (error) => {
  console.error(error.stack ?? error.message)
  await cleanupAll()
  process.exit(1)
})
