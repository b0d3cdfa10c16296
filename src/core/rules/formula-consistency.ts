/**
 * In a column or 合计 row that Excel computes by formulas, a typed constant or a formula of another
 * shape is suspicious: a hard-coded total does not follow the figures and hides errors.
 */
import { PROJECT_AMOUNT_FIELDS, type ProjectRow, type ProjectTable, type ReadCell } from '../recognize/model';
import { formulaReferences, formulaShape } from './support/formula-shape';
import { projectTables, subItemsOf } from './support/project-rows';
import type { Rule, RuleReport } from './types';

interface Placed {
  readonly row: ProjectRow;
  readonly cell: ReadCell;
}

const SUB_ITEM_SUM = 'Σ(sub-items)';

/** Most frequent value; ties go to the one seen first. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0];
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/** Computed by formulas: at least two formulas, and at least half of the filled cells. */
function isComputed(cells: readonly Placed[]): boolean {
  const formulas = cells.filter((placed) => placed.cell.formula).length;
  return formulas >= 2 && formulas * 2 >= cells.length;
}

const filled = (cell: ReadCell | undefined): cell is ReadCell => cell !== undefined && (cell.value !== null || cell.formula !== null);

/** A project that sums its own sub-items has the same shape whatever their number. */
function columnShape(table: ProjectTable, placed: Placed): string {
  const { cell, row } = placed;
  const formula = cell.formula as string;
  const items = subItemsOf(table, row).map((item) => item.row);
  const references = formulaReferences(formula);
  const sumsSubItems =
    items.length > 0 && references.length > 0 && references.every((ref) => ref.column === cell.column && items.includes(ref.row));
  return sumsSubItems ? SUB_ITEM_SUM : formulaShape(formula, cell.row, cell.column);
}

function fieldOf(table: ProjectTable, column: number): string {
  return Object.entries(table.columns).find(([, c]) => c === column)?.[0] ?? '';
}

function checkColumn(table: ProjectTable, field: string, cells: readonly Placed[]): RuleReport[] {
  if (!isComputed(cells)) return [];
  const formulas = cells.filter((placed) => placed.cell.formula);
  const shapes = new Map(formulas.map((placed) => [placed, columnShape(table, placed)]));
  const usual = mostCommon([...shapes.values()]);
  const example = formulas.find((placed) => shapes.get(placed) === usual) as Placed;
  const reports: RuleReport[] = [];
  for (const placed of cells) {
    const { cell, row } = placed;
    const base = { sheet: table.sheet, row: cell.row, cells: [cell.address], subject: `${row.name}·${field}` };
    if (!cell.formula) {
      reports.push({ ...base, messageId: 'constant-in-column', data: { field, cell: cell.address, value: String(cell.value) } });
    } else if (shapes.get(placed) !== usual) {
      reports.push({
        ...base,
        messageId: 'different-formula',
        data: { field, cell: cell.address, formula: cell.formula, example: example.cell.address, exampleFormula: example.cell.formula as string },
      });
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
        data: { total: total.name, field, cell: cell.address, formula: cell.formula, example: example.cell.address, exampleFormula: example.cell.formula as string },
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
      for (const field of PROJECT_AMOUNT_FIELDS) {
        if (table.columns[field] === undefined) continue;
        const cells = table.projects.flatMap((row) => (filled(row.amounts[field]) ? [{ row, cell: row.amounts[field] as ReadCell }] : []));
        reports.push(...checkColumn(table, field, cells));
      }
      if (table.columns.执行率 !== undefined) {
        reports.push(...checkColumn(table, '执行率', table.projects.flatMap((row) => (filled(row.rate) ? [{ row, cell: row.rate as ReadCell }] : []))));
      }
      for (const total of table.totals) reports.push(...checkTotalRow(table, total));
    }
    return reports;
  },
};

export default formulaConsistency;
