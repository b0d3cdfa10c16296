import bundled from '../../../src/core/rulebook/default-rulebook.json';
import { DEFAULT_RULEBOOK } from '../../../src/core/rulebook/bundled-rulebook';
import { loadRulebook, RulebookError } from '../../../src/core/rulebook/load-rulebook';
import { RULES } from '../../../src/core/rules';

function problemsOf(json: unknown): string[] {
  try {
    loadRulebook(json);
  } catch (error) {
    expect(error).toBeInstanceOf(RulebookError);
    return (error as RulebookError).problems.map((problem) => problem.en);
  }
  throw new Error('the rulebook was accepted');
}

describe('the bundled rulebook', () => {
  it('loads, with tolerance 0.005 万元', () => {
    expect(DEFAULT_RULEBOOK.tolerance).toBe(0.005);
  });

  it('lists every built-in rule', () => {
    expect(Object.keys(DEFAULT_RULEBOOK.rules).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it('writes each formula rule’s formula as its documentation does', () => {
    for (const rule of RULES.filter((r) => r.meta.formulaScope)) {
      expect([rule.meta.id, DEFAULT_RULEBOOK.rules[rule.meta.id].formula]).toEqual([rule.meta.id, rule.meta.formula]);
    }
  });

  it('gives each rule its documented severity, and any param it sets its documented default', () => {
    for (const rule of RULES) {
      const options = DEFAULT_RULEBOOK.rules[rule.meta.id];
      expect([rule.meta.id, options.severity]).toEqual([rule.meta.id, rule.meta.severity]);
      for (const [name, value] of Object.entries(options.params ?? {}))
        expect([rule.meta.id, name, value]).toEqual([rule.meta.id, name, rule.meta.params?.[name]?.default]);
    }
  });
});

describe('loadRulebook', () => {
  it('accepts JSON text', () => {
    expect(loadRulebook(JSON.stringify(bundled)).id).toBe('bundled');
  });

  it('says what is wrong with text that is not JSON', () => {
    expect(problemsOf('{ "id": ')[0]).toMatch(/^not valid JSON/);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      id: '',
      version: 1,
      name: 'x',
      tolerance: -1,
      rules: {
        'project-balanse': {},
        'project-balance': { formula: '年初预算 + 追加 = 实际支出 + 结余' },
        'income-total': { formula: '预算收入合计 = SUM(年初预算)' },
        'sub-items': { severity: 'fatal', enabled: 'yes', formula: 'a = b' },
        'execution-rate': { params: { tolerancePercent: '0.01', minimum: 1 } },
      },
      custom: [
        {
          id: 'project-balance',
          severity: 'error',
          scope: 'project-row',
          formula: '实际支出 >= 0',
          description: { zh: '', en: '' },
          message: { zh: '', en: '' },
        },
        { id: 'mine', severity: 'warning', scope: 'everywhere', formula: 'x = y', description: { zh: '' }, message: { zh: '', en: '' } },
        {
          id: 'mine2',
          severity: 'warning',
          scope: 'summary',
          formula: '项目支出 * 基本支出 = 支出合计',
          description: { zh: '', en: '' },
          message: { zh: '', en: '' },
        },
      ],
    });
    expect(problems).toEqual([
      'id is missing (text)',
      'version is missing (text)',
      'name needs zh and en texts',
      'tolerance must be a number from 0 to 1 (万元)',
      expect.stringMatching(/^unknown rule id "project-balanse" \(known: table-structure, /),
      expect.stringMatching(/^rule project-balance: formula ".*" names unknown field\(s\) 结余 \(known: 年初预算、/),
      'rule income-total: formula "预算收入合计 = SUM(年初预算)" contains a function call; only field names, numbers, + - * / and brackets are allowed',
      'rule sub-items: severity must be error, warning or info',
      'rule sub-items: enabled must be true or false',
      'rule sub-items has no formula to replace',
      'rule execution-rate: parameter tolerancePercent must be a number',
      'rule execution-rate has no parameter "minimum"',
      'custom entry 1: id "project-balance" is a built-in rule\'s',
      'custom entry 2: description needs zh and en',
      'custom entry 2: scope must be one of project-row, summary, unit-info, final-accounts, budget-summary, appropriation-summary, basic-data, project-plan, three-public-budget, classified-budget',
      'custom entry 3: formula "项目支出 * 基本支出 = 支出合计" multiplies two amounts',
    ]);
  });

  it('words every problem in Chinese as well', () => {
    try {
      loadRulebook({ ...bundled, rules: { 'no-such-rule': {} } });
      throw new Error('accepted');
    } catch (error) {
      expect((error as RulebookError).text('zh')).toMatch(/^规则库无法使用：\n- 未知的规则 id “no-such-rule”/);
    }
  });

  it('accepts a custom formula rule over known fields', () => {
    const rulebook = loadRulebook({
      ...bundled,
      custom: [
        {
          id: 'rate-floor',
          severity: 'warning',
          scope: 'project-row',
          formula: '实际支出 / 全年预算数 >= 0.9',
          description: { zh: '执行率不低于90%', en: 'Rate ≥ 90%' },
          message: { zh: '{subject}执行率偏低', en: '{subject}: low rate' },
        },
      ],
    });
    expect(rulebook.custom).toHaveLength(1);
  });
});
