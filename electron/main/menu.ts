import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import type { HostCommand } from '../../src/core/channels'
import { openExternalSafely } from './security'

/** The application menu; platform roles give the standard Edit and Window behaviour. */
/** `send` passes a command to the page; undo and redo go there so text fields keep their own undo. */
export function installMenu(dataDir: string, send: (command: HostCommand) => void): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', click: () => send('import') },
        { label: 'Export Map…', accelerator: 'CmdOrCtrl+E', click: () => send('export-map') },
        { label: 'Export Data…', click: () => send('export-data') },
        { label: 'Open Data Folder', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Kith on the Web', click: () => openExternalSafely('https://github.com/kith-app/kith') }],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
