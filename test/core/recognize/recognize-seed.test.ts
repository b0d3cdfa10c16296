import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';
import { workbookFromSheets } from '../../support/workbook';
// the seed layout shared with the rules' tests (spec §4; header on row 3, 合计 on row 15)
import { SEED_DUTIES, seedSheets } from '../rules/fixtures/seed-workbook';
import { fenOf, projectTable, summaryTable, unitInfo } from './table-lookup';

const WAN = 1_000_000n; // fen per 万元

describe('recognizeWorkbook on the seed layout', () => {
  const result = recognizeWorkbook(workbookFromSheets(seedSheets()));

  it('finds the three tables and reports no problem', () => {
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => `${t.kind}@${t.sheet}`).sort()).toEqual(['projects@项目支出', 'summary@收支总表', 'unit-info@基本情况'].sort());
  });

  it('locates the project table from its header to the 合计 row, in 万元', () => {
    const table = projectTable(result);
    expect(table.range).toEqual({ top: 3, left: 1, bottom: 15, right: 10 });
    expect(table.headerRows).toEqual([3, 3]);
    expect(table.unit).toBe('万元');
    expect(table.columns).toMatchObject({
      序号: 1,
      项目名称: 2,
      年初预算: 3,
      上级转移支付: 4,
      年中调增: 5,
      年中调减: 6,
      追加: 7,
      实际支出: 8,
      结余结转: 9,
      主要用途: 10,
    });
  });

  it('reads the four projects with their amounts in exact fen', () => {
    const table = projectTable(result);
    expect(table.projects.map((p) => [p.row, p.name])).toEqual([
      [4, '网格信息化建设项目'],
      [8, '业务性专项经费'],
      [11, '基层社会治理专项'],
      [13, '网格通手机套餐资费服务'],
    ]);
    const first = table.projects[0];
    expect(first.amounts.年初预算?.address).toBe('C4');
    expect(fenOf(first.amounts.年初预算)).toBe(90n * WAN);
    expect(fenOf(first.amounts.上级转移支付)).toBe(88_670_000n);
    expect(fenOf(first.amounts.年中调减)).toBe(130_000n);
    expect(fenOf(first.amounts.实际支出)).toBe(104_680_000n);
    expect(first.amounts.结余结转?.address).toBe('I4');
  });

  it('attaches the （n） rows as sub-items of the project above, without their markers', () => {
    const table = projectTable(result);
    expect(table.subItems.map((s) => [s.row, s.name, s.parentRow])).toEqual([
      [5, '网格信息化建设专项', 4],
      [6, '网格化平台系统基础数据融合项目', 4],
      [7, '经开区风险防控系统融入石峰网格平台建设经费项目', 4],
      [9, '2023年区直部门代理记账服务费', 8],
      [10, '“放管服”改革保障经费', 8],
      [12, '基层社会治理专项', 11],
      [14, '网格通手机套餐资费服务项目', 13],
    ]);
    expect(fenOf(table.subItems[0].amounts.实际支出)).toBe(64_760_000n);
    expect(table.subItems[0].purpose).toBe('主要用于网格信息化建设大类相关的项目支出。');
  });

  it('reads the 合计 row as a total with its formulas', () => {
    const [total] = projectTable(result).totals;
    expect(total).toMatchObject({ kind: 'total', row: 15, name: '合计' });
    expect(total.amounts.实际支出).toMatchObject({ address: 'H15', formula: '=SUM(H4,H8,H11,H13)' });
    expect(fenOf(total.amounts.实际支出)).toBe(1_964_400_000n);
  });

  it('reads the summary from its two-column 项目 | 金额 table', () => {
    const summary = summaryTable(result);
    expect(summary.unit).toBe('万元');
    expect(summary.fields.预算收入合计).toMatchObject({ address: 'B4', labelAddress: 'A4', formula: '=B5+B6+B7' });
    expect(fenOf(summary.fields.预算收入合计)).toBe(2_388_070_000n);
    expect(fenOf(summary.fields.年初预算)).toBe(1_865_390_000n);
    expect(fenOf(summary.fields.调整追加)).toBe(522_680_000n);
    expect(fenOf(summary.fields.其他资金)).toBe(0n);
    expect(fenOf(summary.fields.基本支出)).toBe(120_300_000n);
    expect(fenOf(summary.fields.项目支出)).toBe(1_964_410_000n);
    expect(summary.fields.结余结转?.address).toBe('B11');
    expect(summary.range).toEqual({ top: 4, left: 1, bottom: 11, right: 2 });
  });

  it('reads the unit info beside its labels, two pairs to a row', () => {
    const info = unitInfo(result);
    expect(info.fields.单位名称?.value).toBe('石峰区网格化管理服务中心');
    expect(info.fields.年度?.value).toBe(2023);
    expect(info.fields.单位级别?.value).toBe('正科级');
    expect(info.fields.单位性质?.value).toBe('区委直属公益一类事业单位');
    expect(info.fields.主要职责?.value).toBe(SEED_DUTIES);
    expect(info.fields.编制数).toMatchObject({ address: 'B7', value: 8, label: '事业编制' });
    expect(info.fields.编制类型).toMatchObject({ value: '事业编制', address: 'A7' });
    expect(info.fields.实有人数).toMatchObject({ address: 'D7', value: 35 });
    expect(info.fields.在职人员?.value).toBe(7);
    expect(info.fields.劳务派遣人员).toMatchObject({ address: 'D8', value: 28 });
    expect(info.fields.离休?.value).toBe(0);
    expect(info.fields.退休?.address).toBe('D9');
    expect(info.fields.内设机构数?.value).toBe(3);
    expect(info.fields.内设机构?.value).toBe('综合室、网格化服务室和窗口服务室');
    expect(info.fields.所属单位数?.value).toBe(0);
    expect(info.fields.问题?.address).toBe('B13');
    expect(info.fields.改进措施?.value).toBe('加强预算编制和管理工作，提高预算的可控性和合理性。');
  });
});
