import zeroSpendPurpose from '../../../src/core/rules/zero-spend-purpose';
import { RuleTester } from '../../support/rule-tester';

const header = ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'];

new RuleTester().run('zero-spend-purpose', zeroSpendPurpose, {
  valid: [
    {
      name: 'the seed’s 0 sub-item, whose purpose names what the money is for',
      sheets: {
        项目支出: [
          header,
          ['1、网格信息化建设项目', 90, 104.68, 78.86],
          ['（3）经开区风险防控系统融入石峰网格平台建设经费项目', null, 0, null, '主要用于建设经开区风险防控系统融入石峰网格平台。'],
          ['（1）2023年区直部门代理记账服务费', null, 0.15, null, '主要用于我单位代理记账服务费用。'],
        ],
      },
    },
    {
      name: 'spent money described as spent',
      sheets: { 项目支出: [header, ['网格通手机套餐资费服务', 22, 42.95, 2.86, '已缴纳全区网格员手机套餐资费。']] },
    },
  ],
  invalid: [
    {
      name: 'a 0 sub-item whose purpose says the money was paid',
      sheets: {
        项目支出: [
          header,
          ['1、网格信息化建设项目', 90, 104.68, 78.86],
          ['（3）经开区风险防控系统融入石峰网格平台建设经费项目', null, 0, null, '主要用于支付经开区风险防控系统融入石峰网格平台的建设费用。'],
        ],
      },
      errors: [{ messageId: 'zero-spend', row: 3, cells: ['E3', 'C3'], zh: '实际支出为0，主要用途（E3）却写成已经支出（“用于支付”）' }],
    },
    {
      name: 'a blank 实际支出 (0) with a purpose saying the work is done',
      sheets: { 项目支出: [header, ['“放管服”改革保障经费', 3, null, 3, '已完成政务大厅设备采购。']] },
      errors: [{ messageId: 'zero-spend', row: 2, zh: '“已完成”' }],
    },
  ],
});
