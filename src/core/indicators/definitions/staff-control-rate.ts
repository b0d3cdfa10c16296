/** 在职人员控制率: staff in post against the authorised posts (over 100% is over-establishment). */
import { NATIONAL_SOURCE } from '../sources';
import type { IndicatorDefinition } from '../types';

const staffControlRate: IndicatorDefinition = {
  id: 'staff-control-rate',
  name: { zh: '在职人员控制率', en: 'Staff control rate' },
  description: {
    zh: '实际在职人数占编制数的比例，超过100%即超编。',
    en: 'Staff in post as a share of the authorised posts; above 100% is over-establishment.',
  },
  aliases: ['人员控制率', '编制控制率'],
  tables: ['unit-info', 'form', 'basic-data'],
  variants: {
    national: {
      formula: '在职人员控制率 = 在职人员 ÷ 编制数',
      words: { zh: '在职人员数 ÷ 编制数 × 100%', en: 'staff in post ÷ authorised posts × 100%' },
      source: NATIONAL_SOURCE,
    },
  },
  limit: { max: 1 },
  example: { given: { zh: '在职人员 7 人，编制数 8 名', en: '7 staff in post for 8 posts' }, display: '87.50%' },
};

export default staffControlRate;
