/**
 * --out --indicators-sheet: the copy gains a 共性指标 sheet of text, and every other part of the
 * copy is byte for byte what --out wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { addIndicatorSheet } from '../../src/cli/indicator-sheet';
import { readXlsxBuffer } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check-workbook';
import { indicatorTableRows } from '../../src/core/indicators/indicator-table';
import { cellValue } from '../../src/core/grid/sheet-access';
import { runCli } from '../support/xlsx-cli';
import { tempFolder } from '../support/xlsx-build';

const EXAMPLE = join(__dirname, '../../examples/shifeng-grid-2023.xlsx');
const temp = tempFolder();
afterAll(() => temp.cleanup());

async function parts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) entries.set(name, await zip.files[name].async('base64'));
  return entries;
}

describe('the indicator table on a new sheet of the --out copy', () => {
  it('--out --indicators-sheet --profile hunan: the table as text, read back as the core made it', async () => {
    const out = join(temp.path, 'copy.xlsx');
    const { stderr } = await runCli([EXAMPLE, '--profile', 'hunan', '--out', out, '--indicators-sheet']);
    expect(stderr).toContain('已在副本中写入指标表：工作表“共性指标”');
    const copy = await readXlsxBuffer(readFileSync(out), 'copy.xlsx');
    expect(copy.sheets.map((sheet) => sheet.name)).toEqual(['基本情况', '收支总表', '项目支出', '共性指标']);
    const result = checkWorkbook(await readXlsxBuffer(readFileSync(EXAMPLE), 'x.xlsx'), { profile: 'hunan' });
    const rows = indicatorTableRows(result.indicators, result.profile, 'zh');
    const sheet = copy.sheets[3];
    rows.forEach((row, r) =>
      row.forEach((text, c) => expect([r + 1, c + 1, cellValue(sheet, r + 1, c + 1)]).toEqual([r + 1, c + 1, text === '' ? null : text])),
    );
    expect(cellValue(sheet, 4, 2)).toBe('28.02%'); // text, not the number 0.2802
    // the copy is still checked the same: the new sheet is not taken for a table
    const again = checkWorkbook(copy, { profile: 'hunan' });
    expect(again.tables.map((table) => table.sheet)).toEqual(['基本情况', '收支总表', '项目支出']);
  });

  it('changes nothing else: every other part of the copy is byte for byte the same; a second sheet gets its own name', async () => {
    const out = join(temp.path, 'plain.xlsx');
    await runCli([EXAMPLE, '--out', out]);
    const before = await parts(readFileSync(out));
    const name = await addIndicatorSheet(out, '共性指标', [
      ['=SUM(A1:A2)', '1'],
      ['<&>"', ''],
    ]);
    expect(name).toBe('共性指标');
    const after = await parts(readFileSync(out));
    const changed = [...after.keys()].filter((key) => before.get(key) !== after.get(key)).sort();
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet4.xml']);
    expect(before.has('xl/worksheets/sheet4.xml')).toBe(false);
    const copy = await readXlsxBuffer(readFileSync(out), 'plain.xlsx');
    const added = copy.sheets.find((sheet) => sheet.name === '共性指标')!;
    // a formula-like text stays text
    expect(cellValue(added, 1, 1)).toBe('=SUM(A1:A2)');
    expect(added.formulas?.[0]?.[0] ?? null).toBeNull();
    expect(cellValue(added, 2, 1)).toBe('<&>"');
    await expect(addIndicatorSheet(out, '共性指标', [['x']])).resolves.toBe('共性指标 (2)');
  });

  it('--indicators-sheet without --out is a usage error', async () => {
    const { code, stderr } = await runCli([EXAMPLE, '--indicators-sheet']);
    expect(code).toBe(2);
    expect(stderr).toContain('--indicators-sheet 须与 --out 一起使用');
  });
});
