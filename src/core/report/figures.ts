/**
 * Reads the figures and texts the draft needs from the recognised tables, each with the cells it
 * came from. Empty cells: inside a project table an empty amount is zero (tables leave zeros blank);
 * beside a label (summary, unit info) an empty value is missing, since a blank template has every
 * label and no value — drafting `0万元` from it would be a guess.
 */
import { toA1 } from '../grid/a1';
import { isCellError, type CellValue } from '../grid/types';
import type { Fen } from '../money/fen';
import { usableFen } from '../money/read-amount';
import type {
  AmountCell,
  LabelledAmount,
  LabelledCell,
  ProjectAmountField,
  ProjectRow,
  ProjectTable,
  SummaryField,
  SummaryTable,
  UnitInfo,
  UnitInfoField,
} from '../recognize/model';
import type { CellRef } from './draft-model';
import type { Piece } from './fill-template';
import { formatWan } from './format';

/** An exact amount with the cells it was computed from. */
export interface Money {
  readonly fen: Fen;
  readonly sources: readonly CellRef[];
}

/** An amount for a sentence; when it is missing, `unreadable` names the cell that could not be read. */
export function moneyPiece(money: Money | null, field: string, unreadable?: CellRef): Piece {
  if (money) return { kind: 'figure', text: formatWan(money.fen), sources: money.sources };
  return unreadable ? { kind: 'missing', field, sources: [unreadable] } : { kind: 'missing', field };
}

export function addMoney(...parts: Money[]): Money {
  return { fen: parts.reduce((sum, part) => sum + part.fen, 0n), sources: parts.flatMap((part) => part.sources) };
}

export function subtractMoney(a: Money, b: Money): Money {
  return { fen: a.fen - b.fen, sources: [...a.sources, ...b.sources] };
}

/** The summary's amount for `field` as a sentence piece. */
export function summaryPiece(summary: SummaryTable | undefined, field: SummaryField): Piece {
  const cell = summary?.fields[field];
  return moneyPiece(summaryMoney(summary, field), field, summary && cell ? { sheet: summary.sheet, address: cell.address } : undefined);
}

export function summaryMoney(summary: SummaryTable | undefined, field: SummaryField): Money | null {
  const cell: LabelledAmount | undefined = summary?.fields[field];
  if (!summary || !cell) return null;
  const fen = usableFen(cell.reading);
  return fen === null ? null : { fen, sources: [{ sheet: summary.sheet, address: cell.address }] };
}

/** An amount of a project or sub-item row; null when its column is absent or the cell unreadable. */
export function rowMoney(table: ProjectTable, row: ProjectRow, field: ProjectAmountField): Money | null {
  const cell: AmountCell | undefined = row.amounts[field];
  if (cell === undefined) {
    const column = table.columns[field];
    // the column exists but recognition kept no cell for this row: an empty cell
    return column === undefined ? null : { fen: 0n, sources: [{ sheet: table.sheet, address: toA1(row.row, column) }] };
  }
  const source = { sheet: table.sheet, address: cell.address };
  if (cell.reading.kind === 'empty') return { fen: 0n, sources: [source] };
  const fen = usableFen(cell.reading);
  return fen === null ? null : { fen, sources: [source] };
}

/** A project-table amount as a sentence piece. */
export function rowPiece(table: ProjectTable, row: ProjectRow, field: ProjectAmountField, label: string = field): Piece {
  const cell = row.amounts[field];
  return moneyPiece(rowMoney(table, row, field), label, cell ? { sheet: table.sheet, address: cell.address } : undefined);
}

/** The cell of a text column (name, purpose) in a project-table row. */
export function rowTextRef(table: ProjectTable, row: ProjectRow, field: '项目名称' | '子项目' | '主要用途'): CellRef | undefined {
  const column = table.columns[field];
  return column === undefined ? undefined : { sheet: table.sheet, address: toA1(row.row, column) };
}

export interface UnitText {
  readonly text: string;
  readonly source: CellRef;
}

/** A unit-info value as text (numbers as written), or null when absent or blank. */
export function unitText(info: UnitInfo | undefined, field: UnitInfoField): UnitText | null {
  const cell: LabelledCell | undefined = info?.fields[field];
  if (!info || !cell) return null;
  const text = cellText(cell.value).trim();
  return text === '' ? null : { text, source: { sheet: info.sheet, address: cell.address } };
}

/** A unit-info value as a figure piece (name, level, nature). */
export function unitFigure(info: UnitInfo | undefined, field: UnitInfoField): Piece {
  const value = unitText(info, field);
  return value ? { kind: 'figure', text: value.text, sources: [value.source] } : { kind: 'missing', field };
}

function unreadable(field: string, value: UnitText | null): Piece {
  return value ? { kind: 'missing', field, sources: [value.source] } : { kind: 'missing', field };
}

/** A head count or number of offices: `8`, `8人`, `３５名` → the integer; anything else is missing. */
export function unitCount(info: UnitInfo | undefined, field: UnitInfoField): Piece {
  const value = unitText(info, field);
  const digits = value && /^([0-9０-９]+)\s*[人名个]?$/.exec(value.text)?.[1];
  if (!value || !digits) return unreadable(field, value);
  const ascii = digits.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return { kind: 'figure', text: String(Number(ascii)), sources: [value.source] };
}

/** The report year from 年度 (`2023`, `2023年`, `2023年度`). */
export function unitYear(info: UnitInfo | undefined): Piece {
  const value = unitText(info, '年度');
  const year = value && /^((?:19|20)\d{2})\s*年?度?$/.exec(value.text)?.[1];
  return value && year ? { kind: 'figure', text: year, sources: [value.source] } : unreadable('年度', value);
}

function cellText(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  return String(value);
}
