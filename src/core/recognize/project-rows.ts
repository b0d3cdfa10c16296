/**
 * Sorts the rows of a project table, in sheet order, into projects, their sub-items and 合计 rows.
 * A row is a sub-item of the project above when its 子项目 cell, its name's marker (`（1）`, `①`,
 * or `3.1` as the next sub-item of project 3) or its 序号 (`（1）`, `1.1`) says so.
 */
import { cellText, cellValue } from '../grid/sheet-access';
import type { Sheet } from '../grid/types';
import type { ProjectRow } from './model';
import { TableRow, type TableColumns } from './table-row';
import { isSubItemNumber, markerStyle, mayStartMarker, outlineNumber, readProjectName, readRowName, type MarkerStyle, type OutlineMarker } from './row-name';

/** One data row as read, before it is known to be a project, a sub-item or a total. */
export interface DataRow {
  readonly row: number;
  /** Trimmed, as cellText reads it. */
  readonly nameText: string;
  readonly subItemText: string;
  readonly purpose?: string;
  readonly totalLabel: string | null;
}

export class ProjectRowSorter {
  readonly projects: ProjectRow[] = [];
  readonly subItems: ProjectRow[] = [];
  readonly totals: ProjectRow[] = [];
  /** Project rows with figures but no name, called `第N行` in findings. */
  readonly unnamedRows: number[] = [];
  private lastProject: ProjectRow | null = null;
  // the number sub-items marked `3.1` must start with to belong to the last project, and how many it has
  private lastProjectNumber: number | null = null;
  private lastProjectSubItems = 0;
  // when the first project is itself marked like a sub-item (`（一）…`), rows marked alike are projects too
  private projectMarkerStyle: MarkerStyle | null = null;

  constructor(
    private readonly sheet: Sheet,
    private readonly numberColumn: number | undefined,
    private readonly columns: TableColumns,
  ) {}

  /** Places one data row (as a DataRow holds it), in sheet order. */
  place(row: number, nameText: string, subItemText: string, purpose: string | undefined, totalLabel: string | null): void {
    if (totalLabel !== null) {
      this.totals.push(new TableRow('total', row, totalLabel, this.columns, purpose));
      return;
    }
    // most names (100k on a big sheet) hold no marker: their text is their name, read without a parse
    const plain = !mayStartMarker(nameText);
    const rowName = plain ? null : readRowName(nameText);
    const marker = rowName?.marker === 'sub-item' ? markerStyle(nameText) : null;
    const parent = this.lastProject;
    const subItemName = parent ? this.subItemName(row, rowName?.name ?? nameText, this.marksSubItem(marker), subItemText, parent) : null;
    if (subItemName !== null && parent) {
      this.subItems.push(new TableRow('sub-item', row, subItemName, this.columns, purpose, parent.row));
      this.lastProjectSubItems += 1;
      return;
    }
    const projectName = plain ? null : readProjectName(nameText);
    const readName = projectName ? projectName.name : nameText;
    if (readName === '') this.unnamedRows.push(row);
    const name = readName === '' ? `第${row}行` : readName;
    const project = new TableRow('project', row, name, this.columns, purpose);
    this.projects.push(project);
    this.lastProject = project;
    if (this.projects.length === 1 && marker && marker.style !== 'decimal') this.projectMarkerStyle = marker.style;
    this.lastProjectNumber = this.wholeNumberAt(row) ?? outlineNumber(this.numberText(row)) ?? projectName?.number ?? this.projects.length;
    this.lastProjectSubItems = 0;
  }

  /** Whether a name's marker makes the row a sub-item: `3.2` only as the next one of project 3 (`3.15消费者…`, `1.5万亩…` are names). */
  private marksSubItem(marker: OutlineMarker | null): boolean {
    if (marker === null || marker.style === this.projectMarkerStyle) return false;
    return marker.style !== 'decimal' || (marker.number === this.lastProjectNumber && marker.minor === this.lastProjectSubItems + 1);
  }

  /**
   * The sub-item name when a row is a sub-item of the project above: a name in the 子项目 column
   * (the 项目名称 cell empty or repeating the project), a name whose marker makes it one, or a 序号
   * marked `（1）`, `1.1`. Null for a project row.
   */
  private subItemName(row: number, rowName: string, nameMarksSubItem: boolean, subItemText: string, parent: ProjectRow): string | null {
    if (subItemText !== '') {
      const sameProject = rowName === '' || rowName === parent.name;
      return sameProject ? readRowName(subItemText).name : null;
    }
    if (nameMarksSubItem) return rowName;
    if (this.wholeNumberAt(row) !== null) return null; // `1`, `2`: a project's 序号
    const numberText = this.numberText(row);
    return numberText !== '' && isSubItemNumber(numberText) ? rowName : null;
  }

  private numberText(row: number): string {
    return this.numberColumn !== undefined ? cellText(this.sheet, row, this.numberColumn) : '';
  }

  /**
   * The 序号 typed as a whole number (most are), read without making its text: what outlineNumber
   * gives for its digits; such a 序号 never marks a sub-item.
   */
  private wholeNumberAt(row: number): number | null {
    if (this.numberColumn === undefined) return null;
    const value = cellValue(this.sheet, row, this.numberColumn);
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e15 ? value : null;
  }
}
