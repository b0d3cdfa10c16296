/**
 * The fast path for .xlsx and .xlsm: the package read part by part with node zlib, each sheet's
 * XML scanned straight into the grid as it inflates. Only the workbook, its relationships, the
 * shared strings, the styles and the worksheets are ever inflated; charts, drawings, pictures,
 * notes, tables, pivot caches and VBA are not even looked at, so they cannot make a file unreadable.
 */
import type { Sheet, Workbook } from '../../core/grid/types';
import { readSharedStrings, readStyleFormats, readWorkbookParts } from './ooxml-parts';
import { SheetBuilder } from './sheet-builder';
import { CellTyper, type SheetContext } from './cell-typing';
import { SheetScanner } from './sheet-scan';
import { ZipDamage, type ZipArchive, type ZipPart } from './zip-archive';

export interface FastReadOptions {
  /** Unpacked bytes of the parts to read that this process can afford (checked before inflating). */
  readonly byteBudget: number;
}

/** Thrown before inflating anything when the parts to read exceed the budget. */
export class OverBudget extends Error {
  constructor(
    readonly bytes: number,
    readonly budget: number,
  ) {
    super(`the parts to read unpack to ${bytes} bytes, over the budget of ${budget}`);
    this.name = 'OverBudget';
  }
}

/** A sheet the workbook lists whose part is not in the package. */
export class MissingPart extends ZipDamage {}

export async function readOoxmlFast(zip: ZipArchive, workbookPart: string, options: FastReadOptions): Promise<Workbook['sheets']> {
  const parts = readWorkbookParts(zip, workbookPart);
  const worksheetParts = parts.sheets.map((entry) => {
    if (entry.part === null) return null;
    const part = zip.part(entry.part);
    if (!part) throw new MissingPart('is missing from the file', entry.part);
    return part;
  });
  const sharedStrings = parts.sharedStringsPart ? zip.part(parts.sharedStringsPart) : undefined;
  const styles = parts.stylesPart ? zip.part(parts.stylesPart) : undefined;
  assertWithinBudget([...worksheetParts, sharedStrings, styles], options.byteBudget);

  const context: SheetContext = {
    sharedStrings: sharedStrings ? readSharedStrings(zip.read(sharedStrings).toString('utf8')) : [],
    styleFormats: styles ? readStyleFormats(zip.read(styles).toString('utf8')) : [],
    date1904: parts.date1904,
    staleResults: parts.staleResults,
  };
  const sheets: Sheet[] = [];
  for (const [index, entry] of parts.sheets.entries()) {
    const part = worksheetParts[index];
    if (!part) continue; // a chart sheet or another sheet without cells
    const builder = new SheetBuilder(entry.name);
    const scanner = new SheetScanner(new CellTyper(builder, context), context.staleResults);
    try {
      for await (const chunk of zip.stream(part)) scanner.feed(chunk);
      scanner.end();
    } catch (error) {
      throw withSheet(error, entry.name);
    }
    const sheet = builder.build(entry.hidden);
    if (sheet) sheets.push(sheet);
  }
  return sheets;
}

/** Errors that name a cell get the sheet they were found on. */
export class InSheet extends Error {
  constructor(
    readonly sheet: string,
    readonly fault: Error,
  ) {
    super(`${sheet}: ${fault.message}`);
    this.name = 'InSheet';
  }
}

function withSheet(error: unknown, sheet: string): unknown {
  if (error instanceof ZipDamage || !(error instanceof Error) || error.name === 'NeedsGeneralReader') return error;
  return new InSheet(sheet, error);
}

function assertWithinBudget(parts: readonly (ZipPart | null | undefined)[], budget: number): void {
  const bytes = parts.reduce((sum, part) => sum + (part?.uncompressedSize ?? 0), 0);
  if (bytes > budget) throw new OverBudget(bytes, budget);
}
