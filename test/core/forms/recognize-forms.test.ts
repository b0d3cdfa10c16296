import { CHONGQING_UNIT_FORM, FORM_SHEETS, NATIONAL_UNIT_FORM, SICHUAN_CASE, stackedSheet } from '../../../src/cli/examples/forms-2023';
import { sheetOfSpec, type FormSheetSpec } from '../../../src/cli/examples/form-sheet-spec';
import type { FormAmount, FormMoneyRow, FormTable } from '../../../src/core/forms/form-model';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { Sheet } from '../../../src/core/grid/types';
import { formatFen } from '../../../src/core/money/fen';
import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';
import { projectForm } from './form-grids';

function formsOn(...sheets: Sheet[]): FormTable[] {
  const { tables } = recognizeWorkbook({ sheets });
  return tables.filter((table): table is FormTable => table.kind === 'form');
}

const only = (spec: FormSheetSpec): FormTable => {
  const forms = formsOn(sheetOfSpec(spec));
  expect(forms).toHaveLength(1);
  return forms[0];
};

/** An amount as `238.93`, or the kind of reading (`empty`, `not-applicable`). */
function amount(cell: FormAmount | undefined): string {
  if (!cell) return 'none';
  return cell.reading.kind === 'number' ? formatFen(cell.reading.fen, '万元') : cell.reading.kind;
}

const moneyOf = (row: FormMoneyRow): string[] => [
  row.role,
  row.name,
  amount(row.amounts.年初预算数),
  amount(row.amounts.全年预算数),
  amount(row.amounts.全年执行数),
];

const specOf = (name: string): FormSheetSpec => FORM_SHEETS.find((spec) => spec.name === name) as FormSheetSpec;

