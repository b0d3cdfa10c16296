/**
 * In a column or 合计 row that Excel computes by formulas, a typed constant or a formula of another
 * shape is suspicious: a hard-coded total does not follow the figures and hides errors.
 */
import { PROJECT_AMOUNT_FIELDS, type ProjectRow, type ProjectTable, type ReadCell } from '../recognize/model';
import { toA1 } from '../grid/a1';
import { formulaReferences, formulaShape } from '../grid/formula-shape';
import type { Sheet } from '../grid/types';
import type { TableColumn } from '../recognize/table-column';
import { formulaColumn, type FormulaColumn } from './support/formula-columns';
import { projectTables, subItemsOf } from './support/project-rows';
import type { Rule, RuleReport } from './types';

interface Placed {
  readonly row: ProjectRow;
  readonly cell: ReadCell;
}

const SUB_ITEM_SUM = 'Σ(sub-items)';

/** Most frequent value, nulls and gaps left out; ties go to the one seen first. Counted by runs: a column repeats one shape. */
function mostCommon(values: readonly (string | null | undefined)[]): string {
  const counts = new Map<string, number>();
  for (let start = 0, end = 1; start < values.length; start = end++) {
    while (end < values.length && values[end] === values[start]) end++;
    const value = values[start];
    if (value != null) counts.set(value, (counts.get(value) ?? 0) + end - start);
  }
  let best = '';
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** Computed by formulas: at least two formulas, and at least half of the filled cells. */
const computedBy = (formulas: number, filledCells: number): boolean => formulas >= 2 && formulas * 2 >= filledCells;

function isComputed(cells: readonly Placed[]): boolean {
  let formulas = 0;
  for (const placed of cells) if (placed.cell.formula) formulas++;
  return computedBy(formulas, cells.length);
}

const filled = (cell: ReadCell | undefined): cell is ReadCell => cell !== undefined && (cell.value !== null || cell.formula !== null);

/** Whether a project's formula adds up its own sub-items: such a sum has one shape whatever their number. */
function sumsItsSubItems(table: ProjectTable, row: ProjectRow, column: TableColumn): boolean {
  const items = subItemsOf(table, row);
  if (items.length === 0) return false;
  const references = formulaReferences(column.formula(row.row) as string);
  return references.length > 0 && references.every((ref) => ref.column === column.column && items.some((item) => item.row === ref.row));
}

/** In ColumnShapes.ids: an empty cell, and a typed constant; any other id indexes `shapes`. */
const EMPTY_CELL = -2;
const CONSTANT = -1;

/**
 * The shapes of a column's project cells, in step with `table.projects`, as small numbers: a
 * string per row and a count per row in a Map, over 100k rows, were most of this rule's time.
 */
interface ColumnShapes {
  /** EMPTY_CELL, CONSTANT, or the index of the cell's shape in `shapes`. */
  readonly ids: Int32Array;
  /** Each shape once, in the order first met down the column. */
  readonly shapes: readonly string[];
  /** How many cells have each shape. */
  readonly counts: readonly number[];
}

/** Numbers shapes in the order first met, and counts them. */
class ShapeTally {
  readonly shapes: string[] = [];
  readonly counts: number[] = [];
  private readonly ids = new Map<string, number>();

  idOf(shape: string): number {
    let id = this.ids.get(shape);
    if (id === undefined) {
      id = this.shapes.length;
      this.shapes.push(shape);
      this.counts.push(0);
      this.ids.set(shape, id);
    }
    return id;
  }
}

/**
 * The shape of each project cell of a column, or null when the column is not computed (counted on
 * the way: most columns hold typed figures, and one with fewer than two formulas in the whole sheet
 * is not walked at all). A copy of the formula above (the usual case: formulaColumns tells) has its
 * run's shape, made and numbered once per run of copies; a project summing its sub-items has one of
 * its own. One pass: each walk over 100k rows costs most before V8 optimises it.
 */
function computedColumnShapes(table: ProjectTable, column: TableColumn, formulas: FormulaColumn | undefined, sheetKnown: boolean): ColumnShapes | null {
  if (sheetKnown && (formulas === undefined || formulas.rows.length < 2)) return null;
  const { projects } = table;
  const ids = new Int32Array(projects.length);
  const tally = new ShapeTally();
  const runs = new RunCursor(formulas, column.column, tally);
  let formulaCount = 0;
  let filledCells = 0;
  for (let i = 0; i < projects.length; i++) {
    const row = projects[i];
    if (!column.hasFormula(row.row)) {
      if (column.isFilled(row.row)) {
        ids[i] = CONSTANT;
        filledCells++;
        // more typed figures than the formulas there could still be: a typed column, known halfway down
        if (filledCells - formulaCount > formulaCount + (projects.length - 1 - i)) return null;
      } else ids[i] = EMPTY_CELL;
      continue;
    }
    formulaCount++;
    filledCells++;
    const inRun = runs.moveTo(row.row);
    let id: number;
    // a copy of a formula naming another column sums no sub-items, and is not read again
    if ((!inRun || runs.namesOwnColumnOnly) && sumsItsSubItems(table, row, column)) id = tally.idOf(SUB_ITEM_SUM);
    else id = inRun ? runs.shapeId : tally.idOf(formulaShape(column.formula(row.row) as string, row.row, column.column));
    ids[i] = id;
    tally.counts[id]++;
  }
  return computedBy(formulaCount, filledCells) ? { ids, shapes: tally.shapes, counts: tally.counts } : null;
}

/** The id of the most frequent shape; ties go to the one met first (ids are in that order). */
function usualShape(counts: readonly number[]): number {
  let best = 0;
  for (let id = 1; id < counts.length; id++) if (counts[id] > counts[best]) best = id;
  return best;
}

/** Reads a column's formulas down it, run of copies by run: a run has one shape, and its copies name the same columns. */
class RunCursor {
  private at = 0;
  private runStart = 0;
  private runShapeId = -1;
  private ownColumnOnly: boolean | null = null;

  constructor(
    private readonly formulas: FormulaColumn | undefined,
    private readonly column: number,
    private readonly tally: ShapeTally,
  ) {}

  /** Moves to the formula in `row` (rows are asked top to bottom); false if the list has none there. */
  moveTo(row: number): boolean {
    const list = this.formulas;
    if (!list) return false;
    const { rows, copied } = list;
    while (this.at < rows.length - 1 && rows[this.at] < row) {
      this.at++;
      if (copied[this.at] === 0) [this.runStart, this.runShapeId, this.ownColumnOnly] = [this.at, -1, null];
    }
    return rows[this.at] === row;
  }

  private get first(): string {
    return (this.formulas as FormulaColumn).formulas[this.runStart];
  }

  /** The run's shape, numbered by the tally when first asked (so in the order shapes are met down the column). */
  get shapeId(): number {
    if (this.runShapeId < 0) this.runShapeId = this.tally.idOf(formulaShape(this.first, (this.formulas as FormulaColumn).rows[this.runStart], this.column));
    return this.runShapeId;
  }

  get namesOwnColumnOnly(): boolean {
    this.ownColumnOnly ??= formulaReferences(this.first).every((ref) => ref.column === this.column);
    return this.ownColumnOnly;
  }
}

function fieldOf(table: ProjectTable, column: number): string {
  return Object.entries(table.columns).find(([, c]) => c === column)?.[0] ?? '';
}

function checkColumn(table: ProjectTable, field: string, column: TableColumn, sheet: Sheet | undefined): RuleReport[] {
  const computed = computedColumnShapes(table, column, sheet && formulaColumn(sheet, column.column), sheet !== undefined);
  if (!computed) return [];
  const { projects } = table;
  const { ids, counts } = computed;
  const usual = usualShape(counts);
  const example = column.cell(projects[ids.indexOf(usual)].row);
  const reports: RuleReport[] = [];
  for (let i = 0; i < projects.length; i++) {
    const id = ids[i];
    if (id === EMPTY_CELL || id === usual) continue;
    const row = projects[i];
    // the cell's parts as the column holds them: no cell record, its address spelled once (1,400 constants at 100k rows)
    const address = toA1(row.row, column.column);
    const formula = column.formula(row.row);
    const subject = `${row.name}·${field}`;
    if (!formula) {
      const data = { field, cell: address, value: String(column.value(row.row)) };
      reports.push({ sheet: table.sheet, row: row.row, cells: [address], subject, messageId: 'constant-in-column', data });
    } else {
      const data = { field, cell: address, formula, example: example.address, exampleFormula: example.formula as string };
      reports.push({ sheet: table.sheet, row: row.row, cells: [address], subject, messageId: 'different-formula', data });
    }
  }
  return reports;
}

function checkTotalRow(table: ProjectTable, total: ProjectRow): RuleReport[] {
  const cells: Placed[] = PROJECT_AMOUNT_FIELDS.flatMap((field) => {
    const cell = total.amounts[field];
    return filled(cell) ? [{ row: total, cell }] : [];
  });
  if (!isComputed(cells)) return [];
  // only totals that add up their own column are compared with each other; a row-wise formula is another kind
  const aggregates = cells.filter(({ cell }) => cell.formula && formulaReferences(cell.formula).every((ref) => ref.column === cell.column));
  const shapes = new Map(aggregates.map((placed) => [placed, formulaShape(placed.cell.formula as string, placed.cell.row, placed.cell.column)]));
  const usual = aggregates.length > 0 ? mostCommon([...shapes.values()]) : '';
  const example = aggregates.find((placed) => shapes.get(placed) === usual);
  const reports: RuleReport[] = [];
  for (const placed of cells) {
    const { cell } = placed;
    const field = fieldOf(table, cell.column);
    const base = { sheet: table.sheet, row: cell.row, cells: [cell.address], subject: `${total.name}·${field}` };
    if (!cell.formula) {
      reports.push({ ...base, messageId: 'constant-in-total', data: { total: total.name, field, cell: cell.address, value: String(cell.value) } });
    } else if (example && shapes.has(placed) && shapes.get(placed) !== usual) {
      reports.push({
        ...base,
        messageId: 'different-total-formula',
        data: {
          total: total.name,
          field,
          cell: cell.address,
          formula: cell.formula,
          example: example.cell.address,
          exampleFormula: example.cell.formula as string,
        },
      });
    }
  }
  return reports;
}

const formulaConsistency: Rule = {
  meta: {
    id: 'formula-consistency',
    severity: 'warning',
    description: {
      zh: '由公式计算的列或合计行中，手工输入的数值或写法不同的公式都要指出：手工合计不随数据更新，会掩盖错误。',
      en: 'In a column or total row computed by formulas, a typed constant or a formula written differently is flagged: a hard-coded total hides errors.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '项目支出', cell: 'H15', value: 1964.4 }],
      given: {
        zh: '合计行的实际支出（H15）由 =SUM(…) 公式改为手工输入的 1964.4（数值相同，但不再随数据更新）。',
        en: 'The 合计 row’s 实际支出 (H15) is changed from =SUM(…) to a typed 1964.4 (the same figure, but it no longer follows the data).',
      },
      messageId: 'constant-in-total',
      message: {
        zh: '合计行由公式计算，但H15（实际支出）是手工输入的数值1964.4：手工合计可能掩盖错误。',
        en: 'The 合计 row is computed by formulas, but H15 (实际支出) holds the typed value 1964.4: a hard-coded total may hide an error.',
      },
    },
    messages: {
      'constant-in-column': {
        zh: '“{field}”列由公式计算，但{cell}是手工输入的数值{value}：手工数值不随数据更新，可能掩盖错误。',
        en: 'Column “{field}” is computed by formulas, but {cell} holds the typed value {value}: it will not follow the figures and may hide an error.',
      },
      'different-formula': {
        zh: '{cell}的公式 {formula} 与“{field}”列其他单元格的公式（如{example}的 {exampleFormula}）写法不同。',
        en: 'The formula {formula} in {cell} differs from the rest of column “{field}” (e.g. {exampleFormula} in {example}).',
      },
      'constant-in-total': {
        zh: '{total}行由公式计算，但{cell}（{field}）是手工输入的数值{value}：手工合计可能掩盖错误。',
        en: 'The {total} row is computed by formulas, but {cell} ({field}) holds the typed value {value}: a hard-coded total may hide an error.',
      },
      'different-total-formula': {
        zh: '{total}行{cell}（{field}）的公式 {formula} 与同行其他合计（如{example}的 {exampleFormula}）写法不同。',
        en: 'The {total} formula {formula} in {cell} ({field}) differs from the other totals of the row (e.g. {exampleFormula} in {example}).',
      },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const table of projectTables(context.workbook)) {
      const sheet = context.workbook.sheets.find((candidate) => candidate.name === table.sheet);
      for (const field of PROJECT_AMOUNT_FIELDS) {
        const column = table.amountColumns[field];
        if (column) reports.push(...checkColumn(table, field, column, sheet));
      }
      if (table.rateColumn) reports.push(...checkColumn(table, '执行率', table.rateColumn, sheet));
      for (const total of table.totals) reports.push(...checkTotalRow(table, total));
    }
    return reports;
  },
};

export default formulaConsistency;
