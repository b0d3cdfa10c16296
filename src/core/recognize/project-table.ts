/**
 * Reads the rows under a project-table header: projects, their sub-items and 合计 rows.
 * Blank rows are skipped; the table ends at its last row with a name or an amount, or earlier at a
 * footer (`注：`, `填表人`), a new header, or a label of the summary or unit info written below it
 * (with the title and note rows above that label, which hold no figures).
 */
import { toA1 } from '../grid/a1';
import { cellText, cellValue } from '../grid/sheet-access';
import { lowerBound, storedColumns, storedRows } from '../grid/stored-cells';
import type { Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import type { ProjectHeader } from './find-header';
import { formulaReferences } from '../grid/formula-shape';
import { AmountColumn } from './amount-column';
import { INITIAL_ROWS } from './table-column';
import { PROJECT_AMOUNT_FIELDS, type ProjectTable, type RecognitionProblem } from './model';
import { MergedCells } from './merged-cells';
import { foldWidth, normalizeLabel } from './normalize-label';
import { ProjectRowSorter, type DataRow } from './project-rows';
import { RateColumn } from './rate-column';
import { isTotalLabel } from './row-name';
import { matchField, type SeedLabels } from './synonyms';
import type { TableColumns } from './table-row';

const FOOTER = /^(?:(?:注|说明|备注)\d*[:]|填表|制表|审核|填报人|联系人|联系电话|单位负责人|财务负责人)/;

/** The label of a total row whose own label is lost (see sumsColumnsAbove). */
const UNLABELLED_TOTAL = '合计';

/**
 * Reads the table under `header`. Rows read with a guess the user should know of — a total
 * without its label, a row of figures without a name — are told in `problems`.
 */
export function readProjectTable(sheet: Sheet, labels: SeedLabels, header: ProjectHeader, unit: MoneyUnit, problems: RecognitionProblem[] = []): ProjectTable {
  const { columns } = header;
  const nameColumn = columns.项目名称 as number;
  const firstRow = header.headerRows[1] + 1;
  const rows = storedRows(sheet);
  const initialRows = rowsToMakeRoomFor(rows, firstRow);
  const amountColumns: AmountColumn[] = [];
  for (const field of PROJECT_AMOUNT_FIELDS) {
    const column = columns[field];
    if (column !== undefined) amountColumns.push(new AmountColumn(sheet, field, column, header.columnUnits.get(column) ?? unit, firstRow, initialRows));
  }
  const tableColumns: TableColumns = {
    amounts: Object.fromEntries(amountColumns.map((column) => [column.field, column])),
    rate: columns.执行率 !== undefined ? new RateColumn(sheet, columns.执行率, header.ratePercentHeader, firstRow, initialRows) : undefined,
  };
  const labelColumns = [...new Set([sheet.left, columns.序号, nameColumn].filter((c): c is number => c !== undefined))];
  const sorter = new ProjectRowSorter(sheet, columns.序号, tableColumns);
  let bottom = header.headerRows[1];
  let afterGap = true;
  // rows without figures just after a gap: a title or note of the next block, unless figures follow
  let pending: DataRow[] = [];
  // the usual row is placed as it is read, with no record of it (100k rows); a pending one from its record
  const place = (row: number, nameText: string, subItemText: string, purpose: string | undefined, totalLabel: string | null): void => {
    sorter.place(row, nameText, subItemText, purpose, totalLabel);
    bottom = row;
  };
  const placePending = (data: DataRow): void => place(data.row, data.nameText, data.subItemText, data.purpose, data.totalLabel);

  let previous = firstRow - 1;
  for (const row of rows) {
    if (row < firstRow) continue;
    // a row the sheet does not store is blank, and a blank row is a gap
    if (row > previous + 1) afterGap = true;
    previous = row;
    const nameText = cellText(sheet, row, nameColumn);
    const subItemText = columns.子项目 !== undefined ? cellText(sheet, row, columns.子项目) : '';
    let hasAmount = false;
    let hasFigure = false;
    for (const column of amountColumns) {
      const kind = column.read(row);
      if (kind !== 'empty') hasAmount = true;
      if (kind !== 'empty' && kind !== 'text') hasFigure = true;
    }
    const labelled = findTotalLabel(sheet, row, labelColumns);
    // a 合计 whose label was merged away or deleted still adds up its columns: read it as a total, and say so
    const unlabelledTotal = labelled === null && hasFigure && nameText === '' && subItemText === '' && sumsColumnsAbove(amountColumns, row);
    if (unlabelledTotal) problems.push(nameProblem(sheet, row, nameColumn, 'unlabelled-total'));
    const totalLabel = unlabelledTotal ? UNLABELLED_TOTAL : labelled;
    if (!hasAmount && totalLabel === null) {
      if (endsTable(sheet, row, labelColumns)) break;
      if (nameText === '' && subItemText === '') {
        afterGap = true; // blank rows inside the table are allowed
        continue;
      }
    }
    // what follows a blank row or a 合计 may be the next block of the sheet rather than a project
    if (afterGap && totalLabel === null && startsNextBlock(sheet, labels, row, header, labelColumns)) {
      pending = [];
      break;
    }
    tableColumns.rate?.read(row);
    const purposeText = columns.主要用途 !== undefined ? cellText(sheet, row, columns.主要用途) : '';
    const purpose = purposeText === '' ? undefined : purposeText;
    if (afterGap && totalLabel === null && !hasFigure) {
      pending.push({ row, nameText, subItemText, purpose, totalLabel });
      continue;
    }
    if (pending.length > 0) {
      pending.forEach(placePending);
      pending = [];
    }
    place(row, nameText, subItemText, purpose, totalLabel);
    afterGap = totalLabel !== null;
  }
  pending.forEach(placePending);
  for (const row of sorter.unnamedRows) problems.push(nameProblem(sheet, row, nameColumn, 'unnamed-row'));

  return {
    kind: 'projects',
    sheet: sheet.name,
    range: { top: header.headerRows[0], left: header.left, bottom, right: header.right },
    unit,
    headerRows: header.headerRows,
    columns,
    projects: sorter.projects,
    subItems: sorter.subItems,
    totals: sorter.totals,
    amountColumns: tableColumns.amounts,
    rateColumn: tableColumns.rate,
  };
}

/**
 * The rows a table's columns make room for at once: every row from `firstRow` to the sheet's last
 * stored row when most of them are stored (no 20 copies while a 100k-row column grows), else the
 * columns grow as they are read (a sheet whose one far cell sits at row 1048576 costs what it holds).
 */
function rowsToMakeRoomFor(rows: readonly number[], firstRow: number): number {
  const span = rows.length > 0 ? rows[rows.length - 1] - firstRow + 1 : 0;
  const below = rows.length - lowerBound(rows, firstRow);
  return span > INITIAL_ROWS && span <= 2 * below ? span : INITIAL_ROWS;
}

/**
 * Whether a row's filled amounts are all formulas adding up cells of their own column above it
 * (`=SUM(H4:H14)`, `=H4+H8+H11`): what a 合计 row holds. A single reference (`=H14`) is a copy, not a sum.
 */
function sumsColumnsAbove(amountColumns: readonly AmountColumn[], row: number): boolean {
  let sums = 0;
  for (const column of amountColumns) {
    const formula = column.formula(row);
    if (formula === null && column.reading(row).kind === 'empty') continue;
    if (formula === null) return false;
    const references = formulaReferences(formula);
    if (references.length < 2 || references.some((ref) => ref.column !== column.column || ref.row >= row)) return false;
    sums++;
  }
  return sums > 0;
}

/** A row without a name or a label, and the merge that may have taken its text. */
function nameProblem(sheet: Sheet, row: number, nameColumn: number, kind: 'unnamed-row' | 'unlabelled-total'): RecognitionProblem {
  const cell = toA1(row, nameColumn);
  const area = new MergedCells(sheet, row, row, nameColumn).areaOf(row, nameColumn);
  // the cell holding the merge's text is not one whose text the merge took
  const merge = area && (area.top !== row || area.left !== nameColumn) ? area : undefined;
  const data = { row, cell };
  if (!merge) return { sheet: sheet.name, row, cells: [cell], messageId: kind, data };
  const mergedData = { ...data, merge: `${toA1(merge.top, merge.left)}:${toA1(merge.bottom, merge.right)}`, origin: toA1(merge.top, merge.left) };
  return { sheet: sheet.name, row, cells: [cell], messageId: `${kind}-merged`, data: mergedData };
}

/** The 合计 / 总计 label of a total row, in the 序号 or 项目名称 column (or a merge over both). */
function findTotalLabel(sheet: Sheet, row: number, labelColumns: readonly number[]): string | null {
  for (const column of labelColumns) {
    const value = cellValue(sheet, row, column);
    // a 序号's number is no label, and a name without 计 is none either (trimming keeps the 计): no text made for them
    if (typeof value !== 'string' || !value.includes('计')) continue;
    const text = value.trim();
    if (text.length <= 12 && isTotalLabel(text)) return text.replace(/\s+/g, '');
  }
  return null;
}

/** A row without amounts that closes the table: a footer note (`注：`, `填表人`). */
function endsTable(sheet: Sheet, row: number, labelColumns: readonly number[]): boolean {
  return labelColumns.some((column) => FOOTER.test(foldWidth(cellText(sheet, row, column))));
}

/**
 * A row that begins the next block of the sheet: a cell of the table's columns (or its label
 * columns) holding a header word or a summary / unit-info label, or a whole new header row.
 */
function startsNextBlock(sheet: Sheet, labels: SeedLabels, row: number, header: ProjectHeader, labelColumns: readonly number[]): boolean {
  for (let column = header.left; column <= header.right; column++) if (startsNextTable(labels, cellText(sheet, row, column))) return true;
  return labelColumns.some((column) => startsNextTable(labels, cellText(sheet, row, column))) || isHeaderRow(sheet, labels, row);
}

/** A text that is a header word or a summary / unit-info label belongs to what follows the table. */
function startsNextTable(labels: SeedLabels, text: string): boolean {
  if (text === '' || text.length > 20) return false;
  const label = normalizeLabel(text);
  return matchField(labels.projects, label) === '项目名称' || matchField(labels.summary, label) !== null || matchField(labels.unitInfo, label) !== null;
}

/** A row naming 项目名称 and another project field is the header of the next table. */
function isHeaderRow(sheet: Sheet, labels: SeedLabels, row: number): boolean {
  const fields = new Set<string>();
  for (const column of storedColumns(sheet, row)) {
    const text = cellText(sheet, row, column);
    const field = text.length > 0 && text.length <= 20 ? matchField(labels.projects, normalizeLabel(text)) : null;
    if (field) fields.add(field);
  }
  return fields.has('项目名称') && fields.size >= 2;
}
