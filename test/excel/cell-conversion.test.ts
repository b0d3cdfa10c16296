import { readFileSync } from 'node:fs';
import { EXCEL_ERRORS, toCellValue, toNumberFormat } from '../../src/excel/cell-conversion';

/**
 * The spelling of each Excel.XxxErrorCellValue's `basicValue` in the installed Office.js types
 * (ExcelApi 1.16 and later): what `Range.values` reports for that error. Read from the types, not
 * copied, so an error a newer @types/office-js adds fails here until the reader knows it.
 */
function documentedErrors(): string[] {
  const types = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
  return types
    .split(/\binterface /)
    .filter((declaration) => /^\w+ErrorCellValue\s*\{/.test(declaration))
    .map((declaration) => /basicValue\?: "(#[^"]+)"/.exec(declaration)?.[1] ?? `no basicValue in ${declaration.slice(0, 40)}`);
}

/** Not in the released types: the preview Python-in-Excel errors, and a data type this Excel cannot show. */
const UNRELEASED_ERRORS = ['#PYTHON!', '#TIMEOUT!', '#UNKNOWN!'];

const EVERY_EXCEL_ERROR = [...new Set([...documentedErrors(), ...UNRELEASED_ERRORS])];

describe('toCellValue', () => {
  it.each(EVERY_EXCEL_ERROR)('reads %s as an error', (error) => {
    expect(toCellValue(error)).toEqual({ error });
  });

  it('knows exactly the documented errors, no more', () => {
    expect([...EXCEL_ERRORS].sort()).toEqual([...EVERY_EXCEL_ERROR].sort());
  });

  it.each(['#note', '#python!', ' #N/A', '#N/A ', '#', '#1 项目'])('keeps the text %j as text', (text) => {
    expect(toCellValue(text)).toBe(text);
  });

  it('reads empty as null and keeps numbers and booleans', () => {
    expect(toCellValue('')).toBeNull();
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(0)).toBe(0);
    expect(toCellValue(false)).toBe(false);
  });
});

describe('dates and formats as the CLI reads them (test/conformance)', () => {
  // Excel sends a date as its serial: summed, a date typed into an amount cell became 45291 万元
  it.each([
    [45291, 'yyyy/m/d', '2023-12-31'],
    [45291, 'm/d/yyyy', '2023-12-31'],
    [45291.5, 'yyyy-mm-dd hh:mm', '2023-12-31T12:00:00'],
    [45366, '[$-804]yyyy"年"m"月"d"日"', '2024-03-15'],
  ])('reads %d shown as %j as the date %s', (serial, format, iso) => {
    expect(toCellValue(serial, format)).toBe(iso);
  });

  it.each(['General', '#,##0.00', '0.00%', '#,##0.00;[Red]-#,##0.00', '0.00"万元"', '@', '#,##0.00_);(#,##0.00)', '0.00\\d'])(
    'keeps a number shown as %j a number',
    (format) => {
      expect(toCellValue(1865.39, format)).toBe(1865.39);
    },
  );

  it('reads "General" as no format, as a file without one', () => {
    expect(toNumberFormat('General')).toBeNull();
    expect(toNumberFormat('#,##0.00')).toBe('#,##0.00');
  });
});
