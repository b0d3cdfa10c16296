/**
 * The text rules read a run of cells holding one text once (unitTextRuns) and must still report on
 * every cell of it, in reading order, exactly as reading each cell on its own did.
 */
import textCounts from '../../../../src/core/rules/text-counts';
import textNumbering from '../../../../src/core/rules/text-numbering';
import textSums from '../../../../src/core/rules/text-sums';
import textTemplateHints from '../../../../src/core/rules/text-template-hints';
import textAmounts from '../../../../src/core/rules/text-amounts';
import placeNames from '../../../../src/core/rules/place-names';
import zeroSpendPurpose from '../../../../src/core/rules/zero-spend-purpose';
import { unitInfoSheet } from '../fixtures/grids';
import { unitTextRuns } from '../../../../src/core/rules/support/unit-texts';
import { recognizeWorkbook } from '../../../../src/core/tables/recognize-workbook';
import type { Rule } from '../../../../src/core/rules/types';
import { runRuleOn } from '../../../support/rule-tester';
import { workbookFromSheets } from '../../../support/workbook';

/** Purposes with a slip each rule finds (A) and one with none (B). */
const SLIPS: readonly [Rule, string][] = [
  [textCounts, '内设机构3个，即综合室、网格室'],
  [textNumbering, '①加强管理；③提高效率。'],
  [textSums, '共完成89.97万元。其中：30万元、30万元、29.99万元'],
  [textTemplateHints, '请填写项目主要用途'],
  [textAmounts, '网格信息化建设项目实际支出为50万元'],
];
const PLAIN = '用于网格员配备';

const sheetWith = (purposes: readonly string[], spent = 90): unknown[][] => [
  ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'],
  ...purposes.map((purpose, i) => [`网格信息化建设项目${i === 0 ? '' : i}`, 100, spent, 10, purpose]),
];

describe('text rules over runs of one text', () => {
  it.each(SLIPS.map(([rule, text]) => [rule.meta.id, rule, text] as const))('%s reports on every cell of a run, and not on the others', (_id, rule, text) => {
    const purposes = [text, text, PLAIN, text, PLAIN, PLAIN];
    const findings = runRuleOn(rule, { name: 'runs', sheets: { 项目支出: sheetWith(purposes) } });
    // each cell holding the text, alone, gives the findings the run gives that cell
    const alone = runRuleOn(rule, { name: 'alone', sheets: { 项目支出: sheetWith([text]) } });
    expect(alone.length).toBeGreaterThan(0);
    const rowsWithText = purposes.flatMap((purpose, i) => (purpose === text ? [i + 2] : []));
    expect(findings.map((finding) => finding.row)).toEqual(rowsWithText.flatMap((row) => alone.map(() => row)));
    expect(findings.map((finding) => finding.messageId)).toEqual(rowsWithText.flatMap(() => alone.map((finding) => finding.messageId)));
  });

  // the rules that read the projects' purposes by run (purposeRuns), with what they need beside them
  it.each([
    ['zero-spend-purpose', zeroSpendPurpose, '已缴纳全区网格员手机套餐资费。', 0],
    ['place-names', placeNames, '主要用于完成云龙区网格化平台上的基础数据融合。', 90],
  ] as const)('%s reports on every project of a run of one purpose, and not on the others', (_id, rule, text, spent) => {
    const purposes = [text, text, PLAIN, text, text, PLAIN];
    const sheets = (list: readonly string[]) => ({ 基本情况: unitInfoSheet(), 项目支出: sheetWith(list, spent) });
    const findings = runRuleOn(rule, { name: 'runs', sheets: sheets(purposes) });
    expect(findings.map((finding) => finding.cells[0])).toEqual(['E2', 'E3', 'E5', 'E6']);
    expect(runRuleOn(rule, { name: 'plain', sheets: sheets([PLAIN, PLAIN]) })).toEqual([]);
  });

  it('groups only neighbouring cells with the same text', () => {
    const recognized = recognizeWorkbook(workbookFromSheets({ 项目支出: sheetWith(['甲', '甲', '乙', '甲']) }));
    const runs = unitTextRuns(recognized);
    expect(runs.map((run) => [run.text, run.cells.map((cell) => cell.row)])).toEqual([
      ['甲', [2, 3]],
      ['乙', [4]],
      ['甲', [5]],
    ]);
  });
});
