/**
 * The blank official templates (Shanghai 2026, ../shared/cases/) read as the CLI reads them, then
 * filled with figures of our own that reconcile: no error. Then every amount cell of each identity
 * (each income line, each 其中 line, each expenditure row and column, each row 合计, each total) is
 * changed in turn, and a finding must name its row or cell.
 */
import { readXlsxFile } from '../../../src/cli/read-xlsx';
import { checkWorkbook } from '../../../src/core/check-workbook';
import type { CellValue, Workbook } from '../../../src/core/grid/types';
import { CASES, economic, filled, line, type Figures } from '../../support/shanghai-template';

/** Unit 单位收支总表: income B10:B16, B21; spending rows 10–13 in D (合计) E F (基本支出) G; totals row 21. */
const UNIT_SUMMARY: Figures = {
  B10: 5_230_000,
  B11: 4_930_000,
  B12: 200_000,
  B13: 100_000,
  B14: 700_000.5,
  B15: 0,
  B16: 69_999.5,
  B21: 6_000_000,
  D10: 3_000_000,
  E10: 1_800_000,
  F10: 400_000,
  G10: 800_000,
  D11: 1_500_000,
  E11: 1_000_000,
  F11: 200_000,
  G11: 300_000,
  D12: 900_000,
  E12: 0,
  F12: 100_000,
  G12: 800_000,
  D13: 600_000,
  E13: 200_000,
  F13: 0,
  G13: 400_000,
  D21: 6_000_000,
  E21: 3_000_000,
  F21: 700_000,
  G21: 2_300_000,
};
/** 单位财政拨款收支总表: income B8:B10, B21; spending rows 8–10 in D (合计) E F G; totals row 21. */
const UNIT_APPROPRIATION: Figures = {
  B8: 4_930_000,
  B9: 200_000,
  B10: 100_000,
  B21: 5_230_000,
  D8: 3_000_000,
  E8: 2_900_000,
  F8: 100_000,
  G8: 0,
  D9: 1_330_000,
  E9: 1_130_000,
  F9: 100_000,
  G9: 100_000,
  D10: 900_000,
  E10: 900_000,
  F10: 0,
  G10: 0,
  D21: 5_230_000,
  E21: 4_930_000,
  F21: 200_000,
  G21: 100_000,
};
/** Department 部门收支总表: income B8:B14, B21; spending rows 8–10 in D; total D21. */
const DEPARTMENT_SUMMARY: Figures = {
  B8: 8_000_000,
  B9: 7_000_000,
  B10: 600_000,
  B11: 400_000,
  B12: 1_500_000,
  B13: 250_000.25,
  B14: 249_999.75,
  B21: 10_000_000,
  D8: 6_000_000,
  D9: 3_500_000,
  D10: 500_000,
  D21: 10_000_000,
};
const DEPARTMENT_APPROPRIATION: Figures = {
  B8: 7_000_000,
  B9: 600_000,
  B10: 400_000,
  B21: 8_000_000,
  D8: 5_000_000,
  E8: 4_800_000,
  F8: 200_000,
  G8: 0,
  D9: 2_500_000,
  E9: 2_200_000,
  F9: 0,
  G9: 300_000,
  D10: 500_000,
  E10: 0,
  F10: 400_000,
  G10: 100_000,
  D21: 8_000_000,
  E21: 7_000_000,
  F21: 600_000,
  G21: 400_000,
};

const LABELS: Record<string, CellValue> = { C11: '二、社会保障和就业支出', C12: '三、卫生健康支出', C13: '四、城乡社区支出' };

function errorsOf(book: Workbook) {
  return checkWorkbook(book).findings.filter((finding) => finding.severity !== 'info');
}

