/** 结转结余率: how much of the budget was left unspent at the year's end. */
import { NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const carryOverRate: IndicatorDefinition = {
  id: 'carry-over-rate',
  name: { zh: '结转结余率', en: 'Carry-over rate' },
  description: {
    zh: '年末结转结余占全年预算的比例：越高，资金沉淀越多。',
    en: 'Funds carried forward at the year’s end as a share of the year’s budget: the higher, the more money lay idle.',
  },
  aliases: ['结余结转率'],
  tables: ['summary'],
  variants: {
    national: {
      formula: '结转结余率 = 结余结转 ÷ 预算收入合计',
      words: { zh: '结转结余总额 ÷ 预算数 × 100%', en: 'carried forward ÷ budget × 100%' },
      source: NATIONAL_SOURCE,
    },
    local: {
      formula: '结转结余率 = 结余结转 ÷ 一般公共预算支出',
      words: { zh: '结转结余总额 ÷ 本年一般公共预算支出完成数 × 100%', en: 'carried forward ÷ general-budget spending of the year × 100%' },
      source: { zh: '部分地方指标表', en: 'some local indicator tables' },
    },
  },
  example: { given: { zh: '结余结转 303.36，预算收入合计 2388.07 万元', en: '303.36 carried forward of 2,388.07 (万元)' }, display: '12.70%' },
};

export default carryOverRate;
