import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, type Bridge } from '../../src/core/channels'

/*
 * The whole bridge: one function per contract channel, each forwarding its input over IPC.
 * ipcRenderer itself never reaches the page. Bundled as CommonJS because the preload runs sandboxed.
 */
const bridge = Object.freeze(
  Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
) as Bridge

contextBridge.exposeInMainWorld('kith', bridge)
