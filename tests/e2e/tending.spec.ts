import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { contactNodeCount, expect, settledBytes, test, type KithHost } from './fixtures'

type Stored = { contacts: { id: string; name: string; tieStrength: number; role: string }[]; interactions: { contactIds: string[]; summary: string }[]; followUps: { title: string; contactIds: string[]; dueOn: string }[] }
const stored = (kith: KithHost): Stored => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8'))
const strengthOf = (kith: KithHost, name: string) => stored(kith).contacts.find((c) => c.name === name)?.tieStrength

async function openContacts(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click()
}

test('add, edit, bulk edit three contacts, then undo and redo', async ({ page, kith }) => {
  await openContacts(page, kith)
  await page.getByRole('button', { name: 'Add contact' }).click()
  const form = page.getByRole('form', { name: 'New contact' })
  await form.getByLabel('Name').fill('Jonas Berg')
  await form.getByLabel('Other industries').check()
  await form.getByRole('button', { name: 'Add contact' }).click()
  await expect(page.getByRole('row', { name: /Jonas Berg/ })).toBeVisible()

  await page.getByRole('button', { name: 'Jonas Berg' }).click()
  const edit = page.getByRole('form', { name: 'Edit Jonas Berg' })
  await edit.getByLabel('Role').fill('Grid Analyst')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('row', { name: /Jonas Berg/ })).toContainText('Grid Analyst')

  for (const name of ['Jonas Berg', 'Kofi Asante', 'Sara Lindqvist']) await page.getByLabel(`Select ${name}`).check()
  await expect(page.getByRole('region', { name: 'Selected contacts' })).toContainText('3 selected')
  await page.getByRole('button', { name: 'Edit…' }).click()
  const bulk = page.getByRole('form', { name: 'Edit selected contacts' })
  await bulk.getByLabel('Tie strength').selectOption('5')
  await bulk.getByRole('button', { name: 'Apply to 3 contacts' }).click()
  await expect.poll(() => ['Jonas Berg', 'Kofi Asante', 'Sara Lindqvist'].map((n) => strengthOf(kith, n))).toEqual([5, 5, 5])

  const history = page.getByRole('group', { name: 'Undo and redo' })
  await history.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => ['Jonas Berg', 'Kofi Asante', 'Sara Lindqvist'].map((n) => strengthOf(kith, n))).toEqual([2, 1, 1])
  await expect(page.getByText('Undone: editing 3 contacts.')).toBeVisible()
  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(() => ['Jonas Berg', 'Kofi Asante', 'Sara Lindqvist'].map((n) => strengthOf(kith, n))).toEqual([5, 5, 5])
  // Two more undos take back the edit of the role, then the new contact itself.
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Z')
  await expect.poll(() => stored(kith).contacts.find((c) => c.name === 'Jonas Berg')?.role).toBe('')
  await history.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => stored(kith).contacts.some((c) => c.name === 'Jonas Berg')).toBe(false)
})

test('bulk delete says what goes with the contacts, and undo brings them back', async ({ page, kith }) => {
  await openContacts(page, kith)
  for (const name of ['Lucy Zhang', 'Gareth Evans', 'Sofia Petrov']) await page.getByLabel(`Select ${name}`).check()
  await page.getByRole('button', { name: 'Delete…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete 3 contacts?' })
  await expect(dialog).toContainText('5 ties between them and others')
  await expect(dialog).toContainText('3 interactions that only they were part of')
  await expect(dialog).toContainText('Their part in 1 shared interaction (the others keep it)')
  await dialog.getByRole('button', { name: 'Delete 3 contacts' }).click()
  await expect.poll(() => stored(kith).contacts.length).toBe(37)
  await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => stored(kith).contacts.length).toBe(40)
})

test('the table sorts by any column and shows what the history suggests', async ({ page, kith }) => {
  await openContacts(page, kith)
  await page.getByRole('button', { name: 'Most overdue first' }).click()
  // Never contacted comes first, then the most overdue against their cadence.
  const firstRow = page.getByRole('row').nth(1)
  await expect(firstRow).toContainText('never')
  await page.getByRole('button', { name: 'Last contact' }).click()
  await expect(page.getByRole('columnheader', { name: /Last contact/ })).toHaveAttribute('aria-sort', /ascending|descending/)
  await page.getByRole('combobox', { name: 'Category' }).selectOption('social')
  await expect(page.getByText('4 of 40 shown')).toBeVisible()
  await expect(page.getByRole('row', { name: /Kofi Asante/ })).toContainText('not met yet')
  await expect(page.getByRole('row', { name: /Matt Keller/ })).toContainText('met')

  await page.getByRole('combobox', { name: 'Category' }).selectOption('')
  await page.getByRole('button', { name: 'Daniel Cho' }).click()
  await expect(page.getByRole('form', { name: 'Edit Daniel Cho' })).toContainText(/You rated 5; the last year \(1 interaction\) suggests \d/)
})

test('logs an interaction with several people and a thank-you follow-up by default', async ({ page, kith }) => {
  await openContacts(page, kith)
  await page.getByLabel('Select Sofia Petrov').check()
  await page.getByLabel('Select Ibrahim Yusuf').check()
  await page.getByRole('button', { name: 'Log interaction' }).click()
  const log = page.getByRole('form', { name: 'Log an interaction' })
  await expect(log.getByRole('checkbox', { name: /Sofia Petrov/ })).toBeChecked()
  await log.getByLabel('How').selectOption('lunch')
  await log.getByLabel('Summary').fill('Lunch about the boarding pilot')
  await expect(log.getByLabel('What to do')).toHaveValue('Send a thank-you')
  await log.getByRole('button', { name: 'Log interaction' }).click()
  await expect(log).toBeHidden()
  const data = stored(kith)
  const interaction = data.interactions.find((i) => i.summary === 'Lunch about the boarding pilot')
  expect(interaction?.contactIds).toHaveLength(2)
  expect(data.followUps.find((f) => f.title === 'Send a thank-you')?.contactIds).toEqual(interaction?.contactIds)
})

test('bulk edit without a change, and a bad cadence, say so in plain words and change nothing', async ({ page, kith }) => {
  await openContacts(page, kith)
  const before = await settledBytes(page, kith)
  await page.getByLabel('Select Tom Reyes').check()
  await page.getByRole('button', { name: 'Edit…' }).click()
  const bulk = page.getByRole('form', { name: 'Edit selected contacts' })
  await bulk.getByRole('button', { name: 'Apply to 1 contact' }).click()
  await expect(bulk.getByRole('alert')).toHaveText('Choose at least one change to make.')
  await bulk.getByLabel('Keep in touch').selectOption('days')
  await bulk.getByLabel('Days between contacts').fill('2')
  await bulk.getByRole('button', { name: 'Apply to 1 contact' }).click()
  await expect(bulk.getByRole('alert')).toHaveText('Nothing was saved: check the highlighted field.')
  // The message stands beside the field it is about, which is marked.
  const days = bulk.getByLabel('Days between contacts')
  await expect(days).toHaveAttribute('aria-invalid', 'true')
  await expect(days).toHaveAccessibleDescription('Cadence must be at least 7 days.')
  // Typed input is not lost to a stray Escape: the dialog asks first.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('alertdialog', { name: 'Discard changes?' })).toBeVisible()
  expect(readFileSync(path.join(kith.dataDir, 'kith.json')).equals(before)).toBe(true)
})