describe.each([
  ['unit', '单位收支总表', UNIT_SUMMARY, '单位财政拨款收支总表', UNIT_APPROPRIATION],
  ['department', '部门收支总表', DEPARTMENT_SUMMARY, '部门财政拨款收支总表', DEPARTMENT_APPROPRIATION],
])('the Shanghai 2026 %s budget template', (name, summarySheet, summary, appropriationSheet, appropriation) => {
  let blank: Workbook;
  let consistent: Workbook;
  beforeAll(async () => {
    blank = await readXlsxFile(`${CASES}/shanghai-2026-${name}-budget-template.xlsx`);
    consistent = filled(blank, { [summarySheet]: summary, [appropriationSheet]: appropriation }, { [summarySheet]: name === 'unit' ? LABELS : {} });
  });

  it('blank, gives no finding; filled with consistent figures, gives no error and no warning', () => {
    expect(checkWorkbook(blank).findings).toEqual([]);
    const result = checkWorkbook(consistent);
    const kinds = result.tables.map((table) => `${table.sheet}:${table.kind}`);
    expect(kinds.filter((kind) => !kind.endsWith(':classified-budget'))).toEqual([
      `${summarySheet}:budget-summary`,
      `${appropriationSheet}:appropriation-summary`,
      expect.stringMatching(/“三公”经费.*:three-public-budget$/),
    ]);
    expect(kinds.filter((kind) => kind.endsWith(':classified-budget'))).toHaveLength(6);
    expect(result.findings).toEqual([]);
  });

  const cells = [
    ...Object.keys(summary).map((address) => [summarySheet, address]),
    ...Object.keys(appropriation).map((address) => [appropriationSheet, address]),
  ];
  it(`each of its ${cells.length} amount cells, changed by 1,000 元, gives a finding at its row`, () => {
    const missed: string[] = [];
    for (const [sheet, address] of cells) {
      const figures = sheet === summarySheet ? summary : appropriation;
      const broken = filled(consistent, { [sheet]: { [address]: figures[address] + 1_000 } });
      const row = Number(address.slice(1));
      const found = errorsOf(broken).some((finding) => finding.sheet === sheet && (finding.row === row || finding.cells.includes(address)));
      if (!found) missed.push(`${sheet}!${address}`);
    }
    expect(missed).toEqual([]);
  });
});

describe('the template’s “三公”经费预算表 (T9)', () => {
  const SHEET = '单位“三公”经费和机关运行费预算表';
  const FIGURES: Figures = { A7: 12.5, B7: 3, C7: 2.5, D7: 7, E7: 4, F7: 3, G7: 86.4 };

  it('filled with consistent figures: recognised, no finding; each amount changed is found', async () => {
    const blank = await readXlsxFile(`${CASES}/shanghai-2026-unit-budget-template.xlsx`);
    const consistent = filled(blank, { [SHEET]: FIGURES });
    const result = checkWorkbook(consistent);
    expect(result.tables.filter((table) => table.sheet === SHEET).map((table) => table.kind)).toEqual(['three-public-budget']);
    expect(result.findings).toEqual([]);
    for (const address of ['A7', 'B7', 'C7', 'D7', 'E7', 'F7']) {
      const broken = filled(consistent, { [SHEET]: { [address]: FIGURES[address] + 1 } });
      expect([address, errorsOf(broken).some((finding) => finding.sheet === SHEET && finding.cells.includes(address))]).toEqual([address, true]);
    }
  });
});

