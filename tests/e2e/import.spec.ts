import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import type { NetworkFile } from '../../src/core/network-file'
import { contactNodeCount, expect, settledBytes, test, type KithHost } from './fixtures'

/*
 * Importing through the browser host's page: the file picker, the preview, the people on disk afterwards,
 * sorting them into categories, a broken file (nothing written), a file dropped onto the window, and the
 * second import of the same file.
 */

const FIXTURES = path.resolve('tests/fixtures/import')
const CONNECTIONS = path.join(FIXTURES, 'Connections.csv')

const storeBytes = (kith: KithHost) => readFileSync(path.join(kith.dataDir, 'kith.json'))
const onDisk = (kith: KithHost) => JSON.parse(storeBytes(kith).toString('utf8')) as NetworkFile
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import contacts' })

async function openSample(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

async function goToContacts(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click()
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible()
}

/** "Import contacts…" → the browser's file picker → the file at `file`. */
async function chooseFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import contacts…' }).click()
  await (await chooser).setFiles(file)
}

/** Drags a file over the window (the overlay shows) and drops it, as a file manager would. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(([fileName, content]) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([content], fileName, { type: 'text/csv' }))
    return transfer
  }, [name, text] as const)
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await page.dispatchEvent('body', 'dragover', { dataTransfer })
  await expect(page.getByText('Drop the file to import its contacts')).toBeVisible()
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(page.getByText('Drop the file to import its contacts')).toBeHidden()
}

test('imports a LinkedIn export through the file picker: the preview counts it, and the people are saved with where they came from', async ({ page, kith }) => {
  await page.goto(kith.url)
  // Day one: the welcome screen offers it.
  await chooseFile(page, CONNECTIONS)
  const dialog = importDialog(page)
  await expect(dialog.getByLabel('Read as')).toHaveValue('linkedin-csv')
  await expect(dialog.getByText('6 new, 0 to update, 1 left out.', { exact: true })).toBeVisible()
  const people = dialog.getByRole('region', { name: /^New people/ })
  await expect(people.getByRole('row')).toHaveCount(7)
  await expect(people.getByRole('row', { name: /Ben O'Brien/ })).toContainText('Harbor Logistics')
  await expect(people.getByRole('row', { name: /Chloé Dubois/ })).toContainText('The "Good" Company')
  // A formula is only text: shown as written, never run.
  await expect(people.getByRole('row', { name: /Elena García/ })).toContainText('=HYPERLINK("http://evil.example","Click")')
  // The nameless row, with its line in the file (after the Notes preamble, the blank line and the header).
  await expect(dialog.getByRole('region', { name: /^Left out/ })).toContainText(/Line 9\s.*name/i)

  // By keyboard: the focus starts on the counts, and Tab reaches the import button.
  await expect(dialog.getByText('6 new, 0 to update, 1 left out.', { exact: true })).toBeFocused()
  const importButton = dialog.getByRole('button', { name: 'Import 6 contacts' })
  for (let i = 0; i < 12 && !(await importButton.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(importButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('alert')).toContainText('Added 6 people from “Connections.csv”. 1 row was left out.')
  // Next: sorting them into categories, with the focus already there.
  await expect(page.getByRole('button', { name: 'Choose categories for 6 people…' })).toBeFocused()

  const saved = onDisk(kith)
  expect(saved.contacts.map((c) => c.name).sort()).toEqual(['Ana Silva', "Ben O'Brien", 'Chloé Dubois', 'Dev Patel', 'Elena García', 'Farid Haddad'])
  const ana = saved.contacts.find((c) => c.name === 'Ana Silva')!
  expect(ana).toMatchObject({ organization: 'Acme, Inc.', role: 'Head of Data', email: 'ana.silva@acme.example', connectedOn: '2024-03-12', categories: ['social'] })
  expect(ana.sources).toEqual([expect.objectContaining({ kind: 'linkedin-csv' })])
  expect(saved.contacts.find((c) => c.name === 'Elena García')!.role).toBe('=HYPERLINK("http://evil.example","Click")')
  expect(saved.contacts.every((c) => c.sources.length === 1 && c.sources[0]!.kind === 'linkedin-csv' && c.connectedOn !== null)).toBe(true)
})

test('shows just the people imported, all selected, and sorts them into a category that the map then draws', async ({ page, kith }) => {
  await openSample(page, kith)
  await goToContacts(page)
  await chooseFile(page, CONNECTIONS)
  await importDialog(page).getByRole('button', { name: 'Import 6 contacts' }).click()
  await expect(importDialog(page)).toBeHidden()

  // Straight away: just them, every one selected, the bulk edit one click away.
  const bar = page.getByRole('region', { name: 'Just imported' })
  await expect(bar).toContainText('Showing the 6 people just imported from “Connections.csv”')
  await expect(page.getByText('6 of 46 shown')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Selected contacts' })).toContainText('6 selected')

  // Later: everyone again, and the way back to the six.
  await bar.getByRole('button', { name: 'Show everyone' }).click()
  await expect(page.getByText('46 contacts', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Clear selection' }).click()
  await page.getByRole('button', { name: 'Show the 6 just imported' }).click()
  await expect(page.getByText('6 of 46 shown')).toBeVisible()
  const table = page.locator('.contacts-table tbody')
  await expect(table.getByRole('row')).toHaveCount(6)
  await page.getByRole('checkbox', { name: 'Select all shown' }).check()

  await page.getByRole('region', { name: 'Just imported' }).getByRole('button', { name: 'Choose categories for 6 people…' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit 6 contacts' })
  await expect(edit.getByLabel('What to do with categories')).toHaveValue('replace')
  await edit.getByLabel('Leaders in my field').check()
  await edit.getByRole('button', { name: 'Apply to 6 contacts' }).click()
  await expect(edit).toBeHidden()

  const imported = onDisk(kith).contacts.filter((c) => c.sources.some((s) => s.kind === 'linkedin-csv'))
  expect(imported).toHaveLength(6)
  expect(imported.every((c) => c.categories.length === 1 && c.categories[0] === 'leader')).toBe(true)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Map' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(46)
  const ids: string[] = imported.map((c) => c.id)
  const drawn = await page.evaluate((wanted) => window.cy!.nodes('[kind = "contact"]').filter((n) => wanted.includes(n.id())).map((n) => n.data('category') as string), ids)
  expect(drawn).toEqual(['leader', 'leader', 'leader', 'leader', 'leader', 'leader'])
})

test('a broken file gets a message naming it, with the focus on it, and the store on disk stays byte for byte the same', async ({ page, kith }) => {
  await openSample(page, kith)
  await goToContacts(page)
  const before = await settledBytes(page, kith)
  const dialog = importDialog(page)

  await chooseFile(page, path.join(FIXTURES, 'photo.csv'))
  await expect(dialog.getByRole('alert')).toContainText('“photo.csv” is not a text file')
  await expect(dialog.getByRole('alert')).toBeFocused()
  await expect(dialog.getByRole('button', { name: /^Import / })).toHaveCount(0)

  // Another file from inside the dialog: a CSV without any header Kith knows.
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose another file…' }).click()
  await (await chooser).setFiles(path.join(FIXTURES, 'no-header.csv'))
  await expect(dialog.getByRole('alert')).toContainText('“no-header.csv” does not look like a LinkedIn, Google or Outlook CSV')
  await expect(dialog.getByRole('alert')).toBeFocused()

  // Too large to send: refused by its size before it is read, and the new message takes the focus again.
  const huge = test.info().outputPath('everything.csv')
  writeFileSync(huge, Buffer.alloc(21_000_000, 'a'))
  const another = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose another file…' }).click()
  await (await another).setFiles(huge)
  await expect(dialog.getByRole('alert')).toContainText('“everything.csv” is too large to import (21 MB; at most 20 MB)')
  await expect(dialog.getByRole('alert')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  expect(storeBytes(kith).equals(before)).toBe(true)
})

test('a file dropped onto the window opens the same preview; other drags are left alone', async ({ page, kith }) => {
  await openSample(page, kith)
  // Dragging text (not a file) shows no overlay.
  const text = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.setData('text/plain', 'just words')
    return transfer
  })
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: text })
  await expect(page.getByText('Drop the file to import its contacts')).toBeHidden()

  await dropFile(page, 'Connections.csv', readFileSync(CONNECTIONS, 'utf8'))
  const dialog = importDialog(page)
  await expect(dialog.getByText('6 new, 0 to update, 1 left out.', { exact: true })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Import 6 contacts' })).toBeVisible()
  // Cancelled: nothing was imported.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(onDisk(kith).contacts).toHaveLength(40)

  // A large export, cancelled while it is being checked: its answer, when it comes, opens nothing.
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/import:preview'), { timeout: 60_000 })
  const rows = Array.from({ length: 30_000 }, (_, i) => `Person,Number ${i},https://www.linkedin.com/in/p-${i},,Acme,Analyst,1 Mar 2024`)
  await dropFile(page, 'Connections-30000.csv', `First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n${rows.join('\r\n')}\r\n`)
  await expect(dialog.getByRole('status')).toHaveText(/^(Reading Connections-30000\.csv…|Checking 30,000 rows…)$/)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  // Once the backend has answered the check, still nothing.
  await (await answered).finished()
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await expect(dialog).toBeHidden()
  expect(onDisk(kith).contacts).toHaveLength(40)
})

test('importing the same file again says nothing would change; a later export shows who is new and what changes', async ({ page, kith }) => {
  await page.goto(kith.url)
  await chooseFile(page, CONNECTIONS)
  await importDialog(page).getByRole('button', { name: 'Import 6 contacts' }).click()
  await expect(page.getByRole('region', { name: 'Just imported' })).toBeVisible()
  const before = await settledBytes(page, kith)

  await chooseFile(page, CONNECTIONS)
  const dialog = importDialog(page)
  await expect(dialog.getByText('0 new, 0 to update, 1 left out.', { exact: true })).toBeVisible()
  await expect(dialog.getByText('Everyone in this file is already in Kith; nothing would change.')).toBeVisible()
  await expect(dialog.getByRole('button', { name: /^Import / })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()
  expect(storeBytes(kith).equals(before)).toBe(true)

  // A year later Ana has a new position, and Grace is a new connection.
  await chooseFile(page, path.join(FIXTURES, 'Connections-2025.csv'))
  await expect(dialog.getByText('1 new, 1 to update, 0 left out.', { exact: true })).toBeVisible()
  await expect(dialog.getByRole('region', { name: /^To update/ })).toContainText('Ana Silva')
  await expect(dialog.getByRole('region', { name: /^To update/ })).toContainText('Role: Head of Data → Chief Data Officer')
  await dialog.getByRole('button', { name: 'Import 2 contacts' }).click()
  await expect(page.getByRole('region', { name: 'Just imported' })).toContainText('Showing the 2 people just imported from “Connections-2025.csv”')
  expect(onDisk(kith).contacts.find((c) => c.name === 'Ana Silva')!.role).toBe('Chief Data Officer')
  // Only Grace is new: "Choose categories" replaces categories, so Ana, already sorted, starts unticked.
  await expect(page.getByRole('region', { name: 'Just imported' })).toContainText('1 person was already in Kith and only brought up to date')
  await expect(page.getByRole('region', { name: 'Selected contacts' })).toContainText('1 selected')
  await expect(page.getByRole('checkbox', { name: /Ana Silva/ })).not.toBeChecked()

  // Undo takes the whole import back in one step.
  await page.getByRole('button', { name: 'Undo the import' }).click()
  await expect.poll(() => onDisk(kith).contacts.find((c) => c.name === 'Ana Silva')?.role).toBe('Head of Data')
  expect(onDisk(kith).contacts.map((c) => c.name)).not.toContain('Grace Ito')
  await expect(page.getByRole('alert')).toContainText('Undone: importing 2 contacts from “Connections-2025.csv”.')
  // Taken back, it is no longer offered.
  await expect(page.getByRole('region', { name: 'Just imported' })).toBeHidden()
  await expect(page.getByRole('button', { name: /^Show the \d+ just imported$/ })).toHaveCount(0)
})

test('a Kith backup says in plain words that it replaces the whole network, and restores it', async ({ page, kith }) => {
  await openSample(page, kith)
  // The store file is itself a backup: keep it, then add someone the backup does not have.
  const backup = test.info().outputPath('kith-backup.json')
  writeFileSync(backup, storeBytes(kith))
  await goToContacts(page)
  await page.getByRole('button', { name: 'Add contact' }).click()
  const form = page.getByRole('form', { name: 'New contact' })
  await form.getByLabel('Name', { exact: true }).fill('Zed Newcomer')
  await form.getByLabel('People I value').check()
  await form.getByRole('button', { name: 'Add contact' }).click()
  await expect.poll(() => onDisk(kith).contacts.length).toBe(41)

  await chooseFile(page, backup)
  const dialog = importDialog(page)
  await expect(dialog.getByLabel('Read as')).toHaveValue('kith-json')
  await expect(dialog.getByRole('list', { name: 'Warnings' })).toContainText('Restoring replaces your whole network with the backup “kith-backup.json”')
  await expect(dialog.getByRole('list', { name: 'Warnings' })).toContainText('1 person now in Kith is not in the backup and would go.')
  await dialog.getByRole('button', { name: 'Replace my network with this backup' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('alert')).toContainText('Restored the backup “kith-backup.json”.')
  // Not new people to sort: the view stays as it was.
  await expect(page.getByRole('region', { name: 'Just imported' })).toBeHidden()
  expect(onDisk(kith).contacts.map((c) => c.name)).not.toContain('Zed Newcomer')
  expect(onDisk(kith).contacts).toHaveLength(40)
})
