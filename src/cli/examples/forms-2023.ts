/**
 * The sheets of examples/forms-2023.xlsx: the official self-evaluation forms.
 *
 * - 四川-工资性支出: the Sichuan 部门预算项目支出绩效自评表 of 青神县发展和改革局 (2023) exactly as
 *   published (../shared/cases/sichuan-project-form-2023.txt), its real slips included: every 得分
 *   empty, 完成值 empty, template hints left in the text fields, the budget adjusted from 238.93 to
 *   251.89 without a reason, 项目实施内容 left empty.
 * - The other forms are made here in the national (财预〔2020〕10号) and Chongqing layouts from the
 *   figures of the bundled example (石峰区网格化管理服务中心, ../shared/seed/), so they can be
 *   checked against its 项目支出 table. Errors put in on purpose are listed in each sheet's origin.
 */
import { rangeToA1 } from '../../core/grid/a1';
import type { FormCell, FormSheetSpec } from './form-sheet-spec';

const SICHUAN_HINT_RATE =
  '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.';

export const SICHUAN_CASE: FormSheetSpec = {
  name: '四川-工资性支出',
  origin: 'https://www.scqs.gov.cn/info/13206/211004.htm — 报表编号 510000_0013zp, values as published',
  widths: [14, 16, 14, 18, 12, 12, 12, 12, 10, 10, 30],
  rows: [
    ['部门预算项目支出绩效自评表(2023年度)', null, null, null, null, null, null, null, null, null, null],
    ['项目名称', '51000021R000000019951-工资性支出', null, null, null, null, null, null, null, null, null],
    ['主管部门', '青神县发展和改革局本级', null, null, null, '实施单位（盖章）', null, '青神县发展和改革局', null, null, null],
    ['项目基本情况', '1.项目年度目标完成情况', null, null, null, null, null, null, null, null, null],
    [null, '项目年度目标', null, '严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。', null, null, null, null, null, null, null],
    [null, '年度目标完成情况', null, '对照年度目标,说明相关任务目标的完成情况(100字以内)', null, null, null, null, null, null, null],
    [null, '2.项目实施内容及过程概述', null, null, null, null, null, null, null, null, null],
    ['预算执行情况(10分)', '年度预算数(万元)', null, '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因', null],
    [null, '总额', null, 238.93, 251.89, 251.89, '100.00%', 10, null, SICHUAN_HINT_RATE, null],
    [null, '其中:财政资金', null, 238.93, 251.89, 251.89, '100.00%', '/', '/', null, null],
    [null, '财政专户管理资金', null, 0, 0, 0, '0.00%', '/', '/', null, null],
    [null, '单位资金', null, 0, 0, 0, '0.00%', '/', '/', null, null],
    [null, '其他资金', null, null, null, null, null, '/', '/', null, null],
    ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    [null, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', null, 60, null, null],
    [null, '效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', null, 30, null, null],
    [null, '合计', null, null, null, null, null, null, 100, null, null],
    ['评价结论', '结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)', null, null, null, null, null, null, null, null, null],
    ['存在问题', '结合自评情况,分析存在的问题及原因。(200字以内)', null, null, null, null, null, null, null, null, null],
    ['改进措施', '针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)', null, null, null, null, null, null, null, null, null],
  ],
  merges: [
    'A1:K1',
    'B2:K2',
    'B3:E3',
    'F3:G3',
    'H3:K3',
    'A4:A7',
    'B4:K4',
    'B5:C5',
    'D5:K5',
    'B6:C6',
    'D6:K6',
    'B7:C7',
    'D7:K7',
    'A8:A13',
    'B8:C8',
    'J8:K8',
    'B9:C9',
    'J9:K13',
    'B10:C10',
    'B11:C11',
    'B12:C12',
    'B13:C13',
    'A14:A17',
    'B17:H17',
    'B18:K18',
    'B19:K19',
    'B20:K20',
  ],
};

/** One indicator row of a national form: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因. */
export type NationalIndicator = readonly [string, string, string, FormCell, FormCell, FormCell, FormCell, FormCell];

/** A money row of the national project form: label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
export type NationalMoneyRow = readonly [string, FormCell, FormCell, FormCell, FormCell, FormCell, FormCell];

export interface NationalProjectForm {
  readonly project: string;
  readonly department: string;
  readonly implementer: string;
  readonly money: readonly NationalMoneyRow[];
  readonly goal: string;
  readonly achieved: string;
  readonly indicators: readonly NationalIndicator[];
  readonly totalScore: FormCell;
}

export interface FormBlock {
  readonly rows: readonly (readonly FormCell[])[];
  /** Merged areas as [top, left, bottom, right], rows counted from the block's first row (1). */
  readonly merges: readonly (readonly [number, number, number, number])[];
}

