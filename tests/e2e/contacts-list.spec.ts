import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const COUNT = 5000
const byName = new Intl.Collator().compare

/** A generated 5,000-person network in the test's data folder, before the host starts; its names, sorted as the table sorts them. */
function generate(dataDir: string): string[] {
  const file = path.join(dataDir, 'kith.json')
  execFileSync(process.execPath, ['tests/bench/generate-network.mjs', '--contacts', String(COUNT), '--seed', '5', '--out', file])
  const store = JSON.parse(readFileSync(file, 'utf8')) as { contacts: { name: string }[] }
  return store.contacts.map((c) => c.name).sort(byName)
}

async function openContacts(page: Page, url: string) {
  await page.goto(url)
  // The app opens on the map, which is slow to draw 5,000 people on a busy machine: the click waits for it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click({ timeout: 240_000 })
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible()
}

const table = (page: Page) => page.getByRole('table')
const rowAt = (page: Page, rowIndex: number) => page.locator(`.contacts-table tbody tr[aria-rowindex="${rowIndex}"]`)
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null)

test.describe('a 5,000-person Contacts table', () => {
  // One test for both parts: each start draws a 5,000-person map first.
  test.setTimeout(360_000)
  let names: string[] = []
  // Before the host starts (it starts with the test body): the store generated here is what it opens.
  test.beforeEach(({ dataDir }) => {
    names = generate(dataDir)
  })

  test('is one list: it scrolls to the last contact, selects across all with Shift and the keyboard, and keeps the focus', async ({ page, kith }) => {
    await openContacts(page, kith.url)
    await selectAcross(page, names)
    await scrollAndFilter(page, names)
  })
})

async function scrollAndFilter(page: Page, names: readonly string[]) {
  await test.step('one list, only the rows in view drawn, scrolled to the last', async () => {
    await expect(table(page)).toHaveAttribute('aria-rowcount', String(COUNT + 1))
    await expect(rowAt(page, 2)).toContainText(names[0] as string)
    const drawn = await page.locator('.contacts-table tbody tr[aria-rowindex]').count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(200)
    await expect(page.getByRole('button', { name: /^Show .* more/ })).toHaveCount(0)

    // Dragging the scrollbar to the bottom, again while rows measured on the way change the list's height.
    const wrap = page.locator('.contacts-view .table-wrap')
    await expect
      .poll(() => wrap.evaluate((el) => (el.scrollTo({ top: el.scrollHeight }), el.scrollHeight - el.clientHeight - el.scrollTop)), { intervals: [200] })
      .toBeLessThan(1)
    const last = rowAt(page, COUNT + 1)
    await expect(last).toBeInViewport()
    await expect(last).toContainText(names.at(-1) as string)

    // Filtering narrows the one list and its row count.
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill(names.at(-1) as string)
    const matching = names.filter((n) => n.toLowerCase().includes((names.at(-1) as string).toLowerCase())).length
    await expect(table(page)).toHaveAttribute('aria-rowcount', String(matching + 1))
    await expect(page.locator('.contacts-table tbody tr[aria-rowindex]')).toHaveCount(matching)
  })
}

async function selectAcross(page: Page, names: readonly string[]) {
  await test.step('selection across the whole list', async () => {
    const selectedBar = page.getByRole('region', { name: 'Selected contacts' })

    // A click on the second row, then Shift+click on the fifth: four selected.
    await rowAt(page, 3).getByRole('checkbox').check()
    await rowAt(page, 6).getByRole('checkbox').click({ modifiers: ['Shift'] })
    await expect(selectedBar).toContainText('4 selected')
    for (const at of [3, 4, 5, 6]) await expect(rowAt(page, at).getByRole('checkbox')).toBeChecked()
    await expect(rowAt(page, 2).getByRole('checkbox')).not.toBeChecked()
    await selectedBar.getByRole('button', { name: 'Clear selection' }).click()

    // Arrow keys move between rows; End goes to the last of 5,000, which comes into view with the focus.
    await rowAt(page, 2).getByRole('checkbox').focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => focusedLabel(page)).toBe(`Select ${names[1]}`)
    await page.keyboard.press('End')
    await expect.poll(() => focusedLabel(page)).toBe(`Select ${names.at(-1)}`)
    await expect(rowAt(page, COUNT + 1)).toBeInViewport()

    // Scrolled back to the top, far from the focused row: the focus stays on it.
    await page.locator('.contacts-view .table-wrap').evaluate((wrap) => wrap.scrollTo({ top: 0 }))
    await expect(rowAt(page, 2)).toBeInViewport()
    await expect.poll(() => focusedLabel(page)).toBe(`Select ${names.at(-1)}`)
    await page.keyboard.press('Space')
    await expect(selectedBar).toContainText('1 selected')

    // Shift+Home from there selects everyone up to the first row: the whole list.
    await page.keyboard.press('Shift+Home')
    await expect.poll(() => focusedLabel(page)).toBe(`Select ${names[0]}`)
    await expect(selectedBar).toContainText(`${COUNT.toLocaleString('en-US')} selected`)
    await expect(page.getByRole('checkbox', { name: 'Select all shown' })).toBeChecked()

    // Unticking the header box clears it all; ticking it selects every row, drawn or not.
    await page.getByRole('checkbox', { name: 'Select all shown' }).uncheck()
    await expect(selectedBar).toHaveCount(0)
    await page.getByRole('checkbox', { name: 'Select all shown' }).check()
    await expect(selectedBar).toContainText(`${COUNT.toLocaleString('en-US')} selected`)
    await selectedBar.getByRole('button', { name: 'Clear selection' }).click()
  })
}