describe('the template’s classified tables (T3, T5–T8) and the cross-checks among the tables', () => {
  const CLASSIFIED: Record<string, Figures> = {
    单位支出总表: line([9, 10, 11], 20, [6_000_000, 3_700_000, 2_300_000]),
    单位一般公共预算拨款表: line([9, 10, 11], 21, [4_930_000, 3_000_000, 1_930_000]),
    单位政府性基金拨款表: line([9, 10, 11], 21, [200_000, 0, 200_000]),
    '单位国有资本经营预算拨款表 ': line([9, 10, 11], 21, [100_000, 0, 100_000]),
    单位一般公共预算拨款基本支出明细表: economic(2_400_000, 600_000),
  };
  let consistent: Workbook;
  beforeAll(async () => {
    const blank = await readXlsxFile(`${CASES}/shanghai-2026-unit-budget-template.xlsx`);
    consistent = filled(blank, { 单位收支总表: UNIT_SUMMARY, 单位财政拨款收支总表: UNIT_APPROPRIATION, ...CLASSIFIED }, { 单位收支总表: LABELS });
  });

  it('consistent figures give no finding', () => {
    const result = checkWorkbook(consistent);
    expect(result.tables.filter((table) => table.kind === 'classified-budget').map((table) => table.sheet)).toEqual([
      '单位收入总表',
      '单位支出总表',
      '单位一般公共预算拨款表',
      '单位政府性基金拨款表',
      '单位国有资本经营预算拨款表 ',
      '单位一般公共预算拨款基本支出明细表',
    ]);
    expect(result.findings).toEqual([]);
  });

  it('each amount cell, changed, gives a finding at its row', () => {
    const missed: string[] = [];
    for (const [sheet, figures] of Object.entries(CLASSIFIED)) {
      for (const address of Object.keys(figures)) {
        const broken = filled(consistent, { [sheet]: { [address]: figures[address] + 1_000 } });
        const row = Number(address.slice(1));
        if (!errorsOf(broken).some((finding) => finding.sheet === sheet && (finding.row === row || finding.cells.includes(address))))
          missed.push(`${sheet}!${address}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('the 支出预算总表 合计 must be the 收支总表 支出总计, and the 财政拨款 支出总计 the three functional tables', () => {
    const spending = filled(consistent, { 单位支出总表: line([9, 10, 11], 20, [6_100_000, 3_800_000, 2_300_000]) });
    expect(errorsOf(spending).map((finding) => `${finding.sheet}!${finding.row} ${finding.cells.join(',')}`)).toEqual(['单位支出总表!20 E20,单位收支总表!D21']);
    const fund = filled(consistent, { 单位政府性基金拨款表: line([9, 10, 11], 21, [300_000, 0, 300_000]) });
    expect(errorsOf(fund).map((finding) => `${finding.sheet}!${finding.row}`)).toEqual(['单位一般公共预算拨款表!21']);
  });

  // the unit also has 事业收入 and 其他收入: the 一般公共预算 tables are a part of the 支出预算总表
  const at = (book: Workbook): string[] => errorsOf(book).map((finding) => `${finding.sheet}!${finding.row} ${finding.cells.join(',')}`);
  it('with other money, the 经济分类 合计 must be the 一般公共预算 基本支出, and at most the 支出预算总表’s', () => {
    expect(at(filled(consistent, { 单位一般公共预算拨款基本支出明细表: economic(2_500_000, 600_000) }))).toEqual([
      '单位一般公共预算拨款表!21 F21,单位一般公共预算拨款基本支出明细表!D21',
    ]);
    expect(at(filled(consistent, { 单位一般公共预算拨款基本支出明细表: economic(3_200_000, 600_000) }))).toEqual([
      '单位支出总表!20 F20,单位一般公共预算拨款基本支出明细表!D21',
      '单位一般公共预算拨款表!21 F21,单位一般公共预算拨款基本支出明细表!D21',
    ]);
    // the other side: the functional table's 基本支出 moved to 项目支出 (its own rows still add up)
    expect(at(filled(consistent, { 单位一般公共预算拨款表: line([9, 10, 11], 21, [4_930_000, 3_100_000, 1_830_000]) }))).toEqual([
      '单位一般公共预算拨款表!21 F21,单位一般公共预算拨款基本支出明细表!D21',
    ]);
  });

  it('with other money, no column of the 一般公共预算 functional table exceeds the 支出预算总表’s', () => {
    const findings = errorsOf(filled(consistent, { 单位支出总表: line([9, 10, 11], 20, [6_000_000, 4_100_000, 1_900_000]) }));
    expect(findings.map((finding) => `${finding.sheet}!${finding.row} ${finding.subject} ${finding.cells.join(',')}`)).toEqual([
      '单位一般公共预算拨款表!21 合计（项目支出） G21,单位支出总表!G20',
    ]);
    expect(findings[0].message.zh).toBe(
      '“合计（项目支出）”：支出预算总表为1900000元，但一般公共预算支出为1930000元，相差30000元（一般公共预算支出 <= 支出预算总表，涉及第21行）。',
    );
    // and the 收支总表 has other income: its 收入总计 is not the 财政拨款 table’s, and that is no finding
    expect(errorsOf(consistent)).toEqual([]);
  });
});

describe('the figures the template’s 说明 sheets quote', () => {
  const T9: Figures = { A7: 12.5, B7: 3, C7: 2.5, D7: 7, E7: 4, F7: 3, G7: 86.4 };
  const notes = (income: string, threePublic: string): Record<string, Record<string, CellValue>> => ({
    单位编制说明: { A3: `    2026年，示例单位收入预算${income}万元，其中：财政拨款收入523万元；事业收入70.00005万元。\n    支出预算600万元。` },
    其他相关情况说明: {
      A3: `  一、2026年“三公”经费预算情况说明\n     2026年“三公”经费预算数为${threePublic}万元。\n  二、机关运行经费预算\n     2026年示例单位财政拨款的机关运行经费预算为86.4万元。`,
    },
  });
  let book: Workbook;
  beforeAll(async () => {
    book = filled(
      await readXlsxFile(`${CASES}/shanghai-2026-unit-budget-template.xlsx`),
      { 单位收支总表: UNIT_SUMMARY, 单位财政拨款收支总表: UNIT_APPROPRIATION, '单位“三公”经费和机关运行费预算表': T9 },
      { 单位收支总表: LABELS },
    );
  });

  it('quoted as the tables say (in 万元, to the precision written): no finding', () => {
    const result = checkWorkbook(filled(book, {}, notes('600', '12.5')));
    expect(result.tables.filter((table) => table.kind === 'budget-notes')).toHaveLength(2);
    expect(result.findings).toEqual([]);
  });

  it('a quoted figure that is not the table’s is found at the sentence', () => {
    const findings = checkWorkbook(filled(book, {}, notes('610', '12.6'))).findings;
    expect(findings.map((finding) => `${finding.sheet}!${finding.cells.join(',')}`)).toEqual([
      '单位编制说明!A3,单位收支总表!B21',
      '其他相关情况说明!A3,单位“三公”经费和机关运行费预算表!A7',
    ]);
    expect(findings[0].message.zh).toBe('说明中写“收入预算610万元”，但单位收支总表的B21为600万元。');
  });
});
