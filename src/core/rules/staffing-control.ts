/**
 * 在职人员控制率 = 实际在职人数 ÷ 编制数: staff in post beyond the authorised posts (above 100%) is
 * reported. Read from the unit info (编制数, 在职人员) and from unit forms (编制数, 实际在职人数, and
 * an indicator named 在职人员控制率, whose 完成值 must then agree with the counts).
 */
import { at, decimalText, formsOf, itemSubject, numberParam, sameTo } from '../forms/form-rule-support';
import type { FormTable } from '../forms/form-model';
import type { LabelledCell, UnitInfo } from '../recognize/model';
import { readCount } from './support/field-values';
import type { Rule, RuleReport } from './types';

interface Staffing {
  readonly sheet: string;
  readonly subject: string;
  readonly posts: { readonly count: number; readonly cell: LabelledCell };
  readonly staff: { readonly count: number; readonly cell: LabelledCell };
}

function counted(cell: LabelledCell | undefined): { count: number; cell: LabelledCell } | null {
  if (!cell || cell.value === null || cell.value === '') return null;
  const count = readCount(cell.value);
  return count === null ? null : { count, cell };
}

function staffingOf(sheet: string, subject: string, postsCell: LabelledCell | undefined, staffCell: LabelledCell | undefined): Staffing | null {
  const posts = counted(postsCell);
  const staff = counted(staffCell);
  return posts && staff ? { sheet, subject, posts, staff } : null;
}

function unitName(table: UnitInfo): string {
  const name = table.fields.单位名称?.value;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : '基本情况';
}

const CONTROL_INDICATOR = /在职人员控制率|人员控制率|编制控制率/;

const staffingControl: Rule = {
  meta: {
    id: 'staffing-control',
    severity: 'warning',
    description: {
      zh: '在职人员控制率 = 实际在职人数 ÷ 编制数，超过100%（超编）应说明；自评表中该指标的完成值应与人数相符。',
      en: 'Staff control rate = staff in post ÷ authorised posts; above 100% (over establishment) is reported, and the form’s indicator must agree with the counts.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      changes: [{ sheet: '部门整体自评', cell: 'F4', value: 10 }],
      given: {
        zh: '部门整体自评表的实际在职人数（F4）改为 10，编制数为 8。',
        en: 'On the unit form, 实际在职人数 (F4) is set to 10 for 8 authorised posts.',
      },
      messageId: 'over-limit',
      message: {
        zh: '“石峰区网格化管理服务中心”在职人员10人，编制数8名，在职人员控制率125%，超过100%。',
        en: '“石峰区网格化管理服务中心”: 10 staff in post for 8 authorised posts, a control rate of 125%, above 100%.',
      },
    },
    formula: '在职人员控制率 = 实际在职人数 ÷ 编制数 ≤ 100%',
    params: {
      maxRate: { default: 1, min: 0, max: 100, description: { zh: '在职人员控制率上限（1 = 100%）', en: 'Highest acceptable control rate (1 = 100%)' } },
    },
    messages: {
      'over-limit': {
        zh: '“{subject}”在职人员{staff}人，编制数{posts}名，在职人员控制率{rate}%，超过{limit}%。',
        en: '“{subject}”: {staff} staff in post for {posts} authorised posts, a control rate of {rate}%, above {limit}%.',
      },
      'not-computable': {
        zh: '“{subject}”编制数为0，在职人员控制率无法计算（在职人员{staff}人）。',
        en: '“{subject}”: there are no authorised posts, so the control rate of {staff} staff cannot be computed.',
      },
      'indicator-over-limit': {
        zh: '“{subject}”的完成值{rate}%超过{limit}%（超编）。',
        en: '“{subject}”: the actual value {rate}% is above {limit}% (over establishment).',
      },
      'indicator-mismatch': {
        zh: '“{subject}”的完成值为{actual}%，但实际在职人数{staff} ÷ 编制数{posts} = {expected}%。',
        en: '“{subject}”: the actual value is {actual}%, but {staff} staff ÷ {posts} posts = {expected}%.',
      },
    },
  },
  check(context) {
    const maxRate = numberParam(context, staffingControl.meta, 'maxRate');
    const limit = decimalText(maxRate * 100);
    const reports: RuleReport[] = [];
    const checkCounts = (staffing: Staffing): void => {
      const { posts, staff, subject, sheet } = staffing;
      const base = { sheet, row: staff.cell.row, cells: [staff.cell.address, posts.cell.address], subject };
      const counts = { subject, staff: String(staff.count), posts: String(posts.count), limit };
      if (posts.count === 0) {
        if (staff.count > 0) reports.push({ ...base, messageId: 'not-computable', severity: 'info', data: counts });
        return;
      }
      const rate = (staff.count / posts.count) * 100;
      if (rate <= maxRate * 100 || sameTo(rate, maxRate * 100)) return;
      reports.push({
        ...base,
        messageId: 'over-limit',
        data: { ...counts, rate: decimalText(rate) },
        expected: { kind: 'percent', value: maxRate * 100 },
        actual: { kind: 'percent', value: Number(decimalText(rate)) },
      });
    };
    for (const table of context.workbook.tables) {
      if (table.kind !== 'unit-info') continue;
      const staffing = staffingOf(table.sheet, unitName(table), table.fields.编制数, table.fields.在职人员);
      if (staffing) checkCounts(staffing);
    }
    for (const form of formsOf(context.workbook)) {
      const staffing = staffingOf(form.sheet, form.subject, form.fields.编制数, form.fields.实际在职人数);
      if (staffing) checkCounts(staffing);
      checkIndicator(form, staffing, limit, maxRate, reports);
    }
    return reports;
  },
};

/** The form's 在职人员控制率 indicator: within the limit, and equal to the counts when the form gives them. */
function checkIndicator(form: FormTable, staffing: Staffing | null, limit: string, maxRate: number, reports: RuleReport[]): void {
  for (const indicator of form.indicators?.indicators ?? []) {
    if (!CONTROL_INDICATOR.test(indicator.name) || !indicator.actual) continue;
    const value = indicator.actual.number;
    if (value === null) continue;
    // `87.5%`, or 87.5 under a `%` unit, or the fraction 0.875
    const percent = indicator.actual.percent || /[%％]/.test(indicator.unitText) || value > 1.5 ? value : value * 100;
    const subject = itemSubject(form, indicator.name);
    const base = { ...at(form, indicator.row, [indicator.actual.address]), subject };
    if (staffing && staffing.posts.count > 0) {
      const expected = (staffing.staff.count / staffing.posts.count) * 100;
      if (!sameTo(percent, expected)) {
        reports.push({
          ...base,
          messageId: 'indicator-mismatch',
          severity: 'error',
          cells: [...base.cells, staffing.staff.cell.address, staffing.posts.cell.address],
          data: {
            subject,
            actual: decimalText(percent),
            expected: decimalText(expected),
            staff: String(staffing.staff.count),
            posts: String(staffing.posts.count),
          },
          expected: { kind: 'percent', value: Number(decimalText(expected)) },
          actual: { kind: 'percent', value: Number(decimalText(percent)) },
        });
        continue;
      }
    }
    if (percent > maxRate * 100 && !sameTo(percent, maxRate * 100)) {
      reports.push({ ...base, messageId: 'indicator-over-limit', data: { subject, rate: decimalText(percent), limit } });
    }
  }
}

export default staffingControl;
