/**
 * Generators of clean workbooks: exact amounts (whole hundredths of a 万元, i.e. at most two
 * decimals in 万元, so every figure is exact in 元 too), projects that balance to the fen, a 合计
 * row, a summary that agrees, and a random layout (column order, header units, formulas).
 */
import fc from 'fast-check';
import type { Fen } from '../../../src/core/money/fen';
import {
  projectBudget,
  SUMMARY_LABELS,
  type CleanWorkbook,
  type ColumnKey,
  type MoneyField,
  type ProjectModel,
  type SummaryModel,
  type SummaryPlacement,
  type TableLayout,
  withSummaryPlaced,
} from './clean-model';
import { PROJECT_SHEET, SUMMARY_SHEET, UNIT_INFO_SHEET } from './render-workbook';

export const PROJECT_NAMES = [
  '网格信息化建设项目',
  '业务性专项经费',
  '基层社会治理专项',
  '网格通手机套餐资费服务',
  '办公设备购置',
  '政务服务大厅运行经费',
  '信息系统运行维护',
  '人员培训经费',
  '档案数字化加工',
  '应急物资储备',
  '公共法律服务',
  '安全生产专项',
  // names that begin with figures or numerals, as real ones do: they are not outline markers
  '12345政务服务热线运行经费',
  '2023年区直部门代理记账服务费',
  '3.15消费者权益日宣传经费',
  '5G网络建设项目',
  '一网通办平台建设',
  '十四五规划编制经费',
  '1.5万亩高标准农田建设',
  '智慧城市（一期）建设',
];
const SUB_ITEM_NAMES = ['设备采购', '运行维护', '业务培训', '劳务费用'];

/** 1 hundredth of a 万元 = 1 元 × 100 = 10,000 fen. */
const FEN_PER_HUNDREDTH = 10_000n;

/** An amount in fen, a whole number of hundredths of a 万元; zero is common, as in real tables. */
export const amountFen: fc.Arbitrary<Fen> = fc
  .oneof(
    { weight: 2, arbitrary: fc.constant(0) },
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 99_999 }) },
    { weight: 2, arbitrary: fc.integer({ min: 100_000, max: 50_000_000 }) },
  )
  .map((hundredths) => BigInt(hundredths) * FEN_PER_HUNDREDTH);

export type Adjustment = 'split' | 'signed' | 'none';

interface ColumnChoice {
  readonly number: boolean;
  readonly transfer: boolean;
  readonly adjustment: Adjustment;
  readonly extra: boolean;
  readonly budget: boolean;
  readonly rate: boolean;
  readonly purpose: boolean;
}

function columnsOf(choice: ColumnChoice): ColumnKey[] {
  const columns: ColumnKey[] = [];
  if (choice.number) columns.push('序号');
  columns.push('项目名称', '年初预算');
  if (choice.transfer) columns.push('上级转移支付');
  if (choice.adjustment === 'split') columns.push('年中调增', '年中调减');
  if (choice.adjustment === 'signed') columns.push('年中调整');
  if (choice.extra) columns.push('追加');
  if (choice.budget) columns.push('全年预算数');
  columns.push('实际支出', '结余结转');
  if (choice.rate) columns.push('执行率');
  if (choice.purpose) columns.push('主要用途');
  return columns;
}

/** Header words real tables use for each column (spec §1 synonyms). */
const HEADER_WORDS: Readonly<Record<ColumnKey, readonly string[]>> = {
  序号: ['序号', '编号'],
  项目名称: ['项目名称', '项目'],
  年初预算: ['年初预算', '年初预算金额', '年初预算数'],
  上级转移支付: ['上级转移支付', '转移支付'],
  年中调增: ['年中调增', '调增'],
  年中调减: ['年中调减', '调减'],
  年中调整: ['年中调整', '调增调减'],
  追加: ['追加', '追加预算'],
  实际支出: ['实际支出', '支出数', '全年执行数', '执行数'],
  结余结转: ['结余结转', '结转结余', '年末结转和结余'],
  全年预算数: ['全年预算数', '预算合计', '调整后预算'],
  执行率: ['执行率', '预算执行率'],
  主要用途: ['主要用途', '绩效情况'],
};

const headerWords: fc.Arbitrary<Partial<Record<ColumnKey, string>>> = fc.record(
  Object.fromEntries(Object.entries(HEADER_WORDS).map(([key, words]) => [key, fc.constantFrom(...words)])) as Record<ColumnKey, fc.Arbitrary<string>>,
);

export interface LayoutOptions {
  /** Whether an 执行率 column may appear (its rounding reacts to sub-tolerance changes). */
  readonly rate?: boolean;
}

