/** 结转结余变动率: whether idle funds grew or shrank against last year. */
import { NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const carryOverChangeRate: IndicatorDefinition = {
  id: 'carry-over-change-rate',
  name: { zh: '结转结余变动率', en: 'Carry-over change rate' },
  description: {
    zh: '本年结转结余比上年增减的比例，需要上年的结转结余数。',
    en: 'How much the carry-over changed against last year; needs last year’s figure.',
  },
  aliases: ['结余结转变动率'],
  tables: ['summary', 'final-accounts'],
  variants: {
    national: {
      formula: '结转结余变动率 = (结余结转 - 上年结余结转) ÷ 上年结余结转',
      words: { zh: '（本年结转结余 − 上年结转结余）÷ 上年结转结余 × 100%', en: '(this year’s carry-over − last year’s) ÷ last year’s × 100%' },
      source: NATIONAL_SOURCE,
    },
  },
  example: { given: { zh: '本年结余结转 303.36，上年 250 万元', en: '303.36 this year against 250 last year (万元)' }, display: '21.34%' },
};

export default carryOverChangeRate;
