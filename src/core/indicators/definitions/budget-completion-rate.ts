/** 预算完成率: how much of the year's budget was spent. */
import { HUNAN_SOURCE, NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const budgetCompletionRate: IndicatorDefinition = {
  id: 'budget-completion-rate',
  name: { zh: '预算完成率', en: 'Budget completion rate' },
  description: {
    zh: '本年支出占全年预算的比例；湖南口径的分母含上年结转。',
    en: 'The year’s spending as a share of the year’s budget; the Hunan base includes last year’s carry-over.',
  },
  tables: ['summary'],
  variants: {
    national: {
      formula: '预算完成率 = (基本支出 + 项目支出) ÷ 预算收入合计',
      words: { zh: '预算完成数 ÷ 预算数 × 100%', en: 'budget spent ÷ budget × 100%' },
      source: NATIONAL_SOURCE,
    },
    hunan: {
      formula: '预算完成率 = (上年结转 + 年初预算 + 调整追加 - 结余结转) ÷ (上年结转 + 年初预算 + 调整追加)',
      words: {
        zh: '（上年结转 + 年初预算 + 本年追加 − 年末结余）÷（上年结转 + 年初预算 + 本年追加）× 100%',
        en: '(carried over + initial + added − carried forward) ÷ (carried over + initial + added) × 100%',
      },
      source: HUNAN_SOURCE,
    },
  },
  limit: { min: 0.9 },
  example: {
    given: { zh: '基本支出 120.30 + 项目支出 1964.41，预算收入合计 2388.07 万元', en: '120.30 + 1,964.41 spent of 2,388.07 (万元)' },
    display: '87.30%',
  },
};

export default budgetCompletionRate;
