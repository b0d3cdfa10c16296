/**
 * Gives formulas the value of a field in one place — a project row, the summary, the unit info —
 * in base units (fen, or persons), with the cell it came from. Empty cells of a present column
 * are 0; unreadable cells make the value unavailable (amounts-valid reports them).
 */
import { toA1 } from '../../grid/a1';
import type { CellValue } from '../../grid/types';
import type { Fen } from '../../money/fen';
import { usableFen } from '../../money/read-amount';
import type { AmountColumn } from '../../recognize/amount-column';
import type { AmountCell, ProjectAmountField, ProjectRow, ProjectTable, SummaryTable, SummaryField, UnitInfo, UnitInfoField } from '../../recognize/model';
import type { FieldFen, FieldValue } from '../../rulebook/evaluate-formula';
import type { OfficialTable } from '../../tables/official-table';
import { countsAsZero } from '../../tables/scopes';
import { sheetRowsOf } from './project-rows';

const UNAVAILABLE: FieldValue = { kind: 'unavailable' };
const ABSENT: FieldValue = { kind: 'absent' };

/**
 * A tolerance in fen as a number where it is one exactly, to compare with the plain amounts of a
 * column: V8 compares a number with a bigint far more slowly than two numbers, 100k times a rule.
 */
export function asNumberIfExact(fen: Fen): Fen | number {
  return fen <= BigInt(Number.MAX_SAFE_INTEGER) && fen >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : fen;
}

/** The fen of an amount cell (0 when empty), or null when it cannot take part in sums. */
export function cellFen(cell: AmountCell | undefined): bigint | null {
  if (!cell || cell.reading.kind === 'empty') return 0n;
  return usableFen(cell.reading);
}

/**
 * The fen `row` holds in `field`, read from the table's column (no cell record): 0 when the cell is
 * empty or the table has no such column, null when it cannot take part in sums.
 */
export function rowFen(table: ProjectTable, row: ProjectRow, field: ProjectAmountField): Fen | null {
  const column = table.amountColumns[field];
  return column ? column.fen(row.row) : 0n;
}

const columnSums = new WeakMap<ProjectTable, Map<ProjectAmountField, bigint | null>>();

/**
 * Σ of one amount column over a table's project rows; null as in sumRows. Summed once per table
 * (column-totals and projects-vs-summary both need them, and tables may have 100k rows).
 */
export function projectColumnSum(table: ProjectTable, field: ProjectAmountField): bigint | null {
  let sums = columnSums.get(table);
  if (!sums) columnSums.set(table, (sums = new Map()));
  if (!sums.has(field)) sums.set(field, columnSum(table, field));
  return sums.get(field) ?? null;
}

/** Σ of a column over the project rows: in one tight loop when every cell is plain (the usual case), else as sumRows adds. */
function columnSum(table: ProjectTable, field: ProjectAmountField): Fen | null {
  const column = table.amountColumns[field];
  if (!column) return 0n;
  const plain = plainSum(column, sheetRowsOf(table.projects));
  return plain !== null ? BigInt(plain) : sumRows(table, table.projects, field);
}

/**
 * Σ of the column's cells in `sheetRows` when each is empty or a plain number and every partial sum
 * stays within PLAIN_SUM_LIMIT (so each addition is exact); else null. No call in the loop that has
 * not run before: V8 compiles the loop while it runs, and a first call would undo that.
 */
function plainSum(column: AmountColumn, sheetRows: Int32Array): number | null {
  let sum = 0;
  for (let i = 0; i < sheetRows.length; i++) {
    const fen = column.smallFen(sheetRows[i]);
    if (fen === undefined) return null;
    sum += fen;
    if (sum > PLAIN_SUM_LIMIT || sum < -PLAIN_SUM_LIMIT) return null;
  }
  return sum;
}

/** Beyond this a running sum of plain amounts (each below 2^50) is moved into a bigint: below 2^53 numbers are exact. */
export const PLAIN_SUM_LIMIT = 2 ** 52;

/**
 * Σ of one field over some rows of a table, from its column (empty = 0); null when a cell cannot take
 * part in sums (amounts-valid names it). Plain amounts are added as numbers in this one loop (a
 * column of 100k rows is summed before V8 optimises the calls a FenSum would take); others exactly.
 */
export function sumRows(table: ProjectTable, rows: readonly ProjectRow[], field: ProjectAmountField): Fen | null {
  const column = table.amountColumns[field];
  if (!column) return 0n;
  let small = 0;
  let big = 0n;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].row;
    const fen = column.smallFen(row);
    if (fen === undefined) {
      const exact = column.fen(row);
      if (exact === null) return null;
      big += exact;
      continue;
    }
    small += fen;
    if (small > PLAIN_SUM_LIMIT || small < -PLAIN_SUM_LIMIT) {
      big += BigInt(small);
      small = 0;
    }
  }
  return big + BigInt(small);
}

/** The A1 addresses of the cells that exist, in order. */
export function addressesOf(...cells: (AmountCell | undefined)[]): string[] {
  return cells.flatMap((cell) => (cell ? [cell.address] : []));
}

