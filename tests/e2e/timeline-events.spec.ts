import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { localIsoDate } from '../../src/core/dates'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'

interface Stored {
  contacts: { id: string; name: string }[]
  interactions: { contactIds: string[]; channel: string }[]
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
  const before = storedText(kith)
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
  const rows = page.locator('table.timeline-table tbody tr')
  await expect(rows).toHaveCount(50)

  const file = stored(kith)
  const chris = file.contacts.find((c) => c.name === 'Chris Patel')!.id
  const withChris = file.interactions.filter((i) => i.contactIds.includes(chris))
  expect(withChris.length).toBeGreaterThan(0)

  const filters = page.getByRole('search', { name: 'Filter the timeline' })
  await filters.getByLabel('Person').fill('Chris Patel')
  await expect(count).toHaveText(`${withChris.length} of 50 shown`)
  await expect(rows).toHaveCount(withChris.length)
  for (const row of await rows.all()) await expect(row).toContainText('Chris Patel')

  // Channel on top of person: only what matches both.
  const channel = withChris[0]!.channel
  const both = withChris.filter((i) => i.channel === channel).length
  await filters.getByLabel('How').selectOption(channel)
  await expect(count).toHaveText(`${both} of 50 shown`)
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
  await expect(item).toContainText(/\d+ days overdue/)
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
