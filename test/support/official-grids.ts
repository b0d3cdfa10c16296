/**
 * Grids in the official layouts (official-layouts.md), with figures of our own that reconcile to
 * the fen: the unit and department 收支总表, the 财政拨款收支总表, a 决算 收入支出决算总表, the
 * Hunan 基础数据表, the Chongqing indicator block and a 项目库 项目支出计划. Each builder returns
 * rows in A1 order (row 1 first) so tests can change one cell and expect its finding.
 */
export type Row = (string | number | null)[];

/** Unit form (Shanghai 2026 单位收支总表): 合计 | 人员经费 | 公用经费 | 项目支出. Amounts in 元. */
export function unitBudgetSummary(): Row[] {
  const spending: [string, number, number, number][] = [
    ['一、一般公共服务支出', 3_200_000.55, 810_000.1, 1_500_000],
    ['二、社会保障和就业支出', 640_000, 0, 120_000.25],
    ['三、卫生健康支出', 410_000, 35_000, 0],
    ['四、城乡社区支出', 0, 60_000, 2_980_000],
  ];
  const lines: Row[] = spending.map(([label, staff, office, project]) => [label, round(staff + office + project), staff, office, project]);
  const total = [1, 2, 3, 4].map((index) => round(lines.reduce((sum, line) => sum + Number(line[index]), 0)));
  const all = total[0];
  const general = round(all - 2_000_000 - 300_000 - 455_000.45 - 100_000);
  const income: Row[] = [
    ['一、财政拨款收入', round(general + 2_000_000 + 300_000)],
    ['1、一般公共预算', general],
    ['2、政府性基金预算', 2_000_000],
    ['3、国有资本经营预算', 300_000],
    ['二、事业收入', 455_000.45],
    ['三、事业单位经营收入', 0],
    ['四、其他收入', 100_000],
  ];
  const rows: Row[] = [
    [],
    ['2026年预算单位财务收支预算总表'],
    [],
    ['编制单位：某某单位', null, null, null, null, null, '单位：元'],
    [],
    ['本年收入', null, '本年支出'],
    ['项目', '预算数', '项目', '预算数'],
    [null, null, null, '合计', '基本支出', null, '项目支出'],
    [null, null, null, null, '人员经费', '公用经费'],
  ];
  for (let i = 0; i < 7; i++) {
    const [label, amount] = income[i];
    const line = lines[i];
    rows.push([label, amount, ...(line ?? [])]);
  }
  rows.push([], []);
  rows.push(['收入总计', all, '支出总计', ...total]);
  return rows;
}

/** Department form: one 预算数 column on each side. */
export function departmentBudgetSummary(): Row[] {
  return [
    ['2026年部门财务收支预算总表'],
    ['编制部门：某某局', null, null, '单位：元'],
    ['本年收入', null, '本年支出'],
    ['项目', '预算数', '项目', '预算数'],
    ['一、财政拨款收入', 9_000_000, '一、一般公共服务支出', 7_500_000.5],
    ['1. 一般公共预算', 8_000_000, '二、教育支出', 2_099_999.5],
    ['2. 政府性基金预算', 1_000_000, '三、卫生健康支出', 500_000],
    ['3. 国有资本经营预算', 0],
    ['二、事业收入', 600_000],
    ['三、事业单位经营收入', 0],
    ['四、其他收入', 500_000],
    ['收入总计', 10_100_000, '支出总计', 10_100_000],
  ];
}

/** 财政拨款收支总表, its 一般公共预算 income matching `general` of the 收支总表. */
export function appropriationSummary(general: number, fund: number, capital: number): Row[] {
  const all = round(general + fund + capital);
  const lineA = round(general - 1_000_000);
  return [
    ['2026年预算单位财政拨款收支预算总表'],
    ['编制单位：某某单位', null, null, null, null, null, '单位：元'],
    ['财政拨款收入', null, '财政拨款支出'],
    ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ['一、一般公共预算', general, '一、一般公共服务支出', round(lineA + fund), lineA, fund, 0],
    ['二、政府性基金预算', fund, '二、城乡社区支出', round(1_000_000 + capital), 1_000_000, 0, capital],
    ['三、国有资本经营预算', capital],
    ['收入总计', all, '支出总计', all, general, fund, capital],
  ];
}

