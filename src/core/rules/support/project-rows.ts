/** Walks the rows of recognised project tables, the way several rules need them. */
import type { ProjectRow, ProjectTable } from '../../recognize/model';
import type { RecognizedWorkbook } from '../../tables/model';

export function projectTables(workbook: RecognizedWorkbook): ProjectTable[] {
  return workbook.tables.filter((table): table is ProjectTable => table.kind === 'projects');
}

const sheetRowsOfList = new WeakMap<readonly ProjectRow[], Int32Array>();

/**
 * The sheet rows of a list of rows (a table's 100k projects), kept per list: the rules that add up
 * a column row by row read them from one typed array rather than from 100k row records each.
 * Filled by a plain loop (Int32Array.from with a mapping function goes through the iterator protocol, 10x slower).
 */
export function sheetRowsOf(rows: readonly ProjectRow[]): Int32Array {
  let sheetRows = sheetRowsOfList.get(rows);
  if (!sheetRows) {
    sheetRows = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) sheetRows[i] = rows[i].row;
    sheetRowsOfList.set(rows, sheetRows);
  }
  return sheetRows;
}

const NO_SUB_ITEMS: readonly ProjectRow[] = Object.freeze([]);
const subItemIndex = new WeakMap<ProjectTable, Map<number, ProjectRow[]>>();

/** The sub-items recognised under a project row (indexed once per table: tables may have 100k rows). */
export function subItemsOf(table: ProjectTable, project: ProjectRow): readonly ProjectRow[] {
  return subItemsByProject(table).get(project.row) ?? NO_SUB_ITEMS;
}

/** A table's sub-items by their project's row: for a rule walking every project, one lookup of the index per table. */
export function subItemsByProject(table: ProjectTable): ReadonlyMap<number, readonly ProjectRow[]> {
  let index = subItemIndex.get(table);
  if (!index) {
    index = new Map();
    for (const item of table.subItems) {
      if (item.parentRow === undefined) continue;
      const items = index.get(item.parentRow) ?? [];
      items.push(item);
      index.set(item.parentRow, items);
    }
    subItemIndex.set(table, index);
  }
  return index;
}
