/**
 * A workbook shaped like the seed, with as many project rows as asked: a unit-info sheet, a
 * summary, and a project table with formulas, number formats and text. Plus synthetic findings
 * (an error every 50 rows, a warning every 70, information every 90) to highlight.
 */
import type { Finding, Severity } from '../../../src/core/rules/types';
import type { FakeSheetInput, FakeWorkbookInput } from '../../support/fake-excel';

const PROJECT_HEADER = [
  '序号',
  '项目名称',
  '年初预算',
  '上级转移支付',
  '年中调增',
  '年中调减',
  '追加',
  '全年预算数',
  '实际支出',
  '结余结转',
  '执行率',
  '主要用途',
];

/**
 * `wrongRates` (the default, as the adapter bench has always used): every 执行率 is computed against
 * the wrong column (年初预算 + 上级转移支付 instead of 全年预算数), so each row has a finding.
 */
function projectSheet(rows: number, wrongRates: boolean): FakeSheetInput {
  const values: (string | number)[][] = [['项目支出情况表'], ['单位：万元'], PROJECT_HEADER];
  const formulas: (string | null)[][] = [[], [], []];
  const numberFormats: (string | null)[][] = [[], [], PROJECT_HEADER.map(() => '@')];
  for (let i = 1; i <= rows; i++) {
    const r = i + 3;
    const start = ((i * 7919) % 200_000) / 100;
    const transfer = ((i * 104_729) % 50_000) / 100;
    const spent = Math.round((start + transfer) * 85) / 100;
    values.push([
      i,
      `网格信息化建设项目（${i}）`,
      start,
      transfer,
      0,
      0.13,
      5,
      start + transfer - 0.13 + 5,
      spent,
      start + transfer - 0.13 + 5 - spent,
      spent / (wrongRates ? start + transfer : start + transfer - 0.13 + 5),
      '用于网格员配备、基层治理及信息化运维',
    ]);
    formulas.push([null, null, null, null, null, null, null, `=C${r}+D${r}+E${r}-F${r}+G${r}`, null, `=H${r}-I${r}`, `=I${r}/H${r}`, null]);
    numberFormats.push(['0', null, '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '0.00%', '@']);
  }
  return { name: '项目支出', values, formulas, numberFormats, merges: [{ top: 1, left: 1, bottom: 1, right: 12 }] };
}

export function benchWorkbook(projectRows: number, { wrongRates = true } = {}): FakeWorkbookInput {
  return {
    name: `bench-${projectRows}${wrongRates ? '' : '-right-rates'}.xlsx`,
    sheets: [
      {
        name: '基本情况',
        values: [
          ['单位名称', '某区网格化服务管理中心'],
          ['单位级别', '正科级'],
          ['编制数', 8],
          ['实有人数', 35],
          ['在职人员', 7],
          ['劳务派遣人员', 28],
        ],
      },
      {
        name: '收支总表',
        values: [
          ['预算收入合计', 2388.07],
          ['年初预算', 1865.39],
          ['调整追加', 522.68],
          ['支出合计', 2388.07],
          ['基本支出', 120.3],
          ['项目支出', 1964.41],
          ['结余结转', 303.36],
        ],
      },
      projectSheet(projectRows, wrongRates),
    ],
  };
}

export function benchFindings(projectRows: number): Finding[] {
  const findings: Finding[] = [];
  const add = (i: number, severity: Severity) =>
    findings.push({
      rule: 'project-balance',
      severity,
      sheet: '项目支出',
      row: i + 3,
      cells: [`I${i + 3}`, `C${i + 3}`],
      subject: `网格信息化建设项目（${i}）`,
      messageId: 'unbalanced',
      message: { zh: `项目第${i}行收支不平衡`, en: `Project row ${i} does not balance` },
    });
  for (let i = 1; i <= projectRows; i++) {
    if (i % 50 === 0) add(i, 'error');
    else if (i % 70 === 0) add(i, 'warning');
    else if (i % 90 === 0) add(i, 'info');
  }
  return findings;
}
