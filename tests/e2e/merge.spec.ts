import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Page } from '@playwright/test'
import type { NetworkFile } from '../../src/core/network-file'
import { expect, test, type KithHost } from './fixtures'
import { runAxe } from './axe'

/** Serious and critical axe findings in one part of the page. */
async function axeProblems(page: Page, scope: string) {
  const results = await runAxe(page, {}, scope)
  expect(results.passes.length, 'axe ran').toBeGreaterThan(0)
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const onDisk = (kith: KithHost) => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')) as NetworkFile

/** Ana typed by hand, Ana imported with an interaction, a tie and a follow-up, and Ben, through the API. */
async function seed(kith: KithHost, request: APIRequestContext) {
  const api = async (channel: string, data: unknown) => {
    const response = await request.post(`${kith.origin}/api/${channel}`, { data, headers: { Authorization: `Bearer ${kith.token}` } })
    const result = (await response.json()) as { ok: boolean; value: { id: string }; error?: { message: string } }
    if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`)
    return result.value
  }
  const typed = await api('contacts:create', { name: 'Ana Lima-Souza', categories: ['department'], email: 'ana@acme.com', organization: 'Acme' })
  const imported = await api('contacts:create', { name: 'Ana Lima', categories: ['social'], email: 'ANA@acme.com', role: 'Head of Data' })
  const ben = await api('contacts:create', { name: 'Ben Adler', categories: ['existing'] })
  await api('interactions:create', { contactIds: [imported.id], date: '2026-01-10', channel: 'coffee', followUp: { title: 'Send the deck', dueOn: '2026-01-20' } })
  await api('interactions:create', { contactIds: [imported.id, ben.id], date: '2026-02-10', channel: 'lunch' })
  await api('ties:create', { a: imported.id, b: ben.id })
  return { typed: typed.id, imported: imported.id, ben: ben.id }
}

async function openContacts(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Contacts/ }).click()
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible()
}

test('two near-duplicates are pointed out, merged through the table, and one Undo brings both back', async ({ page, kith, request }) => {
  const ids = await seed(kith, request)
  const before = onDisk(kith)
  await openContacts(page, kith)

  const hint = page.getByRole('region', { name: 'Possible duplicates' })
  await hint.getByRole('button', { name: '1 possible duplicate' }).click()
  await expect(hint).toContainText('same e-mail')
  expect(await axeProblems(page, '.duplicates-hint')).toEqual([])
  await hint.getByRole('button', { name: 'Merge Ana Lima-Souza and Ana Lima…' }).click()

  const dialog = page.getByRole('dialog', { name: 'Merge two contacts' })
  // The imported record holds more (a role, two interactions, a tie), so it is offered as the one to keep.
  await expect(dialog.getByRole('radio', { name: 'Ana Lima', exact: true })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: 'Ana Lima', exact: true })).toBeFocused()
  await dialog.getByRole('radio', { name: 'Ana Lima-Souza' }).check()
  await expect(dialog.getByRole('region', { name: 'What the merge does' })).toContainText('2 interactions, 1 tie and 1 follow-up move to Ana Lima-Souza.')
  await expect(dialog).toContainText('Filled in from Ana Lima: role.')

  expect(await axeProblems(page, 'dialog[open]')).toEqual([])

  await dialog.getByRole('button', { name: 'Merge into Ana Lima-Souza' }).click()
  await expect(dialog).toBeHidden()
  const notice = page.getByRole('status').filter({ hasText: 'Merged Ana Lima into Ana Lima-Souza.' })
  await expect(notice).toBeVisible()
  await expect(hint).toBeHidden()
  expect(await axeProblems(page, '.merge-notice')).toEqual([])

  // On disk: one Ana, holding the other's role, interactions, tie and follow-up.
  const merged = onDisk(kith)
  expect(merged.contacts.map((c) => c.name).sort()).toEqual(['Ana Lima-Souza', 'Ben Adler'])
  expect(merged.contacts.find((c) => c.id === ids.typed)).toMatchObject({ role: 'Head of Data', categories: ['department', 'social'] })
  expect(merged.interactions.map((i) => i.contactIds)).toEqual([[ids.typed], [ids.typed, ids.ben]])
  expect(merged.ties.map((t) => [t.a, t.b])).toEqual([[ids.typed, ids.ben]])
  expect(merged.followUps.map((f) => f.contactIds)).toEqual([[ids.typed]])

  await notice.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('alert')).toContainText('Undone: merging Ana Lima into Ana Lima-Souza.')
  await expect(hint.getByRole('button', { name: '1 possible duplicate' })).toBeVisible()
  const undone = onDisk(kith)
  expect(undone.contacts).toEqual(before.contacts)
  expect(undone.interactions).toEqual(before.interactions)
  expect(undone.ties).toEqual(before.ties)
  expect(undone.followUps).toEqual(before.followUps)
})

test('Merge… appears for exactly two selected people and works by keyboard, in dark mode too', async ({ page, kith, request }) => {
  await seed(kith, request)
  await page.emulateMedia({ colorScheme: 'dark' })
  await openContacts(page, kith)
  await page.getByRole('button', { name: '1 possible duplicate' }).click()
  expect(await axeProblems(page, '.duplicates-hint')).toEqual([])
  const selection = page.getByRole('region', { name: 'Selected contacts' })

  await page.getByRole('checkbox', { name: 'Select Ana Lima', exact: true }).focus()
  await page.keyboard.press('Space')
  await expect(selection.getByRole('button', { name: 'Merge…' })).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Select Ben Adler' }).focus()
  await page.keyboard.press('Space')
  await selection.getByRole('button', { name: 'Merge…' }).focus()
  await page.keyboard.press('Enter')

  const dialog = page.getByRole('dialog', { name: 'Merge two contacts' })
  await expect(dialog.getByRole('radio', { name: 'Ana Lima', exact: true })).toBeFocused()
  // Arrow keys move the choice within the radio group; the preview follows.
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByRole('radio', { name: 'Ben Adler' })).toBeChecked()
  await expect(dialog.getByRole('button', { name: 'Merge into Ben Adler' })).toBeVisible()
  expect(await axeProblems(page, 'dialog[open]')).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect(onDisk(kith).contacts).toHaveLength(3)
})
