/**
 * The map's keyboard commands, registered once: the key handler, the toolbar's tooltips and the help
 * overlay all read this table.
 */
export const MAP_COMMANDS = [
  { id: 'search', keys: ['/'], label: 'Search contacts' },
  { id: 'escape', keys: ['Esc'], label: 'Clear search, focus, selection or tie mode' },
  { id: 'fit', keys: ['F'], label: 'Fit the map to the screen' },
  { id: 'zoom-in', keys: ['+'], label: 'Zoom in' },
  { id: 'zoom-out', keys: ['-'], label: 'Zoom out' },
  { id: 'layout-orbit', keys: ['1'], label: 'Orbit layout' },
  { id: 'layout-organization', keys: ['2'], label: 'Clusters by organization' },
  { id: 'layout-category', keys: ['3'], label: 'Clusters by category' },
  { id: 'tie-mode', keys: ['T'], label: 'Add a tie: click two contacts' },
  { id: 'add-contact', keys: ['N'], label: 'Add a contact' },
  { id: 'log', keys: ['L'], label: 'Log an interaction' },
  { id: 'export', keys: ['Ctrl/⌘', 'E'], label: 'Export image' },
  { id: 'help', keys: ['?'], label: 'Show these shortcuts' },
] as const

export type MapCommandId = (typeof MAP_COMMANDS)[number]['id']

/** The command a key press asks for, or null. Typing in a field never triggers single-key commands. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, typing: boolean): MapCommandId | null {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'e') return 'export'
  if (event.key === 'Escape') return 'escape'
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return null
  switch (event.key) {
    case '/':
      return 'search'
    case 'f':
    case 'F':
      return 'fit'
    case '+':
    case '=':
      return 'zoom-in'
    case '-':
      return 'zoom-out'
    case '1':
      return 'layout-orbit'
    case '2':
      return 'layout-organization'
    case '3':
      return 'layout-category'
    case 't':
    case 'T':
      return 'tie-mode'
    case 'n':
    case 'N':
      return 'add-contact'
    case 'l':
    case 'L':
      return 'log'
    case '?':
      return 'help'
    default:
      return null
  }
}
