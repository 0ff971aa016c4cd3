import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { commandForKey, type CommandId } from './commands'
import { useModalStack } from './modal-stack'
import { isTextEntry } from './text-entry'

/**
 * What a command does. `event` is the key press (null when the desktop menu sent it); `typing` says the
 * focus is in a text field. Returning false means "not handled": the key keeps its ordinary meaning there.
 */
export type CommandHandler = (context: { readonly event: KeyboardEvent | null; readonly typing: boolean }) => boolean | void

interface Registry {
  register(id: CommandId, handler: CommandHandler): () => void
  run(id: CommandId, event: KeyboardEvent | null): boolean
}

const ShortcutsContext = createContext<Registry | null>(null)

/** How long after G the second key of a 'go' command may come. */
const PREFIX_WAIT_MS = 1500

/**
 * The one keyboard listener of the app. Components register what a command does while they are mounted
 * (useCommand); the newest registration of a command wins, so the map's "L" (log with the selected person)
 * takes over from the app's while the map is open. Behind an open dialog nothing reacts: the dialog has
 * its own keys.
 */
export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const modals = useModalStack()
  const handlers = useRef(new Map<CommandId, CommandHandler[]>())

  const register = useCallback((id: CommandId, handler: CommandHandler) => {
    handlers.current.set(id, [...(handlers.current.get(id) ?? []), handler])
    return () => handlers.current.set(id, (handlers.current.get(id) ?? []).filter((h) => h !== handler))
  }, [])

  const run = useCallback(
    (id: CommandId, event: KeyboardEvent | null) => {
      if (modals.isOpen()) return false
      const handler = handlers.current.get(id)?.at(-1)
      if (!handler) return false
      const focused = event?.target instanceof HTMLElement ? event.target : document.activeElement instanceof HTMLElement ? document.activeElement : null
      return handler({ event, typing: focused !== null && isTextEntry(focused) }) !== false
    },
    [modals],
  )

  useEffect(() => {
    // When the G of a 'go' command was pressed: the next key within a moment picks the view.
    let prefixAt = -Infinity
    const onKey = (event: KeyboardEvent) => {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return
      const typing = event.target instanceof HTMLElement && isTextEntry(event.target)
      const afterPrefix = event.timeStamp - prefixAt < PREFIX_WAIT_MS
      prefixAt = -Infinity
      const id = commandForKey(event, typing, afterPrefix)
      if (id === 'prefix') {
        if (!modals.isOpen()) prefixAt = event.timeStamp
        return
      }
      // Handled keys do nothing else: "L" must not also type an "l" into the dialog it opens.
      if (id && run(id, event)) event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [run, modals])

  const registry = useMemo(() => ({ register, run }), [register, run])
  return <ShortcutsContext value={registry}>{children}</ShortcutsContext>
}

function useRegistry(): Registry {
  const registry = useContext(ShortcutsContext)
  if (!registry) throw new Error('Shortcuts need a ShortcutsProvider above them.')
  return registry
}

/** Makes `handler` what `id` does while the calling component is mounted; it always sees current props. */
export function useCommand(id: CommandId, handler: CommandHandler): void {
  useCommands([id], (_id, context) => handler(context))
}

/** Like useCommand for several commands with one handler, told which command ran (`ids` must not change). */
export function useCommands<Id extends CommandId>(ids: readonly Id[], handler: (id: Id, context: Parameters<CommandHandler>[0]) => boolean | void): void {
  const registry = useRegistry()
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  const key = ids.join(' ')
  useEffect(() => {
    const unregister = (key.split(' ') as Id[]).map((id) => registry.register(id, (context) => latest.current(id, context)))
    return () => unregister.forEach((stop) => stop())
  }, [registry, key])
}

/** Runs a command as if its key were pressed (the desktop menu's commands come through here). */
export function useRunCommand(): (id: CommandId) => boolean {
  const registry = useRegistry()
  return useCallback((id: CommandId) => registry.run(id, null), [registry])
}
