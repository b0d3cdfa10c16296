/**
 * 报告模板（中文）— the sentences of the 部门整体支出绩效自评报告, as data.
 *
 * Why a typed TypeScript data file and not a template engine: the report needs nothing but
 * `{名称}` substitution, and a template must never run code, so the "engine" is a small builder
 * (fill-template.ts) that only replaces `{placeholders}` with figures and texts. Keeping the
 * bundled template in TypeScript means the compiler checks every sentence is present, and this
 * comment can sit beside the wording. An organisation adapts the wording without touching code by
 * editing the strings below, or by supplying the same object as JSON (`parseReportTemplate` checks
 * that every sentence is there and uses only the placeholders listed in template-types.ts).
 *
 * Wording follows the published seed report (石峰区网格化管理服务中心 2023) character for character
 * where it has a sentence; its slips are not kept: section 五 is numbered `五、` (the seed wrote `5、`),
 * section 二 is `预算收支情况` (the seed wrote `收支出`), and projects are numbered `1．` throughout.
 * Amounts are filled in 万元 with at most two decimals and no trailing zeros; `{执行率}`, `{比例}` and
 * `{标准}` are percentages without the `%` sign.
 *
 * `project.selfEvaluation` follows a project's figures when a 项目支出绩效自评表 of the same name is in
 * the workbook: `{自评总分}` and `{执行率得分}` are the form's scores as written (to two decimals),
 * `{执行率}` is 全年执行数 ÷ 全年预算数 of its 年度资金总额 row (the written rate only when the figures
 * cannot give one). When the project table gives another rate, the table's is stated, followed by
 * `project.rateFromTable`, so one project has one rate in the whole report. A project without a form gets no sentence and no placeholder: the form is
 * optional, and the report need not mention a self-evaluation the unit did not fill in. A form that
 * leaves a score blank gets a placeholder pointing at the blank cell.
 *
 * 三（三） states each 项目支出绩效自评表's 年度目标 and its completion (`goals.project*`) for the projects
 * of the 项目支出 table; a field still holding the form's instruction (`对照年度目标,说明…`) is a placeholder.
 * Findings, open or ignored, are never report text: `notes.*` word the 核对提示 list outside the body.
 *
 * Section 五 has no default sentence: when the unit wrote nothing the draft shows a placeholder that
 * suggests the usual wording, because writing “无其他需要说明的情况。” on the unit's behalf would be
 * an invented statement.
 */
import type { ReportTemplate } from '../template-types';

