/**
 * 三（三）绩效目标及完成情况 and （四）自评得分及等级, from the 部门整体支出绩效自评表: the unit's
 * 年度总体目标 and how it was met (its own words, from the form), each indicator's target, result and
 * score, then the total score and its grade; and the common indicators' score under the selected
 * profile when the check computed them. Nothing is drafted without a unit form or scored indicators.
 */
import type { FormIndicator, FormTable } from '../../forms/form-model';
import { decimalText, formsOf, numberOf } from '../../forms/form-rule-support';
import { writtenTotalScore } from '../../forms/self-evaluation';
import { ParagraphSink, type DraftContext } from '../draft-context';
import type { CellRef, DraftParagraph } from '../draft-model';
import type { Piece } from '../fill-template';
import { unitFigure } from '../figures';
import { qualifiedCell } from '../optional-inputs';

/** 优 90–100, 良 80–89, 中 60–79, 差 below 60 (common-indicators.md §3). */
const GRADES: readonly (readonly [number, string])[] = [
  [90, '优'],
  [80, '良'],
  [60, '中'],
  [-Infinity, '差'],
];

export function gradeOf(score: number): string {
  return GRADES.find(([from]) => score >= from)![1];
}

export function goalsSection(context: DraftContext): DraftParagraph[] {
  const sink = new ParagraphSink();
  const unitForms = formsOf(context.recognized).filter((form) => form.formKind === 'unit');
  const primary = unitForms.find((form) => form.texts.some((text) => text.name === '年度目标' && text.text !== '')) ?? unitForms[0];
  if (primary) addGoals(context, sink, primary);
  addScore(context, sink, unitForms);
  return sink.paragraphs;
}

function textPiece(context: DraftContext, form: FormTable, name: string): Piece {
  const text = form.texts.find((candidate) => candidate.name === name);
  if (!text || text.text === '') return { kind: 'missing', field: name, ...(text ? { sources: [{ sheet: form.sheet, address: text.address }] } : {}) };
  const source = { sheet: form.sheet, address: text.address };
  const flags = context.flagsAt(source);
  return { kind: 'user', text: text.text.replace(/[。．.]+$/, '') + '。', field: name, source, ...(flags.length ? { flags } : {}) };
}

function addGoals(context: DraftContext, sink: ParagraphSink, form: FormTable): void {
  sink.add('goals.heading', 'heading2', context.fill('heading.goals', {}));
  sink.add('goals.target', 'body', context.fill('goals.target', { 年度目标: textPiece(context, form, '年度目标') }));
  sink.add('goals.completion', 'body', context.fill('goals.completion', { 完成情况: textPiece(context, form, '年度目标完成情况') }));
  const indicators = form.indicators?.indicators ?? [];
  if (indicators.length === 0) return;
  sink.add('goals.indicators', 'body', context.fill('goals.indicatorsLead', {}));
  indicators.forEach((indicator, index) => {
    sink.add(`goals.indicator:${indicator.name}`, 'body', context.fill('goals.indicator', indicatorPieces(form, indicator, index + 1)));
  });
}

function indicatorPieces(form: FormTable, indicator: FormIndicator, number: number) {
  const at = (address: string | undefined): CellRef[] => (address ? [{ sheet: form.sheet, address }] : []);
  const text = (value: { text: string; address: string } | undefined, field: string): Piece =>
    value && value.text.trim() !== '' ? { kind: 'figure', text: value.text.trim(), sources: at(value.address) } : { kind: 'missing', field, sources: at(value?.address) };
  const score = numberOf(indicator.score);
  return {
    序号: { kind: 'literal', text: String(number) },
    指标名称: { kind: 'figure', text: indicator.name, sources: at(indicator.nameAddress) },
    指标值: text(indicator.target, '年度指标值'),
    完成值: text(indicator.actual, '实际完成值'),
    得分: score === null ? { kind: 'missing', field: '得分', sources: at(indicator.score?.address) } : { kind: 'figure', text: decimalText(score), sources: at(indicator.score?.address) },
  } as const satisfies Record<string, Piece>;
}

function addScore(context: DraftContext, sink: ParagraphSink, unitForms: readonly FormTable[]): void {
  const totals = unitForms.flatMap((form) => {
    const total = writtenTotalScore(form);
    return total ? [{ form, total }] : [];
  });
  const scored = context.indicators.filter((indicator) => indicator.score !== null && indicator.points !== null);
  if (totals.length === 0 && scored.length === 0) return;
  sink.add('score.heading', 'heading2', context.fill('heading.score', {}));
  const [first] = totals;
  if (first) {
    const sources = [{ sheet: first.form.sheet, address: first.total.address }];
    const unitName = context.unitInfo?.fields.单位名称 ? unitFigure(context.unitInfo, '单位名称') : ({ kind: 'literal', text: first.form.subject } as const);
    const runs = context.fill('score.unit', {
      单位名称: unitName,
      自评总分: { kind: 'figure', text: decimalText(first.total.value), sources },
      等级: { kind: 'figure', text: gradeOf(first.total.value), sources },
    });
    // two unit forms with different totals: one is stated, and the draft says which
    if (totals.some(({ total }) => total.value !== first.total.value)) runs.push(...context.fill('score.formUsed', { 工作表: { kind: 'literal', text: first.form.sheet } }));
    sink.add('score.unit', 'body', runs);
  }
  if (scored.length > 0) {
    const sum = (values: readonly number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
    const sources = scored.flatMap((indicator) => indicator.cells.map(qualifiedCell)).filter((ref): ref is CellRef => ref !== null);
    sink.add(
      'score.profile',
      'body',
      context.fill('score.profile', {
        评分方案: { kind: 'literal', text: context.profile?.name.zh ?? scored[0].profile },
        得分: { kind: 'figure', text: decimalText(sum(scored.map((indicator) => indicator.score!))), sources },
        满分: { kind: 'literal', text: decimalText(sum(scored.map((indicator) => indicator.points!))) },
      }),
    );
  }
}
