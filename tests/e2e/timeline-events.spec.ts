import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { addDays, localIsoDate } from '../../src/core/dates'
import { formatDay } from '../../src/renderer/shared/format'
import { contactNodeCount, expect, settledBytes, test, type KithHost } from './fixtures'

interface Stored {
  contacts: { id: string; name: string }[]
  interactions: { id: string; contactIds: string[]; date: string; channel: string; direction: string; summary: string; eventId: string | null }[]
  events: { id: string; name: string; kind: string; role: string; startOn: string; endOn: string | null; contactIds: string[] }[]
  followUps: { title: string; dueOn: string; doneOn: string | null }[]
}

const storedText = (kith: KithHost) => readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')
const stored = (kith: KithHost): Stored => JSON.parse(storedText(kith)) as Stored

async function openSample(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

const nav = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name })

test('an event with two people is added to the list and saved to disk', async ({ page, kith }) => {
  await openSample(page, kith)
  await nav(page, 'Events').click()
  await expect(page.getByRole('heading', { name: 'Regional Healthcare Operations Conference' })).toBeVisible()

  await page.getByRole('button', { name: 'Add event' }).click()
  const form = page.getByRole('form', { name: 'New event' })
  await form.getByLabel('Name').fill('Patient Flow Working Group')
  await form.getByLabel('Kind').selectOption('committee')
  await form.getByLabel('Your role').selectOption('organizer')
  await form.getByLabel('Start').fill('2026-02-03')
  await form.getByLabel('Find a person').fill('Chris')
  await form.getByRole('checkbox', { name: /Chris Patel/ }).check()
  await form.getByLabel('Find a person').fill('Sofia')
  await form.getByRole('checkbox', { name: /Sofia Petrov/ }).check()
  await expect(form.getByText('(2 chosen)')).toBeVisible()
  await form.getByRole('button', { name: 'Add event' }).click()
  await expect(form).toBeHidden()

  const card = page.getByRole('article', { name: 'Patient Flow Working Group' })
  await expect(card).toContainText('Committee')
  await expect(card).toContainText('You: organizer')
  await expect(card).toContainText('Since 3 Feb 2026')
  await expect(card).toContainText('2 people')
  await expect(card.getByRole('list', { name: 'People at Patient Flow Working Group' })).toContainText('Chris Patel')
  await expect(page.getByRole('article')).toHaveCount(2)

  const file = stored(kith)
  expect(file.events).toHaveLength(2)
  const added = file.events.find((e) => e.name === 'Patient Flow Working Group')
  expect(added).toMatchObject({ kind: 'committee', role: 'organizer', startOn: '2026-02-03', endOn: null })
  const names = added!.contactIds.map((id) => file.contacts.find((c) => c.id === id)?.name).sort()
  expect(names).toEqual(['Chris Patel', 'Sofia Petrov'])
})

test('invalid event input is explained beside the fields and changes nothing on disk', async ({ page, kith }) => {
  await openSample(page, kith)
  const before = (await settledBytes(page, kith)).toString('utf8')
  await nav(page, 'Events').click()

  await page.getByRole('button', { name: 'Add event' }).click()
  const form = page.getByRole('form', { name: 'New event' })
  await form.getByLabel('Start').fill('2026-03-10')
  await form.getByLabel('End (optional)').fill('2026-03-01')
  await form.getByRole('button', { name: 'Add event' }).click()

  await expect(form.getByRole('alert')).toHaveText('Nothing was saved: check the 2 highlighted fields.')
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription('Give the event a name.')
  await expect(form.getByLabel('End (optional)')).toHaveAccessibleDescription('The end date cannot be before the start date.')
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
  expect(storedText(kith)).toBe(before)

  // Fixing the name alone still leaves the dates to correct.
  await form.getByLabel('Name').fill('Spring Leadership Forum')
  await form.getByRole('button', { name: 'Add event' }).click()
  await expect(form.getByRole('alert')).toHaveText('Nothing was saved: check the highlighted field.')
  await expect(form.getByLabel('End (optional)')).toHaveAccessibleDescription('The end date cannot be before the start date.')
  expect(storedText(kith)).toBe(before)
  expect(stored(kith).events).toHaveLength(1)
})

