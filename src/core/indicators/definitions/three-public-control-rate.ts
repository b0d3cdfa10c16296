/** "三公经费"控制率: 三公 spending against its budget. */
import { NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const threePublicControlRate: IndicatorDefinition = {
  id: 'three-public-control-rate',
  name: { zh: '“三公经费”控制率', en: '“Three public” spending control rate' },
  description: {
    zh: '三公经费（因公出国（境）、公务接待、公务用车）实际支出占预算的比例，超过100%即超预算。',
    en: 'Spending on official travel abroad, receptions and cars as a share of its budget; above 100% is over budget.',
  },
  aliases: ['三公经费控制率'],
  tables: ['basic-data'],
  variants: {
    national: {
      formula: '三公经费控制率 = 三公经费本年决算数 ÷ 三公经费本年预算数',
      words: { zh: '三公经费实际支出数 ÷ 三公经费预算安排数 × 100%', en: 'actual 三公 spending ÷ its budget × 100%' },
      source: NATIONAL_SOURCE,
    },
  },
  limit: { max: 1 },
  example: { given: { zh: '三公经费决算 4.5，预算 5 万元', en: '4.5 spent of a 5 budget (万元)' }, display: '90.00%' },
};

export default threePublicControlRate;
