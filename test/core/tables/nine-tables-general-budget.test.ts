/**
 * The cross-checks among the nine tables of an official budget workbook (official-layouts.md §A2)
 * that hold as equalities only when all the unit's money is 财政拨款 — here all of it 一般公共预算:
 * T3 基本支出 = T8 合计, T3 = T5 column by column, T1 收入总计 = T4 收入总计. The Shanghai 2026
 * templates (unit and department) filled with such a unit’s figures: silent when they agree,
 * each side of each check found.
 */
import { readXlsxFile } from '../../../src/cli/read-xlsx';
import { checkWorkbook } from '../../../src/core/check-workbook';
import type { Workbook } from '../../../src/core/grid/types';
import { CASES, economic, filled, line, type Figures } from '../../support/shanghai-template';

/** 单位收支总表: 5,000,000 元 of 财政拨款, all of it 一般公共预算; spending in D (合计) E F (基本支出) G. */
const SUMMARY: Figures = {
  B10: 5_000_000,
  B11: 5_000_000,
  B12: 0,
  B13: 0,
  B14: 0,
  B15: 0,
  B16: 0,
  B21: 5_000_000,
  D10: 3_000_000,
  E10: 1_800_000,
  F10: 400_000,
  G10: 800_000,
  D11: 2_000_000,
  E11: 1_000_000,
  F11: 200_000,
  G11: 800_000,
  D21: 5_000_000,
  E21: 2_800_000,
  F21: 600_000,
  G21: 1_600_000,
};
/** 单位财政拨款收支总表: the same money, by fund. */
const APPROPRIATION: Figures = {
  B8: 5_000_000,
  B9: 0,
  B10: 0,
  B21: 5_000_000,
  D8: 3_000_000,
  E8: 3_000_000,
  F8: 0,
  G8: 0,
  D9: 2_000_000,
  E9: 2_000_000,
  F9: 0,
  G9: 0,
  D21: 5_000_000,
  E21: 5_000_000,
  F21: 0,
  G21: 0,
};
/** 部门收支总表 (one 预算数 column): the same unit's money. */
const DEPARTMENT_SUMMARY: Figures = {
  B8: 5_000_000,
  B9: 5_000_000,
  B10: 0,
  B11: 0,
  B12: 0,
  B13: 0,
  B14: 0,
  B21: 5_000_000,
  D8: 3_000_000,
  D9: 2_000_000,
  D21: 5_000_000,
};

interface Template {
  /** Sheet names start with 单位 or 部门. */
  readonly prefix: '单位' | '部门';
  readonly summary: Figures;
  /** The 收支总表 with 100,000 元 more 政府性基金 on both sides. */
  readonly moreFund: Figures;
  /** The 收支总表 with 1,000,000 元 of 事业收入 on both sides. */
  readonly otherIncome: Figures;
  readonly labels: Record<string, Record<string, string>>;
}

const TEMPLATES: Record<'unit' | 'department', Template> = {
  unit: {
    prefix: '单位',
    summary: SUMMARY,
    moreFund: { ...SUMMARY, B10: 5_100_000, B12: 100_000, B21: 5_100_000, D11: 2_100_000, G11: 900_000, D21: 5_100_000, G21: 1_700_000 },
    otherIncome: { ...SUMMARY, B14: 1_000_000, B21: 6_000_000, D11: 3_000_000, G11: 1_800_000, D21: 6_000_000, G21: 2_600_000 },
    labels: { 单位收支总表: { C11: '二、社会保障和就业支出' } },
  },
  department: {
    prefix: '部门',
    summary: DEPARTMENT_SUMMARY,
    moreFund: { ...DEPARTMENT_SUMMARY, B8: 5_100_000, B10: 100_000, B21: 5_100_000, D9: 2_100_000, D21: 5_100_000 },
    otherIncome: { ...DEPARTMENT_SUMMARY, B12: 1_000_000, B21: 6_000_000, D9: 3_000_000, D21: 6_000_000 },
    labels: {},
  },
};

const tablesOf = ({ prefix, summary }: Template): Record<string, Figures> => ({
  [`${prefix}收支总表`]: summary,
  [`${prefix}财政拨款收支总表`]: APPROPRIATION,
  [`${prefix}支出总表`]: line([9, 10, 11], 20, [5_000_000, 3_400_000, 1_600_000]),
  [`${prefix}一般公共预算拨款表`]: line([9, 10, 11], 21, [5_000_000, 3_400_000, 1_600_000]),
  [`${prefix}一般公共预算拨款基本支出明细表`]: economic(2_800_000, 600_000),
});

