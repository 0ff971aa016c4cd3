// Real-size networks: Kith at 1,000, 5,000 and 30,000 contacts, against the targets of issue 12.
//
//   npm run bench:scale [-- --sizes 1000,5000 --profiles uniform,linkedin --no-build --json FILE]
//
// For each size and profile (tests/bench/generate-network.mjs, written in the current file format so that
// opening it needs no migration) it starts the browser host on a fresh data folder and measures: host open,
// edits acknowledged over the API, the first drawn map, the renderer's heap, map pan/zoom frames (as drawn and
// after "Expand all"), an edit made in the UI until the map shows it (as the map opens, and with everyone drawn), the Contacts view's first rows, typing
// in its filter and scrolling it. In the same run a bare cytoscape page with the same positions (plain circles,
// no labels, no edges to "me") gives the design floor of the first map. Kith's screens are known only to
// tests/bench/scale/kith-ui.mjs. Performance is measured only here, never in timed tests.
/* global window */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateStore, validateWithSchema } from './generate-network.mjs'
import { floorGraph, FLOOR_MARK, kithPositions, startFloorServer } from './scale/floor-page.mjs'
import { installObservers, mapGesture, markOrScreen, settle, startFrames, stopFrames } from './scale/frames.mjs'
import { callHost, cleanupAll, fail, fmtCount, HOST_SCRIPT, launchChromium, machineLine, median, onCleanup, ROOT, sizeLabel, startHost, TimedOut, within } from './scale/harness.mjs'
import {
  CONTACT_NODES,
  contactsScrollInfo,
  expandAll,
  firstContactNode,
  navigateAndWaitForRow,
  openEditForm,
  saveAndWatch,
  scrollThrough,
  UI,
} from './scale/kith-ui.mjs'
import { cellText, MEASURES, targetText, verdicts } from './scale/targets.mjs'

const VIEWPORT = { width: 1440, height: 900 }

const USAGE = `Usage: npm run bench:scale -- [options]
  --sizes A,B          contact counts (default 1000,5000,30000)
  --profiles P,Q       uniform and/or linkedin (default both)
  --edits N            API edits whose acknowledgement is timed (default 7)
  --ui-edits N         edits made in the UI and timed until the map shows them (default 3)
  --seed N             generator seed (default 1)
  --map-timeout S      seconds to wait for the first drawn map (default 180)
  --step-timeout S     seconds any other step may take (default 90)
  --json FILE          also write all results as JSON
  --chromium PATH      browser to use (default $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own)
  --no-build           use the existing out/ instead of running electron-vite build
  --no-validate        skip opening each store with the core's loadNetworkFile first`

function parseArgs(argv) {
  const options = {
    sizes: [1000, 5000, 30_000],
    profiles: ['uniform', 'linkedin'],
    edits: 7,
    uiEdits: 3,
    seed: 1,
    mapTimeoutMs: 180_000,
    stepTimeoutMs: 90_000,
    json: null,
    chromium: null,
    build: true,
    validate: true,
  }
  const numberOf = (name, raw, min = 1) => {
    const n = Number(String(raw ?? '').replace(/_/g, ''))
    if (raw === undefined || !Number.isInteger(n) || n < min) fail(`${name} needs a whole number ≥ ${min}.`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].indexOf('=')
    const [flag, inline] = eq > 0 ? [argv[i].slice(0, eq), argv[i].slice(eq + 1)] : [argv[i], undefined]
    const next = () => inline ?? argv[++i]
    switch (flag) {
      case '--sizes': options.sizes = String(next() ?? '').split(',').map((s) => numberOf(flag, s.trim(), 2)); break
      case '--profiles': {
        options.profiles = String(next() ?? '').split(',').map((s) => s.trim())
        const unknown = options.profiles.filter((p) => p !== 'uniform' && p !== 'linkedin')
        if (unknown.length > 0) fail(`Unknown profile ${unknown.join(', ')}: use uniform and/or linkedin.`)
        break
      }
      case '--edits': options.edits = numberOf(flag, next()); break
      case '--ui-edits': options.uiEdits = numberOf(flag, next(), 0); break
      case '--seed': options.seed = numberOf(flag, next(), 0); break
      case '--map-timeout': options.mapTimeoutMs = numberOf(flag, next()) * 1000; break
      case '--step-timeout': options.stepTimeoutMs = numberOf(flag, next()) * 1000; break
      case '--json': options.json = next() ?? fail('--json needs a file name.'); break
      case '--chromium': options.chromium = next() ?? fail('--chromium needs a path.'); break
      case '--no-build': options.build = false; break
      case '--no-validate': options.validate = false; break
      case '--help': case '-h': console.log(USAGE); process.exit(0); break
      default: fail(`Unknown option ${argv[i]}.\n${USAGE}`)
    }
  }
  return options
}

