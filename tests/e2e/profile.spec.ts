import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, settledBytes, test, type KithHost } from './fixtures'

const stored = (kith: KithHost) => readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')
const storedMe = (kith: KithHost) => JSON.parse(stored(kith)).me

/** Today as the browser sees it: the same machine, so the same time zone. */
function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

async function openProfile(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click()
  await expect(page.getByRole('heading', { name: 'Your profile', level: 1 })).toBeVisible()
}

test('the profile shows the sample’s details and saves an edited industry', async ({ page, kith }) => {
  await openProfile(page, kith)
  await expect(page.getByRole('heading', { name: 'Priya Raman' })).toBeVisible()
  const link = page.getByRole('link', { name: /Open your LinkedIn profile/ })
  await expect(link).toHaveAttribute('href', 'https://www.linkedin.com/in/priya-raman-example')
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')

  const form = page.getByRole('form', { name: 'About you' })
  await expect(form.getByLabel('Organization', { exact: true })).toHaveValue('Northgate Health')
  await form.getByLabel('Industry', { exact: true }).fill('Health technology')
  await form.getByRole('button', { name: 'Save profile' }).click()

  await expect(page.getByText('Your profile is saved.')).toBeVisible()
  await expect.poll(() => storedMe(kith).industry).toBe('Health technology')
  await expect(form.getByLabel('Industry', { exact: true })).toHaveValue('Health technology')
  await expect(page.getByText('Industry: Health technology')).toBeVisible()
})

test('a LinkedIn URL that is not a web address is explained and nothing is saved', async ({ page, kith }) => {
  await openProfile(page, kith)
  const before = (await settledBytes(page, kith)).toString('utf8')

  const form = page.getByRole('form', { name: 'About you' })
  const url = form.getByLabel('LinkedIn URL', { exact: true })
  await url.fill('not a url at all')
  await form.getByRole('button', { name: 'Save profile' }).click()

  await expect(form.getByText('Nothing was saved: check the highlighted field.')).toBeVisible()
  await expect(form.getByText('LinkedIn URL must be a web address such as https://example.com.')).toBeVisible()
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await expect(url).toHaveAccessibleDescription('LinkedIn URL must be a web address such as https://example.com.')
  expect(stored(kith)).toBe(before)
  await expect(url).toHaveValue('not a url at all')
})

test('“Mark as reviewed today” records today’s date, clears the warning and shows the status instead', async ({ page, kith }) => {
  await openProfile(page, kith)
  const review = page.getByRole('region', { name: 'Profile review' })
  await expect(review).toContainText('Profile reviewed on')
  // The sample's profile was last reviewed 400 days ago; the review interval is the gap threshold's 182 days.
  await expect(review).toContainText('(13 months ago)')
  await expect(review).toContainText('It has been more than 6 months.')

  await review.getByRole('button', { name: 'Mark as reviewed today' }).press('Enter')
  await expect.poll(() => storedMe(kith).profileReviewedOn).toBe(localToday())
  await expect(review).toContainText('(today)')
  await expect(review).not.toContainText('It has been more than')
  // Done is a status, not a button; the keyboard user lands on it instead of the top of the page.
  await expect(review.getByRole('button', { name: /reviewed today/i })).toHaveCount(0)
  await expect(review.getByRole('status')).toHaveText('Marked as reviewed today.')
  await expect(review.getByRole('status')).toBeFocused()
})

test('ticking a part of the presence checklist saves it and updates the progress', async ({ page, kith }) => {
  await openProfile(page, kith)
  const checklist = page.getByRole('region', { name: 'Online presence' })
  await expect(checklist.getByText('3 of 5 up to date')).toBeVisible()
  const about = checklist.getByRole('checkbox', { name: 'About section' })
  await expect(about).not.toBeChecked()

  await about.check()
  await expect(checklist.getByText('4 of 5 up to date')).toBeVisible()
  await expect
    .poll(() => storedMe(kith).presence)
    .toEqual({ headline: true, about: true, experience: true, photo: true, recommendations: false })
  await expect(about).toBeChecked()
})

test('the profile page and the stale-profile gap follow the same review interval', async ({ page, kith }) => {
  await openProfile(page, kith)
  const review = page.getByRole('region', { name: 'Profile review' })
  await expect(review).toContainText('It has been more than 6 months.')

  // Reviewed 400 days ago: within a 450-day interval, the page and the insights both call it current.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Your online profile is out of date' })).toBeVisible()
  await page.getByRole('button', { name: 'Gap thresholds' }).click()
  const form = page.getByRole('form', { name: 'Gap thresholds' })
  await form.getByLabel('Profile review interval in days').fill('450')
  await form.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Your online profile is out of date' })).toHaveCount(0)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click()
  await expect(review).not.toContainText('It has been more than')
  await expect(review).toContainText('Next review suggested by')
})
