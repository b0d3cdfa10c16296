/**
 * Issue [4], measured on examples/forms-2023.xlsx (the seed's project table beside real forms with
 * real slips): no sentence states a figure a finding says is wrong without its mark; each project
 * has one execution rate; open findings are 核对提示 outside the body, and Word comments in the .docx.
 */
import { join } from 'node:path';
import { Packer } from 'docx';
import { readXlsxFile } from '../../../src/cli/read-xlsx';
import { checkWorkbook } from '../../../src/core/check-workbook';
import type { CheckResult } from '../../../src/core/check-api';
import { findingKey } from '../../../src/core/findings/finding-key';
import { findingCells } from '../../../src/core/report/draft-context';
import { buildDraft } from '../../../src/core/report/build-draft';
import { correctionEdit } from '../../../src/core/report/correction-edit';
import { draftParagraphs, paragraphText, type Draft } from '../../../src/core/report/draft-model';
import { draftToDocx } from '../../../src/core/report/export/docx-document';
import { draftToMarkdown } from '../../../src/core/report/export/markdown';
import { draftToPlainText } from '../../../src/core/report/export/plain-text';
import { readDocx } from './docx-read-back';

let result: CheckResult;
let draft: Draft;

beforeAll(async () => {
  result = checkWorkbook(await readXlsxFile(join(__dirname, '../../../examples/forms-2023.xlsx')));
  draft = buildDraft(result);
});

const key = (ref: { sheet: string; address: string }) => `${ref.sheet}!${ref.address}`;

it('marks every paragraph stating a figure from a cell a finding says is wrong, with that finding', () => {
  const open = result.findings.filter((f) => f.severity !== 'info');
  let checked = 0;
  for (const finding of open) {
    const wrong = key(findingCells(finding)[0]);
    for (const paragraph of draftParagraphs(draft)) {
      const states = paragraph.runs.some((run) => run.kind === 'computed' && (run.sources ?? []).some((s) => key(s) === wrong));
      if (!states) continue;
      checked += 1;
      const marked = paragraph.runs.some((run) => run.flags?.some((flag) => flag.rule === finding.rule && flag.message.zh === finding.message.zh));
      expect([paragraph.id, finding.rule, marked]).toEqual([paragraph.id, finding.rule, true]);
    }
  }
  expect(checked).toBeGreaterThan(0);
});

it('marks 得分10分 of 业务性专项经费 and offers 3.8', () => {
  const project = draftParagraphs(draft).find((p) => p.id === 'project:业务性专项经费')!;
  expect(paragraphText(project)).toContain('该项目自评得分100分，其中预算执行率37.97%，得分10分。');
  const score = project.runs.find((run) => run.text === '10');
  expect(score?.flags?.map((flag) => flag.corrected)).toEqual(['3.8']);
});

it('gives each project one execution rate in the whole draft', () => {
  const text = draftParagraphs(draft).map(paragraphText).join('\n');
  for (const name of ['网格信息化建设项目', '业务性专项经费', '网格通手机套餐资费服务']) {
    const paragraphs = draftParagraphs(draft)
      .filter((p) => p.id === `project:${name}` || p.id === `problems.rate:${name}`)
      .map(paragraphText);
    const rates = new Set(paragraphs.flatMap((p) => [...p.matchAll(/执行率为?([0-9.]+)%/g)].map((m) => m[1])));
    expect([name, rates.size]).toEqual([name, 1]);
  }
  expect(text).not.toContain('57.13%');
  expect(text).toContain('预算执行率57.03%，得分5.71分。预算执行率按项目支出表的实际支出与全年预算计算。');
});

it('keeps section 四 prose: no finding, no cell address', () => {
  const problems = draft.sections
    .find((s) => s.id === 'problems')!
    .paragraphs.map(paragraphText)
    .join('\n');
  expect(problems).not.toMatch(/单元格|工作表|[A-Z]+[0-9]+/);
});

it('lists every open finding in the 核对提示, in the Markdown appendix after the report', () => {
  const open = result.findings.filter((f) => f.severity !== 'info');
  expect(draft.checkNotes?.length).toBe(open.length);
  const markdown = draftToMarkdown(draft);
  const appendix = markdown.slice(markdown.indexOf('## 核对提示'));
  expect(markdown.indexOf('## 核对提示')).toBeGreaterThan(markdown.indexOf('## 五、'));
  for (const finding of open) expect(appendix).toContain(finding.message.zh.replace(/[。.]$/, ''));
});

it('carries every open finding as a Word comment, anchored to the sentence that states it', async () => {
  const content = await readDocx(await Packer.toBuffer(draftToDocx(draft)));
  const comments = [...(content.commentsXml ?? '').matchAll(/<w:comment\b[\s\S]*?<\/w:comment>/g)].map(([xml]) =>
    [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );
  expect(comments).toHaveLength(draft.checkNotes!.length);
  const scoreNote = draft.checkNotes!.find((note) => note.rule === 'form-execution-score')!;
  expect(comments[scoreNote.number - 1]).toContain('预算执行率得分应为3.8分');
  // the comment on the score sits in the paragraph of 业务性专项经费
  const paragraphXml = [...content.documentXml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)]
    .map(([xml]) => xml)
    .find((xml) => xml.includes('业务性专项经费”年初预算'))!;
  expect(paragraphXml).toContain(`<w:commentRangeStart w:id="${scoreNote.number}"/>`);
  expect(content.documentXml).not.toContain('单元格）');
});

