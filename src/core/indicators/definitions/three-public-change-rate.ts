/** "三公经费"变动率: 三公 spending against last year's. */
import { HUNAN_SOURCE, NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const threePublicChangeRate: IndicatorDefinition = {
  id: 'three-public-change-rate',
  name: { zh: '“三公经费”变动率', en: '“Three public” spending change rate' },
  description: {
    zh: '三公经费比上年增减的比例（全国口径比决算数；湖南口径比预算数，没有上年预算数时比决算数），需要上年数。',
    en: 'How 三公 spending changed against last year (national: actual figures; Hunan: budgets, or actual figures when last year’s budget is not given); needs last year’s figure.',
  },
  aliases: ['三公经费变动率'],
  tables: ['basic-data'],
  variants: {
    national: {
      formula: '三公经费变动率 = (三公经费本年决算数 - 三公经费上年决算数) ÷ 三公经费上年决算数',
      words: { zh: '（本年度三公经费总额 − 上年度三公经费总额）÷ 上年度三公经费总额 × 100%', en: '(this year’s 三公 − last year’s) ÷ last year’s × 100%' },
      source: NATIONAL_SOURCE,
    },
    hunan: {
      formula: '三公经费变动率 = (三公经费本年预算数 - 三公经费上年预算数) ÷ 三公经费上年预算数',
      words: {
        zh: '（本年三公经费预算数 − 上年三公经费预算数）÷ 上年三公经费预算数 × 100%',
        en: '(this year’s 三公 budget − last year’s) ÷ last year’s × 100%',
      },
      source: HUNAN_SOURCE,
      // the 基础数据表 has 上年决算数 and seldom 上年预算数: then 决算 against 决算, said so
      fallback: 'national',
    },
  },
  limit: { max: 0 },
  example: { given: { zh: '本年决算 4.5，上年决算 5 万元', en: '4.5 this year against 5 last year (万元)' }, display: '-10.00%' },
};

export default threePublicChangeRate;
