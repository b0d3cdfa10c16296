/**
 * Real files whose formulas hold no saved values (made by test/fixtures/formula-values/make-fixtures.py
 * with openpyxl and XlsxWriter): the CLI must give exactly the findings of the same workbook with
 * values, plus one formula-values finding saying the values were computed.
 */
import { join, resolve } from 'node:path';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import type { JsonReport } from '../../src/cli/output-json';
import { checkJson } from '../support/xlsx-cli';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/formula-values');

type Finding = JsonReport['findings'][number];

async function findings(file: string): Promise<readonly Finding[]> {
  return (await checkJson(file)).report.findings;
}

const computedFinding = (finding: Finding) => finding.rule === 'formula-values';

describe.each([
  ['examples/shifeng-grid-2023.xlsx', 'shifeng-grid-2023-openpyxl.xlsx', 7, '项目支出'],
  ['examples/forms-2023.xlsx', 'forms-2023-openpyxl.xlsx', 7, '项目支出'],
  ['test/fixtures/formula-values/formulas-libreoffice.xlsx', 'formulas-openpyxl.xlsx', 16, '收支总表、项目支出'],
])('%s re-saved by openpyxl without formula values', (withValues, withoutValues, count, sheets) => {
  it('is read with the formulas and no values (null), as the grid contract says', async () => {
    const workbook = await readXlsxFile(join(FIXTURES, withoutValues));
    let formulas = 0;
    for (const sheet of workbook.sheets) {
      sheet.formulas?.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (!formula) return;
          formulas++;
          expect(sheet.values[r][c]).toBeNull();
        }),
      );
    }
    expect(formulas).toBe(count);
  });

  it('gives exactly the findings of the workbook with values, and one saying the values were computed', async () => {
    const reference = await findings(join(ROOT, withValues));
    const computed = await findings(join(FIXTURES, withoutValues));
    expect(reference.filter(computedFinding)).toEqual([]);
    expect(computed.filter((finding) => !computedFinding(finding))).toEqual(reference);
    const said = computed.filter(computedFinding);
    expect(said.map((finding) => finding.severity)).toEqual(['info']);
    expect(said[0].message).toContain(`已按公式算出 ${count} 个单元格的值（工作表：${sheets}）`);
  });
});

describe('a total built from a cell that cannot be computed', () => {
  it('is reported as not calculated, naming the cell, its formula and the cell it waits for, never checked as 0', async () => {
    const report = await findings(join(FIXTURES, 'uncomputable-openpyxl.xlsx'));
    const notCalculated = report.filter((finding) => finding.rule === 'formula-values' && finding.message.includes('未计算'));
    expect(notCalculated.map((finding) => [finding.sheet, finding.cells[0], finding.severity])).toEqual([
      ['项目支出', 'C4', 'warning'],
      ['项目支出', 'I4', 'warning'],
      ['项目支出', 'C15', 'warning'],
      ['项目支出', 'I15', 'warning'],
    ]);
    expect(notCalculated[0].message).toBe(
      'C4 的公式 =NUMBERVALUE("90") 未计算：用到了本工具不会计算的函数 NUMBERVALUE。文件没有保存它的值，它不参与任何核对，以它为依据的合计和公式也无法核对。',
    );
    expect(notCalculated[2].message).toContain('C15 的公式 =SUM(C4,C8,C11,C13) 未计算：它引用的 C4 未能算出');
    // no rule compared a figure of these cells: nothing says 0 and nothing else names them
    const others = report.filter((finding) => finding.rule !== 'formula-values');
    expect(others.filter((finding) => ['C4', 'I4', 'C15', 'I15'].some((cell) => finding.cells.includes(cell)))).toEqual([]);
    expect(report.some((finding) => /为0万元|实际0万元/.test(finding.message))).toBe(false);
  });
});

describe('a workbook written by XlsxWriter (every formula saved as 0, recalculation asked for)', () => {
  it('reads the saved zeros as missing and checks the computed totals: no false 合计 errors', async () => {
    const workbook = await readXlsxFile(join(FIXTURES, 'totals-xlsxwriter.xlsx'));
    expect(workbook.sheets[0].values[4].slice(1)).toEqual([null, null, null, null, null, null, null]);
    const report = await findings(join(FIXTURES, 'totals-xlsxwriter.xlsx'));
    expect(report.map((finding) => [finding.rule, finding.severity])).toEqual([['formula-values', 'info']]);
    expect(report[0].message).toContain('已按公式算出 7 个单元格的值');
  });
});
