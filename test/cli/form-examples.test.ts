/** examples/forms-2023.xlsx: made by src/cli/make-form-examples.ts from readable specs, and read back as written. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FORM_SHEETS, SICHUAN_CASE } from '../../src/cli/examples/forms-2023';
import { sheetOfSpec } from '../../src/cli/examples/form-sheet-spec';
import { buildFormWorkbook, FORM_EXAMPLE_FILE } from '../../src/cli/make-form-examples';
import { readXlsxBuffer } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check-workbook';
import type { Finding } from '../../src/core/rules/types';
import { bytesOf } from '../support/xlsx-build';

const ROOT = resolve(__dirname, '../..');
const brief = (finding: Finding): string => `${finding.sheet}!${finding.row} ${finding.rule}/${finding.messageId} ${finding.cells.join(',')}`;

describe('examples/forms-2023.xlsx', () => {
  it('is what make-form-examples writes from its spec (rerun it after changing the spec)', async () => {
    const onDisk = await readXlsxBuffer(readFileSync(join(ROOT, 'examples', FORM_EXAMPLE_FILE)), FORM_EXAMPLE_FILE);
    const fresh = await readXlsxBuffer(await bytesOf(buildFormWorkbook()), FORM_EXAMPLE_FILE);
    expect(onDisk).toEqual(fresh);
  });

  it('holds the 项目支出 table and every form sheet', async () => {
    const workbook = await readXlsxBuffer(await bytesOf(buildFormWorkbook()), FORM_EXAMPLE_FILE);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['项目支出', ...FORM_SHEETS.map((spec) => spec.name)]);
  });

  it('gives, read from the file, the same form findings as its grids (merges and all)', async () => {
    const fromFile = checkWorkbook(await readXlsxBuffer(await bytesOf(buildFormWorkbook()), FORM_EXAMPLE_FILE));
    const fromGrids = checkWorkbook({ sheets: FORM_SHEETS.map(sheetOfSpec) });
    const needsProjects = (f: Finding) => f.rule === 'form-vs-project' || f.messageId === 'follows-project';
    const formFindings = (findings: readonly Finding[]) => findings.filter((f) => f.rule.startsWith('form-') && !needsProjects(f)).map(brief);
    expect(formFindings(fromFile.findings)).toEqual(formFindings(fromGrids.findings));
    expect(fromFile.tables.filter((table) => table.kind === 'form')).toHaveLength(6);
    // the cross-check needs the 项目支出 sheet, which only the file has
    expect(fromFile.findings.filter(needsProjects).map(brief)).toEqual([
      '项目自评-网格信息化!6 form-execution-follows/follows-project F6,H6,I6',
      '项目自评-网格信息化!6 form-vs-project/spending F6',
    ]);
  });
});

describe('the Sichuan sheet', () => {
  it('invents no figure: every number in it is in the published case', () => {
    const published = readFileSync(resolve(ROOT, '../shared/cases/sichuan-project-form-2023.txt'), 'utf8');
    const numbers = SICHUAN_CASE.rows.flat().filter((cell): cell is number => typeof cell === 'number');
    expect(numbers.length).toBeGreaterThan(10);
    for (const n of numbers) expect(published).toContain(n === 0 ? '0.00' : String(n));
  });
});
