import placeNames from '../../../src/core/rules/place-names';
import { districtNames } from '../../../src/core/rules/support/district-names';
import { RuleTester } from '../../support/rule-tester';
import { unitInfoSheet } from './fixtures/grids';

const header = ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'];
const DUTIES =
  '区网格化管理服务中心贯彻落实省委、市委、区委的部署，统筹协调推进全区基层社会治理。（一）负责牵头、督促全区基层社会治理的建设。' +
  '（四）承担区政府办有关12345市长热线事项派发；（五）负责与市市民中心有关运行业务事项对接；（六）承办区委、区政府交办的其他工作。';

new RuleTester().run('place-names', placeNames, {
  valid: [
    {
      name: 'the seed’s own texts: 全区, 区委, 区政府, 经开区, 区直, 石峰区',
      sheets: {
        基本情况: unitInfoSheet({ 主要职责: DUTIES, 工作成效: '先后接待了河南鹤壁市淇滨区、沅陵县等省内外单位参观学习' }),
        项目支出: [
          header,
          ['1、网格信息化建设项目', 90, 104.68, 78.86],
          ['（1）经开区风险防控系统融入石峰网格平台建设经费项目', null, 0, null, '主要用于建设经开区风险防控系统融入石峰网格平台。'],
          ['（2）2023年区直部门代理记账服务费', null, 0.15, null, '主要用于我单位代理记账服务费用。'],
          ['（3）基层社会治理专项', null, 1, null, '主要用于发放全区网格化劳务派遣人员的薪酬待遇，完善石峰区网格化管理。'],
        ],
      },
    },
    {
      name: 'without a unit name there is nothing to compare with',
      sheets: { 基本情况: unitInfoSheet({ 单位名称: undefined, 主要职责: '负责云龙区的工作' }) },
    },
  ],
  invalid: [
    {
      name: 'the seed’s sub-item names 云龙区 in a 石峰区 report',
      sheets: {
        基本情况: unitInfoSheet(),
        项目支出: [
          header,
          ['1、网格信息化建设项目', 90, 104.68, 78.86],
          ['（2）网格化平台系统基础数据融合项目', null, 1.25, null, '主要用于完成云龙区网格化平台上的基础数据与石峰区网格平台融合。'],
        ],
      },
      errors: [
        { messageId: 'other-place', row: 3, cells: ['E3'], sheet: '项目支出', severity: 'warning', zh: 'E3（主要用途）提到“云龙区”，而本单位属于“石峰区”' },
      ],
    },
    {
      name: 'a duty text copied from a county',
      sheets: { 基本情况: unitInfoSheet({ 主要职责: '负责攸县网格化工作；负责茶陵县数据归集。' }) },
      errors: [{ messageId: 'other-place', row: 9, zh: '“茶陵县”' }],
    },
    {
      name: 'a project named after another district',
      sheets: { 基本情况: unitInfoSheet(), 项目支出: [header, ['荷塘区网格平台对接', 10, 10, 0]] },
      errors: [{ messageId: 'other-place', row: 2, cells: ['A2'], zh: '“荷塘区”' }],
    },
  ],
});

describe('districtNames', () => {
  it.each([
    ['主要用于完成云龙区网格化平台上的基础数据', ['云龙区']],
    ['株洲市石峰区网格化管理服务中心', ['石峰区']],
    ['（以下简称区网格化管理服务中心）是区委直属公益一类事业单位', []],
    ['社区、小区、园区、城区与辖区', []],
    ['高新区、经开区和开发区', []],
    ['全县各乡镇、本县县城', []],
  ])('%s → %j', (text, names) => {
    expect(districtNames(text)).toEqual(names);
  });
});
