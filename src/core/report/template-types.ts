/**
 * The shape of a report template: every sentence the draft uses, by key, with the `{placeholders}`
 * each may use. The slot list is the single source of truth: the TypeScript type of a template is
 * derived from it (a bundled template missing a sentence does not compile) and `parseReportTemplate`
 * checks an organisation's JSON against it at run time.
 */

import { zhTemplate } from './templates/zh';

/** Sentence keys and the placeholders each sentence may use. */
export const TEMPLATE_SLOTS = {
  placeholder: ['名称'],
  title: ['单位名称', '年度'],

  'heading.unit': [],
  'heading.budget': [],
  'heading.performance': [],
  'heading.overall': [],
  'heading.projects': [],
  'heading.problems': [],
  'heading.other': [],

  'unit.intro': ['单位名称', '单位性质', '单位级别'],
  'unit.dutiesLead': [],
  'unit.level': ['单位级别', '预算级次'],
  'unit.staffing': ['编制类型', '编制数', '实有人数', '在职人员', '劳务派遣人员', '离休', '退休'],
  'unit.departments': ['内设机构数', '所属单位数'],
  'unit.departmentNames': ['单位名称', '内设机构'],

  'budget.income': ['年度', '预算收入合计', '年初预算', '调整追加'],
  'budget.otherFunds': ['其他资金'],
  'budget.spending': ['年度', '支出合计', '基本支出', '项目支出', '结余结转'],

  'overall.spending': ['支出合计', '基本支出', '项目支出', '结余结转'],
  'overall.executionRate': ['执行率', '已支出', '预算收入合计'],
  'overall.threePublic': ['预算数', '实际数', '比例'],
  'overall.publicFunds': ['预算数', '实际数', '比例'],
  'overall.procurement': ['预算数', '实际数', '比例'],
  'overall.indicators': ['指标列表'],
  'overall.indicatorItem': ['指标名称', '指标值'],
  'overall.indicatorSeparator': [],

  'heading.goals': [],
  'goals.target': ['年度目标'],
  'goals.completion': ['完成情况'],
  'goals.indicatorsLead': [],
  'goals.indicator': ['序号', '指标名称', '指标值', '完成值', '得分'],
  'goals.projectsLead': [],
  'goals.projectTarget': ['序号', '项目名称', '年度目标'],
  'goals.projectCompletion': ['完成情况'],
  'heading.score': [],
  'score.unit': ['单位名称', '自评总分', '等级'],
  'score.formUsed': ['工作表'],
  'score.profile': ['评分方案', '得分', '满分'],

  'project.sentence': ['序号', '项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转'],
  'project.increase': ['金额'],
  'project.decrease': ['金额'],
  'project.increaseAndDecrease': ['调增', '调减'],
  'project.detailsFollow': [],
  'project.purpose': ['主要用途'],
  'project.purposeBeforeItems': ['主要用途'],
  'project.subItemTitle': ['序号', '子项目'],
  'project.subItemSpending': ['支出', '主要用途'],
  'project.selfEvaluation': ['自评总分', '执行率', '执行率得分'],
  'project.rateFromTable': [],

  'problems.carryOver': ['年度', '结余结转', '支出合计', '比例'],
  'problems.overallRate': ['执行率', '标准'],
  'problems.projectRate': ['项目名称', '执行率', '实际支出', '全年预算数', '标准', '结余结转'],
  'problems.measures': ['改进措施'],

  'notes.finding': ['说明', '工作表', '单元格'],
  'notes.ignored': ['原因'],
} as const satisfies Record<string, readonly string[]>;

export type SentenceKey = keyof typeof TEMPLATE_SLOTS;
export type SlotName<K extends SentenceKey> = (typeof TEMPLATE_SLOTS)[K][number];

/** Texts the unit writes itself; missing ones become placeholders with these labels. */
export const USER_TEXT_FIELDS = ['主要职责', '工作成效', '问题', '改进措施', '其他说明', '主要用途', '内设机构'] as const;
export type UserTextField = (typeof USER_TEXT_FIELDS)[number];

