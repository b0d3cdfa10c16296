/** The summary (收支总表) and unit info (基本情况) of a CleanWorkbook as blocks of labelled values. */
import { columnLetters } from '../../../src/core/grid/a1';
import { summaryFigures, type CleanWorkbook, type SummaryLabel } from './clean-model';
import type { Block, BlockRow } from './block';
import { amountValue } from './render-projects';

/** A title, maybe a unit note, a `项目 | 金额` header and one labelled amount per row, first cell at (top, left). */
export function summaryBlock(model: CleanWorkbook, top: number, left: number): Block {
  const { summary } = model;
  const figures = summaryFigures(model);
  const rows: BlockRow[] = [{ key: 'title', cells: ['2023年预算收支总表'] }];
  if (summary.unitNote) rows.push({ key: 'note', cells: [`单位：${summary.unit}`] });
  rows.push({ key: 'header', cells: ['项目', '金额'] });
  const first = top + rows.length;
  const valueColumn = columnLetters(left + 1);
  const at = (label: SummaryLabel): string => `${valueColumn}${first + summary.order.indexOf(label)}`;
  const formulaOf = (label: SummaryLabel): string | null => {
    if (!summary.totalFormulas) return null;
    if (label === '预算收入合计') return `=${at('年初预算')}+${at('调整追加')}+${at('其他资金')}`;
    if (label === '支出合计') return `=${at('基本支出')}+${at('项目支出')}+${at('结余结转')}`;
    return null;
  };
  for (const label of summary.order) {
    const value = amountValue(figures[label] + (model.summaryOffsets?.[label] ?? 0n), summary.unit);
    const formula = formulaOf(label);
    rows.push({ key: `summary:${label}`, cells: [label, formula ? `${formula}|${value}` : value] });
  }
  const amounts = new Map(summary.order.map((label, i) => [`summary|${label}`, { row: first + i, column: left + 1 }]));
  return { region: 'summary', top, left, rows, columns: ['label', 'value'], merges: [], amounts };
}

const UNIT_INFO_ROWS: readonly (readonly unknown[])[] = [
  ['单位基本情况'],
  ['单位名称', '石峰区网格化管理服务中心'],
  ['年度', 2023],
  ['单位级别', '正科级'],
  ['单位性质', '公益一类事业单位'],
  ['事业编制', 8, '实有人数', 35],
  ['在职人员', 7, '劳务派遣人员', 28],
  ['离休', 0, '退休', 0],
];

export function unitInfoBlock(): Block {
  return {
    region: 'info',
    top: 1,
    left: 1,
    rows: UNIT_INFO_ROWS.map((cells) => ({ key: `info:${String(cells[0])}`, cells })),
    columns: ['label', 'value', 'label2', 'value2'],
    merges: [],
    amounts: new Map(),
  };
}
