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

/** In the page: resolves after `quiet` consecutive frames of at most 40 ms (false after 20 s without). */
export function settle(quiet) {
  return new Promise((resolve) => {
    const deadline = performance.now() + 20_000
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

/** In the page: starts recording frame deltas. */
export function startFrames() {
  const s = window.__scale
  s.frames = []
  s.recording = true
  s.since = performance.now()
  let last = null
  const tick = (t) => {
    if (last !== null) s.frames.push(t - last)
    last = t
    if (s.recording) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** In the page: stops recording; the deltas and the long tasks since the start. */
export function stopFrames() {
  const s = window.__scale
  s.recording = false
  return { frames: s.frames, longTasks: s.longTasks.filter((t) => t.start >= s.since).map((t) => t.duration) }
}

/**
 * In the page: a point of the map near (x, y) with no node under it, so pressing there pans the view
 * instead of grabbing a node.
 */
function emptySpot({ selector, x, y }) {
  const rect = document.querySelector(selector).getBoundingClientRect()
  const boxes = window.cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }))
  const free = (px, py) => boxes.every((b) => px < b.x1 - 6 || px > b.x2 + 6 || py < b.y1 - 6 || py > b.y2 + 6)
  let best = null
  for (let gx = 20; gx < rect.width - 20; gx += 12) {
    for (let gy = 20; gy < rect.height - 20; gy += 12) {
      const d = Math.hypot(rect.left + gx - x, rect.top + gy - y)
      if ((best === null || d < best.d) && free(gx, gy)) best = { d, x: rect.left + gx, y: rect.top + gy }
    }
  }
  return best ?? { x, y }
}

/** The same real-input gesture on every page: a drag-pan across the map, then wheel zoom in and out. */
export async function mapGesture(page, selector) {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is not visible`)
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const dx = Math.min(300, box.width * 0.3)
  const dy = Math.min(180, box.height * 0.25)
  const start = await page.evaluate(emptySpot, { selector, x: cx + dx, y: cy + dy })
  const panBefore = await page.evaluate(() => window.cy.pan())
  await page.mouse.move(start.x, start.y)
  await page.evaluate(settle, 5)
  await page.evaluate(startFrames)
  await page.mouse.down()
  await page.mouse.move(cx - dx, cy - dy, { steps: 30 })
  await page.mouse.move(cx + dx, cy - dy, { steps: 30 })
  await page.mouse.move(cx, cy + dy, { steps: 30 })
  await page.mouse.up()
  const panAfter = await page.evaluate(() => window.cy.pan())
  const zoomBefore = await page.evaluate(() => window.cy.zoom())
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
  return {
    medianMs: median(frames),
    maxMs: Math.max(...frames),
    frames: frames.length,
    panned: Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y) > 1,
    zoomed: zoomAfter > zoomBefore * 1.01,
  }
}

/** In the page: milliseconds from navigation start to `mark`, or what the page shows instead. */
export function markOrScreen(mark) {
  const entry = performance.getEntriesByName(mark)[0]
  if (entry) return { ms: entry.startTime }
  if (document.querySelector('.recovery')) return { screen: `recovery screen: ${document.querySelector('.recovery h1')?.textContent ?? ''}` }
  const centered = document.querySelector('main.centered h1')
  if (centered) return { screen: `error screen: ${centered.textContent}` }
  if (document.title.startsWith('failed')) return { screen: document.title }
  return null
}