/** The columns a project-row field adds up: `年中调增` includes a signed 年中调整 column where the table has one. */
function fieldParts(table: ProjectTable, field: string): readonly string[] {
  return field === '年中调增' && table.columns.年中调整 !== undefined ? ['年中调整', '年中调增'] : [field];
}

/** A project-row field as it stands in one row's cell; `年中调增` includes a signed 年中调整 column. */
export function projectFieldValue(table: ProjectTable, row: ProjectRow, field: string): FieldValue {
  const parts = fieldParts(table, field);
  if (parts.length === 1) return rawProjectField(table, row, field);
  return combine(parts.map((part) => rawProjectField(table, row, part)).filter((part) => part.kind !== 'absent'));
}

/**
 * projectFieldValue without the cells: all a formula needs to see whether it holds, asked for on
 * each of up to 100k rows (projectFieldValue is asked only where it fails, to show the figures).
 */
export function projectFieldFen(table: ProjectTable, row: ProjectRow, field: string): FieldFen {
  const parts = fieldParts(table, field);
  if (parts.length === 1) return rawProjectFen(table, row, field);
  let total = 0n;
  for (const part of parts) {
    const fen = rawProjectFen(table, row, part);
    if (fen === 'unavailable') return 'unavailable';
    if (fen !== 'absent') total += BigInt(fen);
  }
  return total;
}

/**
 * The amount columns a project-row field adds up in every row of a table (`年中调增` with a signed
 * 年中调整 column is both), or 'unavailable' when the table cannot give it: projectFieldFen's
 * choice of columns, made once per table rather than on every row. An absent optional field adds none.
 */
export function projectFieldColumns(table: ProjectTable, field: string): readonly AmountColumn[] | 'unavailable' {
  const columns: AmountColumn[] = [];
  for (const part of fieldParts(table, field)) {
    const column = table.amountColumns[part as ProjectAmountField];
    if (column) columns.push(column);
    else if (!countsAsZero('projects', part)) return 'unavailable';
  }
  return columns;
}

/** A plain number's fen come as a number (no bigint per cell: the formula rules ask for every field of every row). */
function rawProjectFen(table: ProjectTable, row: ProjectRow, field: string): FieldFen {
  const column = table.amountColumns[field as ProjectAmountField];
  if (column === undefined) return countsAsZero('projects', field) ? 'absent' : 'unavailable';
  return column.smallFen(row.row) ?? column.fen(row.row) ?? 'unavailable';
}

function rawProjectField(table: ProjectTable, row: ProjectRow, field: string): FieldValue {
  const fen = rawProjectFen(table, row, field);
  if (fen === 'absent') return ABSENT;
  if (fen === 'unavailable') return UNAVAILABLE;
  return { kind: 'value', value: BigInt(fen), cells: [toA1(row.row, table.columns[field as ProjectAmountField] as number)] };
}

function combine(parts: readonly FieldValue[]): FieldValue {
  let value = 0n;
  const cells: string[] = [];
  for (const part of parts) {
    if (part.kind === 'unavailable') return UNAVAILABLE;
    if (part.kind === 'value') {
      value += part.value;
      cells.push(...part.cells);
    }
  }
  return { kind: 'value', value, cells };
}

export function summaryFieldValue(table: SummaryTable, field: string): FieldValue {
  const cell = table.fields[field as SummaryField];
  if (!cell) return countsAsZero('summary', field) ? ABSENT : UNAVAILABLE;
  const fen = cell.reading.kind === 'empty' ? 0n : usableFen(cell.reading);
  return fen === null ? UNAVAILABLE : { kind: 'value', value: fen, cells: [cell.address] };
}

export function unitInfoFieldValue(table: UnitInfo, field: string): FieldValue {
  const cell = table.fields[field as UnitInfoField];
  if (!cell) return countsAsZero('unit-info', field) ? ABSENT : UNAVAILABLE;
  const count = readCount(cell.value);
  return count === null ? UNAVAILABLE : { kind: 'value', value: BigInt(count), cells: [cell.address] };
}

/**
 * A field of an official table: an amount by its name (`收入总计`), or a head count (`编制数`).
 * A field the table does not hold is not guessed: the formula is not checked there.
 */
export function officialFieldValue(table: OfficialTable, field: string): FieldValue {
  const number = table.numbers[field];
  if (number) return Number.isSafeInteger(number.value) ? { kind: 'value', value: BigInt(number.value), cells: [number.address] } : UNAVAILABLE;
  const cell = table.fields[field];
  if (!cell) return countsAsZero(table.kind, field) ? ABSENT : UNAVAILABLE;
  const fen = cell.reading.kind === 'empty' ? 0n : usableFen(cell.reading);
  return fen === null ? UNAVAILABLE : { kind: 'value', value: fen, cells: [cell.address] };
}

/** A head count as written in a unit-info cell: `35`, `35人`, `８名`; null for anything else. */
export function readCount(value: CellValue): number | null {
  if (value === null || value === '') return 0;
  // a count beyond a safe integer is no head count: report it rather than compute with it
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const folded = value.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  const match = /^(\d+)(?:人|名|个)?$/.exec(folded);
  return match && Number.isSafeInteger(Number(match[1])) ? Number(match[1]) : null;
}
