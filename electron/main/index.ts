import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, Notification, shell, type OpenDialogOptions } from 'electron'
import { localIsoDate } from '../../src/core/dates'
import { dueFollowUps } from '../../src/core/follow-ups'
import { plural, pluralWord } from '../../src/core/wording'
import type { NetworkFile } from '../../src/core/network-file'
import { resolveDataDir } from '../backend/data-dir'
import type { PickedFile } from '../backend/import/choose-file'
import { openBackend, type Backend } from '../backend/open-backend'
import { describeStartFailure } from '../backend/start-failure'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { bindIpc } from './ipc'
import { installMenu } from './menu'
import { denyAllPermissions, hardenWebContents, rendererUrl } from './security'

/*
 * The desktop host: one sandboxed window over the shared backend. Everything it does beyond wiring is
 * in electron/backend (data) and src/renderer (UI).
 */

const here = path.dirname(fileURLToPath(import.meta.url))
let mainWindow: BrowserWindow | null = null
let backend: Backend | null = null

app.enableSandbox()
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // A second launch brings this window forward (its --data-dir, if any, is ignored: one Kith at a time).
  app.on('second-instance', () => {
    if (!backend) return
    if (!mainWindow) createWindow()
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.show()
    mainWindow?.focus()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failToStart(`Kith could not start: ${String(error)}`))
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  try {
    backend = await openBackend({
      dataDir,
      hostName: 'desktop',
      host: { revealFolder: async (dir) => (await shell.openPath(dir)) === '', saveFile: saveWithDialog, pickImportFile: openWithDialog },
    })
  } catch (error) {
    failToStart(describeStartFailure(error, dataDir))
    return
  }
  hardenWebContents()
  denyAllPermissions()
  serveRenderer(path.join(here, '../renderer'))
  bindIpc(backend.dispatch)
  installMenu(dataDir, (command) => mainWindow?.webContents.send('kith:command', command))
  createWindow()
  void notifyDueFollowUps(backend)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Kith',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would open links in a new window, bypassing the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  mainWindow.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame) failToStart(`Kith could not load its window (${description}, ${code}) from ${url}.`)
  })
  mainWindow.loadURL(rendererUrl()).catch(() => undefined) // did-fail-load reports it
}

/** At start, one system notification for follow-ups due today or earlier (the browser shows a notice instead). */
async function notifyDueFollowUps(opened: Backend): Promise<void> {
  const network = await opened.dispatch('network:get', {})
  if (!network.ok || !Notification.isSupported()) return
  const due = dueFollowUps((network.value as NetworkFile).followUps, localIsoDate(new Date()))
  if (due.length === 0) return
  new Notification({
    title: `${plural(due.length, 'follow-up')} ${pluralWord(due.length, 'is', 'are')} due`,
    body: due.map((f) => f.title).join('\n'),
  }).show()
}

/** What the save dialog calls each kind of file Kith exports (export:save allows only these), and where it suggests saving it. */
const SAVED_FILES: Readonly<Record<string, { readonly name: string; readonly folder: 'pictures' | 'documents' }>> = {
  png: { name: 'PNG image', folder: 'pictures' },
  svg: { name: 'SVG image', folder: 'pictures' },
  pdf: { name: 'PDF document', folder: 'documents' },
  json: { name: 'Kith backup', folder: 'documents' },
  csv: { name: 'CSV spreadsheet', folder: 'documents' },
  graphml: { name: 'GraphML network', folder: 'documents' },
  ics: { name: 'iCalendar file', folder: 'documents' },
}

/** The native save dialog for exported images and data; writes where the user chose, or nothing if cancelled. */
async function saveWithDialog(fileName: string, bytes: Uint8Array): Promise<string | null> {
  const extension = path.extname(fileName).slice(1)
  const kind = SAVED_FILES[extension] ?? { name: extension.toUpperCase(), folder: 'documents' }
  const options = {
    defaultPath: path.join(app.getPath(kind.folder), fileName),
    filters: [{ name: kind.name, extensions: [extension] }],
  }
  const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return null
  await writeFile(choice.filePath, bytes)
  return choice.filePath
}

/** File → Import…: the native open dialog; the chosen file as UTF-8 text, or only its size when it is over `maxBytes`. */
async function openWithDialog(maxBytes: number): Promise<PickedFile | null> {
  const options: OpenDialogOptions = {
    title: 'Import contacts',
    properties: ['openFile'],
    filters: [
      { name: 'Contact files or Kith backup', extensions: ['csv', 'vcf', 'vcard', 'json'] },
      { name: 'Contact files (LinkedIn, Google or Outlook CSV, vCard)', extensions: ['csv', 'vcf', 'vcard'] },
      { name: 'Kith backup', extensions: ['json'] },
    ],
  }
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  const filePath = choice.filePaths[0]
  if (choice.canceled || !filePath) return null
  const fileName = path.basename(filePath)
  // By its size first: a 2 GB file chosen by mistake must not be read into memory.
  const { size } = await stat(filePath)
  if (size > maxBytes) return { fileName, size, text: null }
  return { fileName, size, text: await readFile(filePath, 'utf8') }
}

/** Tells the user why, saves and releases the data folder if it was opened, and quits. */
function failToStart(message: string): void {
  dialog.showErrorBox('Kith cannot start', message)
  const opened = backend
  backend = null
  void (opened ? opened.close() : Promise.resolve()).finally(() => app.exit(1))
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

// Save what is queued and release the data folder before the process ends.
let closing = false
app.on('before-quit', (event) => {
  if (!backend || closing) return
  closing = true
  event.preventDefault()
  void backend.close().finally(() => app.quit())
})