it('offers the corrected figure as an edit of its paragraph (得分10 → 3.8), nothing for a figure computed from the cell', () => {
  const scoreNote = draft.checkNotes!.find((note) => note.rule === 'form-execution-score')!;
  const edit = correctionEdit(draft, scoreNote.number);
  expect(edit).toMatchObject({ paragraphId: 'project:业务性专项经费', from: '10', to: '3.8' });
  expect(edit?.text).toContain('该项目自评得分100分，其中预算执行率37.97%，得分3.8分。');
  const weightsNote = draft.checkNotes!.find((note) => note.rule === 'form-weights')!;
  expect(correctionEdit(draft, weightsNote.number)).toBeNull();
});

describe('findings the user ignored with a reason', () => {
  const CELL_ADDRESS = /[A-Z]{1,3}\d+单元格|见工作表|[A-Z]{1,3}\d+（/;
  let ignoredDraft: Draft;
  let ignored: CheckResult['findings'];
  let seedResult: CheckResult;
  beforeAll(async () => {
    // on the seed workbook, both findings are ignored, one of them naming a cell (“J6（主要用途）提到“云龙区”…”)
    seedResult = checkWorkbook(await readXlsxFile(join(__dirname, '../../../examples/shifeng-grid-2023.xlsx')));
    ignored = seedResult.findings.filter((f) => f.severity !== 'info');
    ignoredDraft = buildDraft(seedResult, { ignored: ignored.map((f) => ({ key: findingKey(f), reason: '已向财政局说明。', at: '' })) });
  });

  it('leave the body: no finding message and no cell address anywhere in it, 四 included', () => {
    expect(ignored.map((f) => f.message.zh).join('\n')).toMatch(/J6（主要用途）/);
    const body = draftParagraphs(ignoredDraft).map(paragraphText).join('\n');
    expect(body).not.toMatch(CELL_ADDRESS);
    for (const finding of ignored) expect(body).not.toContain(finding.message.zh.replace(/[。.]$/, ''));
    // and they flag nothing in it
    const notes = new Set(ignoredDraft.checkNotes!.filter((note) => note.ignored).map((note) => note.number));
    const flagged = draftParagraphs(ignoredDraft).flatMap((p) => p.runs.flatMap((run) => (run.flags ?? []).map((flag) => flag.note)));
    expect(flagged.filter((note) => note !== undefined && notes.has(note))).toEqual([]);
  });

  it('stay in the 核对提示 list, after the open ones, as 已忽略 with the reason (and as Word comments)', async () => {
    const notes = ignoredDraft.checkNotes!;
    const open = seedResult.findings.filter((f) => f.severity !== 'info').length - ignored.length;
    expect(notes.map((note) => note.ignored !== undefined)).toEqual([...Array(open).fill(false), ...Array(ignored.length).fill(true)]);
    for (const note of notes.slice(open)) expect(note.text.zh).toMatch(/单元格）。已忽略，原因：已向财政局说明。$/);
    const content = await readDocx(await Packer.toBuffer(draftToDocx(ignoredDraft)));
    expect((content.commentsXml ?? '').match(/<w:comment\b/g)).toHaveLength(notes.length);
  });
});

it('puts a note mark after the figure’s unit (1964.41万元［注1］), the figure’s run unchanged', () => {
  const markdown = draftToMarkdown(draft);
  expect(markdown).not.toMatch(/［注\d+］(?:万元|%|分)/);
  const score = draftParagraphs(draft)
    .find((p) => p.id === 'project:业务性专项经费')!
    .runs.find((run) => run.text === '10');
  expect(score?.flags?.length).toBeGreaterThan(0);
  const note = score!.flags![0].note!;
  expect(markdown).toContain(`得分10分［注${note}］`);
  expect(draftToPlainText(draft)).toContain(`得分10分［注${note}］`);
});

it('states each project form’s 年度目标 and its completion in 三（三）, for the projects of the table, in its order', () => {
  const goals = draftParagraphs(draft).filter((p) => p.id.startsWith('goals.project'));
  expect(goals.map(paragraphText)).toEqual([
    '各项目年度目标及完成情况如下：',
    '1．项目“网格信息化建设项目”年度目标：完成网格信息化平台建设与基础数据融合，保障平台稳定运行。完成情况：完成网格信息化建设专项和基础数据融合项目；经开区风险防控系统融入项目未支出，资金结转下年。',
    '2．项目“业务性专项经费”年度目标：保障代理记账服务和政务大厅正常运转。完成情况：支付区直部门代理记账服务费，保障“放管服”改革和政务大厅运转。',
    '3．项目“网格通手机套餐资费服务”年度目标：为网格员提供网格通手机套餐资费服务，推动“网上办公”。完成情况：缴纳网格通手机套餐资费，网格员移动办公正常开展。',
  ]);
  const target = goals[1].runs.find((run) => run.kind === 'user' && run.field === '年度目标');
  expect(target?.sources).toEqual([{ sheet: '项目自评-网格信息化', address: 'B11' }]);
  // the Sichuan form's project (工资性支出) is not in the 项目支出 table: no goal sentence for it
  expect(draftParagraphs(draft).map(paragraphText).join('\n')).not.toContain('工资性支出');
});

it('without a 项目支出 table, drafts every project form’s goal; a completion still the template’s instruction is a placeholder at its cell', async () => {
  const workbook = await readXlsxFile(join(__dirname, '../../../examples/forms-2023.xlsx'));
  const sichuan = buildDraft(checkWorkbook({ ...workbook, sheets: workbook.sheets.filter((sheet) => sheet.name === '四川-工资性支出') }));
  const goal = draftParagraphs(sichuan).find((p) => p.id.startsWith('goals.project:'))!;
  expect(paragraphText(goal)).toBe(
    '1．项目“51000021R000000019951-工资性支出”年度目标：严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。完成情况：【请填写：年度目标完成情况】',
  );
  expect(goal.runs.find((run) => run.kind === 'placeholder')?.sources).toEqual([{ sheet: '四川-工资性支出', address: 'D6' }]);
});
