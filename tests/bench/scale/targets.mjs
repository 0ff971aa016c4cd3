// The measures of `npm run bench:scale` and the targets of issue 12 on this machine (2 CPUs, no GPU).
import { fmtMb, fmtMs, sizeLabel } from './harness.mjs'

/** `targets`: the most a value may be, at a network size; `unit` says how to print it. */
export const MEASURES = [
  { key: 'hostOpen', label: 'host open, no migration (spawn → listening with the store open), on the file as Kith saved it', unit: 'ms', targets: [{ at: 30_000, max: 1500 }] },
  { key: 'hostOpenForeign', label: 'the same on a file Kith did not write (generated here): its full schema check', unit: 'ms', targets: [] },
  { key: 'editAck', label: 'one edit acknowledged (`contacts:update` over the API, median)', unit: 'ms', targets: [{ at: 30_000, max: 150 }] },
  { key: 'editVisible', label: 'one edit visible on the map as it opens (Save → window.cy shows it, median)', unit: 'ms', targets: [{ at: 30_000, max: 300 }] },
  { key: 'editVisibleExpanded', label: 'the same, after "Expand all" (everyone drawn)', unit: 'ms', targets: [] },
  { key: 'firstMap', label: "first meaningful map (navigation → 'kith:map-drawn')", unit: 'ms', targets: [{ at: 5000, max: 1500 }, { at: 30_000, max: 2000 }] },
  { key: 'floorMap', label: 'design floor: bare cytoscape, same positions, first frame', unit: 'ms', targets: [] },
  { key: 'floorRatio', label: 'first map ÷ design floor', unit: 'ratio', targets: [] },
  { key: 'heap', label: 'renderer JS heap with the map open (after GC)', unit: 'bytes', targets: [{ at: 30_000, max: 250 * 2 ** 20 }] },
  { key: 'panDrawn', label: 'map pan/zoom median frame, as first drawn', unit: 'ms', targets: [{ at: 5000, max: 25 }] },
  { key: 'panExpanded', label: 'map pan/zoom median frame, after "Expand all"', unit: 'ms', targets: [{ at: 5000, max: 25 }] },
  { key: 'contactsFirstRows', label: 'Contacts view: click → first row visible', unit: 'ms', targets: [{ at: 30_000, max: 500 }] },
  { key: 'filterLongest', label: 'typing in the contacts filter: longest frame', unit: 'ms', targets: [{ at: 30_000, max: 100 }] },
  { key: 'scrollMedian', label: 'scrolling the Contacts table first → last row: median frame', unit: 'ms', targets: [{ at: 30_000, max: 20 }] },
]

const formatValue = (unit, v) => (unit === 'bytes' ? fmtMb(v) : unit === 'ratio' ? `${v.toFixed(2)}×` : fmtMs(v))

export function targetText(measure) {
  if (measure.targets.length === 0) return '–'
  return measure.targets.map((t) => `≤ ${formatValue(measure.unit, t.max)} at ${sizeLabel(t.at)}`).join(', ')
}

/**
 * One cell: the value (or why there is none) and, at a size a target names, whether it is met.
 * `result` is { value } or { text } (n/a, timed out …), with an optional `note`.
 */
export function cellText(measure, size, result) {
  if (!result) return '–'
  const note = result.note ? ` (${result.note})` : ''
  if (typeof result.value !== 'number') return `${result.text ?? 'n/a'}${note}`
  const target = measure.targets.find((t) => t.at === size)
  const verdict = target ? (result.value <= target.max ? ' ✓' : ' ✗') : ''
  return `${formatValue(measure.unit, result.value)}${verdict}${note}`
}

/** The targets this run measured, met or missed, as lines for the end of the report. */
export function verdicts(results) {
  const lines = []
  for (const measure of MEASURES) {
    for (const target of measure.targets) {
      for (const run of results.filter((r) => r.size === target.at)) {
        const result = run.measures[measure.key]
        const state = typeof result?.value !== 'number' ? `not measured (${result?.text ?? 'n/a'})` : result.value <= target.max ? 'met' : 'missed'
        lines.push(`- ${run.profile} ${sizeLabel(run.size)}: ${measure.label}: ${state}`)
      }
    }
  }
  return lines
}
