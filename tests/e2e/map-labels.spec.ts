import type { Page } from '@playwright/test'
import { expect, contactNodeCount, test, type KithHost } from './fixtures'

async function openSample(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

/** Each contact's name as drawn now: its size on screen, whether cytoscape draws it, and whether it is in view. */
const names = (page: Page) =>
  page.evaluate(() => {
    const map = window.cy!
    return map.nodes('[kind = "contact"]:visible').map((n) => {
      const px = (n.numericStyle('font-size') as number) * map.zoom()
      const box = n.renderedBoundingBox({ includeNodes: false, includeLabels: true })
      return {
        name: String(n.data('label')),
        px,
        drawn: px >= (n.numericStyle('min-zoomed-font-size') as number) && n.style('label') !== '',
        inView: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= map.width() && box.y2 <= map.height(),
      }
    })
  })

/** Ids of contacts the map shows whose node lies outside the view. */
const outOfView = (page: Page) =>
  page.evaluate(() => {
    const map = window.cy!
    return map
      .nodes('[kind = "contact"]:visible')
      .filter((n) => {
        const p = n.renderedPosition()
        return p.x < 0 || p.y < 0 || p.x > map.width() || p.y > map.height()
      })
      .map((n) => String(n.data('label')))
  })

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
] as const) {
  test(`every name of the sample is legible at the first view, ${width}×${height}`, async ({ page, kith }) => {
    await page.setViewportSize({ width, height })
    await openSample(page, kith)
    await expect
      .poll(async () => {
        const all = await names(page)
        return all.length === 40 && all.every((n) => n.px >= 9 && n.drawn && n.inView)
      })
      .toBe(true)
    // Zoomed right out, names stop growing only once the map is big enough to thin them out; here they stay legible.
    await page.getByRole('button', { name: 'Zoom out' }).click()
    await expect.poll(async () => (await names(page)).every((n) => n.px >= 9 && n.drawn)).toBe(true)
  })
}

test('a filter brings everyone it shows into view, even after a search zoomed in', async ({ page, kith }) => {
  await openSample(page, kith)
  await page.getByRole('searchbox', { name: 'Search the map' }).fill('daniel')
  await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(1)
  await expect.poll(async () => (await outOfView(page)).length).toBeGreaterThan(0)
  await page.getByRole('searchbox', { name: 'Search the map' }).fill('')

  await page.getByRole('button', { name: 'Filter' }).click()
  await page.getByRole('region', { name: 'Filter the map' }).getByLabel('Overdue').check()
  await expect.poll(() => page.evaluate(() => window.cy!.nodes('[kind = "contact"]:visible').length)).toBe(6)
  await expect.poll(() => outOfView(page)).toEqual([])
})

test('a filter that matches nobody says so on the map, with a way back to everyone', async ({ page, kith }) => {
  await openSample(page, kith)
  await page.getByRole('button', { name: 'Filter' }).click()
  await page.getByRole('region', { name: 'Filter the map' }).getByLabel('Other industries').check()
  const note = page.locator('.map-stage').getByRole('status').filter({ hasText: 'Nobody on your map matches this filter.' })
  await expect(note).toBeVisible()
  await note.getByRole('button', { name: 'Show everyone' }).click()
  await expect(note).toBeHidden()
  await expect.poll(() => page.evaluate(() => window.cy!.nodes('[kind = "contact"]:visible').length)).toBe(40)
})

test('the legend counts someone in each of their categories, as the insights do', async ({ page, kith }) => {
  await openSample(page, kith)
  const legend = page.getByRole('complementary', { name: 'Map legend' })
  await expect(legend.getByRole('listitem').filter({ hasText: 'Leaders in my field' })).toContainText('8')
  await expect(legend.getByRole('listitem').filter({ hasText: 'Other industries' })).toContainText('none yet')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Insights/ }).click()
  await expect(page.getByRole('img', { name: /Contacts per category: .*Leaders in my field 8/ })).toBeVisible()
})
