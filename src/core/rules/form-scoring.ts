/**
 * How a self-evaluation form scores itself (财预〔2020〕10号 as applied, spec §3): a qualitative
 * indicator's score must lie in the band its 完成值 names (达成 80–100%, 部分达成 60–80%,
 * 未达成 0–60% of the weight); a stated grade (优/良/中/差) must match the total; a value far above
 * its target needs a reason (the target may have been set too low). Bands and grades come from
 * the scoring profile in force.
 */
import { formsOf, numberOf, numberParam } from '../forms/form-rule-support';
import type { FormIndicator, FormTable } from '../forms/form-model';
import { profileOf } from '../indicators/rule-support';
import { toA1 } from '../grid/a1';
import { cellText, lastColumn } from '../grid/sheet-access';
import type { Sheet } from '../grid/types';
import type { ScoringProfile } from '../indicators/types';
import type { RuleContext, Rule, RuleReport } from './types';

const DEFAULT_BANDS = [
  { name: '达成', min: 0.8, max: 1 },
  { name: '部分达成', min: 0.6, max: 0.8 },
  { name: '未达成', min: 0, max: 0.6 },
];
const DEFAULT_GRADES = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

const formScoring: Rule = {
  meta: {
    id: 'form-scoring',
    severity: 'error',
    description: {
      zh: '自评表评分：定性指标的得分须在其完成情况对应的档内（达成80%–100%、部分达成60%–80%、未达成60%以下）；写出的等级须与总分相符（优≥90、良≥80、中≥60、差<60）；完成值远超指标值须说明原因。',
      en: 'Form scoring: a qualitative indicator’s score must lie in the band its result names; a stated grade must match the total; a value far above its target needs a reason.',
    },
    formula: '定性得分 ÷ 分值 ∈ 档；等级 = 按总分分档；完成值 ÷ 指标值 < 1.5 或有原因',
    example: {
      workbook: 'examples/forms-2023.xlsx',
      changes: [{ sheet: '部门整体自评', cell: 'F18', value: '部分达成' }],
      given: {
        zh: '部门整体自评表的定性指标“市域社会治理现代化合格城市验收”完成值（F18）改为“部分达成”，得分仍为满分30分。',
        en: 'On the unit form, the qualitative indicator’s result (F18) is set to 部分达成 while it keeps its full 30 points.',
      },
      messageId: 'qualitative-band',
      message: {
        zh: '“石峰区网格化管理服务中心：市域社会治理现代化合格城市验收”完成情况为“部分达成”，应得分值的60%–80%（18–24分），实际得30分。',
        en: '“石峰区网格化管理服务中心：市域社会治理现代化合格城市验收”: the result “部分达成” scores 60%–80% of the weight (18–24), not 30.',
      },
    },
    params: {
      farAboveRatio: {
        default: 1.5,
        description: { zh: '完成值达到指标值的多少倍须说明原因', en: 'How many times its target a value may reach without a reason' },
      },
      profile: { default: '', description: { zh: '评分方案 id（空 = 本次核对所用的方案）', en: 'Scoring profile id (empty: the one the check uses)' } },
    },
    messages: {
      'qualitative-band': {
        zh: '“{subject}”完成情况为“{result}”，应得分值的{band}（{low}–{high}分），实际得{score}分。',
        en: '“{subject}”: the result “{result}” scores {band} of the weight ({low}–{high}), not {score}.',
      },
      'grade-mismatch': {
        zh: '“{subject}”总分{total}分，等级应为“{expected}”，表中写的是“{stated}”。',
        en: '“{subject}”: a total of {total} is graded “{expected}”, but the form says “{stated}”.',
      },
      'far-above-target': {
        zh: '“{subject}”完成值{actual}是指标值{target}的{times}倍，须说明原因（指标值是否定得过低）。',
        en: '“{subject}”: the value {actual} is {times} times the target {target}; say why (was the target set too low?).',
      },
    },
  },
  check(context) {
    const profile = profileOf(context);
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      for (const indicator of form.indicators?.indicators ?? []) {
        const band = qualitativeBand(form, indicator, profile);
        if (band) reports.push(band);
        const far = farAboveTarget(form, indicator, context);
        if (far) reports.push(far);
      }
      const grade = gradeMismatch(
        form,
        profile,
        context.workbook.sheets.find((sheet) => sheet.name === form.sheet),
        gradeRowsEnd(form, context),
      );
      if (grade) reports.push(grade);
    }
    return reports;
  },
};

const subjectOf = (form: FormTable, indicator: FormIndicator) => `${form.subject}：${indicator.name}`;

/** 达成 / 部分达成 / 未达成 as written in 完成值 (部分 and 未 first: both contain 达成). */
function bandName(text: string): string | null {
  const plain = text.replace(/\s/g, '');
  if (/部分(达成|完成|实现)/.test(plain)) return '部分达成';
  if (/未(达成|完成|实现)/.test(plain)) return '未达成';
  if (/^(已?达成|已?完成|已?实现|达到)$/.test(plain)) return '达成';
  return null;
}

