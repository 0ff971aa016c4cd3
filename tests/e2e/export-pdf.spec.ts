import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'
import { runAxe } from './axe'

declare global {
  interface Window {
    /** Content-Security-Policy violations seen by this spec's init script. */
    cspViolations?: string[]
  }
}

async function openSample(page: Page, kith: KithHost) {
  // Before Kith's scripts: the PDF libraries are loaded later, on the first PDF export, and must pass the CSP too.
  await page.addInitScript(() => {
    const seen: string[] = []
    window.cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`), true)
  })
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

/** Runs the Export image dialog for a PDF on `paper` and returns the downloaded file and the dialog's message. */
async function exportPdf(page: Page, paper: 'A4' | 'Letter', colours: 'Light' | 'Dark' = 'Light') {
  await page.getByRole('button', { name: 'Export image' }).click()
  const form = page.getByRole('form', { name: 'Export image' })
  await expect(form.getByLabel('Page size')).toBeHidden()
  await form.getByLabel('PDF document', { exact: false }).check()
  await form.getByLabel('Page size').selectOption({ label: paper })
  await form.getByLabel(colours, { exact: true }).check()
  const download = page.waitForEvent('download')
  await form.getByRole('button', { name: 'Export image' }).click()
  const file = await download
  const status = form.getByRole('status')
  await expect(status).toContainText('Saved to your downloads')
  const message = (await status.textContent()) ?? ''
  await form.getByRole('button', { name: 'Close', exact: true }).click()
  return { name: file.suggestedFilename(), pdf: readPdf(readFileSync((await file.path())!)), message }
}

/**
 * What the test needs from a PDF: its pages' MediaBoxes and the text of every content stream, inflated.
 *
 * WinAnsi text (what Helvetica uses) reads as Latin-1, so "José" in the page is "José" in `content`.
 */
function readPdf(bytes: Buffer) {
  const raw = bytes.toString('latin1')
  const streams: string[] = []
  for (const match of raw.matchAll(/\/Filter\s*\/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    streams.push(inflateSync(bytes.subarray(start, end)).toString('latin1'))
  }
  return {
    header: raw.slice(0, 5),
    pages: raw.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0,
    mediaBoxes: [...raw.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number)),
    content: streams.join('\n'),
    title: pdfTextString(/\/Title \(([^)]*)\)/.exec(raw)?.[1] ?? ''),
  }
}

/** A PDF text string (metadata), which is UTF-16BE after a byte-order mark when it holds more than Latin-1. */
const pdfTextString = (latin1: string) => (latin1.startsWith('\xfe\xff') ? Buffer.from(latin1.slice(2), 'latin1').swap16().toString('utf16le') : latin1)

/** `text` as a PDF string in WinAnsi, read back as Latin-1: the characters WinAnsi puts at 0x80–0x9F move there. */
const winAnsi = (text: string) => text.replace(/[’“”–—…]/g, (ch) => String.fromCharCode({ '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 }[ch]!))

/** Renames a contact over the API, as if the user had typed the name. */
async function rename(page: Page, kith: KithHost, from: string, to: string) {
  const id = await page.evaluate((name) => window.cy!.nodes('[kind = "contact"]').filter((n) => n.data('label') === name).id(), from)
  const response = await page.request.post(`${kith.origin}/api/contacts:update`, {
    data: { id, patch: { name: to } },
    headers: { Authorization: `Bearer ${kith.token}` },
  })
  expect(response.ok()).toBe(true)
}

test('exports the map as a one-page landscape PDF on A4 and on Letter, names as text', async ({ page, kith }) => {
  await openSample(page, kith)
  const names = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]').map((n) => n.data('label') as string))
  // Not yet loaded: jsPDF and svg2pdf.js come with the first PDF export, not with the app.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /jspdf|svg2pdf/.test(r.name)))).toBe(false)

  const a4 = await exportPdf(page, 'A4')
  expect(a4.name).toMatch(/^kith-network-map-\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(a4.pdf.header).toBe('%PDF-')
  expect(a4.pdf.pages).toBe(1)
  expect(a4.pdf.mediaBoxes).toEqual([[0, 0, 841.89, 595.28]])
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /jspdf/.test(r.name)))).toBe(true)

  const letter = await exportPdf(page, 'Letter')
  expect(letter.pdf.pages).toBe(1)
  expect(letter.pdf.mediaBoxes).toEqual([[0, 0, 792, 612]])

  for (const [{ pdf }, [pageW, pageH]] of [[a4, [841.89, 595.28]], [letter, [792, 612]]] as const) {
    // svg2pdf.js places the drawing with a translation, then clips to its box: inside the 36 pt margin,
    // centred both ways (one axis touches the margin, the other has equal room before and after).
    const box = /1\.? 0\.? 0\.? 1\.? ([\d.]+) ([\d.]+) cm[^]{0,40}?q\s+1\.? 0\.? 0\.? 1\.? 0\.? 0\.? cm\s+0\.? 0\.? ([\d.]+) ([\d.]+) re\s+W/.exec(pdf.content)
    expect(box).not.toBeNull()
    const [x, y, w, h] = box!.slice(1).map(Number) as [number, number, number, number]
    expect(Math.min(x, y)).toBeCloseTo(36, 3)
    expect(x + w).toBeLessThanOrEqual(pageW - 36 + 0.01)
    expect(y + h).toBeLessThanOrEqual(pageH - 36 + 0.01)
    expect(pageW - (x + w)).toBeCloseTo(x, 3)
    expect(pageH - (y + h)).toBeCloseTo(y, 3)
    // Every name is written as text (a Tj string), not drawn as a picture.
    // Each name once as real text; its halo copy is marked as an artifact, which search and copy skip.
    const real = pdf.content.replace(/\/Artifact BMC[^]*?EMC/g, '')
    for (const name of names) expect(real.split(`(${winAnsi(name)}) Tj`).length - 1, name).toBe(1)
    expect(pdf.content).toContain('/Artifact BMC')
    expect(pdf.content).toContain(`(${winAnsi('Colour — category')}) Tj`)
    expect(pdf.title).toBe('Priya Raman — network map')
    // No images at all: the page is vector.
    expect(pdf.content).not.toMatch(/\bDo\b/)
  }
  expect(await page.evaluate(() => window.cspViolations)).toEqual([])
})

test('keeps Latin-1 accents in the PDF and says which names its font cannot show', async ({ page, kith }) => {
  await openSample(page, kith)
  await rename(page, kith, 'Kofi Asante', 'José Müller')
  await rename(page, kith, 'Grace Liu', 'Zoë Ångström')
  await rename(page, kith, 'Matt Keller', 'Иван Петров')
  await page.reload()
  await expect.poll(() => page.evaluate(() => window.cy?.nodes('[label = "Иван Петров"]').length ?? 0)).toBe(1)

  const { pdf, message } = await exportPdf(page, 'A4', 'Dark')
  expect(pdf.content).toContain('(José Müller) Tj')
  expect(pdf.content).toContain('(Zoë Ångström) Tj')
  // Cyrillic is not in Helvetica's WinAnsi set: shown as question marks, never as a garbled UTF-16 string.
  expect(pdf.content).toContain('(???? ??????) Tj')
  expect(pdf.content).not.toContain('\xfe\xff')
  expect(message).toContain('One name uses letters the PDF’s built-in font lacks')
  expect(message).toContain('Иван Петров')
  expect(message).not.toContain('José')
  // Dark colours: the whole sheet is filled with the dark page colour (#151a1f) before the map is drawn.
  // (jsPDF writes 841.89 as 841.8899999999999864 and measures y from the bottom.)
  expect(pdf.content).toMatch(/^[^]{0,40}0\.08 0\.1 0\.12 rg\s+0\.? 595\.2\d* 841\.8\d* -595\.2\d* re\s+f\s/)
})

test('exports again from the same open dialog, on the other paper', async ({ page, kith }) => {
  await page.setViewportSize({ width: 720, height: 450 })
  await openSample(page, kith)
  await page.getByRole('button', { name: 'Export image' }).click()
  const form = page.getByRole('form', { name: 'Export image' })
  await form.getByLabel('PDF document', { exact: false }).check()
  const boxes: number[][][] = []
  for (const paper of ['A4', 'Letter']) {
    await form.getByLabel('Page size').selectOption({ label: paper })
    const download = page.waitForEvent('download')
    await form.getByRole('button', { name: 'Export image' }).click()
    boxes.push(readPdf(readFileSync((await (await download).path())!)).mediaBoxes)
    // The outcome is scrolled into view in a short window.
    await expect(form.getByRole('status')).toBeInViewport()
  }
  expect(boxes).toEqual([[[0, 0, 841.89, 595.28]], [[0, 0, 792, 612]]])
})

test('the PDF choice and its page size work by keyboard and pass axe, light and dark', async ({ page, kith }) => {
  await openSample(page, kith)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.getByRole('button', { name: 'Export image' }).click()
    const form = page.getByRole('form', { name: 'Export image' })
    await form.getByLabel('PNG picture').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(form.getByLabel('PDF document', { exact: false })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(form.getByLabel('Page size')).toBeFocused()
    const axe = await runAxe(page, {}, 'dialog[open]')
    expect(axe.passes.length).toBeGreaterThan(0)
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(form).toBeHidden()
  }
})
