/**
 * A clean budget workbook as data: projects with exact fen amounts that balance, a 合计 row, a
 * summary consistent with them, and the layout choices (column order, units, formulas) that the
 * properties vary. render-workbook.ts turns it into a grid; arbitraries.ts generates it.
 */
import type { Fen, MoneyUnit } from '../../../src/core/money/fen';

/** The money fields a project carries; 年中调整 (signed) is 调增 − 调减 when the layout uses one column. */
export const MONEY_FIELDS = ['年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转'] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

export interface SubItemModel {
  readonly name: string;
  readonly spent: Fen;
}

export interface ProjectModel {
  readonly name: string;
  readonly amounts: Readonly<Record<MoneyField, Fen>>;
  readonly subItems: readonly SubItemModel[];
}

/** A column of the project table, by what it shows. */
export type ColumnKey = '序号' | '项目名称' | MoneyField | '年中调整' | '全年预算数' | '执行率' | '主要用途';

/** How a sheet says its unit: a `单位：…` note row, units in the amount headers, a unit row under the header, or nothing (万元 only). */
export type UnitStyle = 'note' | 'header' | 'unit-row' | 'none';

export interface TableLayout {
  /** Left to right; always holds 项目名称, 年初预算, 实际支出 and 结余结转. */
  readonly columns: readonly ColumnKey[];
  readonly unit: MoneyUnit;
  readonly unitStyle: UnitStyle;
  readonly title: boolean;
  /** 合计 row written as `=SUM(…)` formulas (with their values), else as typed constants. */
  readonly totalFormulas: boolean;
  /** 全年预算数 written as `=C4+D4+…` formulas. */
  readonly budgetFormulas: boolean;
  /** The word each column's header uses (a synonym); the column key when absent. */
  readonly headerWords?: Partial<Readonly<Record<ColumnKey, string>>>;
  /** The used range's top-left cell (1-based), when the sheet does not start at A1. */
  readonly origin?: { readonly row: number; readonly column: number };
  /** A two-row header: 年中调整 merged over 调增 | 调减 (when those columns stand side by side). */
  readonly banded?: boolean;
  /** Sub-items marked in their name (default) or by `（1）` in the 序号 column. */
  readonly subItemMarker?: 'name' | 'number';
  /** How a sub-item's name is marked: `（1）` (default), `2.1 ` (its project's number, then its own) or `①`. */
  readonly subItemStyle?: 'paren' | 'decimal' | 'circled';
  /** How project names are numbered: not at all (default), `1．`, `一、` or `（一）`. */
  readonly projectMarker?: 'none' | 'digit' | 'han' | 'paren-han';
  /** A blank row between the last project and the 合计 row. */
  readonly blankBeforeTotal?: boolean;
  /** The unit note written at the end of the title row rather than on its own row. */
  readonly noteInTitleRow?: boolean;
}

export interface SummaryModel {
  readonly 年初预算: Fen;
  readonly 其他资金: Fen;
  readonly 基本支出: Fen;
  /** Carry-over of basic expenditure: summary 结余结转 − Σ project 结余结转 (≥ 0). */
  readonly basicCarry: Fen;
  /** Label rows, top to bottom (a permutation of SUMMARY_LABELS). */
  readonly order: readonly SummaryLabel[];
  readonly unit: MoneyUnit;
  readonly unitNote: boolean;
  readonly totalFormulas: boolean;
}

export const SUMMARY_LABELS = ['预算收入合计', '年初预算', '调整追加', '其他资金', '支出合计', '基本支出', '项目支出', '结余结转'] as const;
export type SummaryLabel = (typeof SUMMARY_LABELS)[number];

export interface CleanWorkbook {
  readonly projects: readonly ProjectModel[];
  readonly table: TableLayout;
  readonly summary: SummaryModel;
  readonly unitInfo: boolean;
  /** The summary on a sheet of its own (default), or below or beside the project table on its sheet. */
  readonly summaryPlacement?: 'own-sheet' | 'below' | 'beside';
  /** Written into the 合计 row on top of the true sums (to break a clean workbook on purpose). */
  readonly totalOffsets?: Partial<Readonly<Record<MoneyField, Fen>>>;
  /** Written into summary cells on top of the consistent figures. */
  readonly summaryOffsets?: Partial<Readonly<Record<SummaryLabel, Fen>>>;
}

/** 年初 + 转移 + 调增 − 调减 + 追加: what a project had to spend. */
export function projectBudget(amounts: Readonly<Record<MoneyField, Fen>>): Fen {
  return amounts.年初预算 + amounts.上级转移支付 + amounts.年中调增 - amounts.年中调减 + amounts.追加;
}

export function sumOf(projects: readonly ProjectModel[], field: MoneyField): Fen {
  return projects.reduce((sum, project) => sum + project.amounts[field], 0n);
}

/** Every summary figure, derived so that the summary's three formulas and the projects agree. */
export function summaryFigures(model: CleanWorkbook): Record<SummaryLabel, Fen> {
  const { summary, projects } = model;
  const 项目支出 = sumOf(projects, '实际支出');
  const 结余结转 = sumOf(projects, '结余结转') + summary.basicCarry;
  const 支出合计 = summary.基本支出 + 项目支出 + 结余结转;
  // income = spending; the initial budget and other funds are capped so 调整追加 stays ≥ 0
  const 其他资金 = minFen(summary.其他资金, 支出合计);
  const 年初预算 = minFen(summary.年初预算, 支出合计 - 其他资金);
  return { 预算收入合计: 支出合计, 年初预算, 调整追加: 支出合计 - 其他资金 - 年初预算, 其他资金, 支出合计, 基本支出: summary.基本支出, 项目支出, 结余结转 };
}

function minFen(a: Fen, b: Fen): Fen {
  return a < b ? a : b;
}

/** The model with one more project at `index` (the summary follows from the projects). */
export function withProject(model: CleanWorkbook, project: ProjectModel, index: number): CleanWorkbook {
  const projects = [...model.projects];
  projects.splice(index, 0, project);
  return { ...model, projects };
}

export type SummaryPlacement = NonNullable<CleanWorkbook['summaryPlacement']>;

/**
 * The model with its summary placed as asked. On the project table's sheet the summary shares
 * the table's unit (a sheet's unit notes apply to everything below them), and says 元 if it is.
 */
export function withSummaryPlaced(model: CleanWorkbook, placement: SummaryPlacement): CleanWorkbook {
  if (placement === 'own-sheet') return { ...model, summaryPlacement: placement };
  const unit = model.table.unit;
  return { ...model, summaryPlacement: placement, summary: { ...model.summary, unit, unitNote: unit === '元' || model.summary.unitNote } };
}
