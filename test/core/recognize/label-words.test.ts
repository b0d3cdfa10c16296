import { labelHasPercent, labelUnit, normalizeLabel } from '../../../src/core/recognize/normalize-label';
import { isSubItemNumber, isTotalLabel, readRowName } from '../../../src/core/recognize/row-name';
import { readUnitNote } from '../../../src/core/recognize/unit-note';

describe('normalizeLabel', () => {
  it.each([
    ['年初预算数（万元）', '年初预算数'],
    ['（一）预算收入合计：', '预算收入合计'],
    ['其中：基本支出', '基本支出'],
    ['1、项目支出', '项目支出'],
    ['项 目 名 称', '项目名称'],
    ['实际\n支出', '实际支出'],
    ['2023年年初预算', '年初预算'],
    ['全年（调整）预算数', '全年预算数'],
    ['金额/万元', '金额'],
    ['年度', '年度'],
  ])('%s → %s', (text, label) => {
    expect(normalizeLabel(text)).toBe(label);
  });
});

describe('labelUnit and labelHasPercent', () => {
  it('reads a unit written after a header', () => {
    expect(labelUnit('年初预算（元）')).toBe('元');
    expect(labelUnit('金额(万元)')).toBe('万元');
    expect(labelUnit('金额/元')).toBe('元');
    expect(labelUnit('年初预算')).toBeNull();
  });
  it('sees a percent sign in either width', () => {
    expect(labelHasPercent('执行率（％）')).toBe(true);
    expect(labelHasPercent('执行率')).toBe(false);
  });
});

describe('readUnitNote', () => {
  it.each([
    ['单位：元', '元'],
    ['单位: 万元', '万元'],
    ['金额单位：元', '元'],
    ['（单位：人民币万元）', '万元'],
    ['编制单位：某某局    单位：万元', '万元'],
  ])('%s → %s', (text, unit) => {
    expect(readUnitNote(text)).toBe(unit);
  });
  it('ignores texts that only mention a unit', () => {
    expect(readUnitNote('单位名称')).toBeNull();
    expect(readUnitNote('本单位元旦慰问')).toBeNull();
  });
});

describe('readRowName', () => {
  it.each([
    ['1．网格信息化建设项目', 'number', '网格信息化建设项目'],
    ['2. 业务性专项经费', 'number', '业务性专项经费'],
    ['一、基层社会治理专项', 'number', '基层社会治理专项'],
    ['（1）网格信息化建设专项', 'sub-item', '网格信息化建设专项'],
    ['(2) 网格化平台系统', 'sub-item', '网格化平台系统'],
    ['  （3）经开区风险防控', 'sub-item', '经开区风险防控'],
    ['1.1 代理记账服务费', 'sub-item', '代理记账服务费'],
    ['①放管服改革', 'sub-item', '放管服改革'],
    ['2023年区直部门代理记账服务费', 'none', '2023年区直部门代理记账服务费'],
    ['“放管服”改革保障经费', 'none', '“放管服”改革保障经费'],
  ])('%s → %s %s', (text, marker, name) => {
    expect(readRowName(text)).toEqual({ marker, name });
  });
  it('tells sub-item numbers from project numbers in a 序号 cell', () => {
    expect(isSubItemNumber('（1）')).toBe(true);
    expect(isSubItemNumber('1.2')).toBe(true);
    expect(isSubItemNumber('1')).toBe(false);
    expect(isSubItemNumber('一')).toBe(false);
  });
  it('knows total labels', () => {
    expect(isTotalLabel('合  计')).toBe(true);
    expect(isTotalLabel('总计：')).toBe(true);
    expect(isTotalLabel('合计收入说明')).toBe(false);
  });
});
