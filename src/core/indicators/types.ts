/**
 * Common indicators (共性指标) as data, like rules: one definition per indicator, a formula over
 * input fields written as a rulebook formula, in variants for the national and local bases.
 * Scoring profiles (which indicators, weights, bands, steps, grades) are rulebook data.
 */
import type { Exact } from '../rulebook/exact';
import type { LocalizedText } from '../rules/types';

/** The tables an indicator reads (table kinds; `basic-data` is the Hunan 基础数据表). */
export type InputTable = 'summary' | 'unit-info' | 'form' | 'basic-data' | 'final-accounts';

/** One way to compute an indicator: the national base [N], a province's [HN], another local one [L]. */
export interface IndicatorVariant {
  /** `预算调整率 = 调整追加 ÷ 年初预算`: the left side names the indicator, the right side computes it. */
  readonly formula: string;
  /** The formula in words, for the pane and the docs. */
  readonly words: LocalizedText;
  /** Where the formula comes from (财预〔2013〕53号, 湖南 雨花区 指标表, …). */
  readonly source: LocalizedText;
  /**
   * The variant computed instead when this one lacks only last year's figure and that one has it
   * (Hunan 三公 on 预算数 → on 决算数): the result names the variant and formula it used.
   */
  readonly fallback?: string;
}

export interface IndicatorDefinition {
  /** kebab-case, the file's name. */
  readonly id: string;
  readonly name: LocalizedText;
  /** What reviewers read it for, one sentence. */
  readonly description: LocalizedText;
  /** `national` is always there; other keys (`hunan`, `local`) are local bases. */
  readonly variants: Readonly<Record<string, IndicatorVariant>> & { readonly national: IndicatorVariant };
  /** The tables it needs: when none of them is in the workbook it is “not available”. */
  readonly tables: readonly InputTable[];
  /** Other names a form or a sentence may give it (预算控制率 for 预算调整率). */
  readonly aliases?: readonly string[];
  /** A figure the rate should not pass (1 = 100%) or fall below: the warnings. */
  readonly limit?: { readonly max?: number; readonly min?: number };
  /** A hand-worked example for the docs; the parity test recomputes it. */
  readonly example: { readonly given: LocalizedText; readonly display: string };
}

export type IndicatorStatus = 'computed' | 'not-available' | 'needs-last-year' | 'not-computable';

/** What checkWorkbook returns per indicator of the selected profile; `--json` prints it as is. */
export interface IndicatorResult {
  readonly id: string;
  /** Chinese name (the profile's label where it gives one, e.g. 预算控制率). */
  readonly name: string;
  readonly nameEn: string;
  /** The ratio rounded to four places (28.02% → 0.2802); null unless computed. */
  readonly value: number | null;
  /** `28.02%`, or what stands instead: 无数据 / 需上年数 / 无法计算. */
  readonly display: string;
  readonly displayEn: string;
  /** `收支总表!B6`: the cells read, sheet-qualified. */
  readonly cells: readonly string[];
  /** Points obtained, when the profile scores the indicator. */
  readonly score: number | null;
  /** The most points, when the profile scores it. */
  readonly points: number | null;
  /** Profile id. */
  readonly profile: string;
  readonly status: IndicatorStatus;
  readonly variant: string;
  readonly formula: string;
  readonly words: LocalizedText;
  /** Fields the workbook does not give (why it is not available). */
  readonly missing: readonly string[];
  /** Optional fields taken as 0 because the workbook has none (上年结转 on the seed). */
  readonly takenAsZero: readonly string[];
  /** The scoring step that applied, e.g. `(20%, 30%]`. */
  readonly band: string | null;
  /** The exact ratio (core only; JSON has `value`). */
  readonly ratio: Exact | null;
}

/** A band of the indicator's value: `(20%, 30%] → 2`. Missing edges are open. */
export interface ScoreBand {
  readonly from?: number;
  readonly fromInclusive?: boolean;
  readonly to?: number;
  readonly toInclusive?: boolean;
  readonly points: number;
}

export type Scoring =
  | { readonly type: 'bands'; readonly bands: readonly ScoreBand[] }
  | {
      /** Full points on the right side of `target`; `deduct` per `step` beyond it; never below 0. */
      readonly type: 'steps';
      readonly target: number;
      /** Which side of the target loses points. */
      readonly worse: 'above' | 'below';
      readonly step: number;
      readonly deduct: number;
      /** A started step: counted in proportion (`exact`, default), as a whole (`up`) or not at all (`down`). */
      readonly rounding?: 'exact' | 'up' | 'down';
    };

export interface ProfileEntry {
  readonly indicator: string;
  /** The variant in force (default `national`). */
  readonly variant?: string;
  /** The name this profile uses (Hunan: 预算控制率). */
  readonly name?: LocalizedText;
  readonly points?: number;
  readonly scoring?: Scoring;
}

export interface GradeBand {
  readonly grade: string;
  /** Lowest total of the grade (inclusive). */
  readonly min: number;
}

export interface ScoringProfile {
  readonly id: string;
  readonly name: LocalizedText;
  readonly indicators: readonly ProfileEntry[];
  /** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below: highest first. */
  readonly grades?: readonly GradeBand[];
  /** Qualitative indicator bands (share of the weight): 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6). */
  readonly qualitativeBands?: readonly { readonly name: string; readonly min: number; readonly max: number }[];
}
