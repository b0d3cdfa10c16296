import formulaValues from '../../../src/core/rules/formula-values';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { RuleTester, workbookOf } from '../../support/rule-tester';

const HEADER = ['项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转'];

new RuleTester().run('formula-values', formulaValues, {
  valid: [
    { name: 'no formulas', sheets: { 项目支出: [HEADER, ['A', 10, 0, 0, 0, 0, 8, 2]] } },
    {
      name: 'formulas with their saved values',
      sheets: { 项目支出: [HEADER, ['A', 10, 0, 0, 0, 0, 8, '=B2-G2|2'], ['合计', '=SUM(B2:B2)|10', 0, 0, 0, 0, 8, 2]] },
    },
    { name: 'a loop without values is circular-references’ to name', sheets: { 表: [['=B1+1|', '=A1-1|']] } },
  ],
  invalid: [
    {
      name: 'a total row saved without its values: computed, and said once',
      sheets: {
        项目支出: [
          HEADER,
          ['A', 10, 0, 0, 0, 0, 8, 2],
          ['B', 5, 0, 0, 0, 0, 5, 0],
          ['合计', '=SUM(B2:B3)|', null, null, null, null, '=SUM(G2:G3)|', '=SUM(H2:H3)|'],
        ],
      },
      errors: [{ messageId: 'computed', row: 4, cells: ['B4'], severity: 'info', zh: '已按公式算出 3 个单元格的值（工作表：项目支出）' }],
    },
    {
      name: 'an unknown function: the cell and its formula named, and the total built from it too',
      sheets: { 项目支出: [HEADER, ['A', '=VLOOKUP(1,J1:K2,2)|', 0, 0, 0, 0, 8, 2], ['合计', '=SUM(B2:B2)|', 0, 0, 0, 0, 8, '=H2|']] },
      errors: [
        {
          messageId: 'unknown-function',
          row: 2,
          cells: ['B2'],
          severity: 'warning',
          zh: 'B2 的公式 =VLOOKUP(1,J1:K2,2) 未计算：用到了本工具不会计算的函数 VLOOKUP',
        },
        { messageId: 'depends', row: 3, cells: ['B3'], zh: 'B3 的公式 =SUM(B2:B2) 未计算：它引用的 B2 未能算出' },
        { messageId: 'computed', row: 3, cells: ['H3'], zh: '已按公式算出 1 个单元格的值' },
      ],
    },
    {
      name: 'names, other workbooks, missing sheets and cells on another sheet',
      sheets: {
        汇总: [['=收入合计|', '=[1]Sheet1!A1|', '=无此表!A1|', "='项目 支出'!A1|"]],
        '项目 支出': [['=FOO()|']],
      },
      errors: [
        { messageId: 'name', row: 1, cells: ['A1'], zh: '用到了名称 收入合计' },
        { messageId: 'external', row: 1, cells: ['B1'], zh: '引用了另一个工作簿' },
        { messageId: 'unknown-sheet', row: 1, cells: ['C1'], zh: '引用的工作表“无此表”不在本工作簿中' },
        { messageId: 'depends', row: 1, cells: ['D1'], zh: "它引用的 '项目 支出'!A1 未能算出" },
        { messageId: 'unknown-function', sheet: '项目 支出', row: 1, cells: ['A1'] },
      ],
    },
    {
      name: 'a range formula that is not computed here',
      sheets: { 表: [['=A2:A3|'], [1], [2]] },
      errors: [{ messageId: 'not-supported', row: 1, cells: ['A1'] }],
    },
  ],
});

describe('formula-values in a whole check', () => {
  const projects = (total: string) => ({
    项目支出: [HEADER, ['A', 10, 0, 0, 0, 0, 8, 2], ['B', 5, 0, 0, 0, 0, 5, 0], ['合计', total, 0, 0, 0, 0, 13, 2]],
  });

  it('a total saved without its value is checked against the computed sum, not read as 0', () => {
    const rules = checkWorkbook(workbookOf(projects('=SUM(B2:B3)|'))).findings.map((finding) => finding.rule);
    expect(rules).toEqual(['formula-values']);
  });

  it('a total built from a cell that could not be computed does not pass silently', () => {
    const sheets = { 项目支出: [HEADER, ['A', '=NPV(0.1,1)|', 0, 0, 0, 0, 8, 2], ['B', 5, 0, 0, 0, 0, 5, 0], ['合计', '=SUM(B2:B3)|', 0, 0, 0, 0, 13, 2]] };
    const findings = checkWorkbook(workbookOf(sheets)).findings;
    expect(findings.map((finding) => [finding.rule, finding.messageId, finding.cells[0]])).toEqual([
      ['formula-values', 'unknown-function', 'B2'],
      ['formula-values', 'depends', 'B4'],
    ]);
    // and never a figure of 0 in any message
    expect(findings.some((finding) => /为0万元/.test(finding.message.zh))).toBe(false);
  });

  it('a total whose formula is right but whose saved value would be wrong is still found (the computed value is the sum)', () => {
    const sheets = { 项目支出: [HEADER, ['A', 10, 0, 0, 0, 0, 8, 2], ['B', 5, 0, 0, 0, 0, 5, 0], ['合计', '=SUM(B2:B2)|', 0, 0, 0, 0, 13, 2]] };
    const findings = checkWorkbook(workbookOf(sheets)).findings;
    expect(findings.find((finding) => finding.rule === 'column-totals')?.message.zh).toContain('合计行的“年初预算”为10万元，但各项目之和为15万元');
  });
});