function qualitativeBand(form: FormTable, indicator: FormIndicator, profile: ScoringProfile): RuleReport | null {
  const name = indicator.actual && bandName(indicator.actual.text);
  const weight = numberOf(indicator.weight);
  const score = numberOf(indicator.score);
  if (!name || weight === null || weight <= 0 || score === null) return null;
  const band = (profile.qualitativeBands ?? DEFAULT_BANDS).find((candidate) => candidate.name === name);
  if (!band) return null;
  const low = round2(weight * band.min);
  const high = round2(weight * band.max);
  // the top of a band is its own only for 达成 (100%); 80% belongs to 达成, 60% to 部分达成
  const inBand = score >= low - 0.005 && (band.max >= 1 ? score <= high + 0.005 : score < high - 0.005);
  if (inBand) return null;
  return {
    messageId: 'qualitative-band',
    data: { result: name, band: `${Math.round(band.min * 100)}%–${Math.round(band.max * 100)}%`, low: String(low), high: String(high), score: String(score) },
    sheet: form.sheet,
    row: indicator.row,
    cells: [indicator.score!.address, indicator.actual!.address],
    subject: subjectOf(form, indicator),
  };
}

function farAboveTarget(form: FormTable, indicator: FormIndicator, context: RuleContext): RuleReport | null {
  const limit = numberParam(context, formScoring.meta, 'farAboveRatio');
  const target = indicator.target?.number;
  const actual = indicator.actual?.number;
  if (indicator.nature === '≤' || indicator.nature === 'qualitative' || !target || target <= 0 || actual === null || actual === undefined) return null;
  if (actual / target < limit) return null;
  const reason = indicator.reason && cellTextOf(indicator.reason.value);
  const explainedElsewhere = form.texts.some((text) => text.text.includes(indicator.name));
  if (reason || explainedElsewhere) return null;
  return {
    messageId: 'far-above-target',
    data: { actual: indicator.actual!.text, target: indicator.target!.text, times: String(round2(actual / target)) },
    sheet: form.sheet,
    row: indicator.row,
    cells: [indicator.actual!.address, indicator.target!.address],
    subject: subjectOf(form, indicator),
  };
}

const GRADE_WORDS: Readonly<Record<string, string>> = {
  优: '优',
  优秀: '优',
  良: '良',
  良好: '良',
  中: '中',
  中等: '中',
  合格: '中',
  差: '差',
  较差: '差',
  不合格: '差',
};
const GRADE_LABEL = /^(自评|评价|绩效)?(等级|评级|评价等级|结果等级)[:：]?$/;
const GRADE_IN_TEXT = /(?:等级|评级|评定为|评为)\s*(?:为|是|：|:)?\s*[“"]?(优秀|良好|中等|不合格|较差|合格|优|良|中|差)/;

/** The grade a form states: a cell labelled 等级 with the grade beside it, or `等级为“良”` in its text. */
function statedGrade(form: FormTable, sheet: Sheet | undefined, bottom: number): { grade: string; row: number; address: string } | null {
  if (sheet) {
    const { top, left } = form.range;
    const right = lastColumn(sheet);
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        const text = cellText(sheet, row, column).replace(/\s/g, '');
        const inline = /^(?:自评|评价|绩效)?等级[:：](.+)$/.exec(text);
        if (inline && GRADE_WORDS[inline[1]]) return { grade: GRADE_WORDS[inline[1]], row, address: toA1(row, column) };
        if (!GRADE_LABEL.test(text)) continue;
        for (let next = column + 1; next <= right; next++) {
          const value = cellText(sheet, row, next).replace(/[\s“”"]/g, '');
          if (value === '') continue;
          if (GRADE_WORDS[value]) return { grade: GRADE_WORDS[value], row, address: toA1(row, next) };
          break;
        }
      }
    }
  }
  for (const text of form.texts) {
    const match = GRADE_IN_TEXT.exec(text.text);
    if (match) return { grade: GRADE_WORDS[match[1]], row: text.row, address: text.address };
  }
  return null;
}

/** A grade is often written just below the form (评价等级 under 总分): look a few rows on, up to the next form. */
function gradeRowsEnd(form: FormTable, context: RuleContext): number {
  const next = formsOf(context.workbook)
    .filter((other) => other.sheet === form.sheet && other.range.top > form.range.bottom)
    .map((other) => other.range.top - 1);
  return Math.min(form.range.bottom + GRADE_ROWS_BELOW, ...next);
}

const GRADE_ROWS_BELOW = 10;

function gradeMismatch(form: FormTable, profile: ScoringProfile, sheet: Sheet | undefined, bottom: number): RuleReport | null {
  const total = numberOf(form.indicators?.total?.score) ?? readTotal(form);
  if (total === null) return null;
  const stated = statedGrade(form, sheet, bottom);
  if (!stated) return null;
  const grades = [...(profile.grades ?? DEFAULT_GRADES)].sort((a, b) => b.min - a.min);
  const expected = grades.find((grade) => total >= grade.min)?.grade;
  if (!expected || expected === stated.grade) return null;
  return {
    messageId: 'grade-mismatch',
    data: { total: String(total), expected, stated: stated.grade },
    sheet: form.sheet,
    row: stated.row,
    cells: [stated.address, form.indicators?.total?.score?.address ?? form.fields.自评总分?.address].filter((cell): cell is string => Boolean(cell)),
    subject: form.subject,
  };
}

function readTotal(form: FormTable): number | null {
  const value = form.fields.自评总分?.value;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/分$/, '')) : NaN;
  return Number.isFinite(number) ? number : null;
}

function cellTextOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export default formScoring;
