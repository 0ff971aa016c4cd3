// The Contacts table on a generated network: screenshots (light and dark, wide and small) and, with
// --measure, rough figures for what bench:scale checks: first rows, the longest frame while typing in the
// filter, and the median frame while scrolling from the first row to the last. Figures, not assertions.
//
//   npx electron-vite build && node tests/screens/contacts-scale.mjs [out-dir] [--contacts 5000] [--sizes 1440x900,720x450] [--measure]
/* global window, requestAnimationFrame, cancelAnimationFrame */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { generateNetwork } from '../bench/generate-network.mjs'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const argv = process.argv.slice(2)
const { option, outDir } = readArgs(argv, 'screens-out/contacts-scale')
const contacts = Number(option('contacts', '5000'))
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const measure = argv.includes('--measure')

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kith-contacts-scale-'))
writeFileSync(path.join(dataDir, 'kith.json'), JSON.stringify(generateNetwork({ contacts, seed: 12 })), { mode: 0o600 })
mkdirSync(outDir, { recursive: true })
const host = await startHost(dataDir)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] })

/** Frame gaps (ms) from requestAnimationFrame while `action` runs in the page's context of Playwright. */
async function frames(page, action) {
  await page.evaluate(() => {
    window.__gaps = []
    let last = performance.now()
    const tick = (now) => {
      window.__gaps.push(now - last)
      last = now
      if (window.__gaps) window.__raf = requestAnimationFrame(tick)
    }
    window.__raf = requestAnimationFrame(tick)
  })
  await action()
  return page.evaluate(() => {
    cancelAnimationFrame(window.__raf)
    if (window.__debug) console.log(JSON.stringify(window.__gaps.map((g, i) => [i, Math.round(g)]).filter(([, g]) => g > 40)))
    const gaps = window.__gaps.slice(1)
    window.__gaps = null
    return gaps
  })
}
const threadTime = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

try {
  for (const theme of ['light', 'dark']) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
      if (process.env.DEBUG_FRAMES) {
        page.on('console', (m) => console.log('page:', m.text()))
        await page.addInitScript(() => (window.__debug = true))
      }
      await page.goto(host.url)
      const nav = page.getByRole('navigation', { name: 'Main' })
      if (width < 800) await page.getByRole('button', { name: /menu/i }).click()
      await nav.getByRole('button', { name: 'Contacts' }).click({ timeout: 120_000 })
      const clicked = Date.now()
      await page.locator('.contacts-table tbody tr[data-index="0"]').waitFor({ timeout: 120_000 })
      const firstRows = Date.now() - clicked
      await page.waitForTimeout(500)
      await page.screenshot({ path: path.join(outDir, `contacts-${contacts}-${theme}-${width}x${height}.png`) })
      if (measure && theme === 'light' && width === sizes[0][0]) {
        const filter = page.getByRole('searchbox', { name: 'Search contacts' })
        await filter.click()
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Performance.enable')
        // Main-thread CPU time of one step, settled: on a busy machine wall-clock frames mostly measure the neighbours.
        const cpu = async (step) => {
          const before = await threadTime(cdp)
          await step()
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
          return (await threadTime(cdp)) - before
        }
        const idle = await frames(page, () => page.waitForTimeout(2000))
        const overhead = []
        for (let i = 0; i < 10; i++) overhead.push(await cpu(() => page.evaluate(() => 0)))
        const typingCpu = []
        const typing = await frames(page, async () => {
          for (const key of [...'ada ber', ...Array(7).fill('Backspace')]) typingCpu.push(await cpu(() => filter.press(key)))
        })
        const wrap = page.locator('.contacts-view .table-wrap')
        const scrollCpu = []
        const scrolling = await frames(page, async () => {
          // Wheel-sized steps, then straight to the end like a drag of the thumb.
          for (let i = 0; i < 40; i++) scrollCpu.push(await cpu(() => wrap.evaluate((el) => el.scrollBy(0, 120))))
          scrollCpu.push(await cpu(() => wrap.evaluate((el) => (el.scrollTop = el.scrollHeight))))
          await page.waitForTimeout(300)
        })
        const last = await page.locator(`.contacts-table tbody tr[aria-rowindex="${contacts + 1}"]`).isVisible()
        const f = (ms) => ms.toFixed(1)
        console.log(
          [
            `${contacts} contacts: first rows ${firstRows} ms after the click (wall clock)`,
            `the measuring itself: ${f(median(overhead))} ms CPU per step (median, included below)`,
            `idle page: longest frame ${f(Math.max(...idle))} ms, median ${f(median(idle))} ms (the machine's noise)`,
            `typing: main-thread CPU per key max ${f(Math.max(...typingCpu))} ms, median ${f(median(typingCpu))} ms; wall-clock longest frame ${f(Math.max(...typing))} ms`,
            `scrolling: main-thread CPU per step median ${f(median(scrollCpu))} ms, max ${f(Math.max(...scrollCpu))} ms; wall-clock median frame ${f(median(scrolling))} ms`,
            `last row visible after scrolling to the end: ${last}`,
          ].join('\n  '),
        )
        await page.screenshot({ path: path.join(outDir, `contacts-${contacts}-${theme}-${width}x${height}-end.png`) })
      }
      await page.close()
    }
  }
} finally {
  await browser.close()
  await host.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
