import type { Core } from 'cytoscape'
import { useEffect, useEffectEvent, type RefObject } from 'react'
import { LAYOUT_LABELS, type LayoutId } from '../../core/layouts'
import type { IsoDate } from '../../core/dates'
import { formatLongDay } from '../shared/format'
import type { ExportedImage, ExportFormat, ExportScale } from './ExportDialog'
import type { Theme } from '../shared/theme'
import type { ExportBackground } from './export/export-layout'
import { mapStyle } from './map-style'
import type { PaperSize } from './export/pdf-page'
import { exportMapPdf } from './export/pdf-export'
import { exportMapPng } from './export/png-export'
import { exportMapSvg } from './export/svg-export'
import type { LegendContent } from './legend-content'
import { applyLabels } from './map-labels'

export type ExportOptions = { format: ExportFormat; scale: ExportScale; background: ExportBackground; theme?: Theme; paper?: PaperSize }

declare global {
  interface Window {
    /** The map's image export, for automation and the benchmark. */
    kithMap?: { exportImage(options: ExportOptions): Promise<ExportedImage> }
  }
}

/**
 * The image of what the map shows now: its layout, filters and legend, titled with the user's name and
 * the day. Search rings, the selection and tie mode are for working on the map, so they are taken off for
 * the picture and put back after. The image has its own light or dark, whatever the screen shows: the map
 * takes that theme's stylesheet while it is drawn, and the screen's back after.
 */
export function useMapExport(
  cy: RefObject<Core | null>,
  page: { readonly name: string; readonly layout: LayoutId; readonly legend: LegendContent; readonly today: IsoDate; readonly screenTheme: Theme },
): (options: ExportOptions) => Promise<ExportedImage> {
  const makeImage = async (options: ExportOptions): Promise<ExportedImage> => {
    const map = cy.current
    if (!map) throw new Error('The map is not ready yet.')
    const header = {
      title: page.name ? `${page.name} — network map` : 'Network map',
      subtitle: [formatLongDay(page.today), LAYOUT_LABELS[page.layout], page.legend.filterNote && `Filter: ${page.legend.filterNote}`].filter(Boolean).join(' · '),
    }
    const fileName = `kith-network-map-${page.today}.${options.format}`
    const marked = map.elements('.match, .tie-source')
    const markedClasses = marked.map((e) => ({ ele: e, match: e.hasClass('match'), tieSource: e.hasClass('tie-source') }))
    const chosen = map.elements(':selected')
    // "Collapse …" labels are controls, not part of the picture.
    const handles = map.nodes('[kind = "group-handle"]')
    map.batch(() => {
      marked.removeClass('match tie-source')
      chosen.unselect()
      handles.style('display', 'none')
    })
    // The image is drawn at one map unit per pixel (or more), so names get their size and spots for that.
    applyLabels(map, 1)
    const theme = options.theme ?? 'light'
    const look = { background: options.background, theme }
    if (theme !== page.screenTheme) map.style(mapStyle(theme))
    try {
      if (options.format === 'svg') return { blob: exportMapSvg(map, page.legend, header, look).blob, fileName, reducedTo: null }
      if (options.format === 'pdf') {
        const pdf = await exportMapPdf(map, page.legend, header, { ...look, paper: options.paper ?? 'a4' })
        return { blob: pdf.blob, fileName, reducedTo: null, changedNames: pdf.changedNames }
      }
      const png = await exportMapPng(map, page.legend, header, { ...look, scale: options.scale })
      return { blob: png.blob, fileName, reducedTo: png.reduced ? png.scale : null }
    } finally {
      if (theme !== page.screenTheme) map.style(mapStyle(page.screenTheme))
      map.batch(() => {
        for (const { ele, match, tieSource } of markedClasses) {
          if (match) ele.addClass('match')
          if (tieSource) ele.addClass('tie-source')
        }
        chosen.select()
        handles.removeStyle('display')
      })
      applyLabels(map)
    }
  }

  const forAutomation = useEffectEvent(makeImage)
  useEffect(() => {
    window.kithMap = { exportImage: (options) => forAutomation(options) }
    return () => {
      delete window.kithMap
    }
  }, [])
  return makeImage
}
