/**
 * Drafts from workbooks other than the seed: missing texts and figures become visible placeholders
 * (never an invented sentence), 调增/调减 follow the sign, amounts in 元 are written in 万元,
 * and the thresholds, ignored findings and edits of 四 are honoured.
 */
import { findingKey } from '../../../src/core/findings/finding-key';
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftParagraphs, draftPlaceholders, paragraphText, type Draft } from '../../../src/core/report/draft-model';
import { TEMPLATE_SHEETS } from '../../../src/core/template/template-sheets';
import { draftToMarkdown } from '../../../src/core/report/export/markdown';
import { workbookFromSheets } from '../../support/workbook';
import { finding, resultWith } from './draft-helpers';

const text = (draft: Draft) => draftParagraphs(draft).map(paragraphText).join('\n');
const byId = (draft: Draft, id: string) => paragraphText(draftParagraphs(draft).find((p) => p.id === id) ?? { id, style: 'body', runs: [] });

const UNIT = [
  ['单位名称', '某某区测试中心'],
  ['年度', '2024年'],
  ['单位级别', '副科级'],
  ['单位性质', '公益一类事业单位'],
  ['行政编制', '12人'],
  ['实有人数', 10],
  ['在职人员', 9],
  ['劳务派遣人员', 0],
  ['离休', 0],
  ['退休', 1],
];
const SUMMARY = [
  ['单位：元'],
  ['预算收入合计', 1_000_000],
  ['年初预算', 800_000],
  ['调整追加', 200_000],
  ['其他资金', 0],
  ['支出合计', 1_000_000],
  ['基本支出', 500_000],
  ['项目支出', 450_000],
  ['结余结转', 50_000],
];

function projects(header: string[], rows: unknown[][]): unknown[][] {
  return [['单位：元'], header, ...rows];
}

describe('missing texts and figures', () => {
  const draft = buildDraft(
    resultWith(
      workbookFromSheets({
        基本情况: UNIT,
        收支总表: SUMMARY,
        项目支出: projects(
          ['序号', '项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转'],
          [[1, '办公设备购置', 300_000, 0, 150_000, 0, 450_000, 0]],
        ),
      }),
    ),
  );

  it('puts a visible placeholder where the unit wrote nothing, one per missing text', () => {
    const fields = draftPlaceholders(draft).map((run) => run.field);
    expect(fields).toEqual(['主要职责', '工作成效', '主要用途', '问题', '改进措施', '其他说明']);
    expect(byId(draft, 'overall.achievements')).toBe('【请填写：工作成效】');
    expect(byId(draft, 'problems.measures')).toBe('下一步改进措施：【请填写：改进措施】');
    expect(byId(draft, 'other.text')).toBe('【请填写：其他需要说明的情况；如无，可写“无其他需要说明的情况。”】');
    expect(text(draft)).not.toContain('无其他需要说明的情况。\n');
  });

  it('writes amounts kept in 元 in 万元, and the counts the unit typed as `12人`', () => {
    expect(byId(draft, 'budget.income')).toBe('2024年预算收入100万元，其中年初预算80万元，调整追加20万元。其他资金来源0万元。');
    expect(byId(draft, 'unit.staffing')).toBe('本部门共有行政编制12名，实有人数10人，其中：在职人员9人，劳务派遣人员0人，离休0人，退休1人。');
    expect(byId(draft, 'project:办公设备购置')).toBe(
      '1．项目“办公设备购置”年初预算金额30万元，上级转移支付0万元，年中调增15万元，追加0万元，实际支出45万元，结余结转0万元。项目实施及绩效情况：【请填写：主要用途】。',
    );
  });

  it('names no execution-rate problem when the figures are fine (95%, 100%)', () => {
    expect(text(draft)).not.toMatch(/低于90%/);
    expect(text(draft)).not.toContain('结转金额较大');
  });
});

it('puts a placeholder for an amount it cannot read, pointing at the cell', () => {
  const head = ['序号', '项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转'];
  const draft = buildDraft(resultWith(workbookFromSheets({ 项目支出: projects(head, [[1, '项目戊', '九十万', 0, '#REF!', 0, 50, 40]]) })));
  const paragraph = draftParagraphs(draft).find((p) => p.id === 'project:项目戊')!;
  expect(paragraphText(paragraph)).toContain('年初预算金额【请填写：年初预算】万元，上级转移支付0万元，【请填写：年中调整】，');
  const placeholders = paragraph.runs.filter((run) => run.kind === 'placeholder');
  expect(placeholders.map((run) => run.sources)).toEqual([[{ sheet: '项目支出', address: 'C3' }], [{ sheet: '项目支出', address: 'E3' }]]);
  // no execution rate is drafted from a budget it could not read
  expect(text(draft)).not.toContain('项目“项目戊”预算执行率');
});