const WIDTH = 10; // columns A:J

function line(cells: Readonly<Record<number, FormCell>>): FormCell[] {
  return Array.from({ length: WIDTH }, (_, i) => cells[i + 1] ?? null);
}

/** Rows of 一级 groups merged down column `column` from `firstRow`. */
function groupMerges(labels: readonly string[], column: number, firstRow: number): [number, number, number, number][] {
  const merges: [number, number, number, number][] = [];
  let start = 0;
  for (let i = 1; i <= labels.length; i++) {
    if (i === labels.length || labels[i] !== labels[start]) {
      if (i - start > 1) merges.push([firstRow + start, column, firstRow + i - 1, column]);
      start = i;
    }
  }
  return merges;
}

/** 财预〔2020〕10号 附件: 项目支出绩效自评表, columns A:J. */
export function nationalProjectForm(form: NationalProjectForm): FormBlock {
  const moneyTop = 5;
  const moneyBottom = moneyTop + form.money.length;
  const goalRow = moneyBottom + 1;
  const headerRow = goalRow + 2;
  const firstIndicator = headerRow + 1;
  const totalRow = firstIndicator + form.indicators.length;
  const rows: FormCell[][] = [
    line({ 1: '项目支出绩效自评表' }),
    line({ 1: '（2023年度）' }),
    line({ 1: '项目名称', 3: form.project }),
    line({ 1: '主管部门', 3: form.department, 6: '实施单位', 8: form.implementer }),
    line({ 1: '项目资金（万元）', 4: '年初预算数', 5: '全年预算数', 6: '全年执行数', 7: '分值', 8: '执行率', 9: '得分' }),
    ...form.money.map(([label, initial, budget, spent, weight, rate, score]) => line({ 3: label, 4: initial, 5: budget, 6: spent, 7: weight, 8: rate, 9: score })),
    line({ 1: '年度总体目标', 2: '预期目标', 6: '实际完成情况' }),
    line({ 2: form.goal, 6: form.achieved }),
    line({ 1: '绩效指标', 2: '一级指标', 3: '二级指标', 4: '三级指标', 5: '年度指标值', 6: '实际完成值', 7: '分值', 8: '得分', 9: '偏差原因分析及改进措施' }),
    ...form.indicators.map(([level1, level2, name, target, actual, weight, score, reason]) =>
      line({ 2: level1, 3: level2, 4: name, 5: target, 6: actual, 7: weight, 8: score, 9: reason }),
    ),
    line({ 2: '总分', 7: 100, 9: null, 8: form.totalScore }),
  ];
  const level1 = form.indicators.map((indicator) => indicator[0]);
  const level2 = form.indicators.map((indicator) => `${indicator[0]}/${indicator[1]}`);
  const merges: [number, number, number, number][] = [
    [1, 1, 1, 10],
    [2, 1, 2, 10],
    [3, 1, 3, 2],
    [3, 3, 3, 10],
    [4, 1, 4, 2],
    [4, 3, 4, 5],
    [4, 6, 4, 7],
    [4, 8, 4, 10],
    [moneyTop, 1, moneyBottom, 2],
    [moneyTop, 9, moneyTop, 10],
    ...form.money.map((_, i): [number, number, number, number] => [moneyTop + 1 + i, 9, moneyTop + 1 + i, 10]),
    [goalRow, 1, goalRow + 1, 1],
    [goalRow, 2, goalRow, 5],
    [goalRow, 6, goalRow, 10],
    [goalRow + 1, 2, goalRow + 1, 5],
    [goalRow + 1, 6, goalRow + 1, 10],
    [headerRow, 1, totalRow, 1],
    [headerRow, 9, headerRow, 10],
    ...form.indicators.map((_, i): [number, number, number, number] => [firstIndicator + i, 9, firstIndicator + i, 10]),
    ...groupMerges(level1, 2, firstIndicator),
    ...groupMerges(level2, 3, firstIndicator),
    [totalRow, 2, totalRow, 6],
    [totalRow, 9, totalRow, 10],
  ];
  return { rows: clearMerged(rows, merges), merges };
}