const log = (line) => console.error(line)
const value = (v, note) => ({ value: v, ...(note ? { note } : {}) })
const missing = (text, note) => ({ text, ...(note ? { note } : {}) })
const whyNot = (error) => (error instanceof TimedOut ? error.message : `failed: ${error.message.split('\n')[0]}`)

/** Runs one measure; whatever goes wrong becomes its cell ("timed out after N s", "failed: …"). */
async function step(measures, keys, fn) {
  try {
    await fn()
  } catch (error) {
    for (const key of [keys].flat()) measures[key] ??= missing(whyNot(error))
    log(`    ${[keys].flat().join(', ')}: ${whyNot(error)}`)
  }
}

/**
 * Opens the host on a fresh copy of `store` and times that open and `edits` API edits; then closes it and
 * times the open of the file as Kith left it (the everyday open), and hands that host to the page measures.
 */
async function hostMeasures(store, options, measures) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kith-scale-'))
  const removeDir = onCleanup(() => rmSync(dataDir, { recursive: true, force: true }))
  writeFileSync(path.join(dataDir, 'kith.json'), JSON.stringify(store), { mode: 0o600 })
  const ready = async (host) => {
    const status = await callHost(host, 'store:status', {})
    if (!status.body.ok || status.body.value.state !== 'ready') throw new Error(`the store did not open: ${JSON.stringify(status.body).slice(0, 300)}`)
  }
  // A file Kith did not write gets the full schema check (see DurableJsonFile.read).
  const first = await startHost(dataDir)
  await ready(first)
  measures.hostOpenForeign = value(first.openMs)
  log(`    host open, a file from elsewhere ${Math.round(first.openMs)} ms`)
  await step(measures, 'editAck', async () => {
    const times = []
    const stride = Math.max(1, Math.floor(store.contacts.length / options.edits))
    for (let k = 0; k < options.edits; k++) {
      const id = store.contacts[(k * stride) % store.contacts.length].id
      const answer = await within(options.stepTimeoutMs, 'contacts:update', callHost(first, 'contacts:update', { id, patch: { notes: `Scale bench edit ${k + 1}.` } }))
      if (!answer.body.ok) throw new Error(`contacts:update refused: ${answer.body.error?.message}`)
      times.push(answer.ms)
    }
    measures.editAck = value(median(times), `${times.length} edits, max ${Math.round(Math.max(...times))} ms`)
  })
  // Closing folds the edits into kith.json, which the journal then names as Kith's own.
  await first.stop()
  const host = await startHost(dataDir)
  await ready(host)
  measures.hostOpen = value(host.openMs)
  log(`    host open ${Math.round(host.openMs)} ms`)
  return { host, close: async () => (await host.stop(), await removeDir()) }
}

