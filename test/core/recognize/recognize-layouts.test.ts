import type { Sheet } from '../../../src/core/grid/types';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';
import { workbookFromSheets } from '../../support/workbook';
import { fenOf, projectTable, summaryTable } from './table-lookup';

const recognizeSheet = (rows: unknown[][], name = '项目') => recognizeWorkbook(workbookFromSheets({ [name]: rows }));
const projectsOf = (rows: unknown[][]) => projectTable(recognizeSheet(rows));

describe('project table layouts', () => {
  it('reads columns in any order by their headers', () => {
    const table = projectsOf([
      ['项目名称', '实际支出', '序号', '结余结转', '追加', '年初预算', '上级转移支付', '年中调减', '年中调增'],
      ['网格信息化建设项目', 104.68, 1, 78.86, 5, 90, 88.67, 0.13, 0],
    ]);
    const [project] = table.projects;
    expect(project.name).toBe('网格信息化建设项目');
    expect(project.amounts.实际支出?.address).toBe('B2');
    expect(fenOf(project.amounts.实际支出)).toBe(104_680_000n);
    expect(project.amounts.年初预算?.address).toBe('F2');
    expect(fenOf(project.amounts.年初预算)).toBe(90_000_000n);
    expect(fenOf(project.amounts.年中调减)).toBe(130_000n);
    expect(table.columns).toMatchObject({ 项目名称: 1, 序号: 3, 年中调增: 9 });
  });

  it('finds a header on row 5 under a title and a 单位：元 note, and reads the amounts in 元', () => {
    const result = recognizeSheet([
      ['2023年度项目支出明细表'],
      [],
      ['填报单位：石峰区网格化管理服务中心'],
      [null, null, null, null, '金额单位：元'],
      ['序号', '项目名称', '年初预算', '实际支出', '结余结转'],
      [1, '网格信息化建设项目', 900000, 1046800, 788600],
    ]);
    const table = projectTable(result);
    expect(table.headerRows).toEqual([5, 5]);
    expect(table.unit).toBe('元');
    expect(table.range).toEqual({ top: 5, left: 1, bottom: 6, right: 5 });
    expect(fenOf(table.projects[0].amounts.年初预算)).toBe(90_000_000n);
    expect(fenOf(table.projects[0].amounts.实际支出)).toBe(104_680_000n);
  });

  it('takes the unit from the amount headers when there is no note', () => {
    const table = projectsOf([
      ['项目名称', '年初预算（元）', '实际支出（元）', '结余结转（元）'],
      ['网格信息化建设项目', 900000, 1046800, 788600],
    ]);
    expect(table.unit).toBe('元');
    expect(fenOf(table.projects[0].amounts.结余结转)).toBe(78_860_000n);
  });

  it('defaults to 万元 when nothing names a unit', () => {
    expect(
      projectsOf([
        ['项目名称', '年初预算', '实际支出', '结余结转'],
        ['甲', 1, 1, 0],
      ]).unit,
    ).toBe('万元');
  });

  it('reads a two-row header band: a merged 年中调整 over 调增 | 调减', () => {
    const sheet: Sheet = {
      ...sheetFromRows('项目', [
        ['项目支出表'],
        ['序号', '项目名称', '年初预算', '上级转移支付', '年中调整', null, '追加', '实际支出', '结余结转'],
        [null, null, null, null, '调增', '调减'],
        [1, '网格信息化建设项目', 90, 88.67, 0, 0.13, 5, 104.68, 78.86],
      ]),
      merges: [
        { top: 1, left: 1, bottom: 1, right: 9 },
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 3, right: 2 },
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 2, left: 4, bottom: 3, right: 4 },
        { top: 2, left: 5, bottom: 2, right: 6 },
        { top: 2, left: 7, bottom: 3, right: 7 },
        { top: 2, left: 8, bottom: 3, right: 8 },
        { top: 2, left: 9, bottom: 3, right: 9 },
      ],
    };
    const table = projectTable(recognizeWorkbook({ sheets: [sheet] }));
    expect(table.headerRows).toEqual([2, 3]);
    expect(table.columns).toMatchObject({ 项目名称: 2, 年中调增: 5, 年中调减: 6, 追加: 7, 实际支出: 8 });
    expect(table.columns.年中调整).toBeUndefined();
    expect(table.projects.map((p) => p.row)).toEqual([4]);
    expect(fenOf(table.projects[0].amounts.年中调减)).toBe(130_000n);
  });

  it('reads a band whose upper level groups columns: 预算数 over 年初 | 追加', () => {
    const sheet: Sheet = {
      ...sheetFromRows('项目', [
        ['项目名称', '预算数', null, '支出数', '结转结余'],
        [null, '年初', '追加'],
        ['业务性专项经费', 10, 0.15, 18.37, 30.01],
      ]),
      merges: [{ top: 1, left: 2, bottom: 1, right: 3 }],
    };
    const table = projectTable(recognizeWorkbook({ sheets: [sheet] }));
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns).toMatchObject({ 项目名称: 1, 年初预算: 2, 追加: 3, 实际支出: 4, 结余结转: 5 });
    expect(fenOf(table.projects[0].amounts.追加)).toBe(150_000n);
  });

  it('knows the synonyms of spec §1', () => {
    const table = projectsOf([
      ['编号', '项目', '年初预算数', '转移支付', '追加预算', '全年执行数', '结转结余', '调整后预算', '预算执行率', '绩效情况'],
      [1, '基层社会治理专项', 1633.8, 354.73, 0, 1798.4, 190.13, 1988.53, '90.44%', '发放薪酬'],
    ]);
    expect(table.columns).toEqual({
      序号: 1,
      项目名称: 2,
      年初预算: 3,
      上级转移支付: 4,
      追加: 5,
      实际支出: 6,
      结余结转: 7,
      全年预算数: 8,
      执行率: 9,
      主要用途: 10,
    });
    expect(table.projects[0].purpose).toBe('发放薪酬');
    expect(table.projects[0].rate?.ratio).toBe(0.9044);
  });

  it('reads headers written with units, spaces, line breaks and full-width brackets', () => {
    const table = projectsOf([
      ['项 目 名 称', '年初预算金额（万元）', '实际\n支出数', '年末结转和结余（万元）'],
      ['甲', 1, 1, 0],
    ]);
    expect(table.columns).toEqual({ 项目名称: 1, 年初预算: 2, 实际支出: 3, 结余结转: 4 });
  });

  it('reads one signed 年中调整 column instead of 调增 and 调减', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '上级转移支付', '年中调整（调增调减）', '追加', '实际支出', '结余结转'],
      ['网格信息化建设项目', 90, 88.67, -0.13, 5, 104.68, 78.86],
      ['业务性专项经费', 10, 38.23, 0.5, 0.15, 18.37, 30.51],
    ]);
    expect(table.columns.年中调整).toBe(4);
    expect(table.columns.年中调增).toBeUndefined();
    expect(fenOf(table.projects[0].amounts.年中调整)).toBe(-130_000n);
    expect(fenOf(table.projects[1].amounts.年中调整)).toBe(500_000n);
  });

  it('reads a 合计 row above the projects as a total', () => {
    const table = projectsOf([
      ['序号', '项目名称', '年初预算', '实际支出', '结余结转'],
      ['合 计', null, '=SUM(C4:C5)|100', '=SUM(D4:D5)|123.05', '=SUM(E4:E5)|108.87'],
      [],
      [1, '网格信息化建设项目', 90, 104.68, 78.86],
      [2, '业务性专项经费', 10, 18.37, 30.01],
    ]);
    expect(table.totals.map((t) => [t.row, t.name, t.amounts.年初预算?.formula])).toEqual([[2, '合计', '=SUM(C4:C5)']]);
    expect(table.projects.map((p) => [p.row, p.name])).toEqual([
      [4, '网格信息化建设项目'],
      [5, '业务性专项经费'],
    ]);
  });

  it('reads 总计 in the name column as a total too', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      ['总计', 1, 1, 0],
    ]);
    expect(table.totals.map((t) => t.row)).toEqual([3]);
    expect(table.projects).toHaveLength(1);
  });

  it('skips blank rows inside the table and ends at the last row with a name or an amount', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      [],
      [null, null, null, null],
      ['乙', 2, 2, 0],
      ['', '', '', ''],
      ['合计', 3, 3, 0],
      [],
      [],
    ]);
    expect(table.projects.map((p) => p.row)).toEqual([2, 5]);
    expect(table.totals.map((t) => t.row)).toEqual([7]);
    expect(table.range.bottom).toBe(7);
  });

  it('counts a row with amounts but no name as part of the table', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      [null, 5, 5, 0],
    ]);
    // named by its row in findings; table-structure says the name is missing
    expect(table.projects.map((p) => [p.row, p.name])).toEqual([
      [2, '甲'],
      [3, '第3行'],
    ]);
  });

  it('reads a row without name or label whose formulas add up each column above as a total, not a project', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      ['乙', 2, 2, 0],
      [null, '=SUM(B2:B3)|3', '=C2+C3|3', '=SUM(D2:D3)|0'],
    ]);
    expect(table.projects.map((p) => p.row)).toEqual([2, 3]);
    expect(table.totals.map((t) => [t.row, t.name])).toEqual([[4, '合计']]);
  });

  it('keeps a nameless row with a sum reaching below itself, or a typed figure, as a project', () => {
    const below = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      [null, '=SUM(B2:B4)|1', 1, 0],
      ['乙', 0, 0, 0],
    ]);
    expect(below.totals).toEqual([]);
    const typed = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      [null, '=SUM(B2:B2)|1', 1, 0],
    ]);
    expect(typed.totals).toEqual([]);
  });

  it('ignores extra columns it does not know, but keeps them inside the table range', () => {
    const table = projectsOf([
      ['序号', '项目名称', '资金来源', '年初预算', '责任科室', '实际支出', '结余结转', '备注'],
      [1, '网格信息化建设项目', '财政拨款', 90, '综合室', 104.68, 78.86, '无'],
    ]);
    expect(Object.keys(table.columns).sort()).toEqual(['实际支出', '序号', '年初预算', '结余结转', '项目名称'].sort());
    expect(table.range).toEqual({ top: 1, left: 1, bottom: 2, right: 8 });
  });

  it('ends the table at a footer note', () => {
    const table = projectsOf([['项目名称', '年初预算', '实际支出', '结余结转'], ['甲', 1, 1, 0], ['注：本表金额以决算数为准。'], ['填表人：张三']]);
    expect(table.range.bottom).toBe(2);
    expect(table.projects).toHaveLength(1);
  });

  it('strips project numbers such as 1． and 一、 from names', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['1．网格信息化建设项目', 90, 104.68, 78.86],
      ['一、业务性专项经费', 10, 18.37, 30.01],
      ['3. 2023年区直部门代理记账服务费', 1, 1, 0],
    ]);
    expect(table.projects.map((p) => p.name)).toEqual(['网格信息化建设项目', '业务性专项经费', '2023年区直部门代理记账服务费']);
  });
});

