/**
 * The label index (tables/support/labelled-cells.ts) walks a sheet once for its texts, keys them
 * only when asked and finds their places only for records:
 * whatever it answers must be what a plain look at every cell answers, on dense and sparse sheets.
 */
import fc from 'fast-check';
import { cellText } from '../../../src/core/grid/sheet-access';
import { storedTexts } from '../../../src/core/grid/stored-cells';
import type { CellValue, Sheet } from '../../../src/core/grid/types';
import { hasLabel, hasLabelLike, hasText, labelsOf, labelsWithText, type LabelAt } from '../../../src/core/tables/support/labelled-cells';
import { textKey } from '../../../src/core/tables/support/sheet-cells';

/** Texts that key to themselves, to something else, to the same key, and the same text again. */
const TEXTS = [
  '收入合计',
  '本年收入合计',
  ' 收入合计 ',
  '（一）收入合计（万元）',
  '收 入 合 计',
  '合计',
  '总计',
  '其中：公用经费',
  '1、项目支出',
  '项目支出',
  '   ',
  '',
  '科目编码',
  '功能分类科目编码',
  '用于网格员配备、基层治理',
  '1',
  '2023年',
  'x'.repeat(70),
  `${'x'.repeat(70)} `,
];

const cellValueArb: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue | undefined>(1, 0, null, true, { error: '#REF!' }, undefined) },
);

/** A sheet whose rows may be missing (holes) and whose cells may be holes, from any top-left. */
const sheetArb: fc.Arbitrary<Sheet> = fc
  .record({
    top: fc.integer({ min: 1, max: 4 }),
    left: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.option(fc.array(cellValueArb, { maxLength: 6 }), { nil: undefined }), { maxLength: 8 }),
  })
  .map(({ top, left, rows }) => {
    const values: CellValue[][] = [];
    rows.forEach((row, r) => {
      if (row === undefined) return;
      const cells: CellValue[] = [];
      row.forEach((value, c) => {
        if (value !== undefined) cells[c] = value;
      });
      values[r] = cells;
    });
    return { name: 'S', top, left, values };
  });

/** Every text cell, as a plain look at each cell in reading order reads it. */
function plainLabels(sheet: Sheet): LabelAt[] {
  const labels: LabelAt[] = [];
  sheet.values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const row = sheet.top + r;
      const column = sheet.left + c;
      const text = cellText(sheet, row, column);
      if (typeof value === 'string' && text !== '') labels.push({ row, column, key: textKey(sheet, text), text });
    }),
  );
  return labels;
}

/** Keys that are texts' own, keys only a changed text has, and texts that are on the sheet but no text's key (`1、项目支出`). */
const KEYS = [
  '收入合计',
  '合计',
  '总计',
  '公用经费',
  '项目支出',
  '科目编码',
  '功能分类科目编码',
  '1',
  '2023年',
  '1、项目支出',
  '本年收入合计',
  'x'.repeat(70),
  '不在表上',
];

test('the label index answers what a look at every cell answers', () => {
  fc.assert(
    fc.property(sheetArb, (sheet) => {
      const plain = plainLabels(sheet);
      // asked in the order recognition asks: the anchors first, then the records
      for (const key of KEYS) expect(hasLabel(sheet, key)).toBe(plain.some((label) => label.key === key));
      expect(hasLabelLike(sheet, (key) => key.endsWith('科目编码'))).toBe(plain.some((label) => label.key.endsWith('科目编码')));
      // `1、项目支出` starts with 1, its key does not
      expect(hasLabelLike(sheet, (key) => key.startsWith('1'))).toBe(plain.some((label) => label.key.startsWith('1')));
      expect(hasText(sheet, (text) => text.includes('计'))).toBe(plain.some((label) => label.text.includes('计')));
      expect(labelsWithText(sheet, (text) => text.includes('支出'))).toEqual(plain.filter((label) => label.text.includes('支出')));
      expect(labelsOf(sheet)).toEqual(plain);
      const claimed = [{ top: sheet.top, left: sheet.left, bottom: sheet.top + 1, right: sheet.left + 1 }];
      expect(labelsOf(sheet, claimed)).toEqual(plain.filter((label) => !(label.row <= sheet.top + 1 && label.column <= sheet.left + 1)));
    }),
  );
});

test('records first, keys after: the same answers in the other order', () => {
  fc.assert(
    fc.property(sheetArb, (sheet) => {
      const plain = plainLabels(sheet);
      expect(labelsWithText(sheet, () => true)).toEqual(plain);
      for (const key of KEYS) expect(hasLabel(sheet, key)).toBe(plain.some((label) => label.key === key));
    }),
  );
});

test('storedTexts gives the same texts with and without their places, and the places of each', () => {
  fc.assert(
    fc.property(sheetArb, (sheet) => {
      const plain = plainLabels(sheet);
      const withPlaces = storedTexts(sheet, true);
      expect(storedTexts(sheet).texts).toEqual(plain.map((label) => label.text));
      expect(withPlaces.texts).toEqual(plain.map((label) => label.text));
      expect(withPlaces.rows).toEqual(plain.map((label) => label.row));
      expect(withPlaces.columns).toEqual(plain.map((label) => label.column));
    }),
  );
});

test('a sparse sheet: a row at 1,048,576 and a cell in column XFD are found, the holes never visited', () => {
  const values: CellValue[][] = [];
  values[0] = ['收入合计'];
  values[1_048_575] = [];
  values[1_048_575][16_383] = ' 总计 ';
  const sheet: Sheet = { name: 'S', top: 1, left: 1, values };
  expect(labelsOf(sheet)).toEqual([
    { row: 1, column: 1, key: '收入合计', text: '收入合计' },
    { row: 1_048_576, column: 16_384, key: '总计', text: '总计' },
  ]);
});
