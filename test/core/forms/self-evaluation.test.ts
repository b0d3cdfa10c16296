import { FORM_SHEETS } from '../../../src/cli/examples/forms-2023';
import { sheetOfSpec } from '../../../src/cli/examples/form-sheet-spec';
import { projectKey, selfEvaluationsByProject } from '../../../src/core/forms/self-evaluation';
import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';

describe('each project’s self-evaluation, for the report', () => {
  const results = selfEvaluationsByProject(recognizeWorkbook({ sheets: FORM_SHEETS.map(sheetOfSpec) }));
  const summary = [...results.entries()].map(([key, r]) => [key, r.ratePercent, r.executionScore, r.totalScore]);

  it('gives the rate from the figures and the scores as written, project forms only', () => {
    expect(summary).toEqual([
      ['工资性支出', 100, null, null],
      ['网格信息化建设项目', 57.13, 5.71, 95.71],
      ['业务性专项经费', 37.97, 10, 100],
      ['网格通手机套餐资费服务', 93.76, 9.38, 99.38],
    ]);
  });

  it('names a project without its code or quotes', () => {
    expect(projectKey('51000021R000000019951-工资性支出')).toBe('工资性支出');
    expect(projectKey('“网格信息化建设项目”')).toBe('网格信息化建设项目');
    expect(projectKey('2023年网格化 项目')).toBe('2023年网格化项目');
  });
});
