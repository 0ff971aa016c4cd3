import type { ExportData, ExportFormat } from '../../../src/core/import-export-schema'
import type { IsoDate } from '../../../src/core/dates'
import { calendarEntries, calendarFileName } from '../../../src/core/export/calendar-entries'
import { graphmlFileName, graphmlText } from '../../../src/core/export/graphml'
import { kithJsonFileName, kithJsonText } from '../../../src/core/export/kith-json'
import { contactsCsvFileName, contactsTable, interactionsCsvFileName, interactionsTable } from '../../../src/core/export/spreadsheet-tables'
import type { NetworkFile } from '../../../src/core/network-file'
import { calendarIcsText } from './calendar-ics'
import { csvText } from './csv-text'

/**
 * The network in one of the export formats, named for `today`; the host saves it (a save dialog, or a download).
 * `now` stamps the calendar export (DTSTAMP).
 */
export function exportData(file: NetworkFile, format: ExportFormat, today: IsoDate, now: Date): ExportData {
  switch (format) {
    case 'kith-json':
      return { fileName: kithJsonFileName(today), mimeType: 'application/json', text: kithJsonText(file) }
    case 'contacts-csv':
      return { fileName: contactsCsvFileName(today), mimeType: 'text/csv', text: csvText(contactsTable(file, today)) }
    case 'interactions-csv':
      return { fileName: interactionsCsvFileName(today), mimeType: 'text/csv', text: csvText(interactionsTable(file)) }
    case 'graphml':
      return { fileName: graphmlFileName(today), mimeType: 'application/graphml+xml', text: graphmlText(file, today) }
    case 'calendar-ics':
      return { fileName: calendarFileName(today), mimeType: 'text/calendar', text: calendarIcsText(calendarEntries(file, today), now) }
  }
}
