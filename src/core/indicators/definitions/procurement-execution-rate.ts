/** 政府采购执行率: government procurement carried out against its budget. */
import { NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const procurementExecutionRate: IndicatorDefinition = {
  id: 'procurement-execution-rate',
  name: { zh: '政府采购执行率', en: 'Procurement execution rate' },
  description: {
    zh: '实际政府采购金额占政府采购预算的比例。',
    en: 'Government procurement carried out as a share of its budget.',
  },
  aliases: ['政府采购预算执行率'],
  tables: ['basic-data'],
  variants: {
    national: {
      formula: '政府采购执行率 = 政府采购实际金额 ÷ 政府采购预算数',
      words: { zh: '实际政府采购金额 ÷ 政府采购预算数 × 100%', en: 'procurement carried out ÷ procurement budget × 100%' },
      source: NATIONAL_SOURCE,
    },
  },
  example: { given: { zh: '实际采购 72.74，采购预算 100 万元', en: '72.74 bought of a 100 budget (万元)' }, display: '72.74%' },
};

export default procurementExecutionRate;
