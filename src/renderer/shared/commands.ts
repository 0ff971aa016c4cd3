/**
 * Every keyboard command, registered once: the key handler (shortcuts.tsx), the toolbar's tooltips, the
 * desktop menu's commands and the help overlay all read this table. `scope` says where a command works.
 */
export const COMMANDS = [
  { id: 'undo', keys: ['Ctrl/⌘', 'Z'], label: 'Undo the last change (in a text field: undo typing)', scope: 'anywhere' },
  { id: 'redo', keys: ['Shift', 'Ctrl/⌘', 'Z'], label: 'Redo', scope: 'anywhere' },
  { id: 'log', keys: ['L'], label: 'Log an interaction', scope: 'anywhere' },
  { id: 'search', keys: ['/'], label: 'Search contacts', scope: 'map' },
  { id: 'escape', keys: ['Esc'], label: 'Clear search, focus, selection or tie mode', scope: 'map' },
  { id: 'fit', keys: ['F'], label: 'Fit the map to the screen', scope: 'map' },
  { id: 'zoom-in', keys: ['+'], label: 'Zoom in', scope: 'map' },
  { id: 'zoom-out', keys: ['-'], label: 'Zoom out', scope: 'map' },
  { id: 'layout-orbit', keys: ['1'], label: 'Orbit layout', scope: 'map' },
  { id: 'layout-organization', keys: ['2'], label: 'Clusters by organization', scope: 'map' },
  { id: 'layout-category', keys: ['3'], label: 'Clusters by category', scope: 'map' },
  { id: 'tie-mode', keys: ['T'], label: 'Add a tie: click two contacts', scope: 'map' },
  { id: 'add-contact', keys: ['N'], label: 'Add a contact', scope: 'map' },
  { id: 'export', keys: ['Ctrl/⌘', 'E'], label: 'Export image', scope: 'map' },
  { id: 'help', keys: ['?'], label: 'Show these shortcuts', scope: 'map' },
] as const

export type CommandId = (typeof COMMANDS)[number]['id']
export type CommandScope = (typeof COMMANDS)[number]['scope']

const SINGLE_KEYS: Readonly<Record<string, CommandId>> = {
  '/': 'search',
  f: 'fit',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  '1': 'layout-orbit',
  '2': 'layout-organization',
  '3': 'layout-category',
  t: 'tie-mode',
  n: 'add-contact',
  l: 'log',
  '?': 'help',
}

/**
 * The command a key press asks for, or null. Typing in a field never triggers single-key commands; the
 * commands with a modifier and Escape reach their handlers, which decide what typing means for them.
 */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, typing: boolean): CommandId | null {
  const key = event.key.toLowerCase()
  if (event.ctrlKey || event.metaKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
    if (key === 'y') return 'redo'
    if (key === 'e') return 'export'
    return null
  }
  if (event.key === 'Escape') return 'escape'
  if (typing || event.altKey) return null
  return Object.hasOwn(SINGLE_KEYS, key) ? (SINGLE_KEYS[key] ?? null) : null
}
