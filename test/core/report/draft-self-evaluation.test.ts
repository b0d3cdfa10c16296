/**
 * 三（二）gains each project's self-evaluation result when a 项目支出绩效自评表 of the same name is in
 * the workbook: `该项目自评得分…分，其中预算执行率…%，得分…分。` after the project's figures, computed
 * from the form's cells; a project without a form is drafted exactly as before.
 */
import { FORM_SHEETS } from '../../../src/cli/examples/forms-2023';
import { sheetOfSpec } from '../../../src/cli/examples/form-sheet-spec';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { Workbook } from '../../../src/core/grid/types';
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftParagraphs, paragraphText, type Draft, type DraftParagraph } from '../../../src/core/report/draft-model';
import { projectForm, VALID_INDICATORS, type Row } from '../forms/form-grids';
import { sentencesNotIn, sentencesOf } from './draft-helpers';
import { seedWorkbook } from './seed-workbook';

const SEED_IT_SENTENCE =
  '1．项目“网格信息化建设项目”年初预算金额90万元，上级转移支付88.67万元，年中调减0.13万元，追加5万元，实际支出104.68万元，结余结转78.86万元。';
const FORM_SHEET = '项目自评';

/** The seed's 网格信息化建设项目 on a national form: 183.54 budgeted, 104.68 spent (57.03%), scored 5.7 + 90. */
const IT_MONEY: readonly Row[] = [
  ['年度资金总额', 90, 183.54, 104.68, 10, '57.03%', 5.7],
  ['其中：当年财政拨款', 90, 183.54, 104.68, '—', null, '—'],
  ['上年结转资金', 0, 0, 0, '—', null, '—'],
  ['其他资金', 0, 0, 0, '—', null, '—'],
];
const IT_TOTAL: Row = ['总分', null, null, null, null, 100, 95.7, null];

function seedWith(formRows: readonly Row[], sheet = FORM_SHEET): Workbook {
  const seed = seedWorkbook();
  return { ...seed, sheets: [...seed.sheets, sheetFromRows(sheet, formRows)] };
}

function paragraph(draft: Draft, id: string): DraftParagraph {
  const found = draftParagraphs(draft).find((p) => p.id === id);
  if (!found) throw new Error(`no paragraph ${id}`);
  return found;
}

const at = (address: string) => ({ sheet: FORM_SHEET, address });
const seedDraft = buildDraft(checkWorkbook(seedWorkbook()));

describe('a project with a 项目支出绩效自评表', () => {
  const draft = buildDraft(checkWorkbook(seedWith(projectForm({ name: '网格信息化建设项目', money: IT_MONEY, total: IT_TOTAL }))));
  const it1 = paragraph(draft, 'project:网格信息化建设项目');

  it('gains one sentence after its figures, in the published style', () => {
    expect(paragraphText(it1)).toBe(`${SEED_IT_SENTENCE}该项目自评得分95.7分，其中预算执行率57.03%，得分5.7分。项目实施及绩效情况如下：`);
  });

  it('marks the sentence computed, with the form cells of its figures (总分 and the 得分 it includes, 全年预算数, 全年执行数)', () => {
    expect(it1.runs.find((run) => run.text.startsWith('该项目'))).toEqual({
      kind: 'computed',
      text: '该项目自评得分95.7分，其中预算执行率57.03%，得分5.7分。',
      sources: [at('G12'), at('G4'), at('C4'), at('D4')],
    });
  });

  it('changes nothing else: the only new sentence is the self-evaluation, no sentence lost', () => {
    const withForm = sentencesOf(draft);
    const seed = sentencesOf(seedDraft);
    expect(sentencesNotIn(withForm, seed).map((s) => s.key)).toEqual(['project:网格信息化建设项目|该项目自评得分95.7分，其中预算执行率57.03%，得分5.7分。']);
    expect(sentencesNotIn(seed, withForm)).toEqual([]);
  });

  it('finds the project by name when the form writes it with a project code or quotes', () => {
    for (const name of ['43020021R000000012345-网格信息化建设项目', '“网格信息化建设项目”']) {
      const coded = buildDraft(checkWorkbook(seedWith(projectForm({ name, money: IT_MONEY, total: IT_TOTAL }))));
      expect(paragraphText(paragraph(coded, 'project:网格信息化建设项目'))).toContain('该项目自评得分95.7分');
    }
  });

  it('rewrites exactly the sentences that mention a form figure when it changes, each naming the cell', () => {
    const changedTotal: Row = ['总分', null, null, null, null, 100, 96.25, null];
    const changed = buildDraft(checkWorkbook(seedWith(projectForm({ name: '网格信息化建设项目', money: IT_MONEY, total: changedTotal }))));
    const gone = sentencesNotIn(sentencesOf(draft), sentencesOf(changed));
    const added = sentencesNotIn(sentencesOf(changed), sentencesOf(draft));
    expect(gone.map((s) => s.text)).toEqual(['该项目自评得分95.7分，其中预算执行率57.03%，得分5.7分。']);
    // the new total no longer adds up: the total is marked, and the finding is a 核对提示, not report text
    expect(added.map((s) => s.text)).toEqual(['该项目自评得分96.25分，其中预算执行率57.03%，得分5.7分。']);
    for (const sentence of [...gone, ...added]) expect([...sentence.sources]).toContain(`${FORM_SHEET}!G12`);
    const totalRun = paragraph(changed, 'project:网格信息化建设项目').runs.find((run) => run.text === '96.25');
    expect(totalRun?.flags?.map((flag) => flag.rule)).toEqual(['form-total-score']);
    expect(changed.checkNotes?.map((note) => note.text.zh)).toContain(
      '“网格信息化建设项目”的自评总分为96.25分，但各项得分之和为95.7分（见工作表“项目自评”G12单元格）。',
    );
  });
});

