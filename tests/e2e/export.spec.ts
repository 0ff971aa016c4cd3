import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, contactNodeCount, test, type KithHost } from './fixtures'

async function openSample(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

/** Runs the Export image dialog with the given choices and returns the downloaded file's bytes. */
async function exportImage(
  page: Page,
  choices: { format: 'PNG picture' | 'SVG drawing'; scale?: string; colours?: 'Light' | 'Dark'; background?: 'Solid white' | 'Transparent' },
) {
  await page.getByRole('button', { name: 'Export image' }).click()
  const form = page.getByRole('form', { name: 'Export image' })
  await form.getByLabel(choices.format, { exact: false }).check()
  if (choices.scale) await form.getByLabel('Scale').selectOption(choices.scale)
  if (choices.colours) await form.getByLabel(choices.colours, { exact: true }).check()
  if (choices.background) await form.getByLabel(choices.background).check()
  const download = page.waitForEvent('download')
  await form.getByRole('button', { name: 'Export image' }).click()
  const file = await download
  await expect(form.getByRole('status')).toContainText('Saved to your downloads')
  // Nothing to undo once the image is saved: the dialog's button says "Close", not "Cancel".
  await form.getByRole('button', { name: 'Close', exact: true }).click()
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

/** PNG width and height, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) })

test('exports a PNG whose size follows the chosen scale and whose legend panel is drawn', async ({ page, kith }) => {
  await openSample(page, kith)
  const one = await exportImage(page, { format: 'PNG picture', scale: '1' })
  const two = await exportImage(page, { format: 'PNG picture', scale: '2' })
  expect(one.name).toMatch(/^kith-network-map-\d{4}-\d{2}-\d{2}\.png$/)
  expect(one.bytes.subarray(1, 4).toString()).toBe('PNG')
  const [a, b] = [pngSize(one.bytes), pngSize(two.bytes)]
  expect(Math.abs(b.width - 2 * a.width)).toBeLessThanOrEqual(2)
  expect(Math.abs(b.height - 2 * a.height)).toBeLessThanOrEqual(2)

  // The legend panel sits on the right (280 px wide, 24 px from the edge at 1×): it must hold ink.
  const legend = await pngPixels(page, one.bytes, { x: -280, y: 80, w: 256, h: 300 })
  let inked = 0
  for (let i = 0; i < legend.length; i += 4) if (legend[i]! < 140 && legend[i + 1]! < 140 && legend[i + 2]! < 140) inked++
  expect(inked).toBeGreaterThan(500)
})

test('exports an SVG that parses and names every contact shown, and only those', async ({ page, kith }) => {
  await openSample(page, kith)
  await page.getByRole('button', { name: 'Filter' }).click()
  await page.getByRole('region', { name: 'Filter the map' }).getByLabel('Other functions').check()
  await expect.poll(() => page.evaluate(() => window.cy!.nodes('[kind = "contact"]:visible').length)).toBe(15)
  const visible = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]:visible').map((n) => n.data('label') as string))
  const hidden = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]:hidden').map((n) => n.data('label') as string))

  const svg = await exportImage(page, { format: 'SVG drawing', background: 'Transparent' })
  expect(svg.name).toMatch(/\.svg$/)
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' }
  }, svg.bytes.toString('utf8'))
  expect(parsed.error).toBeNull()
  expect(parsed.root).toBe('svg')
  for (const name of visible) expect(parsed.text).toContain(name)
  for (const name of hidden) expect(parsed.text).not.toContain(name)
  expect(parsed.text).toContain('Priya Raman — network map')
  expect(parsed.text).toContain('Filter: 1 category')
})

type PixelBox = { x: number; y: number; w: number; h: number }

/** The RGBA bytes of a box of a PNG, decoded by the page; a negative `x` counts from the right edge. */
async function pngPixels(page: Page, bytes: Buffer, box: PixelBox): Promise<number[]> {
  return page.evaluate(
    async ({ base64, box }) => {
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      return Array.from(context.getImageData(box.x < 0 ? image.width + box.x : box.x, box.y, box.w, box.h).data)
    },
    { base64: bytes.toString('base64'), box },
  )
}

/** The average colour of a box of a PNG. */
async function averageColour(page: Page, bytes: Buffer, box: PixelBox): Promise<number[]> {
  const data = await pngPixels(page, bytes, box)
  const sum = [0, 0, 0]
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!
  return sum.map((s) => Math.round(s / (data.length / 4)))
}

test('exports in light by default even when the screen is dark, and in dark when chosen', async ({ page, kith }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openSample(page, kith)
  await page.getByRole('button', { name: 'Export image' }).click()
  const form = page.getByRole('form', { name: 'Export image' })
  await expect(form.getByLabel('Light', { exact: true })).toBeChecked()
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await form.getByRole('button', { name: 'Cancel' }).click()

  const light = await exportImage(page, { format: 'PNG picture', scale: '1' })
  const dark = await exportImage(page, { format: 'PNG picture', scale: '1', colours: 'Dark' })
  // The header band's top-left corner.
  const corner = { x: 2, y: 2, w: 20, h: 20 }
  expect(Math.min(...(await averageColour(page, light.bytes, corner)))).toBeGreaterThan(200)
  expect(Math.max(...(await averageColour(page, dark.bytes, corner)))).toBeLessThan(60)
  // The screen keeps its own (dark) map after a light export.
  expect(await page.evaluate(() => window.cy!.nodes('[kind = "me"]').style('background-color'))).toBe('rgb(228,231,235)')
})
