import textCounts from '../../../src/core/rules/text-counts';
import { RuleTester } from '../../support/rule-tester';
import { unitInfoSheet } from './fixtures/grids';
import { SEED_ACHIEVEMENTS, SEED_DUTIES, SEED_STAFFING } from './fixtures/seed-texts';

const NINE_UNITS =
  '区网格化指挥中心、区12345热线服务中心、区政务服务中心、区大数据中心、区综治中心、区社会治安综合治理中心、区矛盾纠纷调处中心、区信访接待中心、区便民服务中心';

new RuleTester().run('text-counts', textCounts, {
  valid: [
    {
      name: 'the seed’s own texts (内设处室3个 … 分别是综合室、网格化服务室和窗口服务室)',
      sheets: { 基本情况: unitInfoSheet({ 主要职责: SEED_DUTIES, 工作成效: SEED_ACHIEVEMENTS, 其他说明: SEED_STAFFING }) },
    },
    {
      name: 'a count and its list agreeing, with the last two joined by 和',
      sheets: { 基本情况: unitInfoSheet({ 内设机构: '内设机构3个，即综合室、网格化服务室和窗口服务室' }) },
    },
    {
      name: 'a count in Chinese numerals agreeing',
      sheets: { 基本情况: unitInfoSheet({ 主要职责: '下设三个科室，分别是综合科、财务科、业务科。' }) },
    },
  ],
  invalid: [
    {
      name: '“直属事业单位10个，即…” followed by nine names',
      sheets: { 基本情况: unitInfoSheet({ 主要职责: `负责全区网格化管理工作。下属直属事业单位10个，即${NINE_UNITS}。` }) },
      errors: [{ messageId: 'count-vs-list', row: 9, cells: ['B9'], zh: 'B9（主要职责）写“10个”，其后列举了9个名称' }],
    },
    {
      name: 'a project purpose listing fewer places than it counts',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'],
          ['网格通手机套餐资费服务', 22, 42.95, 2.86, '为5个街道的网格员缴纳资费，包括响石岭街道、清水塘街道、铜塘湾街道、井墈街道'],
        ],
      },
      errors: [{ messageId: 'count-vs-list', row: 2, cells: ['E2'], zh: '其后列举了4个名称' }],
    },
  ],
});