test('the timeline filters by person and channel and says how many are shown', async ({ page, kith }) => {
  await openSample(page, kith)
  await nav(page, 'Timeline').click()
  const count = page.getByText(/^(\d+ of \d+ shown|\d+ interactions?)$/)
  await expect(count).toHaveText('50 interactions')
  // The table draws only the rows in view; its row count (with the header row) tells how many it holds.
  const table = page.locator('table.timeline-table')
  const rows = table.locator('tbody tr[aria-rowindex]')
  await expect(table).toHaveAttribute('aria-rowcount', '51')

  const file = stored(kith)
  const chris = file.contacts.find((c) => c.name === 'Chris Patel')!.id
  const withChris = file.interactions.filter((i) => i.contactIds.includes(chris))
  expect(withChris.length).toBeGreaterThan(0)

  const filters = page.getByRole('search', { name: 'Filter the timeline' })
  await filters.getByLabel('Person').fill('Chris Patel')
  await expect(count).toHaveText(`${withChris.length} of 50 shown`)
  await expect(table).toHaveAttribute('aria-rowcount', String(withChris.length + 1))
  await expect(rows).toHaveCount(withChris.length)
  for (const row of await rows.all()) await expect(row).toContainText('Chris Patel')

  // Channel on top of person: only what matches both.
  const channel = withChris[0]!.channel
  const both = withChris.filter((i) => i.channel === channel).length
  await filters.getByLabel('How').selectOption(channel)
  await expect(count).toHaveText(`${both} of 50 shown`)
  await expect(table).toHaveAttribute('aria-rowcount', String(both + 1))
  await expect(rows).toHaveCount(both)

  // Channel alone.
  await filters.getByLabel('Person').fill('')
  const byChannel = file.interactions.filter((i) => i.channel === channel).length
  await expect(count).toHaveText(`${byChannel} of 50 shown`)

  await filters.getByRole('button', { name: 'Clear filters' }).click()
  await expect(count).toHaveText('50 interactions')
  await expect(filters.getByLabel('How')).toHaveValue('')
})

test('marking the overdue follow-up done moves it to Done and records the day on disk', async ({ page, kith }) => {
  await openSample(page, kith)
  await nav(page, /^Follow-ups/).click()

  const open = page.getByRole('list', { name: 'Open follow-ups' })
  const item = open.getByRole('listitem').filter({ hasText: 'Send a thank-you for the mentoring call' })
  await expect(item).toContainText('Chris Patel')
  await expect(item).toContainText(/overdue by \d+ (days|weeks)/)
  await expect(item).toHaveClass(/overdue/)
  await expect(open.getByRole('listitem')).toHaveCount(2)

  await item.getByRole('checkbox', { name: 'Mark “Send a thank-you for the mentoring call” done' }).click()
  await expect(item).toBeHidden()
  await expect(open.getByRole('listitem')).toHaveCount(1)

  await page.getByText('Done (2)').click()
  const done = page.getByRole('list', { name: 'Done follow-ups' })
  await expect(done.getByRole('listitem').filter({ hasText: 'Send a thank-you for the mentoring call' })).toBeVisible()

  const saved = stored(kith).followUps.find((f) => f.title === 'Send a thank-you for the mentoring call')
  expect(saved?.doneOn).toBe(localIsoDate(new Date()))
})

