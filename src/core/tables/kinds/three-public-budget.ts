/**
 * A2, T9: the “三公”经费和机关运行经费预算表 — one header (two rows where 公务用车购置及运行费 splits
 * into 小计 | 购置费 | 运行费) over one row of figures.
 */
import type { CellRange, Sheet } from '../../grid/types';
import type { TableKind } from '../kind';
import type { OfficialTable, PlaceCell } from '../official-table';
import { hasLabel, labelsOf } from '../support/labelled-cells';
import { amountCell, labelKey, unitAbove } from '../support/sheet-cells';

const NAMES: Readonly<Record<string, string>> = {
  合计: '三公经费合计',
  因公出国费: '因公出国费',
  公务接待费: '公务接待费',
  公务用车购置及运行费: '公务用车购置及运行费',
  小计: '公务用车购置及运行费',
  购置费: '公务用车购置费',
  运行费: '公务用车运行费',
  机关运行经费预算数: '机关运行经费',
};

function recognize(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[] {
  if (!hasLabel(sheet, '因公出国费')) return [];
  const header = labelsOf(sheet, claimed).find((label) => label.key === '因公出国费');
  if (!header) return [];
  const valueRow = header.row + 2;
  const unit = unitAbove(sheet, header.row);
  const fields: Record<string, PlaceCell> = {};
  for (let column = header.column - 1; column <= header.column + 5; column++) {
    const name = [header.row + 1, header.row, header.row - 1].map((row) => NAMES[labelKey(sheet, row, column)]).find(Boolean);
    if (name && !fields[name]) fields[name] = amountCell(sheet, valueRow, column, unit);
  }
  if (!fields.三公经费合计 || !fields.公务接待费) return [];
  const values = Object.fromEntries(Object.entries(fields).map(([name, cell]) => [name, [cell]]));
  const place = (identity: string, subject: string) => ({ identity, sheet: sheet.name, row: valueRow, subject, values });
  return [
    {
      kind: 'three-public-budget',
      sheet: sheet.name,
      range: { top: header.row, left: header.column - 1, bottom: valueRow, right: header.column + 5 },
      unit,
      title: null,
      fields,
      numbers: {},
      places: [place('total', '“三公”经费合计'), ...(fields.公务用车购置费 ? [place('vehicles', '公务用车购置及运行费')] : [])],
      cells: Object.values(fields),
      rowCount: 1,
    },
  ];
}

const threePublicBudget: TableKind = {
  id: 'three-public-budget',
  name: { zh: '“三公”经费和机关运行经费预算表', en: 'budget of the three public expenses (三公经费)' },
  spec: 'official-layouts.md §A2 (T9)',
  findBy: 'header-row',
  fields: Object.values(NAMES)
    .filter((name, index, all) => all.indexOf(name) === index)
    .map((name) => ({ name, type: 'money' as const, required: name === '三公经费合计' })),
  identities: [
    {
      id: 'total',
      formula: '三公经费合计 = 因公出国费 + 公务接待费 + 公务用车购置及运行费',
      description: { zh: '三公合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费。', en: 'The total = travel abroad + reception + vehicles.' },
    },
    {
      id: 'vehicles',
      formula: '公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费',
      description: { zh: '公务用车购置及运行费 = 购置费 + 运行费。', en: 'Vehicles = purchase + running.' },
    },
  ],
  recognize,
};

export default threePublicBudget;
