// Frame timing in the page: long tasks from the start, requestAnimationFrame deltas while something happens,
// and the real-input map gesture (drag-pan, then wheel zoom) that textureOnViewport reacts to.
/* global window, document, requestAnimationFrame */
import { median } from './harness.mjs'

/** Init script: records long tasks from the start of every page. */
export function installObservers() {
  window.__scale = { longTasks: [], frames: [], recording: false }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__scale.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long task API: frames alone tell the story.
  }
}

/**
 * In the page: resolves after `quiet` consecutive frames of at most 40 ms, or false after `maxMs` without.
 * Takes `quiet` alone, or `{ quiet, maxMs }` (page.evaluate passes one argument).
 */
export function settle(arg) {
  const { quiet, maxMs = 20_000 } = typeof arg === 'number' ? { quiet: arg } : arg
  return new Promise((resolve) => {
    const deadline = performance.now() + maxMs
    let last = performance.now()
    let calm = 0
    const tick = (t) => {
      calm = t - last <= 40 ? calm + 1 : 0
      last = t
      if (calm >= quiet || t > deadline) resolve(calm >= quiet)
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

/**
 * In the page: starts recording frames, each with its delta and `phase` (mapGesture switches it to "zoom").
 * Also records when the live cytoscape (if any) finished drawing, so that frames that drew can be told from
 * idle ones: a render at time r belongs to the frame that started at t ≤ r < t + dt.
 */
export function startFrames(phase = null) {
  const s = window.__scale
  // A recording a failed step left open ends here, so no two loops feed one list.
  s.cy?.off('render', s.onRender)
  const run = (s.run = (s.run ?? 0) + 1)
  s.phase = phase
  s.recording = true
  s.since = performance.now()
  s.frames = []
  s.renders = []
  s.cy = window.cy ?? null
  s.onRender = () => s.renders.push(performance.now())
  s.cy?.on('render', s.onRender)
  let last = null
  const tick = (t) => {
    if (s.run !== run) return
    if (last !== null) s.frames.push({ phase: s.phase, start: last, dt: t - last })
    last = t
    if (s.recording) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** In the page: stops recording; the frames ({ phase, dt, drew }) and the long tasks since the start. */
export function stopFrames() {
  const s = window.__scale
  s.recording = false
  s.cy?.off('render', s.onRender)
  let i = 0
  for (const f of s.frames) {
    while (i < s.renders.length && s.renders[i] < f.start) i++
    f.drew = i < s.renders.length && s.renders[i] < f.start + f.dt
  }
  return { frames: s.frames.map(({ phase, dt, drew }) => ({ phase, dt, drew })), longTasks: s.longTasks.filter((t) => t.start >= s.since).map((t) => t.duration) }
}

/**
 * In the page: a point of the map near (x, y), searched on a `grid`-pixel grid, with no node (or its label)
 * under it, so pressing there pans the view instead of grabbing a node.
 */
function emptySpot({ selector, x, y, grid }) {
  const rect = document.querySelector(selector).getBoundingClientRect()
  const boxes = window.cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }))
  const free = (px, py) => boxes.every((b) => px < b.x1 - 6 || px > b.x2 + 6 || py < b.y1 - 6 || py > b.y2 + 6)
  let best = null
  for (let gx = 20; gx < rect.width - 20; gx += grid) {
    for (let gy = 20; gy < rect.height - 20; gy += grid) {
      const d = Math.hypot(rect.left + gx - x, rect.top + gy - y)
      if ((best === null || d < best.d) && free(gx, gy)) best = { d, x: rect.left + gx, y: rect.top + gy }
    }
  }
  return best ?? { x, y }
}

/**
 * The same real-input gesture on every page: a drag-pan across the map (phase "pan"), then wheel zoom in and
 * out ("zoom"). `perFrame` lists every frame's { phase, dt, drew }. `grid` and `settleMs` are there for map-bench, whose earlier figures used 10 px and 15 s.
 */
export async function mapGesture(page, selector, { grid = 12, settleMs = 20_000 } = {}) {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is not visible`)
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const dx = Math.min(300, box.width * 0.3)
  const dy = Math.min(180, box.height * 0.25)
  const start = await page.evaluate(emptySpot, { selector, x: cx + dx, y: cy + dy, grid })
  const panBefore = await page.evaluate(() => window.cy.pan())
  await page.mouse.move(start.x, start.y)
  await page.evaluate(settle, { quiet: 5, maxMs: settleMs })
  await page.evaluate(startFrames, 'pan')
  await page.mouse.down()
  await page.mouse.move(cx - dx, cy - dy, { steps: 30 })
  await page.mouse.move(cx + dx, cy - dy, { steps: 30 })
  await page.mouse.move(cx, cy + dy, { steps: 30 })
  await page.mouse.up()
  const panAfter = await page.evaluate(() => window.cy.pan())
  // One round trip: the zoom phase starts where the zoom is read.
  const zoomBefore = await page.evaluate(() => ((window.__scale.phase = 'zoom'), window.cy.zoom()))
  await page.mouse.move(cx, cy)
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -120)
    await page.waitForTimeout(30)
  }
  const zoomAfter = await page.evaluate(() => window.cy.zoom())
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 120)
    await page.waitForTimeout(30)
  }
  const { frames } = await page.evaluate(stopFrames)
  const dts = frames.map((f) => f.dt)
  return {
    medianMs: median(dts),
    maxMs: Math.max(...dts),
    frames: frames.length,
    perFrame: frames,
    panned: Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y) > 1,
    zoomed: zoomAfter > zoomBefore * 1.01,
  }
}

/** In the page: milliseconds from navigation start to `mark`, or what the page shows instead. */
export function markOrScreen(mark) {
  const entry = performance.getEntriesByName(mark)[0]
  if (entry) return { ms: entry.startTime }
  if (document.querySelector('.recovery')) return { screen: `recovery screen: ${document.querySelector('.recovery h1')?.textContent ?? ''}` }
  if (document.querySelector('.welcome')) return { screen: 'welcome screen (the store has no contacts)' }
  const centered = document.querySelector('main.centered h1')
  if (centered) return { screen: `error screen: ${centered.textContent}` }
  if (document.title.startsWith('failed')) return { screen: document.title }
  return null
}
