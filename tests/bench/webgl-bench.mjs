// Cytoscape's WebGL renderer against its canvas renderer, on this machine, with the same graph.
//
//   npm run bench:webgl [-- --sizes 5000,30000 --runs 2 --json FILE]
//
// The design-floor page (tests/bench/scale/floor-page.mjs: plain circles, the generated network's ties, no
// labels) loads with `renderer: { name: 'canvas' }` and with `{ name: 'canvas', webgl: true }`, alternating,
// and each load is timed to its first drawn frame and through a real drag-pan + wheel-zoom gesture. The
// page also reports which WebGL renderer Chromium gives it (WEBGL_debug_renderer_info), so a software
// rasterizer (SwiftShader, llvmpipe) is named in the result. Measured only here, never in timed tests.
/* global document */
import { writeFileSync } from 'node:fs'
import { generateStore } from './generate-network.mjs'
import { floorGraph, FLOOR_MARK, startFloorServer } from './scale/floor-page.mjs'
import { installObservers, mapGesture, markOrScreen, settle } from './scale/frames.mjs'
import { cleanupAll, fail, fmtCount, fmtMs, launchChromium, machineLine, median, onCleanup, sizeLabel } from './scale/harness.mjs'

const USAGE = `Usage: npm run bench:webgl -- [options]
  --sizes A,B      contact counts (default 5000,30000)
  --runs N         loads per renderer and size, alternating (default 2)
  --timeout S      seconds to wait for a first frame (default 180)
  --json FILE      also write all results as JSON
  --chromium PATH  browser to use (default $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own)`

function parseArgs(argv) {
  const options = { sizes: [5000, 30_000], runs: 2, timeoutMs: 180_000, json: null, chromium: null }
  const numberOf = (name, raw) => {
    const n = Number(String(raw ?? '').replace(/_/g, ''))
    if (!Number.isInteger(n) || n < 1) fail(`${name} needs a whole number ≥ 1.`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    switch (flag) {
      case '--sizes': options.sizes = String(argv[++i] ?? '').split(',').map((s) => numberOf(flag, s.trim())); break
      case '--runs': options.runs = numberOf(flag, argv[++i]); break
      case '--timeout': options.timeoutMs = numberOf(flag, argv[++i]) * 1000; break
      case '--json': options.json = argv[++i] ?? fail('--json needs a file name.'); break
      case '--chromium': options.chromium = argv[++i] ?? fail('--chromium needs a path.'); break
      case '--help': case '-h': console.log(USAGE); process.exit(0); break
      default: fail(`Unknown option ${flag}.\n${USAGE}`)
    }
  }
  return options
}

/** In the page: the WebGL renderer Chromium offers, and whether cytoscape drew with WebGL. */
function glInfo() {
  const gl = document.createElement('canvas').getContext('webgl2')
  const debug = gl?.getExtension('WEBGL_debug_renderer_info')
  return {
    renderer: gl ? (debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : 'no WebGL 2',
    cytoscapeWebgl: document.querySelector('#map canvas[data-id$="-webgl"]') !== null,
  }
}

async function load(browser, url, webgl, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
  const closeContext = onCleanup(() => context.close())
  try {
    await context.addInitScript(installObservers)
    const page = await context.newPage()
    await page.goto(`${url}?webgl=${webgl ? 1 : 0}`, { waitUntil: 'commit' })
    const state = await page
      .waitForFunction(markOrScreen, FLOOR_MARK, { polling: 100, timeout: timeoutMs })
      .then((h) => h.jsonValue())
      .catch(() => ({ screen: `timed out after ${timeoutMs / 1000} s` }))
    if (state.screen) return { error: state.screen }
    const gl = await page.evaluate(glInfo)
    await page.evaluate(settle, 10)
    const { medianMs, maxMs, frames, panned, zoomed } = await mapGesture(page, '#map')
    return { firstMs: state.ms, medianMs, maxMs, frames, panned, zoomed, ...gl }
  } finally {
    await closeContext()
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const { browser } = await launchChromium(options.chromium)
  const machine = machineLine(browser.version())
  const floor = await startFloorServer()
  // Asked on a blank page, so it is known even when every WebGL load times out.
  const blank = await browser.newPage()
  const glRenderer = (await blank.evaluate(glInfo)).renderer
  await blank.close()
  const results = []
  try {
    for (const size of options.sizes) {
      const store = await generateStore({ profile: 'uniform', contacts: size })
      floor.setGraph(floorGraph(store).graph)
      const runs = { canvas: [], webgl: [] }
      for (let run = 0; run < options.runs; run++) {
        for (const webgl of run % 2 === 0 ? [false, true] : [true, false]) {
          const result = await load(browser, floor.url, webgl, options.timeoutMs)
          runs[webgl ? 'webgl' : 'canvas'].push(result)
          console.error(`${sizeLabel(size)} ${webgl ? 'webgl ' : 'canvas'}: ${result.error ?? `first frame ${fmtMs(result.firstMs)}, pan/zoom median ${fmtMs(result.medianMs)} (max ${fmtMs(result.maxMs)}), cytoscape WebGL ${result.cytoscapeWebgl}`}`)
        }
      }
      results.push({ size, ties: store.ties.length, runs })
    }
  } finally {
    await cleanupAll()
  }

  const pick = (list, key) => median(list.filter((r) => !r.error).map((r) => r[key]))
  const cell = (v) => (v === null ? 'timed out' : fmtMs(v))
  const lines = [`## Cytoscape WebGL vs canvas: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`, '', `Machine: ${machine}. WebGL renderer: ${glRenderer}.`, '']
  lines.push('| contacts | renderer | first frame | pan/zoom median frame | longest frame | WebGL ÷ canvas (first, pan) |', '|---:|---|---:|---:|---:|---:|')
  for (const r of results) {
    for (const mode of ['canvas', 'webgl']) {
      const first = pick(r.runs[mode], 'firstMs')
      const pan = pick(r.runs[mode], 'medianMs')
      const ratio = (key) => {
        const a = pick(r.runs.webgl, key)
        const b = pick(r.runs.canvas, key)
        return a === null || b === null ? '–' : `${(a / b).toFixed(2)}×`
      }
      const ratios = mode === 'webgl' ? `${ratio('firstMs')}, ${ratio('medianMs')}` : ''
      lines.push(`| ${fmtCount(r.size)} (${fmtCount(r.ties)} ties) | ${mode} | ${cell(first)} | ${cell(pan)} | ${cell(pick(r.runs[mode], 'maxMs'))} | ${ratios} |`)
    }
  }
  const notWebgl = results.flatMap((r) => r.runs.webgl).filter((r) => !r.error && !r.cytoscapeWebgl).length
  if (notWebgl > 0) lines.push('', `WARNING: cytoscape drew without WebGL in ${notWebgl} of the WebGL loads (no WebGL 2 context).`)
  console.log(lines.join('\n'))
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ machine, results }, null, 2)}\n`)
}

main().catch(async (error) => {
  console.error(error.stack ?? error.message)
  await cleanupAll()
  process.exit(1)
})
