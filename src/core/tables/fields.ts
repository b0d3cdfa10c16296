/**
 * Reading a recognised table's figures by kind and field name — what the indicators, the draft
 * and cross-checks use: `officialField(workbook, 'basic-data', '三公经费.本年决算数')`.
 * Money comes in fen with its cell; head counts and rates as numbers; null when the workbook has
 * no such table or field, or the cell cannot be read as a number (table-identities says why).
 */
import { usableFen } from '../money/read-amount';
import type { Fen } from '../money/fen';
import type { RecognizedWorkbook } from './model';
import type { OfficialKindId, OfficialTable } from './official-table';
import { isOfficialTable } from '.';

export type FieldReading =
  | { readonly kind: 'money'; readonly fen: Fen; readonly sheet: string; readonly cell: string }
  | { readonly kind: 'count' | 'rate'; readonly value: number; readonly sheet: string; readonly cell: string };

/** The tables of one official kind, in workbook order. */
export function officialTables(workbook: RecognizedWorkbook, kind: OfficialKindId): OfficialTable[] {
  return workbook.tables.filter((table): table is OfficialTable => isOfficialTable(table) && table.kind === kind);
}

/** A field of the first table of `kind` that has it. */
export function officialField(workbook: RecognizedWorkbook, kind: OfficialKindId, field: string): FieldReading | null {
  for (const table of officialTables(workbook, kind)) {
    const number = table.numbers[field];
    if (number) return { kind: field === '控制率' ? 'rate' : 'count', value: number.value, sheet: table.sheet, cell: number.address };
    const cell = table.fields[field];
    if (!cell) continue;
    // a blank cell is no figure: an indicator or a sentence built on it would state a 0 nobody wrote
    const fen = cell.reading.kind === 'empty' ? null : usableFen(cell.reading);
    return fen === null ? null : { kind: 'money', fen, sheet: cell.sheet, cell: cell.address };
  }
  return null;
}

/** The field names a kind's tables in this workbook hold (for a picker or a message). */
export function officialFieldNames(workbook: RecognizedWorkbook, kind: OfficialKindId): string[] {
  return [...new Set(officialTables(workbook, kind).flatMap((table) => [...Object.keys(table.numbers), ...Object.keys(table.fields)]))];
}