/** Empties every cell a merge covers except its top-left one, as Excel keeps them. */
export function clearMerged(rows: FormCell[][], merges: readonly (readonly [number, number, number, number])[]): FormCell[][] {
  const copy = rows.map((row) => [...row]);
  for (const [top, left, bottom, right] of merges) {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) copy[r - 1][c - 1] = null;
  }
  return copy;
}

/** Stacks form blocks down one sheet, `gap` empty rows apart, as the sheet spec the workbook and tests read. */
export function stackedSheet(name: string, origin: string, blocks: readonly FormBlock[], gap = 2): FormSheetSpec {
  const rows: (readonly FormCell[])[] = [];
  const merges: string[] = [];
  for (const block of blocks) {
    if (rows.length > 0) for (let i = 0; i < gap; i++) rows.push([]);
    const offset = rows.length;
    rows.push(...block.rows);
    merges.push(...block.merges.map(([top, left, bottom, right]) => rangeToA1(top + offset, left, bottom + offset, right)));
  }
  return { name, origin, rows, merges, widths: [14, 14, 14, 22, 12, 12, 10, 10, 10, 24] };
}

const SHIFENG = '石峰区网格化管理服务中心';
const SEED = 'figures of ../shared/seed/000_05da2079a9c984e4.txt (石峰区网格化管理服务中心, 2023); the split by source and the indicators are made here';

/**
 * 网格信息化建设项目: 90 + 88.67 − 0.13 + 5 = 183.54 budget, 104.68 spent, 78.86 carried over. Error
 * put in on purpose: the form's 全年执行数 is copied as 104.86 (two digits swapped), its rate (57.13%)
 * and score (5.71) computed from that — consistent in itself, wrong against the 项目支出 table.
 */
export const GRID_IT_FORM: NationalProjectForm = {
  project: '网格信息化建设项目',
  department: SHIFENG,
  implementer: SHIFENG,
  money: [
    ['年度资金总额', 90, 183.54, 104.86, 10, '57.13%', 5.71],
    ['其中：当年财政拨款', 90, 183.54, 104.86, '—', null, '—'],
    ['上年结转资金', 0, 0, 0, '—', null, '—'],
    ['其他资金', 0, 0, 0, '—', null, '—'],
  ],
  goal: '完成网格信息化平台建设与基础数据融合，保障平台稳定运行。',
  achieved: '完成网格信息化建设专项和基础数据融合项目；经开区风险防控系统融入项目未支出，资金结转下年。',
  indicators: [
    ['产出指标（50分）', '数量指标', '网格化平台系统维护数量', '≥1套', '1套', 20, 20, null],
    ['产出指标（50分）', '质量指标', '系统正常运行率', '≥95%', '98%', 15, 15, null],
    ['产出指标（50分）', '时效指标', '故障处理及时率', '≥90%', '95%', 15, 15, null],
    ['效益指标（30分）', '社会效益指标', '基础数据融合完成率', '100%', '100%', 30, 30, null],
    ['满意度指标（10分）', '服务对象满意度指标', '网格员满意度', '≥90%', '92%', 10, 10, null],
  ],
  totalScore: 95.71,
};

/**
 * 业务性专项经费: 10 + 38.23 + 0.15 = 48.38 budget, 18.37 spent. Errors put in on purpose, as real
 * forms make them: the rate is taken over 年初预算 (18.37 ÷ 10, capped at 100%) and scored 10, and
 * an indicator that missed its target (90% of 100%) still gets full marks.
 */