describe('sub-items', () => {
  it('reads （1）, (2) and 1.1 rows under a project as its sub-items', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'],
      ['网格信息化建设项目', 90, 104.68, 78.86],
      ['（1）网格信息化建设专项', null, 64.76, null, '信息化建设'],
      ['(2) 网格化平台系统基础数据融合项目', null, 1.25],
      ['业务性专项经费', 10, 18.37, 30.01],
      ['2.1 “放管服”改革保障经费', null, 2.84],
    ]);
    expect(table.projects.map((p) => p.row)).toEqual([2, 5]);
    expect(table.subItems.map((s) => [s.row, s.name, s.parentRow])).toEqual([
      [3, '网格信息化建设专项', 2],
      [4, '网格化平台系统基础数据融合项目', 2],
      [6, '“放管服”改革保障经费', 5],
    ]);
    expect(table.subItems[0].purpose).toBe('信息化建设');
  });

  it('reads a （1） marker in the 序号 column as a sub-item', () => {
    const table = projectsOf([
      ['序号', '项目名称', '年初预算', '实际支出', '结余结转'],
      ['一', '网格信息化建设项目', 90, 104.68, 78.86],
      ['（1）', '网格信息化建设专项', null, 64.76],
    ]);
    expect(table.subItems.map((s) => [s.name, s.parentRow])).toEqual([['网格信息化建设专项', 2]]);
  });

  it('reads sub-items from a 子项目 column', () => {
    const table = projectsOf([
      ['项目名称', '子项目', '年初预算', '实际支出', '结余结转'],
      ['网格信息化建设项目', null, 90, 104.68, 78.86],
      [null, '网格信息化建设专项', null, 64.76],
      ['网格信息化建设项目', '网格化平台系统基础数据融合项目', null, 1.25],
      ['业务性专项经费', null, 10, 18.37, 30.01],
      [null, '（1）“放管服”改革保障经费', null, 2.84],
    ]);
    expect(table.projects.map((p) => p.name)).toEqual(['网格信息化建设项目', '业务性专项经费']);
    expect(table.subItems.map((s) => [s.row, s.name, s.parentRow])).toEqual([
      [3, '网格信息化建设专项', 2],
      [4, '网格化平台系统基础数据融合项目', 2],
      [6, '“放管服”改革保障经费', 5],
    ]);
    expect(fenOf(table.subItems[1].amounts.实际支出)).toBe(1_250_000n);
  });

  it('reads a marked row with no project above it as a project', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['（1）网格信息化建设专项', 1, 1, 0],
    ]);
    expect(table.projects.map((p) => p.name)).toEqual(['网格信息化建设专项']);
    expect(table.subItems).toEqual([]);
  });
});

