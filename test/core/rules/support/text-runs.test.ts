/**
 * The text rules read a run of cells holding one text once (unitTextRuns) and must still report on
 * every cell of it, in reading order, exactly as reading each cell on its own did.
 */
import textCounts from '../../../../src/core/rules/text-counts';
import textNumbering from '../../../../src/core/rules/text-numbering';
import textSums from '../../../../src/core/rules/text-sums';
import textTemplateHints from '../../../../src/core/rules/text-template-hints';
import textAmounts from '../../../../src/core/rules/text-amounts';
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

const sheetWith = (purposes: readonly string[]): unknown[][] => [
  ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'],
  ...purposes.map((purpose, i) => [`网格信息化建设项目${i === 0 ? '' : i}`, 100, 90, 10, purpose]),
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