it('keeps a project’s own purpose before its sub-items', () => {
  const head = ['序号', '项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转', '主要用途'];
  const rows = [
    [1, '项目己', 10, 0, 0, 0, 10, 0, '保障中心日常运转'],
    ['', '（1）子项甲', null, null, null, null, 4, null, '主要用于购置设备。'],
  ];
  const draft = buildDraft(resultWith(workbookFromSheets({ 项目支出: [['单位：万元'], head, ...rows] })));
  expect(byId(draft, 'project:项目己')).toBe(
    '1．项目“项目己”年初预算金额10万元，上级转移支付0万元，年中调增0万元，追加0万元，实际支出10万元，结余结转0万元。保障中心日常运转。项目实施及绩效情况如下：',
  );
  expect(byId(draft, 'project:项目己/子项甲/spending')).toBe('项目支出4万元，主要用于购置设备。');
});

describe('a blank template workbook', () => {
  const blank = workbookFromSheets(Object.fromEntries(TEMPLATE_SHEETS.map((sheet) => [sheet.name, sheet.rows.map((row) => [...row])])));
  const draft = buildDraft(resultWith(blank));

  it('drafts placeholders, never `0万元` from empty cells', () => {
    expect(text(draft)).not.toMatch(/\d万元/);
    expect(byId(draft, 'budget.spending')).toBe(
      '【请填写：年度】年支出【请填写：支出合计】万元，其中基本支出【请填写：基本支出】万元，项目支出【请填写：项目支出】万元，结余结转【请填写：结余结转】万元。',
    );
    expect(byId(draft, 'projects.none')).toBe('【请填写：项目支出绩效情况】');
  });

  it('keeps the outline 一 to 五', () => {
    expect(
      draftParagraphs(draft)
        .filter((p) => p.style === 'heading1')
        .map(paragraphText)
        .map((t) => t.slice(0, 2)),
    ).toEqual(['一、', '二、', '三、', '四、', '五、']);
  });
});

describe('年中调增 / 年中调减 by the sign of the adjustment', () => {
  const header = ['序号', '项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转'];
  const sentence = (rows: unknown[][], head = header) =>
    byId(buildDraft(resultWith(workbookFromSheets({ 项目支出: projects(head, rows) }))), `project:${rows[0][1]}`).split('。')[0];

  it.each([
    [-13_000, '年中调减1.3万元'],
    [0, '年中调增0万元'],
    [12_345.67, '年中调增1.23万元'],
    [12_355, '年中调增1.24万元'],
  ])('a signed 年中调整 of %s 元 → %s', (adjustment, words) => {
    expect(sentence([[1, '项目甲', 100_000, 0, adjustment, 0, 50_000, 50_000 + adjustment]])).toContain(`，${words}，`);
  });

  it('says both when the table has both columns and both are non-zero', () => {
    const head = ['序号', '项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转'];
    expect(sentence([[1, '项目乙', 100_000, 0, 20_000, 5_000, 0, 100_000, 15_000]], head)).toContain('，年中调增2万元，年中调减0.5万元，');
    expect(sentence([[1, '项目丙', 100_000, 0, 0, 5_000, 0, 90_000, 5_000]], head)).toContain('，年中调减0.5万元，');
  });

  it('leaves a placeholder when the table has no adjustment column at all', () => {
    const head = ['序号', '项目名称', '年初预算', '上级转移支付', '追加', '实际支出', '结余结转'];
    expect(sentence([[1, '项目丁', 100_000, 0, 0, 100_000, 0]], head)).toContain('，【请填写：年中调整】，');
  });
});

