/**
 * Every keyboard command, registered once: the key handler (shortcuts.tsx), the toolbar's tooltips, the
 * desktop menu's commands and the help overlay all read this table. `scope` says where a command works;
 * the 'go' commands are two keys in turn (G, then the view's letter), so they clash with neither the
 * map's single keys nor the desktop menu's Alt letters, nor a browser's Alt+digit tab keys.
 */
export const COMMANDS = [
  { id: 'help', keys: ['?'], label: 'Show these shortcuts', scope: 'anywhere' },
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
  { id: 'go-map', keys: ['G', 'M'], label: 'Map', scope: 'go' },
  { id: 'go-insights', keys: ['G', 'I'], label: 'Insights', scope: 'go' },
  { id: 'go-plan', keys: ['G', 'N'], label: 'Plan', scope: 'go' },
  { id: 'go-contacts', keys: ['G', 'C'], label: 'Contacts', scope: 'go' },
  { id: 'go-timeline', keys: ['G', 'T'], label: 'Timeline', scope: 'go' },
  { id: 'go-follow-ups', keys: ['G', 'F'], label: 'Follow-ups', scope: 'go' },
  { id: 'go-events', keys: ['G', 'E'], label: 'Events', scope: 'go' },
  { id: 'go-profile', keys: ['G', 'P'], label: 'Profile', scope: 'go' },
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

/** The first key of the 'go' commands, and what each second key goes to. */
export const GO_PREFIX = 'g'
const GO_KEYS: Readonly<Record<string, CommandId>> = {
  m: 'go-map',
  i: 'go-insights',
  n: 'go-plan',
  c: 'go-contacts',
  t: 'go-timeline',
  f: 'go-follow-ups',
  e: 'go-events',
  p: 'go-profile',
}

/**
 * The command a key press asks for, 'prefix' for the G of a 'go' command, or null. `afterPrefix` says the
 * previous key was that G: then only a view's letter counts. Typing in a field never triggers single-key
 * commands; the commands with a modifier and Escape reach their handlers, which decide what typing means for them.
 */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  typing: boolean,
  afterPrefix = false,
): CommandId | 'prefix' | null {
  const key = event.key.toLowerCase()
  if (event.ctrlKey || event.metaKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
    if (key === 'y') return 'redo'
    if (key === 'e') return 'export'
    return null
  }
  if (event.key === 'Escape') return 'escape'
  if (typing || event.altKey) return null
  if (afterPrefix) return Object.hasOwn(GO_KEYS, key) ? (GO_KEYS[key] ?? null) : null
  if (key === GO_PREFIX) return 'prefix'
  return Object.hasOwn(SINGLE_KEYS, key) ? (SINGLE_KEYS[key] ?? null) : null
}