describe('execution rates', () => {
  const rateOf = (header: string, value: unknown, numberFormat?: string) => {
    const base = sheetFromRows('项目', [
      ['项目名称', '年初预算', '实际支出', '结余结转', header],
      ['甲', 1, 1, 0, value],
    ]);
    const sheet: Sheet = numberFormat ? { ...base, numberFormats: [[], [null, null, null, null, numberFormat]] } : base;
    return projectTable(recognizeWorkbook({ sheets: [sheet] })).projects[0].rate;
  };

  it('reads 95.23% written as text', () => {
    expect(rateOf('执行率', '95.23%')).toMatchObject({ address: 'E2', ratio: 0.9523 });
  });
  it('reads a fraction shown with a % number format', () => {
    expect(rateOf('执行率', 0.9523, '0.00%')?.ratio).toBe(0.9523);
  });
  it('reads plain numbers as percent points when the header says (%)', () => {
    expect(rateOf('执行率(%)', 95.23)?.ratio).toBe(0.9523);
    expect(rateOf('执行率（%）', 1.2)?.ratio).toBe(0.012);
  });
  it('without any %, reads a number up to 1.5 as a fraction and a larger one as percent points', () => {
    expect(rateOf('执行率', 0.9523)?.ratio).toBe(0.9523);
    expect(rateOf('执行率', 1.2)?.ratio).toBe(1.2);
    expect(rateOf('执行率', 95.23)?.ratio).toBe(0.9523);
  });
  it('leaves the ratio empty for text that is no rate', () => {
    expect(rateOf('执行率', '未执行')?.ratio).toBeNull();
    expect(rateOf('执行率', null)?.ratio).toBeNull();
  });
});