export const zhTemplate: ReportTemplate = {
  language: 'zh-CN',
  flagNotes: '核对提示',
  placeholderLabels: {
    主要职责: '主要职责',
    工作成效: '工作成效',
    问题: '绩效管理存在的问题',
    其他说明: '其他需要说明的情况；如无，可写“无其他需要说明的情况。”',
    主要用途: '主要用途',
    编制类型: '编制类型（事业编制/行政编制）',
  },
  sentences: {
    placeholder: '【请填写：{名称}】',
    title: '{单位名称}{年度}年度部门整体支出绩效自评报告',

    'heading.unit': '一、预算单位基本情况',
    'heading.budget': '二、预算收支情况（按单位预算口径）',
    'heading.performance': '三、资金使用及绩效情况（包含单位管理的公共专项）',
    'heading.overall': '（一）整体支出绩效情况',
    'heading.projects': '（二）项目支出绩效情况',
    'heading.problems': '四、绩效管理存在的问题及下一步改进措施',
    'heading.other': '五、其他需要说明的情况',

    'unit.intro': '{单位名称}是{单位性质}，为{单位级别}。',
    'unit.dutiesLead': '主要职责是：',
    'unit.level': '我单位属于{单位级别}单位，{预算级次}。',
    'unit.staffing':
      '本部门共有{编制类型}{编制数}名，实有人数{实有人数}人，其中：在职人员{在职人员}人，劳务派遣人员{劳务派遣人员}人，离休{离休}人，退休{退休}人。',
    'unit.departments': '我单位内设处室{内设机构数}个，所属事业单位{所属单位数}个。',
    'unit.departmentNames': '{单位名称}内设机构分别是{内设机构}。',

    'budget.income': '{年度}年预算收入{预算收入合计}万元，其中年初预算{年初预算}万元，调整追加{调整追加}万元。',
    'budget.otherFunds': '其他资金来源{其他资金}万元。',
    'budget.spending': '{年度}年支出{支出合计}万元，其中基本支出{基本支出}万元，项目支出{项目支出}万元，结余结转{结余结转}万元。',

    'overall.spending': '整体支出共{支出合计}万元，其中：基本支出{基本支出}万元，项目支出{项目支出}万元，结余结转{结余结转}万元。',
    'overall.executionRate': '整体预算执行率为{执行率}%（基本支出与项目支出共{已支出}万元，预算收入{预算收入合计}万元）。',
    'overall.threePublic': '“三公”经费预算{预算数}万元，实际支出{实际数}万元，“三公”经费控制率为{比例}%{控制情况}。',
    'overall.publicFunds': '公用经费预算{预算数}万元，实际支出{实际数}万元，公用经费控制率为{比例}%{控制情况}。',
    'overall.withinBudget': '，支出控制在预算以内',
    'overall.overBudget': '，超出预算{超出数}万元',
    'overall.procurement': '政府采购预算{预算数}万元，实际采购{实际数}万元，政府采购执行率为{比例}%。',
    'overall.indicators': '经核算，{指标列表}。',
    'overall.indicatorItem': '{指标名称}为{指标值}',
    'overall.indicatorSeparator': '，',

    'heading.goals': '（三）绩效目标及完成情况',
    'goals.target': '年度总体目标：{年度目标}',
    'goals.completion': '目标完成情况：{完成情况}',
    'goals.indicatorsLead': '绩效指标完成情况如下：',
    'goals.indicator': '{序号}．{指标名称}：年度指标值{指标值}，实际完成值{完成值}，得分{得分}分。',
    'goals.projectsLead': '各项目年度目标及完成情况如下：',
    'goals.projectTarget': '{序号}．项目“{项目名称}”年度目标：{年度目标}',
    'goals.projectCompletion': '完成情况：{完成情况}',
    'heading.score': '（四）自评得分及等级',
    'score.unit': '{单位名称}部门整体支出绩效自评得分{自评总分}分，自评等级为“{等级}”。',
    'score.formUsed': '自评得分按工作表“{工作表}”的部门整体支出绩效自评表填列。',
    'score.profile': '按{评分方案}，共性指标得分{得分}分（满分{满分}分）。',

    'project.sentence':
      '{序号}．项目“{项目名称}”年初预算金额{年初预算}万元，上级转移支付{上级转移支付}万元，{年中调整}，追加{追加}万元，实际支出{实际支出}万元，结余结转{结余结转}万元。',
    'project.increase': '年中调增{金额}万元',
    'project.decrease': '年中调减{金额}万元',
    'project.increaseAndDecrease': '年中调增{调增}万元，年中调减{调减}万元',
    'project.detailsFollow': '项目实施及绩效情况如下：',
    'project.purpose': '项目实施及绩效情况：{主要用途}。',
    'project.purposeBeforeItems': '{主要用途}。',
    'project.subItemTitle': '（{序号}）{子项目}',
    'project.subItemSpending': '项目支出{支出}万元，主要用于{主要用途}。',
    'project.selfEvaluation': '该项目自评得分{自评总分}分，其中预算执行率{执行率}%，得分{执行率得分}分。',
    'project.rateFromTable': '预算执行率按项目支出表的实际支出与全年预算计算。',

    'problems.carryOver': '{年度}年结余结转{结余结转}万元，占支出合计{支出合计}万元的{比例}%，结转金额较大。',
    'problems.overallRate': '整体预算执行率为{执行率}%，低于{标准}%。',
    'problems.projectRate': '项目“{项目名称}”预算执行率为{执行率}%（实际支出{实际支出}万元，全年预算{全年预算数}万元），低于{标准}%，结余结转{结余结转}万元。',
    'problems.measures': '下一步改进措施：{改进措施}',

    'notes.finding': '{说明}（见工作表“{工作表}”{单元格}单元格）。',
    'notes.ignored': '已忽略，原因：{原因}。',
  },
};
