/**
 * Generators of hostile grids: cells of every kind a workbook can hold (NaN, ±Infinity, −0, huge
 * and tiny numbers, header words and synonyms, `（1）` markers, 合计, unit notes, Excel errors,
 * booleans), ragged rows, odd origins, merges that overlap or leave the used range. Every cell
 * stays within Excel's XFD1048576, as in any real workbook.
 */
import fc from 'fast-check';
import type { CellRange, CellValue, Sheet, Workbook } from '../../../src/core/grid/types';
import { PROJECT_SYNONYMS } from '../../../src/core/tables/kinds/projects';
import { SUMMARY_SYNONYMS } from '../../../src/core/tables/kinds/summary';
import { UNIT_INFO_SYNONYMS } from '../../../src/core/tables/kinds/unit-info';

const FORM_WORDS = [
  '项目支出绩效自评表',
  '部门整体支出绩效自评表',
  '年度资金总额',
  '其中：本年财政拨款',
  '上年结转资金',
  '其他资金',
  '年初预算数',
  '全年预算数（A）',
  '全年执行数（B）',
  '分值',
  '执行率（B/A）',
  '得分',
  '权重',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '实际完成值',
  '偏差原因分析',
  '产出指标(50分)',
  '预算执行情况(10分)',
  '自评总分',
  '按收入性质分',
  '按支出性质分',
];

const SYNONYM_WORDS = [...new Set([PROJECT_SYNONYMS, SUMMARY_SYNONYMS, UNIT_INFO_SYNONYMS].flatMap((table) => Object.values(table).flat()))];

/** Header words, as written and decorated the ways people decorate them. */
export const headerWord: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SYNONYM_WORDS, ...FORM_WORDS),
    fc.constantFrom('', '（万元）', '(元)', '（%）', '：', ' ', '数', '金额', '/万元'),
    fc.constantFrom('', '一、', '（一）', '2023年', '其中：'),
  )
  .map(([word, suffix, prefix]) => prefix + word + suffix);

const MARKED_TEXT = fc.constantFrom(
  '（1）网格信息化建设专项',
  '(2)子项目',
  '1.1 明细',
  '①设备',
  '一、项目',
  '1．网格通',
  '（1）',
  '1.1',
  '合计',
  '总计',
  '小计',
  '合 计',
  '合计：',
  '项目合计',
  '单位：万元',
  '单位：元',
  '金额单位：元',
  '（单位：人民币万元）',
  '单位：人',
  '注：',
  '填表人：张三',
  '说明1：',
);

const NUMBER_LIKE_TEXT = fc.constantFrom(
  '-',
  '—',
  '－',
  '~',
  '1,234.5',
  '1,23,4',
  '（1,234.5）',
  '(12)',
  '¥12',
  '￥-3',
  '12万元',
  '500元',
  '3万',
  '95%',
  '95.23％',
  '１２３．４',
  '1e308',
  '1e-400',
  '-0',
  '.5',
  '5.',
  '+',
  '0x10',
  'Infinity',
  'NaN',
  '#REF!',
  '#DIV/0!',
  '=SUM(A1:A3)',
  ' ',
  '\u3000',
  '35人',
  '８名',
);

const ERROR_CELL: fc.Arbitrary<CellValue> = fc
  .constantFrom('#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', '#CALC!', '#GETTING_DATA')
  .map((error) => ({ error }));

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    1e21,
    1e-7,
    0.1 + 0.2,
    104.68,
    1964.41,
    -0.13,
    0.9523,
    95.23,
  ),
);

/** Free text without `{`, so a filled message can be told from a template left unfilled. */
const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }).filter((text) => !text.includes('{')),
  fc.constantFrom('<img src=x onerror=alert(1)>', '石峰区', '云龙区网格', '😀项目', 'O\'Brien "quoted"', 'x'.repeat(5000), '\n\t', '项目'.repeat(30)),
);

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: headerWord },
  { weight: 3, arbitrary: MARKED_TEXT },
  { weight: 3, arbitrary: NUMBER_LIKE_TEXT },
  { weight: 2, arbitrary: freeText },
);

export const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: hostileNumber },
  { weight: 5, arbitrary: hostileText },
  { weight: 1, arbitrary: ERROR_CELL },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
);

export const FORMULA_TEXT = fc.constantFrom(
  '=SUM(C4:C7)',
  '=C4+D4-E4',
  '=SUM(C4,C8,C11)',
  '=',
  '=#REF!+1',
  '=SUM(ZZZ99999999)',
  '="合计"&B2',
  '=LOG10(A1)',
  '=Sheet1!A1',
  "='a b'!$A$1",
  '=SUM(',
  'not a formula',
  '=A0',
  '=XFD1048576',
  '=IF(A1>0,"x",B$2)',
);

