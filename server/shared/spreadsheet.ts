/**
 * CSV injection, written once for every CSV the product writes (the explorer's downloads, the
 * export bundle, the CLI export) and undone by the importer, so an export re-imports exactly.
 *
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula: `=HYPERLINK(…)` in a name would run on the reader's machine. Such a text cell is written
 * with a leading apostrophe, which spreadsheets show as text and do not evaluate. A text that
 * already starts with apostrophes before one of those characters gets one more, so that removing
 * exactly one on import always gives back the original.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const DEFUSED = /^'+[=+\-@\t\r]/;

/** The text as a CSV cell a spreadsheet will not evaluate. */
export const defuseCell = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

/** A cell read from a CSV back to the text that was written (the inverse of defuseCell). */
export const restoreCell = (text: string): string => (DEFUSED.test(text) ? text.slice(1) : text);
