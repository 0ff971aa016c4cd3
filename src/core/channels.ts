/**
 * Every backend channel, `domain:verb`.
 *
 * Kept apart from the contract so the preload can build its bridge without bundling zod.
 */
export const CHANNELS = [
  'network:get',
  'network:since',
  'contacts:create',
  'contacts:update',
  'contacts:delete',
  'contacts:bulk-update',
  'contacts:bulk-delete',
  'contacts:merge',
  'import:preview',
  'import:apply',
  'import:choose-file',
  'export:data',
  'ties:create',
  'ties:delete',
  'interactions:create',
  'interactions:update',
  'interactions:delete',
  'events:create',
  'events:update',
  'events:delete',
  'follow-ups:complete',
  'follow-ups:delete',
  'me:update',
  'settings:update',
  'layout:pin',
  'layout:reset',
  'insights:get',
  'gaps:dismiss',
  'gaps:restore',
  'sample:load',
  'sample:clear',
  'store:status',
  'store:restore',
  'store:reveal',
  'export:save',
  'history:status',
  'history:undo',
  'history:redo',
  'plan:suggest',
  'plan:add',
  'plan:update',
  'plan:move',
  'plan:set-status',
  'plan:set-busy',
  'plan:remove',
  'plan:fill',
  'templates:create',
  'templates:update',
  'templates:delete',
  'templates:reset',
  'outreach:sent',
] as const

export type Channel = (typeof CHANNELS)[number]

export const isChannel = (name: string): name is Channel => (CHANNELS as readonly string[]).includes(name)

/** Commands the desktop menu sends to the page (the browser host has no menu; the page's keys do the same). */
export const HOST_COMMANDS = ['export-map', 'export-data', 'import', 'undo', 'redo'] as const
export type HostCommand = (typeof HOST_COMMANDS)[number]

/**
 * What the desktop preload exposes as `window.kith`: one function per channel, answering a result envelope,
 * and a subscription to menu commands that returns its unsubscribe function.
 */
export type Bridge = { readonly [C in Channel]: (input: unknown) => Promise<unknown> } & {
  readonly onCommand: (listener: (command: HostCommand) => void) => () => void
}