/** Everything measured in Kith's page; returns the positions of its contact nodes for the floor. */
async function pageMeasures(browser, host, store, options, measures) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const closeContext = onCleanup(() => context.close())
  let positions = new Map()
  try {
    await context.addInitScript(installObservers)
    const page = await context.newPage()
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(host.url, { waitUntil: 'commit' })

    let drawn = false
    await step(measures, ['firstMap', 'heap', 'panDrawn', 'editVisible', 'panExpanded', 'editVisibleExpanded'], async () => {
      const state = await page
        .waitForFunction(markOrScreen, UI.mapDrawnMark, { polling: 100, timeout: options.mapTimeoutMs })
        .then((handle) => handle.jsonValue())
        .catch(() => {
          throw new TimedOut(options.mapTimeoutMs / 1000, `no drawn map${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`)
        })
      if (state.screen) throw new Error(`the page shows a ${state.screen}`)
      const counts = await page.evaluate((sel) => ({ contacts: window.cy.nodes(sel).length, nodes: window.cy.nodes().length, edges: window.cy.edges().length }), CONTACT_NODES)
      measures.firstMap = value(state.ms, `${fmtCount(counts.nodes)} nodes, ${fmtCount(counts.edges)} edges`)
      log(`    first map ${Math.round(state.ms)} ms (${counts.nodes} nodes, ${counts.edges} edges, ${counts.contacts} contacts drawn one by one)`)
      drawn = true
    })
    if (drawn) {
      await within(options.stepTimeoutMs, 'settling after the first map', page.evaluate(settle, 20)).catch(() => {})
      positions = new Map(await page.evaluate(kithPositions))
      await step(measures, 'heap', async () => {
        const cdp = await context.newCDPSession(page)
        await within(options.stepTimeoutMs, 'garbage collection', cdp.send('HeapProfiler.collectGarbage'))
        const { usedSize } = await cdp.send('Runtime.getHeapUsage')
        measures.heap = value(usedSize)
      })
      // The Contacts view first, then the map gestures, the UI edit last: on this shared machine the map page
      // stayed busy for minutes after selecting a contact (and once after a wheel zoom) at 1,000+ contacts,
      // which would have timed out every step after it.
      await contactsMeasures(page, store, options, measures)
      await step(measures, ['panDrawn', 'panExpanded', 'editVisible', 'editVisibleExpanded'], () => backToMap(page, options))
      await step(measures, 'panDrawn', async () => {
        const gesture = await within(options.stepTimeoutMs, 'pan/zoom gesture', mapGesture(page, UI.map))
        measures.panDrawn = value(gesture.medianMs, `${gesture.frames} frames, max ${Math.round(gesture.maxMs)} ms${gesture.panned ? '' : ', did not pan'}${gesture.zoomed ? '' : ', did not zoom'}`)
      })
      // The map as a user first sees it (the overview above 500 people), then again with everyone drawn.
      await step(measures, 'editVisible', () => uiEdits(page, options, measures, 'editVisible'))
      await step(measures, 'panExpanded', async () => {
        if (!(await expandAll(page, { deferClick: true }))) {
          measures.panExpanded = missing('n/a', 'no "Expand all": the map draws everyone, as in the row above')
          return
        }
        await within(options.mapTimeoutMs, 'expanding every group', page.evaluate(settle, 20))
        const gesture = await within(options.stepTimeoutMs, 'pan/zoom gesture', mapGesture(page, UI.map))
        const nodes = await page.evaluate(() => window.cy.nodes().length)
        measures.panExpanded = value(gesture.medianMs, `${fmtCount(nodes)} nodes, max ${Math.round(gesture.maxMs)} ms`)
      })
      await step(measures, 'editVisibleExpanded', async () => {
        if (measures.panExpanded?.text === 'n/a') return void (measures.editVisibleExpanded = missing('n/a', 'no "Expand all": the row above is everyone drawn'))
        await uiEdits(page, options, measures, 'editVisibleExpanded')
      })
    } else await contactsMeasures(page, store, options, measures)
  } finally {
    await closeContext()
  }
  return positions
}

/** Back from the Contacts view to a freshly drawn map (the map view builds its cytoscape again). */
async function backToMap(page, options) {
  const before = await page.evaluate((mark) => performance.getEntriesByName(mark).length, UI.mapDrawnMark)
  await page.locator(UI.nav('Map').selector).getByRole(UI.nav('Map').role, { name: UI.nav('Map').name, exact: true }).click({ timeout: options.stepTimeoutMs })
  // A new mark when the map view builds its cytoscape again; a map kept alive has its nodes straight away.
  await page.waitForFunction(({ mark, n }) => performance.getEntriesByName(mark).length > n || window.cy?.nodes().length > 1, { mark: UI.mapDrawnMark, n: before }, {
    polling: 200,
    timeout: options.mapTimeoutMs,
  })
  await within(options.stepTimeoutMs, 'settling after the map', page.evaluate(settle, 20))
}