export interface ReportTemplate {
  /** BCP 47 tag of the report language. */
  readonly language: string;
  readonly sentences: Readonly<Record<SentenceKey, string>>;
  /**
   * What a placeholder asks for, by field; a field not listed is asked for by its own name
   * (`【请填写：年初预算】`).
   */
  readonly placeholderLabels: Readonly<Partial<Record<string, string>>>;
  /** Heading of the notes listing flagged text in md/txt exports. */
  readonly flagNotes: string;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The `{names}` a template sentence uses, in order. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

export type TemplateParse =
  | {
      readonly ok: true;
      readonly template: ReportTemplate;
      /** What was accepted but changed: retired keys mapped or ignored, newer sentences taken from the bundled template. */
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Keys earlier releases used, so an organisation's template written for them keeps loading: each is
 * mapped to the sentence that took its place (when the template does not also give that one), or
 * ignored when nothing in the report says it any more (open and ignored findings left section 四
 * for the 核对提示 list). Either way the parse says so in a notice.
 */
const RETIRED_SENTENCES: Readonly<Record<string, SentenceKey | null>> = {
  'problems.openFinding': 'notes.finding',
  'problems.openFindingsLead': null,
  'problems.ignoredLead': null,
  'problems.ignoredFinding': null,
};

/**
 * Sentences added after the first release: a template written before them lacks them, and the
 * bundled wording is used (with a notice) rather than refusing a template that worked before.
 * Every other sentence is required.
 */
const ADDED_SENTENCES: ReadonlySet<SentenceKey> = new Set<SentenceKey>([
  'overall.threePublic',
  'overall.publicFunds',
  'overall.procurement',
  'overall.indicators',
  'overall.indicatorItem',
  'overall.indicatorSeparator',
  'heading.goals',
  'goals.target',
  'goals.completion',
  'goals.indicatorsLead',
  'goals.indicator',
  'goals.projectsLead',
  'goals.projectTarget',
  'goals.projectCompletion',
  'heading.score',
  'score.unit',
  'score.formUsed',
  'score.profile',
  'project.selfEvaluation',
  'project.rateFromTable',
  'notes.finding',
  'notes.ignored',
]);

/**
 * Checks an organisation's template (parsed JSON) against the slots: every sentence present and a
 * string, every placeholder one the sentence may use. Templates are data: nothing in them is run.
 * `fallback` gives the sentences added since the first release when the template lacks them.
 */
export function parseReportTemplate(value: unknown, fallback: ReportTemplate = zhTemplate): TemplateParse {
  const errors: string[] = [];
  const notices: string[] = [];
  if (!isRecord(value)) return { ok: false, errors: ['template is not an object'] };
  if (typeof value.language !== 'string') errors.push('language: missing or not a string');
  if (typeof value.flagNotes !== 'string') errors.push('flagNotes: missing or not a string');
  if (value.placeholderLabels !== undefined && !isStringRecord(value.placeholderLabels)) {
    errors.push('placeholderLabels: must map field names to strings');
  }
  const given = value.sentences;
  const sentences: Record<string, unknown> = {};
  if (!isRecord(given)) {
    errors.push('sentences: missing or not an object');
  } else {
    for (const [key, text] of Object.entries(given)) {
      if (key in TEMPLATE_SLOTS) sentences[key] = text;
      else if (!(key in RETIRED_SENTENCES)) errors.push(`sentences.${key}: not a sentence of the report`);
    }
    for (const [key, successor] of Object.entries(RETIRED_SENTENCES)) {
      if (!(key in given)) continue;
      if (successor !== null && !(successor in given)) {
        sentences[successor] = given[key];
        notices.push(`sentences.${key}: renamed, used as sentences.${successor}`);
      } else {
        notices.push(`sentences.${key}: no longer used (findings are listed apart from the report body), ignored`);
      }
    }
    for (const key of Object.keys(TEMPLATE_SLOTS) as SentenceKey[]) {
      if (sentences[key] === undefined && ADDED_SENTENCES.has(key)) {
        sentences[key] = fallback.sentences[key];
        notices.push(`sentences.${key}: missing, the bundled wording is used`);
      }
      const text = sentences[key];
      if (typeof text !== 'string') {
        errors.push(`sentences.${key}: missing or not a string`);
        continue;
      }
      const allowed: readonly string[] = TEMPLATE_SLOTS[key];
      for (const name of placeholdersOf(text)) {
        if (!allowed.includes(name)) {
          errors.push(`sentences.${key}: unknown placeholder {${name}} (allowed: ${allowed.map((n) => `{${n}}`).join(' ') || 'none'})`);
        }
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const template = value as unknown as ReportTemplate;
  return {
    ok: true,
    template: { ...template, sentences: sentences as unknown as ReportTemplate['sentences'], placeholderLabels: template.placeholderLabels ?? {} },
    notices,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): boolean {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}