export const BUSINESS_FUNDS_FORM: NationalProjectForm = {
  project: '业务性专项经费',
  department: SHIFENG,
  implementer: SHIFENG,
  money: [
    ['年度资金总额', 10, 48.38, 18.37, 10, '100.00%', 10],
    ['其中：当年财政拨款', 10, 48.38, 18.37, '—', null, '—'],
    ['上年结转资金', 0, 0, 0, '—', null, '—'],
    ['其他资金', 0, 0, 0, '—', null, '—'],
  ],
  goal: '保障代理记账服务和政务大厅正常运转。',
  achieved: '支付区直部门代理记账服务费，保障“放管服”改革和政务大厅运转。',
  indicators: [
    ['产出指标', '数量指标', '代理记账服务单位数', '≥1家', '1家', 20, 20, null],
    ['产出指标', '质量指标', '代理记账服务覆盖率', '100%', '90%', 20, 20, null],
    ['产出指标', '时效指标', '政务大厅运转保障及时率', '≥95%', '100%', 10, 10, null],
    ['效益指标', '社会效益指标', '政务服务事项办结率', '≥95%', '98%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '95%', 10, 10, null],
  ],
  totalScore: 100,
};

/**
 * 网格通手机套餐资费服务: 22 + 23.81 = 45.81 budget, 42.95 spent (93.76%). Error put in on purpose:
 * the 年度资金总额 row's 年初预算数 is left at 0 while its 当年财政拨款 row holds 22.
 */
export const PHONE_PLAN_FORM: NationalProjectForm = {
  project: '网格通手机套餐资费服务',
  department: SHIFENG,
  implementer: SHIFENG,
  money: [
    ['年度资金总额', 0, 45.81, 42.95, 10, '93.76%', 9.38],
    ['其中：当年财政拨款', 22, 22, 22, '—', null, '—'],
    ['上年结转资金', 0, 23.81, 20.95, '—', null, '—'],
    ['其他资金', 0, 0, 0, '—', null, '—'],
  ],
  goal: '为网格员提供网格通手机套餐资费服务，推动“网上办公”。',
  achieved: '缴纳网格通手机套餐资费，网格员移动办公正常开展。',
  indicators: [
    ['产出指标', '数量指标', '保障网格员手机套餐数', '≥300户', '312户', 20, 20, null],
    ['产出指标', '质量指标', '通信服务正常率', '≥98%', '99%', 15, 15, null],
    ['产出指标', '成本指标', '户均月资费', '≤120元', '115元', 15, 15, null],
    ['效益指标', '社会效益指标', '网格事件线上办理率', '≥90%', '96%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '网格员满意度', '≥90%', '94%', 10, 10, null],
  ],
  totalScore: 99.38,
};

const UNIT_GOAL = '统筹推进全区基层社会治理现代化，保障网格化管理和12345政务服务热线高效运行。';
const UNIT_ACHIEVED = '市域社会治理现代化合格城市验收中网格化治理石峰模式获肯定；市12345政务热线评比一季度第一。';

/**
 * 部门整体支出绩效自评表 (national layout) of 石峰区网格化管理服务中心: 1865.39 initial, 2388.07
 * full-year budget, 2084.71 spent (基本支出 120.3 + 项目支出 1964.41, 87.30%). The income split stands
 * beside the spending split, each item with its amount to its right.
 */
export const NATIONAL_UNIT_FORM: FormBlock = {
  rows: [
      ['部门整体支出绩效自评表', null, null, null, null, null, null, null, null, null],
      ['（2023年度）', null, null, null, null, null, null, null, null, null],
      ['部门（单位）名称', null, SHIFENG, null, null, null, null, null, null, null],
      ['编制数', null, 8, '实际在职人数', null, 7, null, null, null, null],
      ['年度预算执行情况（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null],
      [null, null, '年度资金总额', 1865.39, 2388.07, 2084.71, 10, '87.30%', 8.73, null],
      [null, null, '按收入性质分', null, null, '按支出性质分', null, null, null, null],
      [null, null, '一般公共预算', 2388.07, null, '基本支出', 120.3, null, null, null],
      [null, null, '政府性基金拨款', 0, null, '项目支出', 1964.41, null, null, null],
      [null, null, '纳入专户管理的非税收入拨款', 0, null, null, null, null, null, null],
      [null, null, '其他资金', 0, null, null, null, null, null, null],
      ['年度总体目标', '预期目标', null, null, null, '实际完成情况', null, null, null, null],
      [null, UNIT_GOAL, null, null, null, UNIT_ACHIEVED, null, null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施', null],
      [null, '产出指标', '数量指标', '网格基础信息采集更新覆盖率', '≥95%', '98%', 20, 20, null, null],
      [null, null, '质量指标', '12345热线工单按时办结率', '≥95%', '97%', 15, 15, null, null],
      [null, null, '时效指标', '网格事件按时处置率', '≥90%', '96%', 15, 15, null, null],
      [null, '效益指标', '社会效益指标', '市域社会治理现代化合格城市验收', '通过', '通过', 30, 30, null, null],
      [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10, null, null],
      [null, '总分', null, null, null, null, 100, 98.73, null, null],
  ],
  merges: [
    [1, 1, 1, 10],
    [2, 1, 2, 10],
    [3, 1, 3, 2],
    [3, 3, 3, 10],
    [4, 1, 4, 2],
    [4, 4, 4, 5],
    [5, 1, 11, 2],
    [5, 9, 5, 10],
    [6, 9, 6, 10],
    [7, 3, 7, 5],
    [7, 6, 7, 10],
    [8, 4, 8, 5],
    [8, 7, 8, 10],
    [9, 4, 9, 5],
    [9, 7, 9, 10],
    [10, 4, 10, 5],
    [11, 4, 11, 5],
    [12, 1, 13, 1],
    [12, 2, 12, 5],
    [12, 6, 12, 10],
    [13, 2, 13, 5],
    [13, 6, 13, 10],
    [14, 1, 20, 1],
    [14, 9, 14, 10],
    [15, 2, 17, 2],
    [20, 2, 20, 6],
  ],
};

/**
 * The Chongqing variant of the unit form: 全年(调整)预算数, 执行率(%) in percent points, 执行率权重,
 * 执行率得分(分); the income split as rows of the money block. Error put in on purpose: 产出指标 states
 * 50 points but its indicators weigh 45, so the form totals 95.
 */
export const CHONGQING_UNIT_FORM: FormBlock = {
  rows: [
    ['部门整体支出绩效自评表（2023年度）', null, null, null, null, null, null, null, null],
    ['单位名称', SHIFENG, null, null, null, '编制数', 8, '实际在职人数', 7],
    ['单位：万元', null, null, null, null, null, null, null, null],
    ['预算执行情况', null, '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)', null],
    [null, '年度资金总额', 1865.39, 2388.07, 2084.71, 87.3, 10, 8.73, null],
    [null, '按收入性质分', null, null, null, null, null, null, null],
    [null, '其中：一般公共预算', 1865.39, 2388.07, 2084.71, 87.3, '/', '/', null],
    [null, '政府性基金拨款', 0, 0, 0, '/', '/', '/', null],
    [null, '其他资金', 0, 0, 0, '/', '/', '/', null],
    [null, '按支出性质分', null, null, null, null, null, null, null],
    [null, '其中：基本支出', '/', '/', 120.3, '/', '/', '/', null],
    [null, '项目支出', '/', '/', 1964.41, '/', '/', '/', null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分', '未完成原因分析'],
    [null, '产出指标（50分）', '数量指标', '网格基础信息采集更新覆盖率', '≥95%', '98%', 20, 20, null],
    [null, null, '质量指标', '12345热线工单按时办结率', '≥95%', '97%', 15, 15, null],
    [null, null, '成本指标', '在职人员控制率', '≤100%', '87.5%', 10, 10, null],
    [null, '效益指标（30分）', '社会效益指标', '市域社会治理现代化合格城市验收', '通过', '通过', 30, 30, null],
    [null, '满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10, null],
    [null, '合计', null, null, null, null, 95, 93.73, null],
    ['评价结论', '部门整体支出绩效良好，年末结转资金较大。', null, null, null, null, null, null, null],
  ],
  merges: [
    [1, 1, 1, 9],
    [2, 2, 2, 5],
    [3, 1, 3, 9],
    [4, 1, 12, 1],
    [6, 2, 6, 9],
    [10, 2, 10, 9],
    [13, 1, 19, 1],
    [14, 2, 16, 2],
    [19, 2, 19, 6],
    [20, 2, 20, 9],
  ],
};

export const FORM_SHEETS: readonly FormSheetSpec[] = [
  SICHUAN_CASE,
  stackedSheet('项目自评-网格信息化', `${SEED}; error put in on purpose: see GRID_IT_FORM`, [nationalProjectForm(GRID_IT_FORM)]),
  stackedSheet('项目自评-两张', `${SEED}; errors put in on purpose: see BUSINESS_FUNDS_FORM and PHONE_PLAN_FORM`, [
    nationalProjectForm(BUSINESS_FUNDS_FORM),
    nationalProjectForm(PHONE_PLAN_FORM),
  ]),
  stackedSheet('部门整体自评', SEED, [NATIONAL_UNIT_FORM]),
  { ...stackedSheet('重庆-部门整体自评', `${SEED}; error put in on purpose: see CHONGQING_UNIT_FORM`, [CHONGQING_UNIT_FORM]), widths: [12, 18, 14, 22, 12, 12, 10, 12, 20] },
];
