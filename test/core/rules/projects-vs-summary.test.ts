import projectsVsSummary from '../../../src/core/rules/projects-vs-summary';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, summarySheet } from './fixtures/grids';

new RuleTester().run('projects-vs-summary', projectsVsSummary, {
  valid: [
    { name: 'projects and summary agree exactly', sheets: { 收支总表: summarySheet({ 项目支出: 1964.4, 结余结转: 301.86 }), 项目支出: projectSheet() } },
    { name: 'a difference within the tolerance', sheets: { 收支总表: summarySheet({ 项目支出: 1964.404, 结余结转: 301.855 }), 项目支出: projectSheet() } },
    { name: 'no summary: nothing to compare', sheets: { 项目支出: projectSheet() } },
    { name: 'no project table: nothing to compare', sheets: { 收支总表: summarySheet() } },
  ],
  invalid: [
    {
      name: 'the seed: 1964.40 against 1964.41, and 1.50 of carry-over unexplained',
      sheets: { 收支总表: summarySheet(), 项目支出: projectSheet() },
      errors: [
        {
          messageId: 'spending-mismatch',
          row: 7,
          cells: ['B7'],
          sheet: '收支总表',
          severity: 'error',
          zh: '各项目实际支出之和为1964.4万元，收支总表的“项目支出”为1964.41万元，相差0.01万元',
        },
        { messageId: 'carry-over-unexplained', row: 8, cells: ['B8'], severity: 'info', zh: '有1.5万元不能由各项目的结余结转（合计301.86万元）解释' },
      ],
    },
    {
      name: 'projects carrying over more than the summary is an error',
      sheets: { 收支总表: summarySheet({ 项目支出: 1964.4, 结余结转: 300 }), 项目支出: projectSheet() },
      errors: [{ messageId: 'carry-over-exceeds', row: 8, severity: 'error', zh: '多出1.86万元' }],
    },
    {
      name: 'a summary in 元 against projects in 万元',
      sheets: { 收支总表: [['单位：元'], ['项目支出', 19644400], ['结余结转', 3018600], ['基本支出', 100]], 项目支出: projectSheet() },
      errors: [{ messageId: 'spending-mismatch', row: 2, zh: '相差0.04万元' }],
    },
  ],
});