describe('recognition problems', () => {
  it('names a missing required column and the header it looked at', () => {
    const result = recognizeSheet(
      [['项目支出表'], ['序号', '项目名称', '年初预算', '上级转移支付', '结余结转'], [1, '网格信息化建设项目', 90, 88.67, 78.86]],
      '项目支出',
    );
    expect(result.tables.filter((t) => t.kind === 'projects')).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      messageId: 'missing-column',
      sheet: '项目支出',
      row: 2,
      cells: ['A2', 'B2', 'C2', 'D2', 'E2'],
      data: { column: '实际支出', sheet: '项目支出', headerRow: 2, looked: '序号、项目名称、年初预算、上级转移支付、结余结转' },
    });
  });

  it('names every missing column', () => {
    const result = recognizeSheet([
      ['项目名称', '实际支出'],
      ['甲', 1],
    ]);
    expect(result.problems.map((p) => p.data.column)).toEqual(['年初预算', '结余结转']);
  });

  it('reports no-table with the sheets it looked at when nothing is recognised', () => {
    const result = recognizeWorkbook(workbookFromSheets({ Sheet1: [['你好'], [1, 2, 3]], Sheet2: [] }));
    expect(result.tables).toEqual([]);
    expect(result.problems).toEqual([{ sheet: 'Sheet1', row: 1, cells: [], messageId: 'no-table', data: { sheets: 'Sheet1、Sheet2', sheetCount: 2 } }]);
  });

  it('does not take a lone 项目 | 金额 header for a project table', () => {
    const result = recognizeSheet([
      ['项目', '金额'],
      ['收入合计', 10],
      ['支出合计', 10],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => t.kind)).toEqual(['summary']);
  });
});

