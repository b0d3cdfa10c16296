/** The bundled example workbooks: made by `npm run examples` from readable specs, and kept in step. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBudgetWorkbook } from '../../src/cli/examples/budget-workbook-layout';
import { SHIFENG_GRID_2023 } from '../../src/cli/examples/shifeng-grid-2023';
import { buildTemplateWorkbook } from '../../src/cli/examples/template-workbook';
import { readXlsxBuffer } from '../../src/cli/read-xlsx';
import { numberToFen } from '../../src/core/money/fen';
import { TEMPLATE_SHEETS } from '../../src/core/template/template-sheets';
import { bytesOf, loadBook } from '../support/xlsx-build';
import { checkJson } from '../support/xlsx-cli';

const EXAMPLES = resolve(__dirname, '../../examples');

describe.each([
  ['shifeng-grid-2023.xlsx', () => buildBudgetWorkbook(SHIFENG_GRID_2023)],
  ['template.xlsx', () => buildTemplateWorkbook()],
])('examples/%s', (file, build) => {
  it('is what `npm run examples` makes from its spec (rerun it after changing the spec)', async () => {
    const onDisk = await readXlsxBuffer(readFileSync(join(EXAMPLES, file)), file);
    const fresh = await readXlsxBuffer(await bytesOf(build()), file);
    expect(onDisk).toEqual(fresh);
  });

  it('opens in Excel as a finished file: widths, a bold header, a unit note, formulas with their results', async () => {
    const book = await loadBook(readFileSync(join(EXAMPLES, file)));
    const projects = book.getWorksheet('项目支出')!;
    expect(projects.getCell('A2').value).toBe('单位：万元');
    expect(projects.getCell('B3').value).toBe('项目名称');
    expect(projects.getCell('B3').font?.bold).toBe(true);
    expect(projects.getColumn(2).width).toBeGreaterThan(20);
    let formulas = 0;
    projects.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        formulas++;
        expect(typeof cell.result).toBe('number');
      }),
    );
    expect(formulas).toBeGreaterThanOrEqual(7);
  });
});

describe('the example figures (spec §4)', () => {
  const fen = (n: number) => numberToFen(n, '万元')!;

  it('every project balances: 年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加 = 实际支出 + 结余结转', () => {
    for (const p of SHIFENG_GRID_2023.projects) {
      expect(fen(p.initialBudget) + fen(p.transfer) + fen(p.increase) - fen(p.decrease) + fen(p.added)).toBe(fen(p.spending) + fen(p.carryOver));
    }
  });

  it('every figure names the sentence of the seed it comes from', () => {
    const seed = readFileSync(resolve(__dirname, '../../../shared/seed/000_05da2079a9c984e4.txt'), 'utf8').replace(/\s+/g, '');
    const origins = [
      ...SHIFENG_GRID_2023.summary.map((e) => [e.value, e.origin] as const),
      ...SHIFENG_GRID_2023.projects.flatMap((p) => [
        ...[p.initialBudget, p.transfer, p.decrease, p.added, p.spending, p.carryOver].map((v) => [v, p.origin] as const),
        ...p.subItems.map((s) => [s.spending, s.origin] as const),
      ]),
    ];
    for (const [value, origin] of origins) {
      expect(origin).toContain(`${value}万元`);
    }
    for (const p of SHIFENG_GRID_2023.projects) {
      expect(seed).toContain(p.origin.replace(/^\d[．.]\s*/, '').replace(/\s+/g, ''));
      for (const s of p.subItems) expect(seed).toContain(s.purpose);
    }
  });

  it('the 云龙区 sentence is kept as published', () => {
    const purposes = SHIFENG_GRID_2023.projects.flatMap((p) => p.subItems.map((s) => s.purpose));
    expect(purposes).toContain('主要用于完成云龙区网格化平台上的基础数据与石峰区网格平台融合。');
  });
});

describe('examples/template.xlsx', () => {
  it('holds the core template sheets the pane inserts, and checks clean', async () => {
    const book = await readXlsxBuffer(readFileSync(join(EXAMPLES, 'template.xlsx')), 'template.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(TEMPLATE_SHEETS.map((s) => s.name));
    const { code, report } = await checkJson(join(EXAMPLES, 'template.xlsx'));
    expect(report.tables.map((t) => t.kind)).toEqual(['unit-info', 'summary', 'projects']);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(code).toBe(0);
  });
});
