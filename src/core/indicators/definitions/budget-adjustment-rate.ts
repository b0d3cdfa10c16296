/** 预算调整率 (Hunan: 预算控制率): how much the budget moved after it was set. */
import { HUNAN_SOURCE, NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const budgetAdjustmentRate: IndicatorDefinition = {
  id: 'budget-adjustment-rate',
  name: { zh: '预算调整率', en: 'Budget adjustment rate' },
  description: {
    zh: '年中调整（追加、追减）占年初预算的比例：调整越多，预算编制越不准确。',
    en: 'Adjustments during the year as a share of the initial budget: the more, the less accurate the budget.',
  },
  aliases: ['预算控制率', '预算调整(控制)率'],
  tables: ['summary'],
  variants: {
    national: {
      formula: '预算调整率 = 调整追加 ÷ 年初预算',
      words: { zh: '预算调整数 ÷ 预算数 × 100%（调整数 = 追加 + 追减）', en: 'budget adjustments ÷ budget × 100% (additions and cuts)' },
      source: NATIONAL_SOURCE,
    },
    hunan: {
      formula: '预算控制率 = 调整追加 ÷ 年初预算',
      words: { zh: '本年追加预算 ÷ 年初预算 × 100%', en: 'budget added this year ÷ initial budget × 100%' },
      source: HUNAN_SOURCE,
    },
  },
  example: { given: { zh: '调整追加 522.68 万元，年初预算 1865.39 万元', en: '522.68 added to an initial 1,865.39 (万元)' }, display: '28.02%' },
};

export default budgetAdjustmentRate;
