import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'

// Each layout test walks all seven views.
test.describe.configure({ timeout: 120_000 })

const VIEWS = ['Map', 'Insights', 'Contacts', 'Timeline', 'Follow-ups', 'Events', 'Profile'] as const

async function openSample(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

/** Goes to a view through the sidebar, or through the Menu button when the sidebar is folded. */
async function show(page: Page, view: string) {
  const item = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view, exact: false }).first()
  if (!(await item.isVisible())) await page.getByRole('button', { name: 'Menu' }).click()
  await item.click()
  // Checked in the DOM: a folded menu hides the navigation from the accessibility tree.
  await expect(page.locator('#main-nav [aria-current="page"]')).toContainText(view)
}

/** What scrolls sideways: the page itself, or any element of main whose content is wider than its box. */
const sidewaysScrollers = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) found.push(`page (${root.scrollWidth} > ${root.clientWidth})`)
    for (const el of document.querySelectorAll('main *')) {
      const style = getComputedStyle(el)
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll'
      if (scrolls && el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth})`)
    }
    return found
  })

const background = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor)
/** Relative luminance 0–1 of a computed rgb() colour. */
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

test('at 1024 × 700 no view scrolls sideways, and the timeline’s Delete buttons are in view', async ({ page, kith }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await openSample(page, kith)
  // The map's controls wrap as a row, none breaking its own words ("Who could introduce me?" on one line).
  const heights = await page
    .getByRole('toolbar', { name: 'Map controls' })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => [b.textContent, Math.round(b.getBoundingClientRect().height)] as const))
  const oneLine = Math.min(...heights.map(([, h]) => h))
  expect(heights.filter(([, h]) => h > oneLine + 1)).toEqual([])
  for (const view of VIEWS) {
    await show(page, view)
    expect(await sidewaysScrollers(page), view).toEqual([])
  }
  await show(page, 'Timeline')
  const remove = page.getByRole('button', { name: /^Delete / }).first()
  const box = (await remove.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(1024)
  // The text column keeps a readable measure.
  const summary = (await page.locator('.summary-cell').first().boundingBox())!
  expect(summary.width).toBeGreaterThan(200)
})

test('at 720 × 450 the sidebar folds behind a Menu button, every view fits, and the contact panel overlays the map', async ({ page, kith }) => {
  await page.setViewportSize({ width: 720, height: 450 })
  await openSample(page, kith)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav).toBeHidden()
  const menu = page.getByRole('button', { name: 'Menu' })
  await menu.click()
  await expect(nav.getByRole('button', { name: 'Insights' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(nav).toBeHidden()
  await expect(menu).toBeFocused()

  for (const view of VIEWS) {
    await show(page, view)
    await expect(nav).toBeHidden()
    expect(await sidewaysScrollers(page), view).toEqual([])
    if (view === 'Contacts' || view === 'Timeline') {
      // The bars and filters above a long table scroll away with the view, so the table can take most of the window.
      expect(await page.locator('.table-wrap').first().evaluate((el) => el.clientHeight), view).toBeGreaterThan(300)
    }
  }

  await show(page, 'Map')
  // The map's controls stay on screen.
  for (const name of ['Search the map', 'Export image', 'Zoom in', 'Layout']) {
    const box = (await page.getByRole(name === 'Search the map' ? 'searchbox' : name === 'Layout' ? 'combobox' : 'button', { name }).first().boundingBox())!
    expect(box.x + box.width, name).toBeLessThanOrEqual(720)
  }
  // The legend starts folded and opens on request.
  const legend = page.getByRole('complementary', { name: 'Map legend' })
  await expect(legend).toBeHidden()
  await page.getByRole('button', { name: 'Legend' }).click()
  await expect(legend).toBeVisible()

  const canvas = page.locator('.map-canvas')
  const before = (await canvas.boundingBox())!
  const search = page.getByRole('searchbox', { name: 'Search the map' })
  await search.fill('Aisha')
  await search.press('Enter')
  const panel = page.getByRole('complementary', { name: 'Details of Aisha Karimi' })
  await expect(panel).toBeVisible()
  const after = (await canvas.boundingBox())!
  const over = (await panel.boundingBox())!
  expect(after.width).toBe(before.width)
  expect(over.x).toBeGreaterThan(after.x)
  expect(over.x + over.width).toBeLessThanOrEqual(after.x + after.width)
})

test('follows a dark system theme: dark pages and a map drawn on dark', async ({ page, kith }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openSample(page, kith)
  expect(luminance(await background(page, 'html'))).toBeLessThan(0.05)
  expect(luminance(await background(page, '.map-canvas'))).toBeLessThan(0.05)
  // Names on the map are light, to read on the dark canvas.
  const label = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]').first().style('color') as string)
  expect(luminance(label)).toBeGreaterThan(0.6)
  // What is on screen: a corner of the map, decoded from a screenshot.
  const shot = await page.locator('.map-canvas').screenshot()
  const corner = await page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const context = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height }).getContext('2d')!
    context.drawImage(image, 0, 0)
    return Array.from(context.getImageData(4, 4, 1, 1).data.slice(0, 3))
  }, shot.toString('base64'))
  expect(Math.max(...corner)).toBeLessThan(40)
  await show(page, 'Insights')
  expect(luminance(await background(page, '.insights-card'))).toBeLessThan(0.05)
})

test('the Light choice wins over a dark system, is saved in the file and holds after a reload', async ({ page, kith }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openSample(page, kith)
  await show(page, 'Profile')
  const appearance = page.getByRole('region', { name: 'Appearance' })
  await expect(appearance.getByLabel('As the system')).toBeChecked()
  await appearance.getByLabel('Light').check()
  await expect.poll(async () => luminance(await background(page, 'html'))).toBeGreaterThan(0.8)
  await expect.poll(() => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')).settings.theme).toBe('light')

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Network map' })).toBeVisible()
  expect(luminance(await background(page, 'html'))).toBeGreaterThan(0.8)
  expect(luminance(await background(page, '.map-canvas'))).toBeGreaterThan(0.8)
  // Back to following the system.
  await show(page, 'Profile')
  await page.getByRole('region', { name: 'Appearance' }).getByLabel('As the system').check()
  await expect.poll(async () => luminance(await background(page, 'html'))).toBeLessThan(0.05)
})
