/**
 * Small self-evaluation forms for rule tests, written from A1. A national 项目支出绩效自评表:
 *
 *   row 1   项目支出绩效自评表
 *   row 2   项目名称 | 测试项目
 *   row 3   项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分        (A:G)
 *   row 4…  the money rows, 年度资金总额 first
 *   then    一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析   (A:H)
 *           the indicator rows and the 总分 row.
 *
 * VALID_* hold a form every form rule accepts: 100 budgeted and kept, 95 spent (95.00%, 9.5 points),
 * indicators 50 + 30 + 10 fully met; the total 99.5.
 */
export type Row = readonly unknown[];

export const MONEY_HEADER: Row = ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
export const INDICATOR_HEADER: Row = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析'];

export const VALID_MONEY: readonly Row[] = [
  ['年度资金总额', 100, 100, 95, 10, '95.00%', 9.5],
  ['其中：当年财政拨款', 100, 100, 95, '—', null, '—'],
  ['上年结转资金', 0, 0, 0, '—', null, '—'],
  ['其他资金', '/', '/', '/', '—', null, '—'],
];

export const VALID_INDICATORS: readonly Row[] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 50, 50, null],
  ['效益指标', '社会效益指标', '政策知晓率', '≥90%', '95%', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '92%', 10, 10, null],
];

export const VALID_TOTAL: Row = ['总分', null, null, null, null, 100, 99.5, null];

export interface ProjectFormParts {
  readonly name?: string;
  readonly money?: readonly Row[];
  readonly indicators?: readonly Row[];
  /** The 总分 row; null for none. */
  readonly total?: Row | null;
  /** Rows after the form (narrative fields). */
  readonly after?: readonly Row[];
}

export function projectForm(parts: ProjectFormParts = {}): Row[] {
  const { name = '测试项目', money = VALID_MONEY, indicators = VALID_INDICATORS, total = VALID_TOTAL, after = [] } = parts;
  return [['项目支出绩效自评表'], ['项目名称', name], MONEY_HEADER, ...money, INDICATOR_HEADER, ...indicators, ...(total ? [total] : []), ...after];
}

/** The row number of the n-th indicator (1-based) of a form with `moneyRows` money rows. */
export function indicatorRow(n: number, moneyRows = VALID_MONEY.length): number {
  return 3 + moneyRows + 1 + n;
}
