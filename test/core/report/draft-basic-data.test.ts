/**
 * The 三公经费 / 公用经费 / 政府采购 sentences of 三（一）, end to end: a workbook grid with the Hunan
 * 基础数据表 (official-layouts.md §C) → checkWorkbook → buildDraft. Each figure carries its cell, and
 * one a finding says is wrong carries the draft's mark.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftParagraphs, paragraphText, type Draft, type DraftRun } from '../../../src/core/report/draft-model';
import { hunanBasicData, type Row } from '../../support/official-grids';
import { changed } from '../../support/grid-edit';
import { sentencesOf } from './draft-helpers';
import { seedWorkbook } from './seed-workbook';

/** The 基础数据表 without its 项目支出 line, which would be checked against the seed's own tables. */
function basicDataRows(): Row[] {
  return hunanBasicData().filter((row) => row[0] !== '项目支出');
}

function draftWith(rows: Row[] | null): { draft: Draft; findings: ReturnType<typeof checkWorkbook>['findings'] } {
  const seed = seedWorkbook();
  const workbook = rows ? { ...seed, sheets: [...seed.sheets, sheetFromRows('基础数据表', rows)] } : seed;
  const result = checkWorkbook(workbook);
  return { draft: buildDraft(result), findings: result.findings };
}

const paragraph = (draft: Draft) => draftParagraphs(draft).find((p) => p.id === 'overall.indicators');
const runWith = (draft: Draft, text: string): DraftRun | undefined => paragraph(draft)?.runs.find((run) => run.kind === 'computed' && run.text === text);

describe('a workbook with a 基础数据表', () => {
  const { draft, findings } = draftWith(basicDataRows());

  it('is checked clean, and the draft states 三公经费, 公用经费 and 政府采购 from its 本年预算数 and 本年决算数', () => {
    expect(findings.filter((finding) => finding.sheet === '基础数据表' && finding.severity !== 'info')).toEqual([]);
    expect(paragraphText(paragraph(draft)!)).toBe(
      '“三公”经费预算9万元，实际支出8.2万元，“三公”经费控制率为91.11%，支出控制在预算以内。' +
        '公用经费预算32万元，实际支出31.5万元，公用经费控制率为98.44%，支出控制在预算以内。' +
        '政府采购预算130万元，实际采购128万元，政府采购执行率为98.46%。' +
        // the common indicators follow in the same paragraph; 公用经费控制率 is not stated twice
        '经核算，预算完成率为87.3%，预算调整率为28.02%，结转结余率为12.7%，在职人员控制率为87.5%，“三公经费”变动率为-21.9%。',
    );
  });

  it('each sentence carries the cells of its figures, and none is marked', () => {
    const sources = Object.fromEntries(
      sentencesOf(draft)
        .filter((sentence) => sentence.key.startsWith('overall.indicators|') && !sentence.text.startsWith('经核算'))
        .map((sentence) => [sentence.text.slice(0, 4), [...sentence.sources].sort()]),
    );
    expect(sources).toEqual({
      '“三公”': ['基础数据表!D4', '基础数据表!E4'],
      公用经费: ['基础数据表!D10', '基础数据表!E10'],
      政府采购: ['基础数据表!D14', '基础数据表!E14'],
    });
    // none of the 基础数据表 figures is marked (the indicators' sentence carries the seed's own 1964.41 finding)
    const basicDataCells = new Set(Object.values(sources).flat());
    const marked = paragraph(draft)!.runs.filter((run) => (run.flags?.length ?? 0) > 0);
    expect(marked.filter((run) => run.sources?.some((source) => basicDataCells.has(`${source.sheet}!${source.address}`)))).toEqual([]);
  });
});

it('a workbook without a 基础数据表 gets none of these sentences', () => {
  const { draft } = draftWith(null);
  const all = draftParagraphs(draft).map(paragraphText).join('\n');
  expect(all).not.toMatch(/“三公”经费|公用经费|政府采购/);
});

it('spending above the budget is said, with the excess', () => {
  const rows = basicDataRows();
  rows[9] = ['公用经费', null, 30, 32, 33.5]; // 公用经费, with 其中 lines 10.5 + 9 + 4 below it
  const { draft } = draftWith(rows);
  expect(paragraphText(paragraph(draft)!)).toContain('公用经费预算32万元，实际支出33.5万元，公用经费控制率为104.69%，超出预算1.5万元。');
  const sentence = sentencesOf(draft).find((each) => each.text.startsWith('公用经费'));
  expect([...sentence!.sources].sort()).toEqual(['基础数据表!D10', '基础数据表!E10']);
});

it('a planted wrong 三公经费 total is found, and every figure of the sentence built on it is marked', () => {
  const { draft, findings } = draftWith(changed(basicDataRows(), 'E4', 1).rows);
  const wrong = findings.filter((finding) => finding.sheet === '基础数据表' && finding.severity === 'error');
  expect(wrong).toEqual([expect.objectContaining({ rule: 'table-identities', subject: '三公经费（本年决算数）' })]);
  expect(wrong[0].cells[0]).toBe('E4');
  expect(paragraphText(paragraph(draft)!)).toContain('“三公”经费预算9万元，实际支出9.2万元，“三公”经费控制率为102.22%，超出预算0.2万元。');
  // each carries the identity's error (and indicator-limits' warning that the control rate is over 100%)
  for (const text of ['9.2', '102.22', '0.2']) {
    expect(runWith(draft, text)?.flags).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'table-identities' })]));
  }
  // the figure read straight from the cell offers the corrected value the finding gives
  expect(runWith(draft, '9.2')?.flags?.find((flag) => flag.rule === 'table-identities')?.corrected).toBeDefined();
  expect(runWith(draft, '9.2')?.sources).toEqual([{ sheet: '基础数据表', address: 'E4' }]);
  // the budget is not what the finding says is wrong, nor are the other sentences
  expect(runWith(draft, '9')?.flags).toBeUndefined();
  expect(runWith(draft, '98.46')?.flags).toBeUndefined();
});

it('a line whose 本年决算数 is blank is not stated (no 0 nobody wrote)', () => {
  const rows = basicDataRows();
  rows[13] = ['政府采购金额', null, 120, 130, null];
  const { draft } = draftWith(rows);
  expect(paragraphText(paragraph(draft)!)).not.toContain('政府采购');
});
