/**
 * The sections drafted from the checked figures beyond the seed's: 三（三）绩效目标及完成情况 and
 * （四）自评得分及等级 from the 部门整体支出绩效自评表 (examples/forms-2023.xlsx), and — as optional
 * inputs, tested here with hand-made inputs of their shape — the common indicators of the selected
 * profile (issue [3]); and the 三公 / 公用 / 采购 sentences of a real 基础数据表 (draft-basic-data.test.ts).
 */
import { join } from 'node:path';
import { readXlsxFile } from '../../../src/cli/read-xlsx';
import type { CheckResult } from '../../../src/core/check-api';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftParagraphs, paragraphText, type Draft } from '../../../src/core/report/draft-model';
import { gradeOf } from '../../../src/core/report/sections/goals-section';
import type { DraftIndicator } from '../../../src/core/report/optional-inputs';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { hunanBasicData } from '../../support/official-grids';
import { seedWorkbook } from './seed-workbook';

const textOf = (draft: Draft, id: string) => {
  const paragraph = draftParagraphs(draft).find((p) => p.id === id);
  return paragraph ? paragraphText(paragraph) : undefined;
};

describe('from the unit form of examples/forms-2023.xlsx', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = buildDraft(checkWorkbook(await readXlsxFile(join(__dirname, '../../../examples/forms-2023.xlsx'))));
  });

  it('states the 年度总体目标 and its completion in the unit’s words, marked as the unit’s text with its cell', () => {
    expect(textOf(draft, 'goals.target')).toBe('年度总体目标：统筹推进全区基层社会治理现代化，保障网格化管理和12345政务服务热线高效运行。');
    const run = draftParagraphs(draft)
      .find((p) => p.id === 'goals.target')!
      .runs.find((r) => r.kind === 'user');
    expect(run?.sources).toEqual([{ sheet: '部门整体自评', address: 'B13' }]);
    expect(textOf(draft, 'goals.completion')).toMatch(/^目标完成情况：市域社会治理现代化合格城市验收中/);
  });

  it('gives each indicator its target, result and score from the form', () => {
    expect(textOf(draft, 'goals.indicator:网格基础信息采集更新覆盖率')).toBe('1．网格基础信息采集更新覆盖率：年度指标值≥95%，实际完成值98%，得分20分。');
    expect(draftParagraphs(draft).filter((p) => p.id.startsWith('goals.indicator:'))).toHaveLength(5);
  });

  it('states the unit’s score and grade once, saying which of the two disagreeing unit forms it used', () => {
    expect(textOf(draft, 'score.unit')).toBe(
      '石峰区网格化管理服务中心部门整体支出绩效自评得分98.73分，自评等级为“优”。自评得分按工作表“部门整体自评”的部门整体支出绩效自评表填列。',
    );
    const all = draftParagraphs(draft).map(paragraphText).join('\n');
    expect(all).not.toContain('93.73');
  });

  it('puts the new parts after the projects, numbered （三） and （四）', () => {
    const headings = draftParagraphs(draft)
      .filter((p) => p.style === 'heading2')
      .map(paragraphText);
    expect(headings).toEqual(['（一）整体支出绩效情况', '（二）项目支出绩效情况', '（三）绩效目标及完成情况', '（四）自评得分及等级']);
  });
});

it('grades a total: 优 90–100, 良 80–89, 中 60–79, 差 below 60', () => {
  expect([100, 90, 89.99, 80, 79.5, 60, 59.99, 0].map(gradeOf)).toEqual(['优', '优', '良', '良', '中', '中', '差', '差']);
});