/** 决算 收入支出决算总表 (two-sided, with carry-over on both sides). Amounts in 万元. */
export function finalAccountsSummary(): Row[] {
  return [
    ['收入支出决算总表'],
    [null, null, null, '单位：万元'],
    ['收入', null, '支出'],
    ['项目', '金额', '项目', '金额'],
    ['一、一般公共预算财政拨款收入', 1800.25, '一、一般公共服务支出', 1500.1],
    ['二、政府性基金预算财政拨款收入', 100, '二、城乡社区支出', 420],
    ['三、其他收入', 50.5],
    ['本年收入合计', 1950.75, '本年支出合计', 1920.1],
    ['使用非财政拨款结余', 0, '结余分配', 0],
    ['年初结转和结余', 120.35, '年末结转和结余', 151],
    ['总计', 2071.1, '总计', 2071.1],
    [],
    ['基本支出', 600.1, '人员经费', 480.1],
    ['项目支出', 1320, '公用经费', 120],
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Hunan 部门整体支出绩效评价基础数据表: staff pairs across a row, then the 经费控制情况 block in 万元. */
export function hunanBasicData(): Row[] {
  return [
    ['部门整体支出绩效评价基础数据表'],
    ['财政供养人员情况（人）', '编制数', 12, '2023年实际在职人数', 11, '控制率', '91.67%'],
    ['经费控制情况（万元）', null, '上年决算数', '本年预算数', '本年决算数'],
    ['三公经费', null, 10.5, 9, 8.2],
    ['1、公务用车购置和维护经费', null, 6, 5, 4.7],
    [null, '其中：公车购置', 0, 0, 0],
    [null, '公车运行维护', 6, 5, 4.7],
    ['2、出国经费', null, 0, 0, 0],
    ['3、公务接待', null, 4.5, 4, 3.5],
    ['项目支出', null, 1800, 1964.41, 1964.4],
    ['公用经费', null, 30, 32, 31.5],
    [null, '其中：办公经费', 10, 11, 10.5],
    [null, '水费、电费、差旅费', 8, 9, 9],
    [null, '会议费、培训费', 5, 5, 4],
    ['政府采购金额', null, 120, 130, 128],
    ['部门基本（整体）支出预算调整', null, 0, 0, 0],
  ];
}

/** Chongqing 部门整体绩效自评表: the money block, then the indicator block and 自评总分. */
export function chongqingForm(): Row[] {
  return [
    ['部门整体绩效自评表'],
    ['部门预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
    ['部门预算', 1000, 1200, 1100, '91.67%', 10, 9.17],
    [],
    ['指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)', '是否核心指标'],
    ['发表文章', '篇', '≥', 2000, null, '2200篇', '100%', 20, 20, '是'],
    ['办结率', '%', '≥', '100%', null, '72.74%', '72.74%', 20, 14.55, '是'],
    ['投诉率', '%', '≤', '5%', null, '4%', '100%', 10, 10, '是'],
    ['满意度', '%', '≥', '90%', '95%', '96%', '100%', 20, 20, '是'],
    ['培训人次', '人次', '≥', 500, null, 450, '90%', 10, 9, '是'],
    ['制度建设', null, '定性', '完善', null, '完善', '100%', 10, 10, '否'],
    ['自评总分', null, null, null, null, null, null, null, 92.72],
  ];
}

/** A 项目库 export's 项目支出计划, numbers stored as text, then its 细化经济分类 block. Amounts in 万元. */
export function projectPlan(): Row[] {
  const group = (name: string): Row => [name, null, null];
  return [
    ['项目支出计划'],
    [
      '序号',
      '预算年度',
      '支出计划',
      ...group('年初预算'),
      ...group('执行调整'),
      ...group('全年预算'),
      ...group('预计支出'),
      ...group('预计年度剩余'),
      ...group('实际支出'),
      ...group('实际年度剩余'),
    ],
    [
      null,
      null,
      null,
      ...['小计', '财政拨款', '结转资金'].flatMap((part) => [part]),
      '小计',
      '财政拨款',
      '结转资金',
      '小计',
      '财政拨款',
      '结转资金',
      '小计',
      '财政拨款',
      '结转资金',
      '小计',
      '结转资金',
      '结余资金',
      '小计',
      '财政拨款',
      '结转资金',
      '小计',
      '结转资金',
      '结余资金',
    ],
    [
      '1',
      '2024',
      '网格化管理',
      '100',
      '80',
      '20',
      '10.5',
      '10.5',
      '0',
      '110.5',
      '90.5',
      '20',
      '100',
      '85',
      '15',
      '10.5',
      '5.5',
      '5',
      '104.68',
      '84.68',
      '20',
      '5.82',
      '5.82',
      '0',
    ],
    [],
    ['细化经济分类'],
    ['经济分类科目', '金额'],
    ['办公费', '30'],
    ['印刷费', '20.5'],
    ['委托业务费', '60'],
    ['合计', '110.5'],
  ];
}

/**
 * A Hunan 部门整体支出绩效评价指标表 stating the seed's indicators as its tables give them
 * (预算完成率 87.30%, 预算控制率 28.02% → 2 of 5, 结转结余率 12.70%), closed by a 合计 row.
 */
export function hunanIndicatorTable(): Row[] {
  return [
    ['部门整体支出绩效评价指标表'],
    ['一级指标', '二级指标', '指标名称', '分值', '指标值', '评分'],
    ['过程', '预算执行', '预算完成率', 5, '87.30%', 0],
    [null, null, '预算控制率', 5, '28.02%', 2],
    [null, null, '结转结余率', 5, '12.70%', 4],
    ['产出', '完成数量', '网格事件办结数', 10, 2200, 10],
    ['合计', null, null, 25, null, 16],
  ];
}