/** Edits a contact's name in the UI, `uiEdits` times, each timed from Save until window.cy shows the name; the median goes to measures[key]. */
async function uiEdits(page, options, measures, key) {
  if (options.uiEdits === 0) return void (measures[key] = missing('skipped'))
  const node = await page.evaluate(firstContactNode, CONTACT_NODES)
  if (!node) return void (measures[key] = missing('n/a', 'no contact drawn as a node'))
  const visible = []
  const acks = []
  for (let k = 0; k < options.uiEdits; k++) {
    const name = `${node.label} ${k % 2 === 0 ? 'Edited' : 'Again'}`
    await within(options.stepTimeoutMs, 'opening the edit form', openEditForm(page, node.id, name, options.stepTimeoutMs))
    const seen = await within(options.stepTimeoutMs, 'the edit to show on the map', page.evaluate(saveAndWatch, { submit: UI.formSubmit, id: node.id, name }))
    if (seen.visibleMs === null) throw new Error('the map never showed the edit')
    visible.push(seen.visibleMs)
    acks.push(seen.ackMs)
    await page.locator(UI.contactForm).waitFor({ state: 'hidden', timeout: options.stepTimeoutMs })
    await page.keyboard.press('Escape')
    await within(options.stepTimeoutMs, 'settling after an edit', page.evaluate(settle, 10))
  }
  measures[key] = value(median(visible), `${visible.length} edits; backend answered after ${Math.round(median(acks) ?? NaN)} ms`)
}

async function contactsMeasures(page, store, options, measures) {
  const keys = ['contactsFirstRows', 'filterLongest', 'scrollMedian']
  let opened = false
  await step(measures, keys, async () => {
    const shown = await within(options.stepTimeoutMs, 'the Contacts view', page.evaluate(navigateAndWaitForRow, { label: 'Contacts', rowSelector: UI.contactsRow }))
    if (shown.ms === null) throw new Error(shown.why)
    measures.contactsFirstRows = value(shown.ms)
    opened = true
  })
  if (!opened) return
  await step(measures, 'filterLongest', async () => {
    const filter = page.locator(UI.contactsFilter)
    await filter.click({ timeout: options.stepTimeoutMs })
    await within(options.stepTimeoutMs, 'settling', page.evaluate(settle, 10))
    const name = store.contacts[Math.floor(store.contacts.length / 2)].name
    await page.evaluate(startFrames)
    await within(options.stepTimeoutMs, 'typing a name', page.keyboard.type(name, { delay: 120 }))
    await within(options.stepTimeoutMs, 'the filter to settle', page.evaluate(settle, 10))
    const { frames: perFrame, longTasks } = await page.evaluate(stopFrames)
    const frames = perFrame.map((f) => f.dt)
    const rows = await page.locator(UI.contactsRow).count()
    measures.filterLongest = value(Math.max(...frames), `"${name}", ${rows} rows left; longest task ${Math.round(Math.max(0, ...longTasks))} ms`)
    await filter.fill('')
    await within(options.stepTimeoutMs, 'settling', page.evaluate(settle, 10))
  })
  await step(measures, 'scrollMedian', async () => {
    const info = await page.evaluate(contactsScrollInfo, { table: UI.contactsTable, row: UI.contactsRow, showMore: UI.showMore })
    if (!info?.found) return void (measures.scrollMedian = missing('n/a', 'the table does not scroll'))
    const { deltas } = await within(options.stepTimeoutMs, 'scrolling', page.evaluate(scrollThrough, { table: UI.contactsTable, frames: 240 }))
    const total = store.contacts.length
    const reach = info.rowsReachable < total ? `only ${fmtCount(info.rowsReachable)} of ${fmtCount(total)} rows in the list${info.pagesByHand ? ', the rest behind "Show more"' : ''}` : `${fmtCount(total)} rows`
    measures.scrollMedian = info.rowsReachable < total ? missing(`${median(deltas).toFixed(1)} ms, not comparable`, reach) : value(median(deltas), `${deltas.length} frames, ${reach}`)
  })
}