describe('optional inputs, with hand-made inputs of their shape', () => {
  const seed = checkWorkbook(seedWorkbook());
  const indicator = (overrides: Partial<DraftIndicator> & Pick<DraftIndicator, 'id' | 'name'>): DraftIndicator => ({
    value: null,
    display: '无数据',
    cells: [],
    score: null,
    points: null,
    profile: 'hunan',
    ...overrides,
  });
  const INDICATORS: readonly DraftIndicator[] = [
    indicator({
      id: 'budget-adjustment-rate',
      name: '预算控制率',
      value: 0.2802,
      display: '28.02%',
      cells: ['收支总表!B6', '收支总表!B5'],
      score: 2,
      points: 5,
    }),
    indicator({ id: 'carry-over-rate', name: '结转结余率', value: 0.127, display: '12.70%', cells: ['收支总表!B11', '收支总表!B4'] }),
    indicator({ id: 'three-public-change-rate', name: '“三公经费”变动率', display: '需上年数', score: null, points: 8 }),
    indicator({
      id: 'staff-control-rate',
      name: '在职人员控制率',
      value: 0.875,
      display: '87.50%',
      cells: ['基本情况!B10', '基本情况!B8'],
      score: 5,
      points: 5,
    }),
  ];
  const withInputs = (extra: object): CheckResult => ({ ...seed, ...extra }) as CheckResult;

  it('the seed as checked states the indicators the check computed (national profile: no score part)', () => {
    const draft = buildDraft(seed);
    expect(textOf(draft, 'overall.indicators')).toBe('经核算，预算完成率为87.3%，预算调整率为28.02%，结转结余率为12.7%，在职人员控制率为87.5%。');
    expect(textOf(draft, 'score.profile')).toBeUndefined();
  });

  it('a result without them drafts neither the indicator sentence nor the score part', () => {
    const draft = buildDraft(withInputs({ indicators: undefined, profile: undefined }));
    expect(textOf(draft, 'overall.indicators')).toBeUndefined();
    expect(textOf(draft, 'score.profile')).toBeUndefined();
  });

  it('states the computed indicators (not those without data), each with its cells', () => {
    const draft = buildDraft(withInputs({ indicators: INDICATORS, profile: { id: 'hunan', name: { zh: '湖南省评分方案', en: 'Hunan' } } }));
    expect(textOf(draft, 'overall.indicators')).toBe('经核算，预算控制率为28.02%，结转结余率为12.7%，在职人员控制率为87.5%。');
    const rate = draftParagraphs(draft)
      .find((p) => p.id === 'overall.indicators')!
      .runs.find((r) => r.text.includes('28.02%'));
    expect(rate?.sources).toEqual(
      expect.arrayContaining([
        { sheet: '收支总表', address: 'B6' },
        { sheet: '收支总表', address: 'B5' },
      ]),
    );
    expect(textOf(draft, 'score.profile')).toBe('按湖南省评分方案，共性指标得分7分（满分10分）。');
  });

  it('states 三公 / 公用 / 采购 from a 基础数据表, and does not state those rates a second time', () => {
    const seedSheets = seedWorkbook().sheets;
    const basicData = sheetFromRows(
      '基础数据表',
      hunanBasicData().filter((row) => row[0] !== '项目支出'),
    );
    const withTable = checkWorkbook({ ...seedWorkbook(), sheets: [...seedSheets, basicData] });
    const result = withInputs({
      recognized: withTable.recognized,
      indicators: [
        ...INDICATORS,
        indicator({ id: 'public-funds-control-rate', name: '公用经费控制率', value: 0.9844, display: '98.44%', cells: ['基础数据表!E10', '基础数据表!D10'] }),
      ],
    });
    const text = textOf(buildDraft(result), 'overall.indicators')!;
    expect(text).toContain('“三公”经费预算9万元，实际支出8.2万元，“三公”经费控制率为91.11%，支出控制在预算以内。');
    expect(text).toContain('公用经费预算32万元，实际支出31.5万元，公用经费控制率为98.44%，支出控制在预算以内。');
    expect(text.match(/98\.44%/g)).toHaveLength(1);
    expect(text).toContain('经核算，预算控制率为28.02%');
  });
});