describe('四: thresholds, open and ignored findings', () => {
  const workbook = workbookFromSheets({
    基本情况: UNIT,
    收支总表: SUMMARY,
    项目支出: projects(
      ['序号', '项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转'],
      [[1, '办公设备购置', 500_000, 0, 0, 0, 450_000, 50_000]],
    ),
  });
  const open = finding({ rule: 'income-total', sheet: '收支总表', cells: ['B3'], message: { zh: '预算收入合计不等于各项之和。', en: 'x' } });
  const accepted = finding({
    rule: 'headcount',
    sheet: '基本情况',
    cells: ['B7'],
    severity: 'warning',
    message: { zh: '实有人数与各类人员之和不符', en: 'y' },
  });
  const info = finding({ rule: 'sub-items', sheet: '项目支出', cells: ['G4'], severity: 'info', message: { zh: '子项目说明了部分支出', en: 'z' } });
  const result = resultWith(workbook, [open, accepted, info]);

  it('names a carry-over at or above the threshold and a rate under it, both parameters', () => {
    // 5万 of 100万 = 5%; 45万 of 50万 = 90%
    const lenient = text(buildDraft(result));
    expect(lenient).not.toContain('结转金额较大');
    expect(lenient).not.toContain('低于');
    const strict = text(buildDraft(result, { largeCarryOverRatio: 0.05, minExecutionRate: 0.95 }));
    expect(strict).toContain('2024年结余结转5万元，占支出合计100万元的5%，结转金额较大。');
    expect(strict).toContain('项目“办公设备购置”预算执行率为90%（实际支出45万元，全年预算50万元），低于95%，结余结转5万元。');
    // (50万 + 45万) ÷ 100万 = 95%: not under 95%, but under 95.01%
    expect(strict).not.toContain('整体预算执行率为95%，低于');
    expect(text(buildDraft(result, { minExecutionRate: 0.9501 }))).toContain('整体预算执行率为95%，低于95.01%。');
  });

  it('lists open errors and warnings, not info, in 核对提示; ignored ones there too, as 已忽略 with their reasons, never in the body', () => {
    const draft = buildDraft(result, { ignored: [{ key: findingKey(accepted), reason: '1人为借调人员，已说明', at: '2024-03-01T00:00:00Z' }] });
    const problems = draft.sections.find((s) => s.id === 'problems')!.paragraphs.map(paragraphText);
    const body = draftParagraphs(draft).map(paragraphText).join('\n');
    // findings, open or ignored, are 核对提示, never report text
    expect(problems.join('\n')).not.toMatch(/单元格|预算收入合计不等于各项之和/);
    expect(body).not.toMatch(/[A-Z]{1,3}\d+单元格|见工作表/);
    expect(body).not.toMatch(/实有人数与各类人员之和不符|借调|已忽略|以下差异经核实/);
    expect(body).not.toContain('子项目说明了部分支出');
    expect(draft.checkNotes?.map((note) => note.text.zh)).toEqual([
      '预算收入合计不等于各项之和（见工作表“收支总表”B3单元格）。',
      '实有人数与各类人员之和不符（见工作表“基本情况”B7单元格）。已忽略，原因：1人为借调人员，已说明。',
    ]);
    expect(draft.checkNotes?.map((note) => [note.number, note.ignored])).toEqual([
      [1, undefined],
      [2, { reason: '1人为借调人员，已说明' }],
    ]);
    // the ignored note is in the Markdown appendix after the report, not before it
    const markdown = draftToMarkdown(draft);
    expect(markdown.indexOf('已忽略')).toBeGreaterThan(markdown.indexOf('## 核对提示'));
  });

  it('asks for the reason of a finding ignored without one, in the note only', () => {
    const draft = buildDraft(result, { ignored: [{ key: findingKey(accepted), reason: '  ', at: '' }] });
    expect(draft.checkNotes?.[1].text.zh).toBe('实有人数与各类人员之和不符（见工作表“基本情况”B7单元格）。已忽略，原因：【请填写：原因】。');
    expect(draftPlaceholders(draft).map((run) => run.field)).not.toContain('原因');
  });

  it('flags the unit’s text when a finding points at its cell, unless that finding was ignored', () => {
    const withTexts = workbookFromSheets({ 基本情况: [...UNIT, ['工作成效', '完成了云龙区的工作。']] });
    const place = finding({
      rule: 'place-names',
      sheet: '基本情况',
      cells: ['B11'],
      severity: 'warning',
      message: { zh: '提到“云龙区”', en: 'mentions 云龙区' },
    });
    const flagged = buildDraft(resultWith(withTexts, [place]));
    const run = draftParagraphs(flagged).find((p) => p.id === 'overall.achievements.1')!.runs[0];
    expect(run).toMatchObject({ kind: 'user', text: '完成了云龙区的工作。', flags: [{ rule: 'place-names' }] });
    const accepted = buildDraft(resultWith(withTexts, [place]), { ignored: [{ key: findingKey(place), reason: '确属本单位', at: '' }] });
    expect(draftParagraphs(accepted).find((p) => p.id === 'overall.achievements.1')!.runs[0].flags).toBeUndefined();
  });
});

describe('the unit’s texts typed in the pane, and edits', () => {
  const workbook = workbookFromSheets({ 基本情况: [...UNIT, ['问题', '表里写的问题。']] });

  it('uses a text typed in the pane instead of the sheet’s, one paragraph per line', () => {
    const draft = buildDraft(resultWith(workbook), { texts: { 问题: '第一个问题。\n\n　　第二个问题。', 改进措施: '下一步改进措施：加强管理。' } });
    expect(byId(draft, 'problems.unit.1')).toBe('第一个问题。');
    expect(byId(draft, 'problems.unit.2')).toBe('第二个问题。');
    expect(text(draft)).not.toContain('表里写的问题');
    expect(byId(draft, 'problems.measures')).toBe('下一步改进措施：加强管理。');
  });

  it('keeps edits by paragraph id as the unit’s text, and removes a paragraph edited to nothing', () => {
    const draft = buildDraft(resultWith(workbook), { edits: { 'unit.intro': '改写后的介绍。', 'problems.unit.1': '  ', 'no.such.paragraph': 'x' } });
    const intro = draftParagraphs(draft).find((p) => p.id === 'unit.intro')!;
    expect(intro).toMatchObject({ edited: true, runs: [{ kind: 'user', text: '改写后的介绍。' }] });
    expect(draftParagraphs(draft).some((p) => p.id === 'problems.unit.1')).toBe(false);
  });
});
