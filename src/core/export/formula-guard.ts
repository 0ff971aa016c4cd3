/**
 * First characters that make a spreadsheet read a cell as a formula when it opens a CSV: the OWASP list
 * (`=`, `+`, `-`, `@`, tab, carriage return), the NUL that OWASP's ASVS adds, and the full-width `＝＋－＠`
 * that East Asian editions of Excel also accept.
 */
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/

/**
 * A cell a spreadsheet will show as text, never run: one that starts like a formula gets a leading
 * apostrophe, the spreadsheet's own "this is text" mark (OWASP's advice against CSV formula injection).
 *
 * Every cell goes through this, phone numbers too: opened raw, Excel turns `+44 20 7946 0958` into a formula
 * error and `+442079460958` into 4.42E+11, so the apostrophe is also what keeps a phone number as written.
 */
export const guardFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell)
