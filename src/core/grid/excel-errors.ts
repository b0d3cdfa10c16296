/**
 * The error values Excel shows in a cell; the add-in's `Range.values` reports them as these
 * strings (exceljs as `{ error }` objects). The list follows the ErrorCellValueType enum of the
 * Excel JavaScript API (ExcelApi 1.16: each type's `basicValue`; a placeholder reads as `#BUSY!`),
 * its preview additions `#PYTHON!` and `#TIMEOUT!` (Python in Excel), and `#UNKNOWN!`, which
 * Excel shows for a data type it cannot display. A text cell with any other `#…` stays text.
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#EXTERNAL!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
]);