describe('recognising the self-evaluation forms by their labels', () => {
  it('reads the Sichuan form as published: variant, fields, money rows, `/` as not applicable', () => {
    const form = only(SICHUAN_CASE);
    expect(form).toMatchObject({
      formKind: 'project',
      variant: 'sichuan',
      unit: '万元',
      subject: '51000021R000000019951-工资性支出',
      range: { top: 1, bottom: 20 },
    });
    expect(form.fields.主管部门?.value).toBe('青神县发展和改革局本级');
    expect(form.fields.实施单位).toMatchObject({ address: 'H3', labelAddress: 'F3', value: '青神县发展和改革局' });
    expect(form.money?.rows.map(moneyOf)).toEqual([
      ['total', '年度资金总额', '238.93', '251.89', '251.89'],
      ['source', '财政拨款', '238.93', '251.89', '251.89'],
      ['source', '财政专户管理资金', '0', '0', '0'],
      ['source', '单位资金', '0', '0', '0'],
      ['source', '其他资金', 'empty', 'empty', 'empty'],
    ]);
    const [total, funds] = form.money?.rows ?? [];
    expect(total.rate?.reading).toEqual({ kind: 'number', value: 1, fromText: true });
    expect(total.weight?.reading).toMatchObject({ kind: 'number', value: 10 });
    expect(total.score?.reading).toEqual({ kind: 'empty' });
    expect(funds.weight?.reading).toEqual({ kind: 'not-applicable', text: '/' });
    expect(form.money?.statedPoints).toMatchObject({ points: 10, address: 'A8' });
    expect(form.indicators?.statedPoints).toMatchObject({ points: 90, address: 'A14' });
  });

  it('reads the Sichuan indicator block with 指标性质, 度量单位 and its 合计 row', () => {
    const block = only(SICHUAN_CASE).indicators;
    expect(
      block?.indicators.map((i) => [
        i.level1,
        i.level2,
        i.name,
        i.nature,
        i.target?.number,
        i.unitText,
        i.actual?.text,
        i.weight?.reading.kind,
        i.score?.reading.kind,
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', '', 'number', 'empty'],
      ['效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', '', 'number', 'empty'],
    ]);
    expect(block?.total).toMatchObject({ row: 17, label: '合计', weight: { reading: { value: 100 } }, score: { reading: { kind: 'empty' } } });
  });

  it('reads the narrative fields, template hints and empty ones included', () => {
    const texts = only(SICHUAN_CASE).texts.map((t) => [t.name, t.address, t.text.slice(0, 8)]);
    expect(texts).toEqual([
      ['年度目标', 'D5', '严格执行相关政策'],
      ['年度目标完成情况', 'D6', '对照年度目标,说'],
      ['实施内容', 'D7', ''],
      ['评价结论', 'B18', '结合自评情况,说'],
      ['存在问题', 'B19', '结合自评情况,分'],
      ['改进措施', 'B20', '针对项目自评中发'],
    ]);
  });

  it('reads a national project form: merged 一级/二级 cells filled down, stated group points, values below their labels', () => {
    const form = only(specOf('项目自评-网格信息化'));
    expect(form).toMatchObject({ formKind: 'project', variant: 'national', subject: '网格信息化建设项目' });
    expect(form.money?.rows.map(moneyOf)[0]).toEqual(['total', '年度资金总额', '90', '183.54', '104.86']);
    expect(form.money?.rows[1].weight?.reading).toEqual({ kind: 'not-applicable', text: '—' });
    expect(form.indicators?.groups.map((g) => [g.name, g.statedPoints, g.rows.length])).toEqual([
      ['产出指标', 50, 3],
      ['效益指标', 30, 1],
      ['满意度指标', 10, 1],
    ]);
    expect(form.indicators?.indicators[2]).toMatchObject({ level1: '产出指标（50分）', level2: '时效指标', name: '故障处理及时率', nature: '≥' });
    expect(form.texts.map((t) => [t.name, t.address])).toEqual([
      ['年度目标', 'B11'],
      ['年度目标完成情况', 'F11'],
    ]);
  });

  it('splits two forms stacked on one sheet', () => {
    const forms = formsOn(sheetOfSpec(specOf('项目自评-两张')));
    expect(forms.map((f) => [f.subject, f.range.top, f.range.bottom, f.money?.headerRow, f.indicators?.total?.row])).toEqual([
      ['业务性专项经费', 1, 18, 5, 18],
      ['网格通手机套餐资费服务', 21, 38, 25, 38],
    ]);
  });

  it('reads the national unit form: income and spending splits side by side', () => {
    const form = only(stackedSheet('整体', '', [NATIONAL_UNIT_FORM]));
    expect(form).toMatchObject({ formKind: 'unit', variant: 'national', subject: '石峰区网格化管理服务中心' });
    expect(form.fields.编制数?.value).toBe(8);
    expect(form.fields.实际在职人数?.value).toBe(7);
    expect(form.money?.rows.map(moneyOf)).toEqual([
      ['total', '年度资金总额', '1865.39', '2388.07', '2084.71'],
      ['income', '一般公共预算', 'none', '2388.07', 'none'],
      ['expenditure', '基本支出', 'none', 'none', '120.3'],
      ['income', '政府性基金拨款', 'none', '0', 'none'],
      ['expenditure', '项目支出', 'none', 'none', '1964.41'],
      ['income', '纳入专户管理的非税收入拨款', 'none', '0', 'none'],
      ['income', '其他资金', 'none', '0', 'none'],
    ]);
  });

  it('reads the Chongqing unit form: 全年(调整)预算数, 执行率(%) in points, splits as rows, a 单位 note', () => {
    const form = only(stackedSheet('重庆', '', [CHONGQING_UNIT_FORM]));
    expect(form).toMatchObject({ formKind: 'unit', variant: 'chongqing' });
    const [total] = form.money?.rows ?? [];
    expect(total.rate?.reading).toMatchObject({ kind: 'number', value: 0.873 });
    expect(total.weight?.reading).toMatchObject({ value: 10 });
    expect(total.score?.reading).toMatchObject({ value: 8.73 });
    expect(form.money?.rows.map((row) => [row.role, row.name])).toEqual([
      ['total', '年度资金总额'],
      ['income', '一般公共预算'],
      ['income', '政府性基金拨款'],
      ['income', '其他资金'],
      ['expenditure', '基本支出'],
      ['expenditure', '项目支出'],
    ]);
    expect(amount(form.money?.rows[4].amounts.年初预算数)).toBe('not-applicable');
    expect(form.indicators?.total).toMatchObject({ label: '合计', weight: { reading: { value: 95 } } });
  });

  it('reads a form without its merges (values in the top-left cells only)', () => {
    for (const spec of FORM_SHEETS) {
      const merged = formsOn(sheetOfSpec(spec));
      const unmerged = formsOn({ ...sheetOfSpec(spec), merges: [] });
      const summary = (forms: FormTable[]) => forms.map((f) => [f.subject, f.money?.rows.length, f.indicators?.indicators.length, f.texts.length]);
      expect(summary(unmerged)).toEqual(summary(merged));
    }
  });

  it('finds a form that does not start at A1', () => {
    const rows = projectForm();
    const forms = formsOn(sheetFromRows('自评表', rows, 'C5'));
    expect(forms).toHaveLength(1);
    expect(forms[0].money?.rows[0]).toMatchObject({ row: 8, labelAddress: 'C8' });
    expect(forms[0].indicators?.indicators.map((i) => i.nameAddress)).toEqual(['E13', 'E14', 'E15']);
  });

  it('reads amounts in 元 when the money header says so', () => {
    const rows = projectForm({ money: [['年度资金总额', 1000000, 1000000, 950000, 10, '95%', 9.5]] });
    rows[2] = ['项目资金（元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
    const [form] = formsOn(sheetFromRows('自评表', rows));
    expect(form.unit).toBe('元');
    expect(amount(form.money?.rows[0].amounts.全年执行数)).toBe('95');
  });

  it('leaves no summary, unit info or project table behind on a form sheet', () => {
    const { tables, problems } = recognizeWorkbook({ sheets: FORM_SHEETS.map(sheetOfSpec) });
    expect(tables.map((table) => table.kind)).toEqual(['form', 'form', 'form', 'form', 'form', 'form']);
    expect(problems).toEqual([]);
  });

  it('finds no form on a sheet that is a project table with 执行率', () => {
    const sheet = sheetFromRows('项目支出', [
      ['项目名称', '年初预算', '全年预算数', '实际支出', '结余结转', '执行率'],
      ['A', 90, 183.54, 104.68, 78.86, '57.03%'],
    ]);
    expect(formsOn(sheet)).toEqual([]);
  });
});

describe('where a form ends', () => {
  it('stops its indicator block at a project table one blank row below', () => {
    const rows = [...projectForm({ total: null }), [], ['项目名称', '年初预算', '实际支出', '结余结转'], ['A', 10, 8, 2]];
    const { tables } = recognizeWorkbook({ sheets: [sheetFromRows('混合', rows)] });
    const form = tables.find((table): table is FormTable => table.kind === 'form');
    expect(form?.indicators?.indicators).toHaveLength(3);
    expect(form?.range.bottom).toBe(11);
    expect(tables.map((table) => table.kind)).toEqual(['projects', 'form']);
  });
});
