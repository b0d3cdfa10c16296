/**
 * Reads the rows under a project-table header: projects, their sub-items and 合计 rows.
 * Blank rows are skipped; the table ends at its last row with a name or an amount, or earlier at a
 * footer (`注：`, `填表人`), a new header, or a label of the summary or unit info written below it.
 */
import { cellText, lastColumn, lastRow } from '../grid/sheet-access';
import type { Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import type { ProjectHeader } from './find-header';
import { PROJECT_AMOUNT_FIELDS, type AmountCell, type ProjectAmountField, type ProjectRow, type ProjectTable } from './model';
import { foldWidth, normalizeLabel } from './normalize-label';
import { readAmountCell, readRateCell } from './read-cell';
import { isSubItemNumber, isTotalLabel, markerStyle, outlineNumber, projectNumber, readRowName, type MarkerStyle, type RowName } from './row-name';
import { matchField, PROJECT_INDEX, SUMMARY_INDEX, UNIT_INFO_INDEX } from './synonyms';

const FOOTER = /^(?:(?:注|说明|备注)\d*[:]|填表|制表|审核|填报人|联系人|联系电话|单位负责人|财务负责人)/;

interface AmountColumn {
  readonly field: ProjectAmountField;
  readonly column: number;
  readonly unit: MoneyUnit;
}

export function readProjectTable(sheet: Sheet, header: ProjectHeader, unit: MoneyUnit): ProjectTable {
  const { columns } = header;
  const nameColumn = columns.项目名称 as number;
  const amountColumns: AmountColumn[] = [];
  for (const field of PROJECT_AMOUNT_FIELDS) {
    const column = columns[field];
    if (column !== undefined) amountColumns.push({ field, column, unit: header.columnUnits.get(column) ?? unit });
  }
  const labelColumns = [...new Set([sheet.left, columns.序号, nameColumn].filter((c): c is number => c !== undefined))];

  const projects: ProjectRow[] = [];
  const subItems: ProjectRow[] = [];
  const totals: ProjectRow[] = [];
  let lastProject: ProjectRow | null = null;
  // the number sub-items marked `3.1` must start with to belong to the last project
  let lastProjectNumber: number | null = null;
  // when the first project is itself marked like a sub-item (`（一）…`), rows marked alike are projects too
  let projectMarkerStyle: MarkerStyle | null = null;
  let bottom = header.headerRows[1];
  let afterGap = true;

  for (let row = header.headerRows[1] + 1, end = lastRow(sheet); row <= end; row++) {
    const nameText = cellText(sheet, row, nameColumn);
    const subItemText = columns.子项目 !== undefined ? cellText(sheet, row, columns.子项目) : '';
    const amounts: Partial<Record<ProjectAmountField, AmountCell>> = {};
    let hasAmount = false;
    for (const { field, column, unit: columnUnit } of amountColumns) {
      const cell = readAmountCell(sheet, row, column, columnUnit);
      amounts[field] = cell;
      if (cell.reading.kind !== 'empty') hasAmount = true;
    }
    const totalLabel = findTotalLabel(sheet, row, labelColumns);
    if (!hasAmount && totalLabel === null) {
      if (endsTable(sheet, row, labelColumns)) break;
      if (nameText === '' && subItemText === '') {
        afterGap = true; // blank rows inside the table are allowed
        continue;
      }
    }
    // what follows a blank row or a 合计 may be the next block of the sheet rather than a project
    if (afterGap && totalLabel === null && (startsNextTable(nameText) || isHeaderRow(sheet, row))) break;
    afterGap = false;
    bottom = row;

    const rate = columns.执行率 !== undefined ? readRateCell(sheet, row, columns.执行率, header.ratePercentHeader) : undefined;
    const purposeText = columns.主要用途 !== undefined ? cellText(sheet, row, columns.主要用途) : '';
    const purpose = purposeText === '' ? undefined : purposeText;

    if (totalLabel !== null) {
      totals.push({ kind: 'total', row, name: totalLabel, amounts, rate, purpose });
      afterGap = true;
      continue;
    }
    const rowName = readRowName(nameText);
    const marker = rowName.marker === 'sub-item' ? markerStyle(nameText) : null;
    const nameMarksSubItem = marker !== null && marker.style !== projectMarkerStyle && (marker.style !== 'decimal' || marker.number === lastProjectNumber);
    const subItemName = lastProject ? subItemOf(sheet, row, rowName, nameMarksSubItem, subItemText, columns.序号, lastProject) : null;
    if (subItemName !== null && lastProject) {
      subItems.push({ kind: 'sub-item', row, name: subItemName, amounts, rate, purpose, parentRow: lastProject.row });
      continue;
    }
    // a decimal heading a project's name is part of it (`3.15消费者权益日…`, `1.5万亩…`), not its number
    const name = marker?.style === 'decimal' ? nameText : rowName.name;
    const project: ProjectRow = { kind: 'project', row, name, amounts, rate, purpose };
    projects.push(project);
    lastProject = project;
    if (projects.length === 1 && marker && marker.style !== 'decimal') projectMarkerStyle = marker.style;
    const numberText = columns.序号 !== undefined ? cellText(sheet, row, columns.序号) : '';
    lastProjectNumber = outlineNumber(numberText) ?? projectNumber(nameText) ?? (marker?.style === 'decimal' ? null : marker?.number) ?? projects.length;
  }

  return {
    kind: 'projects',
    sheet: sheet.name,
    range: { top: header.headerRows[0], left: header.left, bottom, right: header.right },
    unit,
    headerRows: header.headerRows,
    columns,
    projects,
    subItems,
    totals,
  };
}

/**
 * The sub-item name when a row is a sub-item of the project above: a name in the 子项目 column
 * (the 项目名称 cell empty or repeating the project), a name whose marker makes it one
 * (`nameMarksSubItem`: `（1）`, `①`, or `3.1` under project 3), or a 序号 marked `（1）`, `1.1`.
 * Null for a project row.
 */
function subItemOf(
  sheet: Sheet,
  row: number,
  rowName: RowName,
  nameMarksSubItem: boolean,
  subItemText: string,
  numberColumn: number | undefined,
  lastProject: ProjectRow,
): string | null {
  if (subItemText !== '') {
    const sameProject = rowName.name === '' || rowName.name === lastProject.name;
    return sameProject ? readRowName(subItemText).name : null;
  }
  if (nameMarksSubItem) return rowName.name;
  const numberText = numberColumn !== undefined ? cellText(sheet, row, numberColumn) : '';
  return numberText !== '' && isSubItemNumber(numberText) ? rowName.name : null;
}

/** The 合计 / 总计 label of a total row, in the 序号 or 项目名称 column (or a merge over both). */
function findTotalLabel(sheet: Sheet, row: number, labelColumns: readonly number[]): string | null {
  for (const column of labelColumns) {
    const text = cellText(sheet, row, column);
    if (text.includes('计') && text.length <= 12 && isTotalLabel(text)) return text.replace(/\s+/g, '');
  }
  return null;
}

/** A row without amounts that closes the table: a footer note (`注：`, `填表人`). */
function endsTable(sheet: Sheet, row: number, labelColumns: readonly number[]): boolean {
  return labelColumns.some((column) => FOOTER.test(foldWidth(cellText(sheet, row, column))));
}

/** A name that is a header word or a summary / unit-info label belongs to what follows the table. */
function startsNextTable(nameText: string): boolean {
  if (nameText === '' || nameText.length > 20) return false;
  const label = normalizeLabel(nameText);
  return (
    matchField(PROJECT_INDEX, label) === '项目名称' ||
    matchField(SUMMARY_INDEX, label) !== null ||
    matchField(UNIT_INFO_INDEX, label) !== null
  );
}

/** A row naming 项目名称 and another project field is the header of the next table. */
function isHeaderRow(sheet: Sheet, row: number): boolean {
  const fields = new Set<string>();
  for (let column = sheet.left, right = lastColumn(sheet); column <= right; column++) {
    const text = cellText(sheet, row, column);
    const field = text.length > 0 && text.length <= 20 ? matchField(PROJECT_INDEX, normalizeLabel(text)) : null;
    if (field) fields.add(field);
  }
  return fields.has('项目名称') && fields.size >= 2;
}
