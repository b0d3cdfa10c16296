/**
 * The draft from the bundled seed workbook: the seed's own sentences character for character
 * (spec §3), its slips not repeated, every part marked as computed, the unit's, or to fill in.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftParagraphs, draftPlaceholders, paragraphText, type Draft, type DraftParagraph } from '../../../src/core/report/draft-model';
import { draftToMarkdown } from '../../../src/core/report/export/markdown';
import { draftToPlainText } from '../../../src/core/report/export/plain-text';
import { seedWorkbook } from './seed-workbook';

const workbook = seedWorkbook();
const result = checkWorkbook(workbook);
const draft = buildDraft(result);
const texts = draftParagraphs(draft).map(paragraphText);

function paragraph(id: string): DraftParagraph {
  const found = draftParagraphs(draft).find((p) => p.id === id);
  if (!found)
    throw new Error(
      `no paragraph ${id}; have ${draftParagraphs(draft)
        .map((p) => p.id)
        .join(', ')}`,
    );
  return found;
}

function headings(d: Draft, style: 'heading1' | 'heading2'): string[] {
  return draftParagraphs(d)
    .filter((p) => p.style === style)
    .map(paragraphText);
}

describe('the seed sentences, character for character (spec §3)', () => {
  it.each([
    ['二 income', 'budget.income', '2023年预算收入2388.07万元，其中年初预算1865.39万元，调整追加522.68万元。其他资金来源0万元。'],
    ['二 spending', 'budget.spending', '2023年支出2388.07万元，其中基本支出120.3万元，项目支出1964.41万元，结余结转303.36万元。'],
  ])('%s', (_name, id, sentence) => {
    expect(paragraphText(paragraph(id))).toBe(sentence);
  });

  it('the staffing sentence of 一', () => {
    expect(paragraphText(paragraph('unit.staffing'))).toContain('本部门共有事业编制8名，实有人数35人，其中：在职人员7人，劳务派遣人员28人，离休0人，退休0人。');
  });

  it.each([
    [
      '1',
      '网格信息化建设项目',
      '项目“网格信息化建设项目”年初预算金额90万元，上级转移支付88.67万元，年中调减0.13万元，追加5万元，实际支出104.68万元，结余结转78.86万元。',
    ],
    [
      '2',
      '业务性专项经费',
      '项目“业务性专项经费”年初预算金额10万元，上级转移支付38.23万元，年中调增0万元，追加0.15万元，实际支出18.37万元，结余结转30.01万元。',
    ],
    [
      '3',
      '基层社会治理专项',
      '项目“基层社会治理专项”年初预算金额1633.8万元，上级转移支付354.73万元，年中调增0万元，追加0万元，实际支出1798.4万元，结余结转190.13万元。',
    ],
    [
      '4',
      '网格通手机套餐资费服务',
      '项目“网格通手机套餐资费服务”年初预算金额22万元，上级转移支付23.81万元，年中调增0万元，追加0万元，实际支出42.95万元，结余结转2.86万元。',
    ],
  ])('project %s: %s', (number, name, sentence) => {
    expect(paragraphText(paragraph(`project:${name}`))).toBe(`${number}．${sentence}项目实施及绩效情况如下：`);
  });

  it('the sub-item paragraphs, as the seed writes them', () => {
    const seedSubItems = [
      ['网格信息化建设项目', '网格信息化建设专项', '项目支出64.76万元，主要用于网格信息化建设大类相关的项目支出。'],
      ['网格信息化建设项目', '经开区风险防控系统融入石峰网格平台建设经费项目', '项目支出0万元，主要用于建设经开区风险防控系统融入石峰网格平台。'],
      ['业务性专项经费', '2023年区直部门代理记账服务费', '项目支出0.15万元，主要用于我单位代理记账服务费用。'],
      ['业务性专项经费', '“放管服”改革保障经费', '项目支出2.84万元，主要用于维护政务大厅正常运转。'],
      ['基层社会治理专项', '基层社会治理专项', '项目支出1484.87万元，主要用于发放全区网格化劳务派遣人员的薪酬待遇。'],
    ];
    for (const [project, item, sentence] of seedSubItems) {
      expect(paragraphText(paragraph(`project:${project}/${item}/spending`))).toBe(sentence);
    }
    expect(paragraphText(paragraph('project:网格信息化建设项目/经开区风险防控系统融入石峰网格平台建设经费项目/title'))).toBe(
      '（3）经开区风险防控系统融入石峰网格平台建设经费项目',
    );
  });

  it('（一） states the totals and the overall execution rate', () => {
    expect(paragraphText(paragraph('overall.spending'))).toBe(
      '整体支出共2388.07万元，其中：基本支出120.3万元，项目支出1964.41万元，结余结转303.36万元。' +
        '整体预算执行率为87.3%（基本支出与项目支出共2084.71万元，预算收入2388.07万元）。',
    );
  });
});

describe('the outline, without the seed slips', () => {
  it('numbers the sections 一 to 五 and the parts of 三 （一）（二）', () => {
    expect(headings(draft, 'heading1')).toEqual([
      '一、预算单位基本情况',
      '二、预算收支情况（按单位预算口径）',
      '三、资金使用及绩效情况（包含单位管理的公共专项）',
      '四、绩效管理存在的问题及下一步改进措施',
      '五、其他需要说明的情况',
    ]);
    expect(headings(draft, 'heading2')).toEqual(['（一）整体支出绩效情况', '（二）项目支出绩效情况']);
    expect(texts.join('\n')).not.toMatch(/^5、/m);
  });

  it('numbers every project with a full-width 1．2．3．4． (the seed slipped to `2. `)', () => {
    const projectLines = draftParagraphs(draft)
      .filter((p) => /^project:[^/]*$/.test(p.id))
      .map(paragraphText);
    expect(projectLines.map((text) => text.slice(0, 2))).toEqual(['1．', '2．', '3．', '4．']);
  });

  it('titles the report from 单位名称 and 年度', () => {
    expect(paragraphText(draft.title)).toBe('石峰区网格化管理服务中心2023年度部门整体支出绩效自评报告');
  });

  it('does not double the lead-in the unit typed (`主要用于主要用于`)', () => {
    expect(texts.join('\n')).not.toMatch(/主要用于主要用于|下一步改进措施：下一步改进措施/);
  });
});

describe('what is computed and what is the unit’s', () => {
  it('marks figure sentences computed, with the cells they came from', () => {
    const [run] = paragraph('budget.spending').runs;
    expect(run.kind).toBe('computed');
    expect(run.sources).toEqual(
      expect.arrayContaining([
        { sheet: '基本情况', address: 'B3' },
        { sheet: '收支总表', address: 'B8' },
        { sheet: '收支总表', address: 'B9' },
        { sheet: '收支总表', address: 'B10' },
        { sheet: '收支总表', address: 'B11' },
      ]),
    );
  });

  it('marks the duties, achievements, problems, measures and purposes as the unit’s own text', () => {
    const userFields = new Set(draftParagraphs(draft).flatMap((p) => p.runs.filter((run) => run.kind === 'user').map((run) => run.field)));
    expect([...userFields].sort()).toEqual(['主要用途', '主要职责', '内设机构', '其他说明', '工作成效', '改进措施', '问题'].sort());
    const duties = draftParagraphs(draft).filter((p) => p.id.startsWith('unit.duties.'));
    expect(duties).toHaveLength(7);
    expect(duties.every((p) => p.runs.every((run) => run.kind === 'user' && run.sources?.[0]?.sheet === '基本情况'))).toBe(true);
  });

  it('leaves no placeholder when the workbook has every text', () => {
    expect(draftPlaceholders(draft)).toEqual([]);
    expect(texts.join('\n')).not.toContain('【请填写');
  });

  it('flags the 云龙区 purpose when a finding points at its cell, without rewriting it', () => {
    const purpose = paragraph('project:网格信息化建设项目/网格化平台系统基础数据融合项目/spending');
    const userRun = purpose.runs.find((run) => run.kind === 'user');
    expect(userRun?.text).toBe('完成云龙区网格化平台上的基础数据与石峰区网格平台融合');
    const placeFindings = result.findings.filter((f) => f.sheet === '项目支出' && f.cells.includes(userRun?.sources?.[0]?.address ?? '?'));
    expect(placeFindings.length).toBeGreaterThan(0);
    expect(userRun?.flags?.map((flag) => flag.rule)).toEqual(placeFindings.map((f) => f.rule));
  });
});

describe('四 drafted from the figures and the findings', () => {
  it('names the large carry-over and the execution rates under 90%', () => {
    const problems = draft.sections.find((s) => s.id === 'problems')!.paragraphs.map(paragraphText);
    expect(problems).toContain('2023年结余结转303.36万元，占支出合计2388.07万元的12.7%，结转金额较大。');
    expect(problems).toContain('整体预算执行率为87.3%，低于90%。');
    expect(problems).toContain('项目“网格信息化建设项目”预算执行率为57.03%（实际支出104.68万元，全年预算183.54万元），低于90%，结余结转78.86万元。');
    expect(problems).toContain('项目“业务性专项经费”预算执行率为37.97%（实际支出18.37万元，全年预算48.38万元），低于90%，结余结转30.01万元。');
    // 90.44% and 93.76%: not named
    expect(problems.join('\n')).not.toMatch(/基层社会治理专项|网格通手机套餐资费服务/);
  });

  it('keeps the open findings out of the body: every error and warning is a 核对提示, no info finding', () => {
    const open = result.findings.filter((f) => f.severity !== 'info');
    expect(open.length).toBeGreaterThan(0);
    const problems = draft.sections
      .find((s) => s.id === 'problems')!
      .paragraphs.map(paragraphText)
      .join('\n');
    expect(problems).not.toMatch(/单元格|工作表/);
    for (const f of result.findings) expect(problems).not.toContain(f.message.zh.replace(/[。.]$/, ''));
    expect(draft.checkNotes?.map((note) => note.rule)).toEqual(open.map((f) => f.rule));
  });

  it('marks the figure the projects-vs-summary error says is wrong (项目支出1964.41, should be 1964.4), wherever it is stated', () => {
    const flagged = draftParagraphs(draft).flatMap((p) =>
      p.runs.filter((run) => run.flags?.some((f) => f.rule === 'projects-vs-summary')).map((run) => [p.id, run.text]),
    );
    expect(flagged).toEqual([
      ['budget.spending', '1964.41'],
      ['overall.spending', '1964.41'],
      // the overall rate and the sum are computed from that cell: marked, no correction offered
      ['overall.spending', '87.3'],
      ['overall.spending', '2084.71'],
      // 预算完成率 (issue [3]) is computed from it too
      ['overall.indicators', '87.3%'],
      ['problems.overall-rate', '87.3'],
    ]);
    const run = draftParagraphs(draft)
      .flatMap((p) => p.runs)
      .find((r) => r.text === '1964.41');
    expect(run?.flags?.[0].corrected).toBe('1964.4');
  });

  it('ends with the unit’s problems and measures', () => {
    const problems = draft.sections.find((s) => s.id === 'problems')!.paragraphs.map(paragraphText);
    expect(problems).toContain('财务管理有待加强，由于上级政策、全区资金统一安排等客观原因，导致上年结转的金额较大。');
    expect(problems[problems.length - 1]).toBe('下一步改进措施：加强预算编制和管理工作，提高预算的可控性和合理性。');
  });
});

describe('snapshots of the whole draft', () => {
  it('as Markdown', () => {
    expect(draftToMarkdown(draft)).toMatchSnapshot();
  });

  it('as plain text', () => {
    expect(draftToPlainText(draft)).toMatchSnapshot();
  });

  it('as the model the pane shows (paragraph ids, styles, run kinds and sources)', () => {
    const model = draftParagraphs(draft).map((p) => ({
      id: p.id,
      style: p.style,
      runs: p.runs.map((run) => [
        run.kind,
        run.text,
        (run.sources ?? []).map((s) => `${s.sheet}!${s.address}`).join(' '),
        (run.flags ?? []).map((f) => f.rule).join(' '),
      ]),
    }));
    expect(model).toMatchSnapshot();
  });
});
