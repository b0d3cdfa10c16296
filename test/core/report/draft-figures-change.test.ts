/**
 * Changing any figure of the workbook changes exactly the sentences that mention it: for every
 * amount cell of the seed workbook in turn, the cell is changed (and the Excel formulas that read
 * it recomputed, as Excel would), the draft rebuilt from a fresh check, and the sentences diffed.
 * Every changed sentence must name the cell among its sources, and every sentence that names it
 * must have changed.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { parseA1, toA1 } from '../../../src/core/grid/a1';
import type { CellValue, Sheet, Workbook } from '../../../src/core/grid/types';
import { buildDraft } from '../../../src/core/report/build-draft';
import { seedWorkbook } from './seed-workbook';
import { sentencesNotIn, sentencesOf, type Sentence } from './draft-helpers';

const original = seedWorkbook();
const before = sentencesOf(buildDraft(checkWorkbook(original)));

interface AmountCell {
  readonly sheet: string;
  readonly address: string;
  readonly value: number;
}

/** Every typed number: year and head counts, summary and project amounts (formulas are recomputed, not edited). */
function amountCells(workbook: Workbook): AmountCell[] {
  return workbook.sheets.flatMap((sheet) =>
    sheet.values.flatMap((row, r) =>
      row.flatMap((value, c) => {
        const formula = sheet.formulas?.[r]?.[c];
        const address = toA1(sheet.top + r, sheet.left + c);
        // column A of the project sheet is the 序号
        if (typeof value !== 'number' || formula || (sheet.name === '项目支出' && address.startsWith('A'))) return [];
        return [{ sheet: sheet.name, address, value }];
      }),
    ),
  );
}

/** The workbook with one cell changed and the SUM / + formulas that read it recomputed. */
function withCell(workbook: Workbook, target: AmountCell, value: number): { workbook: Workbook; affected: Set<string> } {
  const affected = new Set([`${target.sheet}!${target.address}`]);
  const sheets = workbook.sheets.map((sheet): Sheet => {
    if (sheet.name !== target.sheet) return sheet;
    const values = sheet.values.map((row) => [...row]);
    const { row, column } = parseA1(target.address);
    values[row - sheet.top][column - sheet.left] = value;
    sheet.formulas?.forEach((formulaRow, r) =>
      formulaRow.forEach((formula, c) => {
        if (!formula) return;
        const refs: string[] = formula.match(/[A-Z]+\d+/g) ?? [];
        if (!refs.includes(target.address)) return;
        values[r][c] = sumOf(refs.map((ref) => valueAt(values, sheet, ref)));
        affected.add(`${sheet.name}!${toA1(sheet.top + r, sheet.left + c)}`);
      }),
    );
    return { ...sheet, values };
  });
  return { workbook: { ...workbook, sheets }, affected };
}

function valueAt(values: CellValue[][], sheet: Sheet, address: string): number {
  const { row, column } = parseA1(address);
  const value = values[row - sheet.top]?.[column - sheet.left];
  return typeof value === 'number' ? value : 0;
}

/** Sums in hundredths, as the figures are written to two decimals. */
function sumOf(numbers: number[]): number {
  return numbers.reduce((sum, n) => sum + Math.round(n * 100), 0) / 100;
}

const mentions = (sentence: Sentence, affected: Set<string>) => [...sentence.sources].some((source) => affected.has(source));

/**
 * A finding can only cite cells of its own sheet (Finding.cells are plain A1 addresses), so a
 * cross-sheet finding such as projects-vs-summary (Σ project 实际支出 vs 收支总表!B10) cannot name the
 * project cells its message sums. Its sentence in 四 may change with a cell on the other sheet.
 */
const isCrossSheetFinding = (sentence: Sentence, changedSheet: string) =>
  /^problems\.(finding|ignored):/.test(sentence.key) && [...sentence.sources].every((source) => !source.startsWith(`${changedSheet}!`));

const cells = amountCells(original);

it('finds the figures to change (year, counts, summary and every project and sub-item amount)', () => {
  // 年度 and 8 counts; 8 summary amounts; 4 projects × 7 amounts; 7 sub-items × 1 amount
  expect(cells).toHaveLength(9 + 8 + 4 * 7 + 7);
});

describe.each(cells.map((cell) => [`${cell.sheet}!${cell.address}`, cell] as const))('changing %s', (_name, cell) => {
  // head counts and the year are whole numbers
  const step = cell.sheet === '基本情况' ? 1 : 1.11;
  it.each([
    [`+${step}`, cell.value + step],
    ['×2 + 100', cell.value * 2 + 100],
  ])('by %s changes exactly the sentences that mention it', (_change, value) => {
    const { workbook, affected } = withCell(original, cell, Math.round(value * 100) / 100);
    const after = sentencesOf(buildDraft(checkWorkbook(workbook)));
    const removed = sentencesNotIn(before, after);
    const added = sentencesNotIn(after, before);

    expect(removed.length + added.length).toBeGreaterThan(0);
    const unexplained = [...removed, ...added].filter((sentence) => !mentions(sentence, affected) && !isCrossSheetFinding(sentence, cell.sheet));
    expect(unexplained.map((s) => s.key)).toEqual([]);
    const mentioning = before.filter((sentence) => mentions(sentence, affected));
    expect(mentioning.length).toBeGreaterThan(0);
    expect(sentencesNotIn(mentioning, removed).map((s) => s.key)).toEqual([]);
  });
});
