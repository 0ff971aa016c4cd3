import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, HOST_COMMANDS, type Bridge, type HostCommand } from '../../src/core/channels'

/*
 * The whole bridge: one function per contract channel, each forwarding its input over IPC, and a
 * subscription to menu commands. ipcRenderer itself never reaches the page. Bundled as CommonJS because
 * the preload runs sandboxed.
 */
const onCommand = (listener: (command: HostCommand) => void) => {
  const relay = (_event: unknown, command: unknown) => {
    if ((HOST_COMMANDS as readonly unknown[]).includes(command)) listener(command as HostCommand)
  }
  ipcRenderer.on('kith:command', relay)
  return () => void ipcRenderer.removeListener('kith:command', relay)
}

const bridge = Object.freeze({
  ...Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
  onCommand,
}) as Bridge

contextBridge.exposeInMainWorld('kith', bridge)