export function layoutArbitrary(options: LayoutOptions = {}): fc.Arbitrary<TableLayout> {
  const choice = fc.record<ColumnChoice>({
    number: fc.boolean(),
    transfer: fc.boolean(),
    adjustment: fc.constantFrom<Adjustment>('split', 'signed', 'none'),
    extra: fc.boolean(),
    budget: fc.boolean(),
    rate: options.rate === false ? fc.constant(false) : fc.boolean(),
    purpose: fc.boolean(),
  });
  return fc
    .record({
      columns: choice.chain((c) => {
        const columns = columnsOf(c);
        // mostly in the usual order, sometimes in any order
        return fc.oneof(fc.constant(columns), fc.shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length }));
      }),
      unit: fc.constantFrom<'万元' | '元'>('万元', '元'),
      unitStyle: fc.constantFrom<TableLayout['unitStyle']>('note', 'header', 'unit-row', 'none'),
      title: fc.boolean(),
      totalFormulas: fc.boolean(),
      budgetFormulas: fc.boolean(),
      headerWords: fc.oneof(fc.constant({}), headerWords),
      origin: fc.oneof(fc.constant({ row: 1, column: 1 }), fc.record({ row: fc.integer({ min: 1, max: 6 }), column: fc.integer({ min: 1, max: 4 }) })),
      banded: fc.boolean(),
      subItemMarker: fc.constantFrom<'name' | 'number'>('name', 'number'),
      blankBeforeTotal: fc.boolean(),
      noteInTitleRow: fc.boolean(),
      subItemStyle: fc.constantFrom<'paren' | 'decimal' | 'circled'>('paren', 'decimal', 'circled'),
      projectMarker: fc.constantFrom<'none' | 'digit' | 'han' | 'paren-han'>('none', 'digit', 'han', 'paren-han'),
    })
    .map((layout) => (layout.unit === '元' && layout.unitStyle === 'none' ? { ...layout, unitStyle: 'note' as const } : layout));
}

/** A project that balances: spent + carried over = what it had; fields the layout lacks are 0. */
export function projectArbitrary(name: string, layout: TableLayout): fc.Arbitrary<ProjectModel> {
  const has = (key: ColumnKey): boolean => layout.columns.includes(key);
  const signed = has('年中调整');
  const optional = (present: boolean): fc.Arbitrary<Fen> => (present ? amountFen : fc.constant(0n));
  return fc
    .record({
      年初预算: amountFen,
      上级转移支付: optional(has('上级转移支付')),
      年中调增: optional(has('年中调增') || signed),
      年中调减: optional(has('年中调减') || signed),
      追加: optional(has('追加')),
      spentShare: fc.integer({ min: 0, max: 1000 }),
      subItems: fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 2 }),
    })
    .map(({ spentShare, subItems, ...parts }) => {
      const withoutCut = parts.年初预算 + parts.上级转移支付 + parts.年中调增 + parts.追加;
      const amounts = { ...parts, 年中调减: parts.年中调减 > withoutCut ? withoutCut : parts.年中调减 };
      const budget = projectBudget({ ...amounts, 实际支出: 0n, 结余结转: 0n });
      const spent = hundredthsShare(budget, spentShare);
      // sub-items explain part of the spending, in shares of what is left
      let left = spent;
      const items = subItems.map((share, i) => {
        const itemSpent = hundredthsShare(left, share);
        left -= itemSpent;
        return { name: SUB_ITEM_NAMES[i % SUB_ITEM_NAMES.length], spent: itemSpent };
      });
      const full: Record<MoneyField, Fen> = { ...amounts, 实际支出: spent, 结余结转: budget - spent };
      return { name, amounts: full, subItems: items };
    });
}

/** share‰ of an amount, rounded down to whole hundredths of a 万元. */
function hundredthsShare(amount: Fen, perMille: number): Fen {
  return ((amount * BigInt(perMille)) / 1000n / FEN_PER_HUNDREDTH) * FEN_PER_HUNDREDTH;
}

export const summaryArbitrary: fc.Arbitrary<SummaryModel> = fc
  .record({
    年初预算: amountFen,
    其他资金: fc.oneof(fc.constant(0n), amountFen),
    基本支出: amountFen,
    basicCarry: fc.oneof(fc.constant(0n), amountFen),
    order: fc.oneof(fc.constant([...SUMMARY_LABELS]), fc.shuffledSubarray([...SUMMARY_LABELS], { minLength: 8, maxLength: 8 })),
    unit: fc.constantFrom<'万元' | '元'>('万元', '元'),
    unitNote: fc.boolean(),
    totalFormulas: fc.boolean(),
  })
  .map((summary) => (summary.unit === '元' ? { ...summary, unitNote: true } : summary));

const placement = fc.constantFrom<SummaryPlacement>('own-sheet', 'own-sheet', 'below', 'beside');

export interface CleanCase {
  readonly model: CleanWorkbook;
  readonly sheetOrder: readonly string[];
}

export function cleanWorkbookArbitrary(options: LayoutOptions & { readonly maxProjects?: number } = {}): fc.Arbitrary<CleanCase> {
  return layoutArbitrary(options).chain((table) =>
    fc
      .shuffledSubarray(PROJECT_NAMES, { minLength: 1, maxLength: options.maxProjects ?? 6 })
      .chain((names) => fc.tuple(...names.map((name) => projectArbitrary(name, table))))
      .chain((projects) =>
        fc.record({
          model: fc
            .tuple(fc.record({ projects: fc.constant(projects), table: fc.constant(table), summary: summaryArbitrary, unitInfo: fc.boolean() }), placement)
            .map(([model, where]) => withSummaryPlaced(model, where)),
          sheetOrder: fc.shuffledSubarray([UNIT_INFO_SHEET, SUMMARY_SHEET, PROJECT_SHEET], { minLength: 3, maxLength: 3 }),
        }),
      ),
  );
}
