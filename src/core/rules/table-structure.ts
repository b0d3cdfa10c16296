/**
 * What recognition could not read, told as findings: a project table missing a required column
 * (naming the column and the header cells searched), or a workbook with nothing to check.
 */
import type { Rule } from './types';

const tableStructure: Rule = {
  meta: {
    id: 'table-structure',
    severity: 'error',
    description: {
      zh: '表格能否识别：项目支出表须有项目名称、年初预算、实际支出、结余结转等必需列；找不到时说明缺哪一列、在哪里找过。',
      en: 'Whether the tables can be read: a project table needs its required columns; when one is missing, says which and where it looked.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '项目支出', cell: 'I3', value: '备注' }],
      given: {
        zh: '示例工作簿“项目支出”表头中的“结余结转”（I3）改为“备注”：项目支出表少了一个必需列。',
        en: 'In the example workbook, the 项目支出 header 结余结转 (I3) is renamed 备注: the project table lacks a required column.',
      },
      messageId: 'missing-column',
      message: {
        zh: '工作表“项目支出”的项目支出表缺少必需的列“结余结转”（在第3行的表头中查找过：序号、项目名称、年初预算、上级转移支付、年中调增、年中调减、追加、实际支出、备注、主要用途），该表未能核对。',
        en: 'The project table on sheet “项目支出” lacks the required column “结余结转” (looked in the header on row 3: 序号、项目名称、年初预算、上级转移支付、年中调增、年中调减、追加、实际支出、备注、主要用途), so it was not checked.',
      },
    },
    messages: {
      'missing-column': {
        zh: '工作表“{sheet}”的项目支出表缺少必需的列“{column}”（在第{headerRow}行的表头中查找过：{looked}），该表未能核对。',
        en: 'The project table on sheet “{sheet}” lacks the required column “{column}” (looked in the header on row {headerRow}: {looked}), so it was not checked.',
      },
      'duplicate-column': {
        zh: '工作表“{sheet}”的项目支出表有两列表头都是“{column}”（{used}、{ignored}）：只核对了{used}所在的列，{ignored}所在的列未核对。',
        en: 'The project table on sheet “{sheet}” has two “{column}” columns ({used}, {ignored}): only the column of {used} was checked, not the column of {ignored}.',
      },
      'no-table': {
        zh: '没有找到可核对的表格：在工作表 {sheets} 中查找过项目支出表的表头（项目名称、年初预算、实际支出、结余结转）以及收支总表、基本情况的标签。',
        en: 'No table to check was found: sheets {sheets} were searched for a project table header (项目名称, 年初预算, 实际支出, 结余结转) and for summary and unit-info labels.',
      },
      'no-header': {
        zh: '工作表“{sheet}”中没有找到表头，未能核对。',
        en: 'No table header was found on sheet “{sheet}”; it was not checked.',
      },
      'unnamed-row': {
        zh: '第{row}行有金额，但{cell}中没有项目名称：已按项目核对，称为“第{row}行”。请填写项目名称；若它是合计行，请填写“合计”。',
        en: 'Row {row} has figures but no project name in {cell}: it was checked as a project called “第{row}行”. Fill in its name, or “合计” if it is a total row.',
      },
      'unnamed-row-merged': {
        zh: '第{row}行有金额，但没有项目名称：{cell}在合并区域{merge}内，文字只保存在{origin}。已按项目核对，称为“第{row}行”。请取消合并并填写项目名称；若它是合计行，请填写“合计”。',
        en: 'Row {row} has figures but no project name: {cell} lies in the merged area {merge}, whose text only {origin} holds. It was checked as a project called “第{row}行”. Unmerge and fill in its name, or “合计” if it is a total row.',
      },
      'unlabelled-total': {
        zh: '第{row}行没有名称，也没有“合计”字样，但它的公式都是对上方同列求和：已按合计行核对。请在{cell}填写“合计”。',
        en: 'Row {row} has no name and no “合计” label, but its formulas all add up the column above: it was checked as a total row. Write “合计” in {cell}.',
      },
      'unlabelled-total-merged': {
        zh: '第{row}行没有“合计”字样（{cell}在合并区域{merge}内，文字只保存在{origin}），但它的公式都是对上方同列求和：已按合计行核对。请取消合并并在{cell}填写“合计”。',
        en: 'Row {row} has no “合计” label ({cell} lies in the merged area {merge}, whose text only {origin} holds), but its formulas all add up the column above: it was checked as a total row. Unmerge and write “合计” in {cell}.',
      },
      'not-a-table': {
        zh: '工作表“{sheet}”第{headerRow}行的表头（{looked}）像项目支出表，但缺少“{missing}”，未作为项目支出表核对。',
        en: 'The header on row {headerRow} of sheet “{sheet}” ({looked}) looks like a project table but lacks “{missing}”, so it was not read as one.',
      },
      'ambiguous-unit': {
        zh: '工作表“{sheet}”的金额单位不明确，请在表格上方注明“单位：万元”或“单位：元”。',
        en: 'The money unit on sheet “{sheet}” is unclear; write “单位：万元” or “单位：元” above the table.',
      },
    },
  },
  check(context) {
    return context.workbook.problems.map((problem) => ({
      messageId: problem.messageId,
      data: { sheet: problem.sheet, ...problem.data },
      sheet: problem.sheet,
      row: problem.row,
      cells: problem.cells,
      subject: String(problem.data.column ?? problem.sheet),
      // a missing column leaves a table unchecked (the rule's severity); the rest are warnings
      ...(problem.messageId === 'missing-column' ? {} : { severity: problem.messageId === 'not-a-table' ? ('info' as const) : ('warning' as const) }),
    }));
  },
};

export default tableStructure;
