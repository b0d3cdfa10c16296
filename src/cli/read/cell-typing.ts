/**
 * Types the cells the scanner found (raw-cells.ts) as Excel shows them and stores them in the
 * sheet builder: numbers (dates where the cell's format is a date), shared strings, booleans,
 * errors, ISO dates and texts, each OOXML cell type explicitly (ECMA-376 part 1, 18.18.11).
 */
import { toA1 } from '../../core/grid/a1';
import type { CellRange, CellValue } from '../../core/grid/types';
import { isDateFormat, serialToIsoDate } from '../../core/grid/excel-dates';
import { isoCellDate } from './number-formats';
import { NO_VALUE, NUMBER_VALUE, SHARED_STRING_VALUE, TEXT_VALUE, type RawCellSink, type ValueKind } from './raw-cells';
import type { SheetBuilder } from './sheet-builder';
import { BadCell, NeedsGeneralReader } from './sheet-errors';
import { decodeXml } from './xml-text';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Number format of each cell style (`s` index), null for General. */
  readonly styleFormats: readonly (string | null)[];
  readonly date1904: boolean;
  /** Formula results saved by a program that does not calculate: read as missing. */
  readonly staleResults: boolean;
}

export class CellTyper implements RawCellSink {
  private readonly dateStyles: boolean[];

  constructor(
    private readonly sheet: SheetBuilder,
    private readonly context: SheetContext,
  ) {
    this.dateStyles = context.styleFormats.map((format) => isDateFormat(format));
  }

  cell(row: number, column: number, style: number, kind: ValueKind, number: number, text: string | null, type: string, formula: string | null): void {
    const format = this.context.styleFormats[style] ?? null;
    let value: CellValue;
    if (kind === NO_VALUE) value = null;
    else if (kind === NUMBER_VALUE) value = this.dateStyles[style] ? serialToIsoDate(number, this.context.date1904) : number;
    else if (kind === SHARED_STRING_VALUE && this.context.sharedStrings[number] !== undefined) value = this.context.sharedStrings[number];
    else if (kind === TEXT_VALUE) value = text;
    else value = this.typedValue(row, column, kind === SHARED_STRING_VALUE ? 's' : type, text ?? String(number), style);
    this.sheet.add(row, column, value, formula, format);
  }

  merge(range: CellRange): void {
    this.sheet.addMerge(range);
  }

  /** ECMA-376 part 1, 18.18.11 ST_CellType: every type read as Excel shows it. */
  private typedValue(row: number, column: number, type: string, raw: string, style: number): CellValue {
    switch (type) {
      case 's': {
        const text = this.context.sharedStrings[Number(raw)];
        if (text === undefined)
          throw new BadCell(
            toA1(row, column),
            `the cell refers to shared string ${raw}, which the workbook does not hold`,
            `单元格引用了第 ${raw} 号共享字符串，而工作簿中没有这一项`,
          );
        return text;
      }
      case 'str':
        return decodeXml(raw);
      case 'b':
        return raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
      case 'e':
        return { error: decodeXml(raw).trim() };
      case 'd':
        // an ISO date: a date to the reader, shown as its date text and never summed as an amount
        return isoCellDate(decodeXml(raw)) ?? decodeXml(raw);
      case 'n': {
        const number = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(number)) return decodeXml(raw); // not a number: its text, never a guess
        return this.dateStyles[style] ? serialToIsoDate(number, this.context.date1904) : number;
      }
      default:
        throw new NeedsGeneralReader(`cell type "${type}"`);
    }
  }
}
