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
import { findingCells } from '../../../src/core/report/draft-context';
import { buildDraft } from '../../../src/core/report/build-draft';
import { correctionEdit } from '../../../src/core/report/correction-edit';
import { draftParagraphs, paragraphText, type Draft } from '../../../src/core/report/draft-model';
import { draftToDocx } from '../../../src/core/report/export/docx-document';
import { draftToMarkdown } from '../../../src/core/report/export/markdown';
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
    const paragraphs = draftParagraphs(draft).filter((p) => p.id === `project:${name}` || p.id === `problems.rate:${name}`).map(paragraphText);
    const rates = new Set(paragraphs.flatMap((p) => [...p.matchAll(/执行率为?([0-9.]+)%/g)].map((m) => m[1])));
    expect([name, rates.size]).toEqual([name, 1]);
  }
  expect(text).not.toContain('57.13%');
  expect(text).toContain('预算执行率57.03%，得分5.71分。预算执行率按项目支出表的实际支出与全年预算计算。');
});

it('keeps section 四 prose: no finding, no cell address', () => {
  const problems = draft.sections.find((s) => s.id === 'problems')!.paragraphs.map(paragraphText).join('\n');
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
  const paragraphXml = [...content.documentXml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map(([xml]) => xml).find((xml) => xml.includes('业务性专项经费”年初预算'))!;
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
