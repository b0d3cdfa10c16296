/**
 * Adds a new sheet with rows of text (the template sheets). Never replaces a sheet: the name is
 * made unique. Cells are formatted as text (`@`) before the values go in, so text starting with
 * `=`, `+`, `-` or `@` stays text and never becomes a formula.
 */
import { rangeToA1 } from '../core/grid/a1';
import { detectCapabilities, type ExcelHost } from './excel-host';
import type { OwnWriteGuard } from './own-writes';
import { beginQuietWrite } from './quiet-writes';

const MAX_SHEET_NAME = 31;

/** Excel refuses these in sheet names, and a name may not start or end with an apostrophe. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned === '' ? 'Sheet' : cleaned;
}

/** `base`, else `base (2)`, `base (3)`…, compared as Excel does (case-insensitively), within 31 characters. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = cleanSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export async function writeSheet(host: ExcelHost, guard: OwnWriteGuard, baseName: string, rows: readonly (readonly string[])[]): Promise<string> {
  const capabilities = detectCapabilities(host.isSetSupported);
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();

    const name = uniqueSheetName(
      baseName,
      worksheets.items.map((s) => s.name),
    );
    const sheet = worksheets.add(name);
    sheet.load('id');
    await context.sync();

    const quiet = beginQuietWrite(context, capabilities, guard, [sheet.id]);
    try {
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (rows.length > 0 && width > 0) {
        const range = sheet.getRange(rangeToA1(1, 1, rows.length, width));
        range.numberFormat = rows.map(() => new Array<string>(width).fill('@'));
        range.values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
      }
      sheet.activate();
      await context.sync();
    } finally {
      await quiet.end();
    }
    return name;
  });
}
