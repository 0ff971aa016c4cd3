import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { openExternalSafely } from './security'

/** The application menu; platform roles give the standard Edit and Window behaviour. */
export function installMenu(dataDir: string, exportMap: () => void): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Export Map…', accelerator: 'CmdOrCtrl+E', click: exportMap },
        { label: 'Open Data Folder', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
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
