import type { Page } from '@playwright/test'
import { contactNodeCount, expect, test } from './fixtures'

/** Where the focus is: 'body' when nothing has it, else a short description of the element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    const name = el.id || el.getAttribute('aria-label') || el.textContent || ''
    return `${el.tagName.toLowerCase()}${el.closest('dialog') ? ' in dialog' : ''}: ${name.trim().slice(0, 40)}`
  })

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function openSample(page: Page, url: string) {
  await page.goto(url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

test('Tab and Shift+Tab go round inside a dialog, never out to the page or the browser', async ({ page, kith }) => {
  await openSample(page, kith.url)
  const dialogs = [
    { open: () => page.keyboard.press('n'), stops: 10 },
    { open: () => page.keyboard.press('?'), stops: 1 },
    { open: () => page.getByRole('button', { name: 'Export image' }).click(), stops: 4 },
  ]
  for (const { open, stops } of dialogs) {
    await open()
    await expect(page.locator('dialog[open]')).toBeVisible()
    for (const key of ['Tab', 'Shift+Tab']) {
      const seen = new Set<string>()
      for (let n = 0; n < 40; n++) {
        await page.keyboard.press(key)
        seen.add(await focused(page))
      }
      // Every stop is inside the dialog, and the round visits its controls.
      expect([...seen].filter((where) => !where.includes(' in dialog'))).toEqual([])
      expect(seen.size).toBeGreaterThanOrEqual(stops)
    }
    await page.keyboard.press('Escape')
    await expect(page.locator('dialog[open]')).toHaveCount(0)
    expect(await focused(page)).not.toBe('body')
  }
})

test('a refused save in the about-you step puts the focus on the message', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Start my own network' }).click()
  await page.getByLabel('Your name').fill('x'.repeat(500))
  await page.getByRole('button', { name: 'Continue to your first contact' }).click()
  await expect(page.getByLabel('Your name')).toBeFocused()
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true')
})

test('the focus stays on the page after a gap jumps to the map, a dialog closes, a row is deleted and a view changes', async ({ page, kith }) => {
  await openSample(page, kith.url)
  // A gap's "show on the map" button leaves Insights for the map.
  await nav(page).getByRole('button', { name: 'Insights' }).click()
  // The gap titles that are buttons are the ones about people on the map.
  await page.getByRole('list', { name: 'Gaps' }).locator('h3 button').first().click()
  await expect(page.getByRole('heading', { name: 'Network map', level: 1 })).toBeVisible()
  await expect.poll(() => focused(page)).not.toBe('body')

  // Deleting an event from its own row: the row and its button are gone, the focus is not.
  await nav(page).getByRole('button', { name: 'Events' }).click()
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })
  const before = await events.count()
  await page.getByRole('button', { name: /^Delete / }).first().click()
  await page.getByRole('button', { name: 'Delete event' }).click()
  await expect(events).toHaveCount(before - 1)
  await expect.poll(() => focused(page)).not.toBe('body')

  // Editing a contact on the map and deleting them there: the panel that opened the dialog is gone too.
  await nav(page).getByRole('button', { name: 'Map' }).click()
  await page.getByRole('searchbox', { name: 'Search the map' }).fill('daniel')
  await page.keyboard.press('Enter')
  await page.getByRole('complementary', { name: /^Details of / }).getByRole('button', { name: 'Edit', exact: true }).click()
  await page.getByRole('button', { name: 'Delete contact' }).click()
  await page.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete', exact: true }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(39)
  await expect.poll(() => focused(page)).not.toBe('body')

  // A view changed from the keyboard with nothing focused lands on its heading.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeFocused()
})

test('a skip link leads past the sidebar, G then a letter opens each view, and ? lists every shortcut anywhere', async ({ page, kith }) => {
  await openSample(page, kith.url)
  // The skip link is the first thing Tab reaches, just before the sidebar.
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  expect(await page.evaluate(() => document.querySelector('a[href], button, input, select, textarea')?.textContent)).toBe('Skip to main content')
  await expect(skip).not.toBeInViewport()
  await nav(page).getByRole('button', { name: 'Map' }).focus()
  await page.keyboard.press('Shift+Tab')
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  const address = page.url()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Network map', level: 1 })).toBeFocused()
  // It moves the focus without touching the address (whose #fragment may hold the access token).
  expect(page.url()).toBe(address)

  const views = [
    ['i', 'Insights'],
    ['n', 'Plan'],
    ['c', 'Contacts'],
    ['t', 'Timeline'],
    ['f', 'Follow-ups'],
    ['e', 'Events'],
    ['p', 'Your profile'],
    ['m', 'Network map'],
  ] as const
  for (const [letter, heading] of views) {
    await page.keyboard.press('g')
    await page.keyboard.press(letter)
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help).toBeVisible()
    for (const row of ['Undo the last change', 'Redo', 'Log an interaction', 'Fit the map to the screen', 'Follow-ups']) await expect(help).toContainText(row)
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
  }
  // On the map, G then F goes to Follow-ups rather than fitting the map, and a lone F still fits.
  await page.keyboard.press('g')
  await page.keyboard.press('f')
  await expect(page.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeVisible()
})

test('People on the map: the arrow keys select people on the map, in the filter and search, and Enter goes to their details', async ({ page, kith }) => {
  await openSample(page, kith.url)
  const toggle = page.getByRole('button', { name: 'People on the map (40)' })
  await toggle.click()
  const list = page.getByRole('listbox', { name: /^People on the map, by name/ })
  await expect(list.getByRole('option')).toHaveCount(40)
  await list.focus()
  await page.keyboard.press('ArrowDown')
  const first = list.getByRole('option', { selected: true })
  await expect(first).toHaveCount(1)
  const firstName = (await first.locator('span').first().textContent())!
  await expect(page.getByRole('complementary', { name: `Details of ${firstName}` })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  const second = (await list.getByRole('option', { selected: true }).locator('span').first().textContent())!
  expect(second).not.toBe(firstName)
  // The selected person is the map's selection, brought to the middle.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const map = window.cy!
        const selected = map.nodes(':selected').map((n) => n.id())
        if (selected.length !== 1) return false
        const at = map.getElementById(selected[0]!).renderedPosition()
        return Math.abs(at.x - map.width() / 2) < 30 && Math.abs(at.y - map.height() / 2) < 30
      }),
    )
    .toBe(true)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: second, level: 2 })).toBeFocused()

  // The list follows the search.
  await page.getByRole('searchbox', { name: 'Search the map' }).fill('daniel')
  await expect(page.getByRole('button', { name: 'People on the map (1)' })).toBeVisible()
  await expect(list.getByRole('option')).toHaveText([/Daniel Cho/])
})
