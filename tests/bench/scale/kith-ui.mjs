// Everything the scale bench knows about Kith's screens, in one place: when the UI changes (the aggregated
// overview, virtualized lists), adapt the selectors and actions here. A control that is not there returns
// null, which the report prints as "n/a".
/* global window, document, requestAnimationFrame, getComputedStyle */

export const UI = {
  /** The map's container; window.cy is the live cytoscape (src/renderer/map/use-cytoscape.ts). */
  map: '.map-canvas',
  /** Set on the map's first drawn frame. */
  mapDrawnMark: 'kith:map-drawn',
  /** The overview's control that draws every person (the map opens as an overview above 500 visible contacts). */
  expandAll: { role: 'button', name: /^expand all$/i },
  /** The contact panel opened by tapping a node, and its Edit button. */
  contactPanel: 'aside.contact-panel',
  panelEdit: { role: 'button', name: 'Edit', exact: true },
  /** The contact form of the edit dialog, its Name field and submit button. */
  contactForm: 'form.contact-form',
  formName: { label: 'Name', exact: true },
  formSubmit: 'form.contact-form button[type="submit"]',
  /** The main navigation and the Contacts view. */
  nav: (label) => ({ selector: 'nav#main-nav', role: 'button', name: label, exact: true }),
  contactsRow: 'table.contacts-table tbody tr',
  contactsTable: 'table.contacts-table',
  contactsFilter: 'input[aria-label="Search contacts"]',
  /** Today's table pages by hand: a button adds the next 200 rows. */
  showMore: 'button.show-more',
}

/** True when the map holds one node per contact for `contactId` (in the overview it may sit inside a group). */
export const CONTACT_NODES = '[kind = "contact"]'

/**
 * Clicks "Expand all" when the map has it; false when it does not. With `deferClick` the click runs from a
 * zero-delay timer in the page and this returns at once: at large sizes the page renders synchronously after
 * the click, and a Playwright click can block until it is done. The deferred click's time (performance.now())
 * is left in window.__expandClickAt.
 */
export async function expandAll(page, { deferClick = false } = {}) {
  const button = page.getByRole(UI.expandAll.role, { name: UI.expandAll.name })
  if ((await button.count()) === 0) return false
  if (deferClick) {
    await button.first().evaluate((element) => {
      window.__expandClickAt = null
      setTimeout(() => {
        window.__expandClickAt = performance.now()
        element.click()
      }, 0)
    })
  } else await button.first().click()
  return true
}

/**
 * Opens the edit form of a contact drawn on the map and types `name` into it, without saving. The contact is
 * opened by a tap on its node (cytoscape's own event), as a click on it would.
 */
export async function openEditForm(page, contactId, name, timeoutMs) {
  const stage = async (what, action) => {
    try {
      await action()
    } catch (error) {
      throw new Error(`${what}: ${error.message.split('\n')[0]}`, { cause: error })
    }
  }
  // Braces: emit() returns the element, and Playwright would serialize the whole graph behind it (tens of seconds at 30k).
  await page.evaluate((id) => {
    window.cy.getElementById(id).emit('tap')
  }, contactId)
  const panel = page.locator(UI.contactPanel)
  await stage('the contact panel', () => panel.waitFor({ state: 'visible', timeout: timeoutMs }))
  await stage('its Edit button', () => panel.getByRole(UI.panelEdit.role, { name: UI.panelEdit.name, exact: UI.panelEdit.exact }).click({ timeout: timeoutMs }))
  const form = page.locator(UI.contactForm)
  await stage('the edit form', () => form.waitFor({ state: 'visible', timeout: timeoutMs }))
  await stage('its Name field', () => form.getByLabel(UI.formName.label, { exact: UI.formName.exact }).fill(name, { timeout: timeoutMs }))
}

/**
 * In the page: submits the open contact form and resolves once window.cy shows `name` on the contact's node:
 * the time from the click to that frame, and when the backend answered contacts:update.
 */
export function saveAndWatch({ submit, id, name }) {
  return new Promise((resolve) => {
    const button = document.querySelector(submit)
    const t0 = performance.now()
    button.click()
    const deadline = t0 + 60_000
    const poll = () => {
      const now = performance.now()
      if (window.cy?.getElementById(id).data('label') === name || now > deadline) {
        const answer = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/contacts:update') && e.startTime >= t0 - 1)
        resolve({ visibleMs: now > deadline ? null : now - t0, ackMs: answer ? answer.responseEnd - t0 : null })
      } else requestAnimationFrame(poll)
    }
    requestAnimationFrame(poll)
  })
}

/** In the page: the first contact node on the map, with its label, or null. */
export function firstContactNode(selector) {
  const node = window.cy?.nodes(selector)[0]
  return node ? { id: node.id(), label: node.data('label') } : null
}

/** In the page: clicks a navigation item and resolves when a row of `rowSelector` is visible; ms from the click. */
export function navigateAndWaitForRow({ label, rowSelector }) {
  return new Promise((resolve) => {
    const button = [...document.querySelectorAll('nav#main-nav button')].find((b) => b.textContent.trim().startsWith(label))
    if (!button) return resolve({ ms: null, why: `no "${label}" in the navigation` })
    const t0 = performance.now()
    button.click()
    const poll = () => {
      const row = document.querySelector(rowSelector)
      const box = row?.getBoundingClientRect()
      if (box && box.height > 0 && box.top < window.innerHeight) resolve({ ms: performance.now() - t0 })
      else if (performance.now() - t0 > 60_000) resolve({ ms: null, why: 'no row within 60 s' })
      else requestAnimationFrame(poll)
    }
    requestAnimationFrame(poll)
  })
}

/**
 * In the page: the element that scrolls the contacts table (the nearest scrolling ancestor), and how many rows
 * one can reach by scrolling: rows in the DOM, or the table's aria-rowcount when a virtualized list sets it.
 */
export function contactsScrollInfo({ table, row, showMore }) {
  const t = document.querySelector(table)
  if (!t) return null
  let box = t.parentElement
  while (box && !(box.scrollHeight > box.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement
  const rowCount = Number(t.getAttribute('aria-rowcount')) || document.querySelectorAll(row).length
  return { found: Boolean(box), rowsReachable: rowCount, pagesByHand: document.querySelector(showMore) !== null }
}

/**
 * In the page: scrolls the contacts table from top to bottom in `frames` equal steps, one per frame, and
 * returns the frame deltas. The steps are large enough to cross the whole list in a few seconds.
 */
export function scrollThrough({ table, frames }) {
  let box = document.querySelector(table).parentElement
  while (box && !(box.scrollHeight > box.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement
  return new Promise((resolve) => {
    box.scrollTop = 0
    const deltas = []
    const step = Math.max(1, (box.scrollHeight - box.clientHeight) / frames)
    let last = null
    const tick = (t) => {
      if (last !== null) deltas.push(t - last)
      last = t
      const before = box.scrollTop
      box.scrollTop = before + step
      if (box.scrollTop > before && deltas.length < frames * 4) requestAnimationFrame(tick)
      else resolve({ deltas, scrolledPx: box.scrollTop })
    }
    requestAnimationFrame(tick)
  })
}
