import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';
import { workbookFromSheets } from '../../support/workbook';
import { fenOf, summaryTable, unitInfo } from './table-lookup';

const recognize = (rows: unknown[][]) => recognizeWorkbook(workbookFromSheets({ 表: rows }));

describe('summary (收支总表) by labels', () => {
  it('knows the synonyms, numbered and 其中 labels, and colons', () => {
    const summary = summaryTable(
      recognize([
        ['一、收入合计：', 2388.07],
        ['其中：年初预算数', 1865.39],
        ['（二）追加调整', 522.68],
        ['其他资金来源', 0],
        ['二、支出合计', 2388.07],
        ['1.基本支出', 120.3],
        ['2.项目支出', 1964.41],
        ['3.年末结转和结余', 303.36],
      ]),
    );
    expect(Object.keys(summary.fields).sort()).toEqual(
      ['预算收入合计', '年初预算', '调整追加', '其他资金', '支出合计', '基本支出', '项目支出', '结余结转'].sort(),
    );
    expect(summary.fields.预算收入合计).toMatchObject({ label: '一、收入合计：', labelAddress: 'A1', address: 'B1' });
    expect(fenOf(summary.fields.结余结转)).toBe(303_360_000n);
  });

  it('reads the amounts in 元 under a 单位：元 note', () => {
    const summary = summaryTable(
      recognize([
        ['收支总表', null, '单位：元'],
        ['预算收入合计', null, 23880700],
        ['支出合计', null, 23880700],
      ]),
    );
    expect(summary.unit).toBe('元');
    expect(summary.fields.预算收入合计?.address).toBe('C2');
    expect(fenOf(summary.fields.预算收入合计)).toBe(2_388_070_000n);
  });

  it('reads a label’s own unit (基本支出（元）) over the table’s', () => {
    const summary = summaryTable(
      recognize([
        ['基本支出（元）', 1203000],
        ['项目支出', 1964.41],
      ]),
    );
    expect(fenOf(summary.fields.基本支出)).toBe(120_300_000n);
    expect(fenOf(summary.fields.项目支出)).toBe(1_964_410_000n);
  });

  it('reads labels across a row with their values in the row below', () => {
    const summary = summaryTable(
      recognize([
        ['预算收入合计', '年初预算', '调整追加', '其他资金'],
        [2388.07, 1865.39, 522.68, 0],
      ]),
    );
    expect(summary.fields.年初预算?.address).toBe('B2');
    expect(fenOf(summary.fields.调整追加)).toBe(522_680_000n);
  });

  it('keeps the value cell of a label with no value, empty', () => {
    const summary = summaryTable(
      recognize([
        ['预算收入合计', 10],
        ['其他资金', null],
        ['支出合计', 10],
      ]),
    );
    expect(summary.fields.其他资金).toMatchObject({ address: 'B2', value: null, reading: { kind: 'empty' } });
  });

  it('needs two fields: one stray label is no summary', () => {
    const result = recognize([['项目支出'], ['说明文字']]);
    expect(result.tables).toEqual([]);
    expect(result.problems.map((p) => p.messageId)).toEqual(['no-table']);
  });
});

describe('unit info (基本情况) by labels', () => {
  it('records a 行政编制 label as the kind of posts', () => {
    const info = unitInfo(
      recognize([
        ['单位名称：', '某某局'],
        ['行政编制数', '12名'],
      ]),
    );
    expect(info.fields.编制数).toMatchObject({ value: '12名', address: 'B2', label: '行政编制数' });
    expect(info.fields.编制类型).toMatchObject({ value: '行政编制', address: 'A2', labelAddress: 'A2' });
  });

  it('keeps long texts as values', () => {
    const duties = '（一）负责牵头、组织、指导、督促全区基层社会治理。\n（二）负责全区基础信息采集。\n（三）承办区委、区政府交办的其他工作。';
    const info = unitInfo(
      recognize([
        ['单位名称', '石峰区网格化管理服务中心'],
        ['主要职责', duties],
        ['工作成效', '市域社会治理现代化合格城市验收中获得肯定。'],
        ['存在的问题', '上年结转的金额较大。'],
        ['下一步改进措施', '加强预算编制和管理工作。'],
        ['其他需要说明的情况', '无其他需要说明的情况。'],
      ]),
    );
    expect(info.fields.主要职责?.value).toBe(duties);
    expect(info.fields.工作成效?.address).toBe('B3');
    expect(info.fields.问题?.value).toBe('上年结转的金额较大。');
    expect(info.fields.改进措施?.value).toBe('加强预算编制和管理工作。');
    expect(info.fields.其他说明?.value).toBe('无其他需要说明的情况。');
  });

  it('reads labels and values in merged cells, and a value further right past empty cells', () => {
    const info = unitInfo(
      recognize([
        ['单位名称', null, null, '某某中心'],
        ['单位性质', null, null, '公益一类事业单位'],
      ]),
    );
    expect(info.fields.单位名称?.address).toBe('D1');
    expect(info.fields.单位性质?.value).toBe('公益一类事业单位');
  });

  it('tells the count of internal offices from their names', () => {
    const info = unitInfo(
      recognize([
        ['单位名称', '某某中心'],
        ['内设机构', '3个'],
        ['内设机构名称', '综合室、网格化服务室'],
      ]),
    );
    expect(info.fields.内设机构数?.value).toBe('3个');
    expect(info.fields.内设机构?.value).toBe('综合室、网格化服务室');
  });

  it('finds unit info and summary on one sheet', () => {
    const result = recognize([['单位名称', '某某中心', '年度', 2023], [], ['预算收入合计', 10], ['支出合计', 10]]);
    expect(unitInfo(result).fields.年度?.value).toBe(2023);
    expect(summaryTable(result).fields.支出合计?.address).toBe('B4');
  });
});

describe('labels of an official form are no summary or unit info', () => {
  it('ignores a form’s money-block headers and its comment labels', () => {
    const result = recognize([
      ['项目名称', '51000021R000000019951-工资性支出'],
      ['主管部门', '青神县发展和改革局本级', '实施单位', '青神县发展和改革局'],
      ['预算执行情况', '年初预算', '调整后预算数', '预算执行数', '预算执行率'],
      ['其他资金', null, null, null, null],
      ['存在问题', '结合自评情况，分析存在的问题及原因。'],
      ['改进措施', '针对项目自评中发现的问题，提出改进意见。'],
    ]);
    expect(result.tables).toEqual([]);
  });
});