export const sheetName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('项目支出', '收支总表', '基本情况', "O'Brien's", 'Sheet "1"', '😀表', '', ' '),
  fc.string({ maxLength: 10 }).filter((text) => !text.includes('{')),
);

/** Excel's last row and column (XFD1048576): no real workbook has a cell beyond them. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export function clampRange(range: CellRange): CellRange {
  const top = Math.min(range.top, MAX_ROW);
  const left = Math.min(range.left, MAX_COLUMN);
  return { top, left, bottom: Math.max(top, Math.min(range.bottom, MAX_ROW)), right: Math.max(left, Math.min(range.right, MAX_COLUMN)) };
}

/** Moves a sheet's origin up or left just enough for its cells to fit on an Excel sheet. */
export function withinExcel<T extends { top: number; left: number; values: readonly (readonly unknown[])[] }>(sheet: T): T {
  const width = Math.max(1, ...sheet.values.map((row) => row.length));
  const top = Math.max(1, Math.min(sheet.top, MAX_ROW - Math.max(1, sheet.values.length) + 1));
  const left = Math.max(1, Math.min(sheet.left, MAX_COLUMN - width + 1));
  return { ...sheet, top, left };
}

export function mergeNear(top: number, left: number): fc.Arbitrary<CellRange> {
  return fc
    .record({
      dr: fc.integer({ min: -2, max: 16 }),
      dc: fc.integer({ min: -2, max: 12 }),
      height: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(1_000_000)),
      width: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(20_000)),
    })
    .map(({ dr, dc, height, width }) => {
      const mergeTop = Math.max(1, top + dr);
      const mergeLeft = Math.max(1, left + dc);
      return { top: mergeTop, left: mergeLeft, bottom: mergeTop + height, right: mergeLeft + width };
    });
}

/** Words a project-table header is made of, the required ones included, in any order. */
const PROJECT_HEADER_WORDS = [
  '序号',
  '项目名称',
  '项目',
  '年初预算',
  '上级转移支付',
  '年中调增',
  '年中调减',
  '年中调整',
  '追加',
  '实际支出',
  '支出数',
  '结余结转',
  '全年预算数',
  '执行率（%）',
  '主要用途',
  '子项目',
];

const amountRow = fc.array(fc.oneof({ weight: 3, arbitrary: hostileNumber }, { weight: 2, arbitrary: hostileCell }), { maxLength: 11 });

/** A title, maybe a unit note, a header of project words, then rows of mostly numbers. */
const projectLikeRows: fc.Arbitrary<CellValue[][]> = fc
  .tuple(
    fc.array(fc.array(hostileCell, { maxLength: 3 }), { maxLength: 3 }),
    fc.shuffledSubarray(PROJECT_HEADER_WORDS, { minLength: 2, maxLength: 11 }),
    fc.array(fc.tuple(fc.oneof(MARKED_TEXT, freeText, hostileCell), amountRow), { maxLength: 10 }),
  )
  .map(([above, header, rows]) => [...above, header, ...rows.map(([name, amounts]) => [name, ...amounts])]);

/** A sheet of hostile cells, ragged rows, parallel (or not) formulas and number formats, merges anywhere near it. */
export const hostileSheet: fc.Arbitrary<Sheet> = fc
  .record({
    name: sheetName,
    top: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 40 }), fc.constant(1_048_570)),
    left: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 30 }), fc.constant(16_380)),
    values: fc.oneof(fc.array(fc.array(hostileCell, { maxLength: 9 }), { maxLength: 14 }), projectLikeRows),
    formulas: fc.option(fc.array(fc.array(fc.option(FORMULA_TEXT), { maxLength: 9 }), { maxLength: 14 }), { nil: undefined }),
    numberFormats: fc.option(
      fc.array(fc.array(fc.constantFrom('0.00%', '0%', 'General', '@', 'yyyy-mm-dd', '#,##0.00', null), { maxLength: 9 }), { maxLength: 14 }),
      {
        nil: undefined,
      },
    ),
    hidden: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(withinExcel)
  .chain((sheet) =>
    fc
      .option(fc.array(mergeNear(sheet.top, sheet.left), { maxLength: 6 }), { nil: undefined })
      .map((merges) => ({ ...sheet, merges: merges?.map(clampRange) })),
  );

export const hostileWorkbook: fc.Arbitrary<Workbook> = fc.record({ name: fc.string({ maxLength: 8 }), sheets: fc.array(hostileSheet, { maxLength: 4 }) });
