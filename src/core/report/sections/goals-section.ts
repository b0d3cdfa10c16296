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
import { selfEvaluationOf } from '../self-evaluation-figures';
import { TEMPLATE_HINTS } from '../../rules/form-explanations';

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
  const forms = formsOf(context.recognized);
  const unitForms = forms.filter((form) => form.formKind === 'unit');
  const primary = unitForms.find((form) => form.texts.some((text) => text.name === '年度目标' && text.text !== '')) ?? unitForms[0];
  const projectForms = projectFormsInOrder(context, forms).filter((form) => givenText(form, '年度目标') !== undefined);
  if (primary || projectForms.length > 0) sink.add('goals.heading', 'heading2', context.fill('heading.goals', {}));
  if (primary) addGoals(context, sink, primary);
  addProjectGoals(context, sink, projectForms);
  addScore(context, sink, unitForms);
  return sink.paragraphs;
}

const templateHint = new RegExp(TEMPLATE_HINTS);

/**
 * The project forms to draft goals from: with a 项目支出 table, those of its projects in its order
 * (the same projects （二） states; a form of a project the table lacks may be another unit's, as
 * the self-evaluation sentences treat it); without one, every project form in reading order.
 */
function projectFormsInOrder(context: DraftContext, forms: readonly FormTable[]): FormTable[] {
  if (context.projectTables.length === 0) return forms.filter((form) => form.formKind === 'project');
  const names = context.projectTables.flatMap((table) => table.projects.map((project) => project.name));
  return [...new Set(names.map((name) => selfEvaluationOf(context.selfEvaluations, name)?.form))].filter((form): form is FormTable => form !== undefined);
}

/** A form's text when the unit wrote one: empty cells and a template's instruction left in are not. */
function givenText(form: FormTable, name: string) {
  const text = form.texts.find((candidate) => candidate.name === name);
  return text && text.text !== '' && !text.text.split(/\r\n|\r|\n/).some((line) => templateHint.test(line)) ? text : undefined;
}

/**
 * The unit's text of a form field, or a placeholder pointing at its cell when it is empty or still
 * the template's instruction (that instruction is a finding of form-explanations, in 核对提示).
 */
function textPiece(context: DraftContext, form: FormTable, name: string): Piece {
  const cell = form.texts.find((candidate) => candidate.name === name);
  const text = givenText(form, name);
  if (!text) return { kind: 'missing', field: name, ...(cell ? { sources: [{ sheet: form.sheet, address: cell.address }] } : {}) };
  const source = { sheet: form.sheet, address: text.address };
  const flags = context.flagsAt(source);
  return { kind: 'user', text: text.text.replace(/[。．.]+$/, '') + '。', field: name, source, ...(flags.length ? { flags } : {}) };
}

function addGoals(context: DraftContext, sink: ParagraphSink, form: FormTable): void {
  sink.add('goals.target', 'body', context.fill('goals.target', { 年度目标: textPiece(context, form, '年度目标') }));
  sink.add('goals.completion', 'body', context.fill('goals.completion', { 完成情况: textPiece(context, form, '年度目标完成情况') }));
  const indicators = form.indicators?.indicators ?? [];
  if (indicators.length === 0) return;
  sink.add('goals.indicators', 'body', context.fill('goals.indicatorsLead', {}));
  indicators.forEach((indicator, index) => {
    sink.add(`goals.indicator:${indicator.name}`, 'body', context.fill('goals.indicator', indicatorPieces(form, indicator, index + 1)));
  });
}

/**
 * Each 项目支出绩效自评表's 年度目标 and, where the form has the field, its completion, in the
 * seed's project numbering (`1．项目“…”`). A form without a written 年度目标 gets no sentence:
 * the project's figures are already in （二）, and a target the unit did not write is not invented.
 */
function addProjectGoals(context: DraftContext, sink: ParagraphSink, forms: readonly FormTable[]): void {
  if (forms.length === 0) return;
  sink.add('goals.projects', 'body', context.fill('goals.projectsLead', {}));
  forms.forEach((form, index) => {
    const name = form.fields.项目名称;
    const runs = context.fill('goals.projectTarget', {
      序号: { kind: 'literal', text: String(index + 1) },
      项目名称: { kind: 'figure', text: form.subject, sources: name ? [{ sheet: form.sheet, address: name.address }] : [] },
      年度目标: textPiece(context, form, '年度目标'),
    });
    if (form.texts.some((text) => text.name === '年度目标完成情况')) {
      runs.push(...context.fill('goals.projectCompletion', { 完成情况: textPiece(context, form, '年度目标完成情况') }));
    }
    sink.add(`goals.project:${form.subject}`, 'body', runs);
  });
}

function indicatorPieces(form: FormTable, indicator: FormIndicator, number: number) {
  const at = (address: string | undefined): CellRef[] => (address ? [{ sheet: form.sheet, address }] : []);
  const text = (value: { text: string; address: string } | undefined, field: string): Piece =>
    value && value.text.trim() !== ''
      ? { kind: 'figure', text: value.text.trim(), sources: at(value.address) }
      : { kind: 'missing', field, sources: at(value?.address) };
  const score = numberOf(indicator.score);
  return {
    序号: { kind: 'literal', text: String(number) },
    指标名称: { kind: 'figure', text: indicator.name, sources: at(indicator.nameAddress) },
    指标值: text(indicator.target, '年度指标值'),
    完成值: text(indicator.actual, '实际完成值'),
    得分:
      score === null
        ? { kind: 'missing', field: '得分', sources: at(indicator.score?.address) }
        : { kind: 'figure', text: decimalText(score), sources: at(indicator.score?.address) },
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
    if (totals.some(({ total }) => total.value !== first.total.value))
      runs.push(...context.fill('score.formUsed', { 工作表: { kind: 'literal', text: first.form.sheet } }));
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
