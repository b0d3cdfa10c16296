/**
 * indicator-limits on the 基础数据表 figures (三公经费, 公用经费): recognition gives them only with the
 * table kinds of issue [2], so here the inputs adapter is given them by hand.
 */
import type { FieldValue } from '../../../src/core/rulebook/evaluate-formula';
import { decimalToFen } from '../../../src/core/money/fen';

const FIGURES: Record<string, [string, string]> = {
  三公经费本年决算数: ['5.6', '基础数据!E5'],
  三公经费本年预算数: ['5', '基础数据!D5'],
  公用经费本年决算数: ['22.5', '基础数据!E12'],
  公用经费本年预算数: ['10', '基础数据!D12'],
};

jest.mock('../../../src/core/indicators/inputs', () => {
  const actual = jest.requireActual('../../../src/core/indicators/inputs');
  return {
    ...actual,
    indicatorInputs: () => ({
      resolve: (field: string): FieldValue => {
        const figure = FIGURES[field];
        return figure ? { kind: 'value', value: decimalToFen(figure[0], '万元')!, cells: [figure[1]] } : { kind: 'unavailable' };
      },
    }),
  };
});

import indicatorLimits from '../../../src/core/rules/indicator-limits';
import { runRuleOn } from '../../support/rule-tester';

describe('indicator-limits with a 基础数据表', () => {
  it('三公经费 and 公用经费 above budget: warnings with the figures, at the 决算 cell', () => {
    const findings = runRuleOn(indicatorLimits, { name: 'over', sheets: { 基础数据: [['x']] } });
    expect(findings.map((finding) => [finding.messageId, finding.sheet, finding.row, finding.cells, finding.message.zh])).toEqual([
      [
        'over-limit',
        '基础数据',
        5,
        ['E5', 'D5'],
        '“三公经费”控制率为112.00%（三公经费控制率 = 三公经费本年决算数 ÷ 三公经费本年预算数；基础数据!E5、基础数据!D5），超过100%。',
      ],
      [
        'over-limit',
        '基础数据',
        12,
        ['E12', 'D12'],
        '公用经费控制率为225.00%（公用经费控制率 = 公用经费本年决算数 ÷ 公用经费本年预算数；基础数据!E12、基础数据!D12），超过100%。',
      ],
    ]);
    expect(findings[1].expected).toEqual({ kind: 'percent', value: 100 });
    expect(findings[1].actual).toEqual({ kind: 'percent', value: 225 });
  });
});