describe('the bundled form examples beside the seed workbook', () => {
  const seed = seedWorkbook();
  const draft = buildDraft(checkWorkbook({ ...seed, sheets: [...seed.sheets, ...FORM_SHEETS.map(sheetOfSpec)] }));
  const performance = draft.sections.find((section) => section.id === 'performance')?.paragraphs ?? [];
  const evaluationSentences = performance.flatMap((p) => {
    const text = paragraphText(p);
    const start = text.indexOf('该项目自评得分');
    return start < 0 ? [] : [[p.id, text.slice(start, text.indexOf('项目实施及绩效情况'))]];
  });

  it('gives each project with a form its sentence, and the project without one (基层社会治理专项) none', () => {
    expect(evaluationSentences).toEqual([
      // the form's 全年执行数 (104.86) differs from the table's 实际支出 (104.68): the table's rate, said so, the same as in 四
      ['project:网格信息化建设项目', '该项目自评得分95.71分，其中预算执行率57.03%，得分5.71分。预算执行率按项目支出表的实际支出与全年预算计算。'],
      // the form wrote 100% (over 年初预算); the draft states the rate its own figures give: 18.37 ÷ 48.38
      ['project:业务性专项经费', '该项目自评得分100分，其中预算执行率37.97%，得分10分。'],
      ['project:网格通手机套餐资费服务', '该项目自评得分99.38分，其中预算执行率93.76%，得分9.38分。'],
    ]);
  });

  it('marks the scores a finding says are wrong (得分10 should be 3.8) and the total that includes it', () => {
    const runs = paragraph(draft, 'project:业务性专项经费').runs;
    const score = runs.find((run) => run.text === '10');
    expect(score?.flags?.map((flag) => [flag.rule, flag.corrected])).toEqual([['form-execution-score', '3.8']]);
    const total = runs.find((run) => run.text === '100');
    expect(total?.flags?.map((flag) => [flag.rule, flag.corrected])).toEqual([['form-execution-score', undefined]]);
  });

  it('leaves out the unit forms and the form of a project not in the table (工资性支出)', () => {
    // (四 still lists that form's findings; 三 drafts only the projects of the 项目支出 table)
    expect(performance.map(paragraphText).join('\n')).not.toContain('工资性支出');
  });
});

describe('figures as the form gives them', () => {
  const ONE_PROJECT = [['单位：万元'], ['序号', '项目名称', '年初预算', '实际支出', '结余结转'], [1, '测试项目', 2, 1.0009, 0.9991]];
  const draftOf = (money: readonly Row[], total: Row | null = ['总分', null, null, null, null, 100, 95.01, null]) =>
    buildDraft(
      checkWorkbook({
        sheets: [sheetFromRows('项目支出', ONE_PROJECT), sheetFromRows(FORM_SHEET, projectForm({ money, total, indicators: VALID_INDICATORS }))],
      }),
    );
  /** The runs of the self-evaluation sentence: from `该项目` to the `分。` that ends it. */
  const sentenceOf = (draft: Draft) => {
    const runs = paragraph(draft, 'project:测试项目').runs;
    const start = runs.findIndex((run) => run.text.startsWith('该项目'));
    const end = runs.findIndex((run, i) => i >= start && run.text.endsWith('分。'));
    if (start < 0 || end < 0) throw new Error(`no self-evaluation sentence in ${runs.map((run) => run.text).join('')}`);
    return runs.slice(start, end + 1);
  };

  it('computes the rate exactly, half up, from the fen (1.0009 ÷ 2 = 50.045% → 50.05%, where floats give 50.04)', () => {
    const draft = draftOf([['年度资金总额', 2, 2, 1.0009, 10, '50.05%', 5.01]]);
    expect(
      sentenceOf(draft)
        .map((run) => run.text)
        .join(''),
    ).toBe('该项目自评得分95.01分，其中预算执行率50.05%，得分5.01分。');
  });

  it('puts a placeholder for a score the form leaves blank, pointing at its cell', () => {
    const draft = draftOf([['年度资金总额', 2, 2, 1.9, 10, '95.00%', null]], ['总分', null, null, null, null, 100, null, null]);
    const runs = sentenceOf(draft);
    expect(runs.map((run) => run.text).join('')).toBe('该项目自评得分【请填写：自评总分】分，其中预算执行率95%，得分【请填写：预算执行率得分】分。');
    expect(runs.filter((run) => run.kind === 'placeholder')).toEqual([
      { kind: 'placeholder', text: '【请填写：自评总分】', field: '自评总分', sources: [at('G9')] },
      { kind: 'placeholder', text: '【请填写：预算执行率得分】', field: '预算执行率得分', sources: [at('G4')] },
    ]);
  });

  it('uses the written rate when the budget is 0 (not computable), and a placeholder when there is none', () => {
    const written = draftOf([['年度资金总额', 0, 0, 0, 10, '100%', 10]]);
    expect(
      sentenceOf(written)
        .map((run) => run.text)
        .join(''),
    ).toBe('该项目自评得分95.01分，其中预算执行率100%，得分10分。');
    const none = draftOf([['年度资金总额', 0, 0, 0, 10, '/', '/']]);
    const runs = sentenceOf(none);
    expect(runs.map((run) => run.text).join('')).toBe('该项目自评得分95.01分，其中预算执行率【请填写：预算执行率】%，得分【请填写：预算执行率得分】分。');
    expect(runs.find((run) => run.field === '预算执行率')?.sources).toEqual([at('F4')]);
  });
});
