/** 公用经费控制率: the unit's running costs against their budget. */
import { NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const publicFundsControlRate: IndicatorDefinition = {
  id: 'public-funds-control-rate',
  name: { zh: '公用经费控制率', en: 'Running-cost control rate' },
  description: {
    zh: '公用经费（基本支出中的商品和服务支出）实际支出占预算的比例，超过100%即超预算。',
    en: 'Running costs (goods and services within basic spending) as a share of their budget; above 100% is over budget.',
  },
  aliases: ['公用经费支出控制率'],
  tables: ['basic-data'],
  variants: {
    national: {
      formula: '公用经费控制率 = 公用经费本年决算数 ÷ 公用经费本年预算数',
      words: { zh: '实际支出公用经费总额 ÷ 预算安排公用经费总额 × 100%', en: 'running costs spent ÷ running costs budgeted × 100%' },
      source: NATIONAL_SOURCE,
    },
  },
  limit: { max: 1 },
  example: { given: { zh: '公用经费决算 22.5，预算 10 万元', en: '22.5 spent of a 10 budget (万元)' }, display: '225.00%' },
};

export default publicFundsControlRate;
