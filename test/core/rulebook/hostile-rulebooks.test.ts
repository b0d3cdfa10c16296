/**
 * A rulebook may come from a colleague's workbook or a bureau's server: everything in it is bounded
 * and checked at load, every problem listed. Nothing here is timed; a hang fails by the test timeout.
 */
import bundled from '../../../src/core/rulebook/default-rulebook.json';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { fillMessage } from '../../../src/core/findings/make-finding';
import { parseFormula } from '../../../src/core/rulebook/formula';
import { loadRulebook, RulebookError } from '../../../src/core/rulebook/load-rulebook';
import { safeRegex } from '../../../src/core/rulebook/safe-regex';
import { workbookFromSheets } from '../../support/workbook';

function problemsOf(json: unknown): string[] {
  try {
    loadRulebook(json);
  } catch (error) {
    expect(error).toBeInstanceOf(RulebookError);
    return (error as RulebookError).problems.map((problem) => problem.en);
  }
  throw new Error('the rulebook was accepted');
}

const withRule = (id: string, options: Record<string, unknown>) => ({ ...bundled, rules: { ...bundled.rules, [id]: options } });

describe('a rulebook validated whole at load', () => {
  it('names unknown keys, with the key meant', () => {
    expect(problemsOf({ ...bundled, custum: [] })).toEqual([expect.stringMatching(/^the rulebook has an unknown key "custum" \(did you mean "custom"\?\)/)]);
    expect(problemsOf(withRule('project-balance', { enabeld: false }))).toEqual([
      expect.stringMatching(/^rule project-balance has an unknown key "enabeld" \(did you mean "enabled"\?\)/),
    ]);
    const custom = {
      id: 'c',
      severity: 'info',
      scope: 'project-row',
      formula: '实际支出 >= 0',
      description: { zh: 'x', en: 'x' },
      message: { zh: 'x', en: 'x' },
      mesage: {},
    };
    expect(problemsOf({ ...bundled, custom: [custom] })).toEqual([
      expect.stringMatching(/^custom entry 1 has an unknown key "mesage" \(did you mean "message"\?\)/),
    ]);
  });

  it('refuses parameters out of range instead of checking with them ("NaN" errors)', () => {
    expect(problemsOf(withRule('form-execution-score', { params: { decimals: -3, fullMarksRate: 0 } }))).toEqual([
      'rule form-execution-score: parameter decimals must be a whole number from 0 to 6, got -3',
      'rule form-execution-score: parameter fullMarksRate must be a number from 0.01 to 10, got 0',
    ]);
    expect(problemsOf(withRule('form-indicator-score', { params: { decimals: 2.5 } }))).toEqual([
      'rule form-indicator-score: parameter decimals must be a whole number from 0 to 6, got 2.5',
    ]);
  });

  it('bounds the tolerance to 0–1 万元', () => {
    expect(problemsOf({ ...bundled, tolerance: 1e300 })).toEqual(['tolerance must be a number from 0 to 1 (万元)']);
    expect(loadRulebook({ ...bundled, tolerance: 1 }).tolerance).toBe(1);
  });

  it('compiles regular expressions at load: an invalid one is a load error', () => {
    expect(problemsOf(withRule('form-explanations', { params: { templateHints: '(unclosed' } }))).toEqual([
      expect.stringMatching(/^rule form-explanations: parameter templateHints is not a usable regular expression \(/),
    ]);
    // RE2 has no back-references: refused at load rather than accepted and run by a backtracking engine
    expect(problemsOf(withRule('form-explanations', { params: { templateHints: '(a)\\1' } }))).toHaveLength(1);
  });

  it('runs a ReDoS pattern in linear time (it hung a check > 300 s)', () => {
    const rulebook = loadRulebook(withRule('form-explanations', { params: { templateHints: '^(a+)+$' } }));
    expect(safeRegex('^(a+)+$').test(`${'a'.repeat(100_000)}b`)).toBe(false);
    expect(safeRegex('^(a+)+$').test('aaa')).toBe(true);
    const reason = `${'a'.repeat(50_000)}!`;
    const form = workbookFromSheets({
      表: [
        ['项目支出绩效自评表'],
        ['项目名称', '甲'],
        ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 10, 10, 5, 10, 0.5, 5],
        ['偏差原因', reason],
      ],
    });
    expect(() => checkWorkbook(form, { rulebook })).not.toThrow();
  });

  it('keeps JavaScript and RE2 agreeing on whitespace for the bundled pattern', () => {
    expect(safeRegex('^\\s*请填写').test('\u3000请填写本项目情况')).toBe(true);
  });

  it('bounds numbers and formula size: 1e300000000 and a 7,000-term formula are load errors', () => {
    expect(problemsOf(withRule('project-balance', { formula: '年初预算 * 1e300000000 = 实际支出' }))).toEqual([
      expect.stringMatching(/numbers must be plain decimals of at most 20 digits/),
    ]);
    const long = `${Array.from({ length: 7000 }, () => '年初预算').join(' + ')} = 实际支出`;
    const problems = problemsOf(withRule('project-balance', { formula: long }));
    expect(problems).toEqual([expect.stringMatching(/is too long \(\d+ characters; the limit is 1000\)/)]);
    expect(problems[0].length).toBeLessThan(300);
    expect(parseFormula('实际支出 <= 年初预算 * 1.5 + 0.25').fields).toEqual(['实际支出', '年初预算']);
  });

  it('fills message placeholders from the finding’s own data only', () => {
    const filled = fillMessage({ zh: '{constructor}{toString}{subject}', en: '{__proto__} {subject}' }, { subject: '甲' }, '万元');
    expect(filled).toEqual({ zh: '{constructor}{toString}甲', en: '{__proto__} 甲' });
  });

  it('accepts a UTF-8 BOM before the JSON', () => {
    expect(loadRulebook(`\uFEFF${JSON.stringify(bundled)}`).id).toBe('bundled');
  });
});
