/**
 * A bureau's rulebook (--rules) with custom rules over an official kind's fields — scopes the kind
 * registry gives — checks the official example workbook through the CLI; an unknown field is one
 * clean line naming the kind's fields.
 */
import { join } from 'node:path';
import { tempFolder } from '../support/xlsx-build';
import { checkJson, runCli } from '../support/xlsx-cli';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const OFFICIAL = join(__dirname, '../../examples/official-budget-2026.xlsx');

function rulebook(formula: string): string {
  return JSON.stringify({
    id: 'bureau',
    version: '1',
    name: { zh: '某财政局', en: 'A bureau' },
    tolerance: 0.01,
    rules: {},
    custom: [
      {
        id: 'appropriation-lines',
        severity: 'error',
        scope: 'budget-summary',
        formula: '财政拨款收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
        description: { zh: '财政拨款收入等于三项之和', en: 'Appropriations are the three budgets' },
        message: { zh: '{actualText}为{actual}{unit}，应为{expected}{unit}', en: '{actualText} is {actual}, expected {expected}' },
      },
      {
        id: 'staff-share',
        severity: 'warning',
        scope: 'budget-summary',
        formula,
        description: { zh: '人员经费占比', en: 'Staff share' },
        message: { zh: '人员经费{left}{unit}超过上限', en: 'staff costs {left} are over the cap' },
      },
    ],
  });
}

describe('--rules with custom rules over an official kind', () => {
  it('holds where the figures agree and reports where they do not, at the cells of the official 收支总表', async () => {
    const holds = await checkJson(OFFICIAL, '--rules', temp.file('holds.json', rulebook('人员经费 <= 支出总计 * 0.5')));
    expect([holds.code, holds.report.counts]).toEqual([0, { error: 0, warning: 0, info: 0 }]);

    const capped = await checkJson(OFFICIAL, '--rules', temp.file('capped.json', rulebook('人员经费 <= 支出总计 * 0.1')));
    const mine = capped.report.findings.filter((finding) => finding.rule === 'staff-share' || finding.rule === 'appropriation-lines');
    expect(mine.map((finding) => [finding.rule, finding.sheet, finding.cells])).toEqual([['staff-share', '单位收支总表', ['E21', 'D21']]]);
  }, 30_000);

  it('an unknown field is one clean line naming the fields of the kind', async () => {
    const result = await runCli([OFFICIAL, '--rules', temp.file('typo.json', rulebook('人员经费 <= 支出合计 * 0.1')), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /typo\.json: the rulebook cannot be used: custom entry 2: formula ".*" names unknown field\(s\) 支出合计 \(known: 收入总计、支出总计、/,
      ),
    ]);
  }, 30_000);
});