describe('a sheet holding a project table and labelled values', () => {
  it('reads labels outside the table and none of its header words', () => {
    const result = recognizeSheet([
      ['项目名称', '年初预算', '实际支出', '结余结转', null, '预算收入合计', 2388.07],
      ['甲', 1, 1, 0, null, '支出合计', 2388.07],
      ['乙', 2, 2, 0],
    ]);
    const table = projectTable(result);
    expect(table.range).toEqual({ top: 1, left: 1, bottom: 3, right: 4 });
    const summary = summaryTable(result);
    expect(Object.keys(summary.fields).sort()).toEqual(['支出合计', '预算收入合计'].sort());
    expect(summary.fields.预算收入合计?.address).toBe('G1');
  });

  it('ends the project table where a block of summary labels starts below it', () => {
    const result = recognizeSheet([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      ['合计', 1, 1, 0],
      [],
      ['基本支出', 120.3],
      ['项目支出', 1964.41],
    ]);
    expect(projectTable(result).range.bottom).toBe(3);
    const summary = summaryTable(result);
    expect(summary.fields.基本支出?.address).toBe('B5');
    expect(fenOf(summary.fields.项目支出)).toBe(1_964_410_000n);
  });

  it('reads two project tables one under the other', () => {
    const result = recognizeSheet([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      [],
      ['项目名称', '年初预算数', '支出数', '结转结余'],
      ['乙', 2, 2, 0],
    ]);
    expect(projectTable(result, 0).projects.map((p) => p.name)).toEqual(['甲']);
    expect(projectTable(result, 1).projects.map((p) => p.name)).toEqual(['乙']);
  });

  it('reads the first of two tables even when the second has more columns', () => {
    const result = recognizeSheet([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['甲', 1, 1, 0],
      [],
      ['序号', '项目名称', '年初预算', '上级转移支付', '追加', '实际支出', '结余结转', '执行率'],
      [1, '乙', 2, 0, 0, 2, 0, 1],
    ]);
    expect(projectTable(result, 0).range).toEqual({ top: 1, left: 1, bottom: 2, right: 4 });
    expect(projectTable(result, 1).headerRows).toEqual([4, 4]);
  });
});

describe('amount cells in a table', () => {
  it('keeps how each cell was read: numbers stored as text, dashes, errors, empties', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '上级转移支付', '追加', '实际支出', '结余结转'],
      ['甲', '1,234.5', '—', '#REF!', null, '=E2-B2|0'],
    ]);
    const amounts = table.projects[0].amounts;
    expect(amounts.年初预算?.reading).toEqual({ kind: 'text-number', fen: 1_234_500_000n, text: '1,234.5' });
    expect(amounts.上级转移支付?.reading.kind).toBe('dash');
    expect(amounts.追加?.reading).toEqual({ kind: 'error', error: '#REF!' });
    expect(amounts.实际支出).toMatchObject({ address: 'E2', value: null, reading: { kind: 'empty' } });
    expect(amounts.结余结转?.formula).toBe('=E2-B2');
  });
});

describe('header extent', () => {
  it('crosses an empty header cell towards a project column', () => {
    const table = projectsOf([
      ['项目名称', null, '年初预算', '实际支出', '结余结转'],
      ['甲', null, 1, 1, 0],
    ]);
    expect(table.columns).toEqual({ 项目名称: 1, 年初预算: 3, 实际支出: 4, 结余结转: 5 });
  });
});

describe('a row of units under the header', () => {
  it('belongs to the header and names the unit of each column', () => {
    const table = projectsOf([
      ['项目名称', '年初预算', '实际支出', '结余结转', '执行率'],
      [null, '元', '元', '元', '%'],
      ['甲', 900000, 1046800, 788600, 1.2],
    ]);
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.projects[0].rate?.ratio).toBe(0.012);
    expect(table.projects.map((p) => p.row)).toEqual([3]);
    expect(fenOf(table.projects[0].amounts.年初预算)).toBe(90_000_000n);
    expect(table.unit).toBe('元');
  });
});

describe('a used range that does not start at A1', () => {
  it('addresses cells by the sheet’s own rows and columns', () => {
    const sheet = sheetFromRows('项目', [['单位：元'], ['项目名称', '年初预算', '实际支出', '结余结转'], ['甲', 100, 100, 0]], 'C4');
    const table = projectTable(recognizeWorkbook({ sheets: [sheet] }));
    expect(table.range).toEqual({ top: 5, left: 3, bottom: 6, right: 6 });
    expect(table.unit).toBe('元');
    expect(table.projects[0].amounts.年初预算).toMatchObject({ address: 'D6', reading: { kind: 'number', fen: 10_000n } });
  });
});