/** The design floor: the same positions on a bare page, timed from navigation to its first frame. */
async function floorMeasure(browser, floor, store, positions, options, measures) {
  await step(measures, ['floorMap', 'floorRatio'], async () => {
    const { graph, copied } = floorGraph(store, positions)
    floor.setGraph(graph)
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
    const closeContext = onCleanup(() => context.close())
    try {
      const page = await context.newPage()
      await page.goto(floor.url, { waitUntil: 'commit' })
      const state = await page
        .waitForFunction(markOrScreen, FLOOR_MARK, { polling: 100, timeout: options.mapTimeoutMs })
        .then((h) => h.jsonValue())
        .catch(() => {
          throw new TimedOut(options.mapTimeoutMs / 1000, 'bare cytoscape page')
        })
      if (state.screen) throw new Error(state.screen)
      const copiedNote = copied === store.contacts.length ? 'positions copied from Kith' : `${fmtCount(copied)} positions copied from Kith, the rest on a spiral`
      measures.floorMap = value(state.ms, `${fmtCount(graph.nodes.length)} circles, ${fmtCount(graph.edges.length)} ties; ${copiedNote}`)
      if (typeof measures.firstMap?.value === 'number') measures.floorRatio = value(measures.firstMap.value / state.ms)
      else measures.floorRatio = missing('n/a', 'no first map')
      log(`    floor ${Math.round(state.ms)} ms`)
    } finally {
      await closeContext()
    }
  })
}

async function runOne(browser, floor, profile, size, options) {
  const measures = {}
  const store = await generateStore({ profile, format: 'current', contacts: size, seed: options.seed })
  if (options.validate) {
    const problems = await validateWithSchema(store)
    if (problems === null) log('    (could not load src/core/migrations.ts; the host checks the store instead)')
    else if (problems.length > 0) throw new Error(`the generated store is invalid: ${problems.join('; ')}`)
  }
  const facts = `${fmtCount(store.contacts.length)} contacts, ${fmtCount(store.ties.length)} ties, ${fmtCount(store.interactions.length)} interactions`
  log(`  ${profile} ${sizeLabel(size)}: ${facts}`)
  const { host, close } = await hostMeasures(store, options, measures)
  const positions = await pageMeasures(browser, host, store, options, measures).finally(close)
  await floorMeasure(browser, floor, store, positions, options, measures)
  return { profile, size, facts, measures }
}

function report(results, errors, { date, machine }) {
  const lines = [`## Kith at real size: ${date}`, '', `Machine: ${machine}.`, '']
  for (const profile of [...new Set(results.map((r) => r.profile))]) {
    const runs = results.filter((r) => r.profile === profile).sort((a, b) => a.size - b.size)
    lines.push(`### ${profile === 'linkedin' ? 'LinkedIn-like network' : 'Uniform network'}`, '')
    for (const r of runs) lines.push(`- ${sizeLabel(r.size)}: ${r.facts}`)
    lines.push('')
    lines.push(`| measure | target | ${runs.map((r) => sizeLabel(r.size)).join(' | ')} |`)
    lines.push(`|---|---|${runs.map(() => '---:').join('|')}|`)
    for (const m of MEASURES) lines.push(`| ${m.label} | ${targetText(m)} | ${runs.map((r) => cellText(m, r.size, r.measures[m.key])).join(' | ')} |`)
    lines.push('')
  }
  const judged = verdicts(results)
  if (judged.length > 0) lines.push('Targets at the sizes this run measured:', ...judged, '')
  for (const e of errors) lines.push(`ERROR: ${e.profile} ${sizeLabel(e.size)}: ${e.message}`)
  return lines.join('\n')
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.build) {
    log('Building Kith (electron-vite build)…')
    const built = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
    if (built.status !== 0) fail('The build failed; see above.')
  }
  if (!existsSync(HOST_SCRIPT)) fail(`${path.relative(ROOT, HOST_SCRIPT)} is missing: run without --no-build.`)
  const { browser } = await launchChromium(options.chromium)
  const machine = machineLine(browser.version())
  const floor = await startFloorServer()
  const results = []
  const errors = []
  try {
    for (const size of options.sizes) {
      for (const profile of options.profiles) {
        try {
          results.push(await runOne(browser, floor, profile, size, options))
        } catch (error) {
          errors.push({ profile, size, message: whyNot(error) })
          log(`  ERROR ${profile} ${sizeLabel(size)}: ${whyNot(error)}`)
        }
      }
    }
  } finally {
    await cleanupAll()
  }
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  console.log(report(results, errors, { date, machine }))
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ date, machine, options, results, errors }, null, 2)}\n`)
    log(`Results written to ${options.json}`)
  }
  process.exitCode = errors.length > 0 ? 1 : 0
}

main().catch(async (error) => {
  console.error(error.stack ?? error.message)
  await cleanupAll()
  process.exit(1)
})