test('an interaction is corrected in place from the timeline, and Undo puts it back', async ({ page, kith }) => {
  await openSample(page, kith)
  const before = stored(kith)
  const olivia = before.contacts.find((c) => c.name === 'Olivia Grant')!.id
  const chris = before.contacts.find((c) => c.name === 'Chris Patel')!.id
  const original = before.interactions.find((i) => i.summary === 'Forecasting ideas')!
  expect(original).toMatchObject({ contactIds: [olivia], channel: 'coffee' })
  const earlier = addDays(original.date, -3)

  await nav(page, 'Timeline').click()
  await page.getByRole('button', { name: `Edit the interaction on ${formatDay(original.date)} with Olivia Grant` }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit interaction' })
  const form = dialog.getByRole('form', { name: 'Edit interaction' })
  // Prefilled with the interaction as logged, and without the follow-up part of logging.
  await expect(form.getByLabel('Date')).toHaveValue(original.date)
  await expect(form.getByLabel('How')).toHaveValue('coffee')
  await expect(form.getByLabel('Who helped whom')).toHaveValue('mutual')
  await expect(form.getByLabel('Summary')).toHaveValue('Forecasting ideas')
  await expect(form.getByLabel('At an event')).toHaveValue('')
  await expect(form.getByRole('checkbox', { name: /Olivia Grant/ })).toBeChecked()
  await expect(form.getByText('(1 chosen)')).toBeVisible()
  await expect(form.getByRole('checkbox', { name: 'Follow up afterwards' })).toHaveCount(0)

  await form.getByLabel('Date').fill(earlier)
  await form.getByLabel('How').selectOption('video')
  await form.getByLabel('Find a person').fill('Chris')
  await form.getByRole('checkbox', { name: /Chris Patel/ }).check()
  await expect(form.getByText('(2 chosen)')).toBeVisible()
  // Someone ticked by mistake comes off from the chosen line, whatever the search shows.
  await form.getByLabel('Find a person').fill('Marcus')
  await form.getByRole('checkbox', { name: /Marcus Bell/ }).check()
  await form.getByLabel('Find a person').fill('')
  await expect(form.getByText('(3 chosen)')).toBeVisible()
  // With the keyboard alone: the focus moves on to the chip before it, not to the page.
  await form.getByRole('button', { name: 'Remove Marcus Bell' }).focus()
  await page.keyboard.press('Enter')
  await expect(form.getByText('(2 chosen)')).toBeVisible()
  await expect(form.getByRole('button', { name: 'Remove Chris Patel' })).toBeFocused()
  await expect(form.getByRole('button', { name: /^Remove / })).toHaveText(['Remove Olivia Grant ×', 'Remove Chris Patel ×'])
  await form.getByLabel('Summary').fill('Forecasting ideas, and her winter model')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Interaction updated.')).toBeVisible()

  const row = page.locator('table.timeline-table tbody tr').filter({ hasText: 'Forecasting ideas, and her winter model' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(formatDay(earlier))
  await expect(row).toContainText('Video call')
  await expect(row).toContainText('Olivia Grant')
  await expect(row).toContainText('Chris Patel')
  await expect(page.getByText(/^\d+ interactions$/)).toHaveText(`${before.interactions.length} interactions`)

  const after = stored(kith)
  expect(after.interactions).toHaveLength(before.interactions.length)
  expect(after.interactions.find((i) => i.id === original.id)).toEqual({
    ...original,
    contactIds: [olivia, chris],
    date: earlier,
    channel: 'video',
    summary: 'Forecasting ideas, and her winter model',
  })
  // Only that interaction changed.
  expect(after.interactions.filter((i) => i.id !== original.id)).toEqual(before.interactions.filter((i) => i.id !== original.id))

  await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Undone: editing an interaction.')).toBeVisible()
  await expect(row).toHaveCount(0)
  const restored = page.locator('table.timeline-table tbody tr').filter({ hasText: 'Forecasting ideas' })
  await expect(restored).toHaveCount(1)
  await expect(restored).toContainText(formatDay(original.date))
  await expect(restored).toContainText('Coffee')
  await expect(restored).not.toContainText('Chris Patel')
  expect(stored(kith).interactions.find((i) => i.id === original.id)).toEqual(original)
  expect(stored(kith).interactions).toEqual(before.interactions)
})

test('a future date in an edit is explained beside the date and changes nothing on disk', async ({ page, kith }) => {
  await openSample(page, kith)
  const original = stored(kith).interactions.find((i) => i.summary === 'Forecasting ideas')!
  const before = (await settledBytes(page, kith)).toString('utf8')

  await nav(page, 'Timeline').click()
  await page.getByRole('button', { name: `Edit the interaction on ${formatDay(original.date)} with Olivia Grant` }).click()
  const form = page.getByRole('form', { name: 'Edit interaction' })
  await form.getByLabel('Date').fill(addDays(localIsoDate(new Date()), 5))
  await form.getByRole('button', { name: 'Save changes' }).click()

  await expect(form.getByRole('alert')).toHaveText('Nothing was saved: check the highlighted field.')
  await expect(form.getByLabel('Date')).toHaveAccessibleDescription('The date is in the future.')
  await expect(form.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true')
  expect(storedText(kith)).toBe(before)

  // Closing now asks first, since the edit is unsaved.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('alertdialog', { name: 'Discard changes?' })).toBeVisible()
  await page.getByRole('button', { name: 'Discard' }).click()
  await expect(form).toBeHidden()
  expect(storedText(kith)).toBe(before)
})

test('an interaction is corrected from the contact’s panel on the map', async ({ page, kith }) => {
  await openSample(page, kith)
  const before = stored(kith)
  const original = before.interactions.find((i) => i.summary === 'Forecasting ideas')!
  const olivia = before.contacts.find((c) => c.name === 'Olivia Grant')!.id
  // Selecting a node the way a tap does (the canvas has no per-node element to click).
  await page.evaluate((id) => {
    window.cy!.getElementById(id).emit('tap')
  }, olivia)
  const panel = page.getByRole('complementary', { name: 'Details of Olivia Grant' })
  await panel.getByRole('button', { name: `Edit the interaction on ${formatDay(original.date)} with Olivia Grant` }).click()
  const form = page.getByRole('dialog', { name: 'Edit interaction' }).getByRole('form', { name: 'Edit interaction' })
  await form.getByLabel('Who helped whom').selectOption('gave')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Interaction updated.')).toBeVisible()
  await expect.poll(() => stored(kith).interactions.find((i) => i.id === original.id)?.direction).toBe('gave')
  expect(stored(kith).interactions.find((i) => i.id === original.id)).toEqual({ ...original, direction: 'gave' })
})