type Triple = [number, number, number];

/** The template's 205 lines, then the 208 lines the line-by-line test writes: 科目编码 and name, as a finding's subject begins. */
const LINE_NAMES: Record<number, string> = {
  9: '205 教育支出',
  10: '20502 普通教育',
  11: '2050205 高等教育',
  12: '208 社会保障和就业支出',
  13: '20805 行政事业单位养老支出',
  14: '2080505 机关事业单位基本养老保险缴费支出',
};

const errorsAt = (book: Workbook): string[] =>
  checkWorkbook(book)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.sheet}!${finding.row} ${finding.subject} ${finding.cells.join(',')}`);

describe.each(Object.keys(TEMPLATES) as ('unit' | 'department')[])('a unit whose money is all 一般公共预算, in the Shanghai 2026 %s template', (name) => {
  const template = TEMPLATES[name];
  const { prefix } = template;
  const TABLES = tablesOf(template);
  /** The three 205 lines of the functional table against the 支出预算总表’s, when a whole table's split moved. */
  const linesDiffer = [9, 10, 11].flatMap((row) =>
    ['基本支出', '项目支出'].map(
      (column, index) => `${prefix}一般公共预算拨款表!${row} ${LINE_NAMES[row]}（${column}） ${'FG'[index]}${row},${prefix}支出总表!${'FG'[index]}${row}`,
    ),
  );
  let consistent: Workbook;
  beforeAll(async () => {
    consistent = filled(await readXlsxFile(`${CASES}/shanghai-2026-${name}-budget-template.xlsx`), TABLES, template.labels);
  });

  it('consistent figures give no finding', () => {
    const result = checkWorkbook(consistent);
    expect(result.tables.map((table) => table.kind)).toEqual(expect.arrayContaining(['budget-summary', 'appropriation-summary', 'classified-budget']));
    expect(result.findings).toEqual([]);
  });

  it('each amount cell, changed by 1,000 元, gives a finding at its row', () => {
    const missed: string[] = [];
    for (const [sheet, figures] of Object.entries(TABLES))
      for (const address of Object.keys(figures)) {
        const row = Number(address.slice(1));
        const found = checkWorkbook(filled(consistent, { [sheet]: { [address]: figures[address] + 1_000 } })).findings.some(
          (finding) => finding.severity !== 'info' && finding.sheet === sheet && (finding.row === row || finding.cells.includes(address)),
        );
        if (!found) missed.push(`${sheet}!${address}`);
      }
    expect(missed).toEqual([]);
  });

  it('T3 基本支出 = T8 合计: a wrong 经济分类 合计 is found at the 支出预算总表, naming both tables and figures', () => {
    const book = filled(consistent, { [`${prefix}一般公共预算拨款基本支出明细表`]: economic(2_900_000, 600_000) });
    expect(errorsAt(book)).toEqual([`${prefix}支出总表!20 合计（基本支出） F20,${prefix}一般公共预算拨款基本支出明细表!D21`]);
    const [finding] = checkWorkbook(book).findings;
    expect(finding.message.zh).toBe(
      '“合计（基本支出）”：基本支出经济分类表合计为3500000元，但基本支出为3400000元，相差100000元（基本支出 = 基本支出经济分类表合计，涉及第20行）。',
    );
    expect(finding.expected).toEqual({ kind: 'money', fen: 340_000_000n });
    expect(finding.actual).toEqual({ kind: 'money', fen: 350_000_000n });
  });

  it('T3 = T5 by column: the 支出预算总表’s split changed is found against both the 经济分类 and the functional table', () => {
    const book = filled(consistent, { [`${prefix}支出总表`]: line([9, 10, 11], 20, [5_000_000, 3_500_000, 1_500_000]) });
    expect(errorsAt(book)).toEqual([
      `${prefix}支出总表!20 合计（基本支出） F20,${prefix}一般公共预算拨款基本支出明细表!D21`,
      ...linesDiffer,
      `${prefix}一般公共预算拨款表!21 合计（基本支出） F21,${prefix}支出总表!F20`,
      `${prefix}一般公共预算拨款表!21 合计（项目支出） G21,${prefix}支出总表!G20`,
    ]);
  });

  it('T3 = T5 by column: the functional table’s side changed is found at its 合计 row', () => {
    const book = filled(consistent, { [`${prefix}一般公共预算拨款表`]: line([9, 10, 11], 21, [5_000_000, 3_300_000, 1_700_000]) });
    expect(errorsAt(book)).toEqual([
      ...linesDiffer,
      `${prefix}一般公共预算拨款表!21 合计（基本支出） F21,${prefix}支出总表!F20`,
      `${prefix}一般公共预算拨款表!21 合计（项目支出） G21,${prefix}支出总表!G20`,
    ]);
  });

  it('T3 = T5 line by line: a line put under another 科目 is found at both lines, though every total agrees', () => {
    // 205 教育 and 208 社会保障和就业, each as 类 | 款 | 项, in both tables
    const classes = (total: number, first: Triple, second: Triple): Figures => ({
      ...line([9, 10, 11], total, first),
      ...line([12, 13, 14], total, second),
      ...line([], total, [first[0] + second[0], first[1] + second[1], first[2] + second[2]]),
    });
    const codes = {
      A12: 208,
      D12: '社会保障和就业支出',
      A13: 208,
      B13: '05',
      D13: '行政事业单位养老支出',
      A14: 208,
      B14: '05',
      C14: '05',
      D14: '机关事业单位基本养老保险缴费支出',
    };
    const both = (general: Figures): Workbook =>
      filled(
        consistent,
        { [`${prefix}支出总表`]: classes(20, [3_000_000, 2_000_000, 1_000_000], [2_000_000, 1_400_000, 600_000]), [`${prefix}一般公共预算拨款表`]: general },
        { [`${prefix}支出总表`]: codes, [`${prefix}一般公共预算拨款表`]: codes },
      );
    expect(errorsAt(both(classes(21, [3_000_000, 2_000_000, 1_000_000], [2_000_000, 1_400_000, 600_000])))).toEqual([]);
    // 100,000 元 of 基本支出 under 205 instead of 208
    expect(errorsAt(both(classes(21, [3_100_000, 2_100_000, 1_000_000], [1_900_000, 1_300_000, 600_000])))).toEqual(
      [9, 10, 11, 12, 13, 14].flatMap((row) => {
        return ['合计', '基本支出'].map((column, index) => {
          const cell = `${'EF'[index]}${row}`;
          return `${prefix}一般公共预算拨款表!${row} ${LINE_NAMES[row]}（${column}） ${cell},${prefix}支出总表!${cell}`;
        });
      }),
    );
  });

  it('T1 收入总计 = T4 收入总计: a 财政拨款 table with more income than the 收支总表 is found at its 收入总计', () => {
    // 100,000 元 of 政府性基金 in T4 and T6 only: T4 and T6 add up, T1 still says all is 一般公共预算
    const book = filled(consistent, {
      [`${prefix}财政拨款收支总表`]: { ...APPROPRIATION, B9: 100_000, B21: 5_100_000, D9: 2_100_000, F9: 100_000, D21: 5_100_000, F21: 100_000 },
      [`${prefix}政府性基金拨款表`]: line([9, 10, 11], 21, [100_000, 0, 100_000]),
    });
    expect(errorsAt(book)).toEqual([`${prefix}财政拨款收支总表!21 收入总计 B21,${prefix}收支总表!B21`]);
    expect(checkWorkbook(book).findings[0].message.en).toBe(
      '“收入总计”: 收支总表收入总计 is 5000000 yuan, but 收入总计 is 5100000 yuan, a difference of 100000 yuan (收入总计 = 收支总表收入总计; rows 21).',
    );
  });

  it('T1 收入总计 = T4 收入总计: the 收支总表’s side changed is found too', () => {
    // 100,000 元 more 政府性基金 in T1 (income and spending), not in T4
    const book = filled(consistent, {
      [`${prefix}收支总表`]: template.moreFund,
    });
    expect(errorsAt(book)).toEqual([`${prefix}支出总表!20 合计 E20,${prefix}收支总表!D21`, `${prefix}财政拨款收支总表!21 收入总计 B21,${prefix}收支总表!B21`]);
  });

  it('other income in the 收支总表 turns the equalities off (a part is compared as a part)', () => {
    const book = filled(consistent, {
      [`${prefix}收支总表`]: template.otherIncome,
      [`${prefix}支出总表`]: line([9, 10, 11], 20, [6_000_000, 3_400_000, 2_600_000]),
    });
    expect(errorsAt(book)).toEqual([]);
  });
});
