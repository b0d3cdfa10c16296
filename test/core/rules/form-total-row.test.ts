import formTotalRow from '../../../src/core/rules/form-total-row';
import { RuleTester } from '../../support/rule-tester';
import { projectForm } from '../forms/form-grids';

new RuleTester().run('form-total-row', formTotalRow, {
  valid: [
    { name: 'the total is the sum of its rows in every column', sheets: { 自评表: projectForm() } },
    {
      name: '`/` and empty cells are not applicable, not zeros',
      sheets: {
        自评表: projectForm({
          money: [
            ['年度资金总额', 238.93, 251.89, 251.89, 10, '100.00%', 10],
            ['其中：当年财政拨款', 238.93, 251.89, 251.89, '—', null, '—'],
            ['上年结转资金', '/', '/', '/', '—', null, '—'],
            ['其他资金', null, null, null, '—', null, '—'],
          ],
          total: ['总分', null, null, null, null, 100, 100],
        }),
      },
    },
    {
      name: 'a difference within the tolerance is rounding',
      sheets: {
        自评表: projectForm({
          money: [
            ['年度资金总额', 100, 100, 95, 10, '95.00%', 9.5],
            ['其中：当年财政拨款', 60, 60, 57.004, '—', null, '—'],
            ['上年结转资金', 40, 40, 38, '—', null, '—'],
          ],
        }),
      },
    },
    {
      name: 'the Sichuan rows: 财政资金, 财政专户管理资金, 单位资金, 其他资金',
      sheets: {
        自评表: [
          ['部门预算项目支出绩效自评表(2023年度)'],
          ['项目名称', '工资性支出'],
          ['预算执行情况(10分)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
          ['总额', 238.93, 251.89, 251.89, '100.00%', 10, 10, '年中追加工资调标资金'],
          ['其中:财政资金', 238.93, 251.89, 251.89, '100.00%', '/', '/'],
          ['财政专户管理资金', 0, 0, 0, '0.00%', '/', '/'],
          ['单位资金', 0, 0, 0, '0.00%', '/', '/'],
          ['其他资金', null, null, null, null, '/', '/'],
        ],
      },
    },
    {
      name: 'a total left blank while its rows are blank too is not reported',
      sheets: {
        自评表: projectForm({
          money: [
            ['年度资金总额', 100, 100, 95, 10, '95%', 9.5],
            ['其中：当年财政拨款', 100, 100, 95],
            ['其他资金', null, null, null],
          ],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a total row left at 0',
      sheets: {
        自评表: projectForm({
          money: [
            ['年度资金总额', 0, 45.81, 42.95, 10, '93.76%', 9.38],
            ['其中：当年财政拨款', 22, 22, 22, '—', null, '—'],
            ['上年结转资金', 0, 23.81, 20.95, '—', null, '—'],
            ['其他资金', 0, 0, 0, '—', null, '—'],
          ],
        }),
      },
      errors: [{ messageId: 'mismatch', row: 4, cells: ['B4', 'B5', 'B6', 'B7'], zh: '年初预算数总额为0万元，但其中各项之和为22万元，相差22万元' }],
    },
    {
      name: 'one column off by 0.01 (beyond the tolerance)',
      sheets: {
        自评表: projectForm({
          money: [
            ['年度资金总额', 100, 100, 95, 10, '95.00%', 9.5],
            ['其中：当年财政拨款', 60, 60, 57.01, '—', null, '—'],
            ['上年结转资金', 40, 40, 38, '—', null, '—'],
          ],
        }),
      },
      errors: [{ messageId: 'mismatch', row: 4, cells: ['D4', 'D5', 'D6'], zh: '相差0.01万元' }],
    },
    {
      name: 'a total left blank while its rows hold money',
      sheets: {
        自评表: projectForm({
          money: [
            ['年度资金总额', null, 100, 95, 10, '95%', 9.5],
            ['其中：当年财政拨款', 100, 100, 95],
          ],
        }),
      },
      errors: [{ messageId: 'total-missing', row: 4, severity: 'warning', cells: ['B4', 'B5'] }],
    },
    {
      name: 'a word in an amount cell is reported, and that column is not summed',
      sheets: {
        自评表: projectForm({
          money: [
            ['年度资金总额', 100, 100, 95, 10, '95%', 9.5],
            ['其中：当年财政拨款', '一百', 100, 95],
          ],
        }),
      },
      errors: [{ messageId: 'unreadable', row: 5, cells: ['B5'], severity: 'warning' }],
    },
  ],
});
