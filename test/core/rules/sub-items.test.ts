import subItems from '../../../src/core/rules/sub-items';
import { RuleTester } from '../../support/rule-tester';

const header = ['序号', '项目名称', '年初预算', '实际支出', '结余结转', '主要用途'];

new RuleTester().run('sub-items', subItems, {
  valid: [
    {
      name: 'sub-items that explain all the spending',
      sheets: { 项目支出: [header, [1, 'A', 100, 60, 40], ['（1）', 'A1', null, 50], ['（2）', 'A2', null, 10]] },
    },
    { name: 'within the tolerance', sheets: { 项目支出: [header, [1, 'A', 100, 60, 40], ['', '（1）A1', null, 59.996]] } },
    { name: 'a project without sub-items', sheets: { 项目支出: [header, [1, 'A', 100, 60, 40]] } },
    {
      name: 'amounts beyond 2^50 fen are summed exactly (not as plain numbers)',
      sheets: { 项目支出: [header, [1, 'A', 2000000000, 2000000000, 0], ['（1）', 'A1', null, 1000000000], ['（2）', 'A2', null, 1000000000]] },
    },
    {
      name: 'plain amounts adding up past 2^52 fen are summed exactly',
      sheets: {
        项目支出: [
          header,
          [1, 'A', 5000000000, 5000000000, 0],
          ['（1）', 'A1', null, 1000000000],
          ['（2）', 'A2', null, 1000000000],
          ['（3）', 'A3', null, 1000000000],
          ['（4）', 'A4', null, 1000000000],
          ['（5）', 'A5', null, 1000000000],
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'the seed’s first project: sub-items explain 66.01 of 104.68 (63.06%)',
      sheets: {
        项目支出: [
          header,
          [1, '网格信息化建设项目', 90, 104.68, 78.86],
          ['', '（1）网格信息化建设专项', null, 64.76],
          ['', '（2）网格化平台系统基础数据融合项目', null, 1.25],
          ['', '（3）经开区风险防控系统融入石峰网格平台建设经费项目', null, 0],
        ],
      },
      errors: [
        {
          messageId: 'partial',
          row: 2,
          cells: ['D2', 'D3', 'D4', 'D5'],
          severity: 'info',
          subject: '网格信息化建设项目',
          zh: '子项目说明了实际支出104.68万元中的66.01万元（63.06%）',
        },
      ],
    },
    {
      name: 'sub-items adding up to more than the project is an error',
      sheets: { 项目支出: [header, [1, 'A', 100, 60, 40], ['1.1', 'A1', null, 50], ['1.2', 'A2', null, 10.01]] },
      errors: [{ messageId: 'exceeds', row: 2, severity: 'error', zh: '多出0.01万元' }],
    },
    {
      name: 'sub-items beyond 2^50 fen that exceed their project, by 0.01',
      sheets: { 项目支出: [header, [1, 'A', 2000000000, 2000000000, 0], ['（1）', 'A1', null, 1000000000], ['（2）', 'A2', null, 1000000000.01]] },
      errors: [{ messageId: 'exceeds', row: 2, severity: 'error', zh: '多出0.01万元' }],
    },
    {
      name: 'each project is judged on its own sub-items',
      sheets: {
        项目支出: [
          header,
          [1, 'A', 100, 60, 40],
          ['（1）', 'A1', null, 60],
          [2, 'B', 20, 18.37, 1.63],
          ['（1）', 'B1', null, 0.15],
          ['（2）', 'B2', null, 2.84],
        ],
      },
      errors: [{ messageId: 'partial', row: 4, zh: '18.37万元中的2.99万元（16.28%）' }],
    },
  ],
});
