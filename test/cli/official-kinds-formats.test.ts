/**
 * The official kinds in files other programs wrote: each workbook of test/fixtures/official-kinds
 * (made by exceljs, then converted by LibreOffice to .xls, .ods and its own .xlsx; see
 * make-official-kinds.ts there) is recognised as the same kind after the round trip and gives the
 * findings of the original through the CLI reader — exactly the planted slips, nothing more. The
 * same for the official Shanghai template holding all nine A2 tables, filled by openpyxl.
 */
import { join } from 'node:path';
import type { JsonReport } from '../../src/cli/output-json';
import { checkJson } from '../support/xlsx-cli';

const FOLDER = join(__dirname, '..', 'fixtures', 'official-kinds');

async function reportOf(file: string) {
  const { code, report } = await checkJson(join(FOLDER, file));
  const { file: _name, ...rest } = report as unknown as Record<string, unknown>;
  return { code, rest };
}

describe.each([
  ['a-budget-summary', ['budget-summary', 'appropriation-summary'], ['error 单位收支总表!B19']],
  ['b-final-accounts', ['final-accounts'], ['error 收入支出决算总表!B8']],
  ['c-basic-data', ['basic-data'], ['warning 基础数据表!E2']],
  ['d-indicator-block', ['indicator-block', 'form'], ['error 部门整体自评!G7']],
  ['e-project-plan', ['project-plan'], ['info 项目支出计划!D4', 'error 项目支出计划!B11']],
])('%s', (name, kinds, planted) => {
  let original: Awaited<ReturnType<typeof reportOf>>;
  beforeAll(async () => {
    original = await reportOf(`${name}.xlsx`);
  });

  it('the original is recognised and gives exactly its planted findings', () => {
    const { tables, findings } = original.rest as unknown as JsonReport;
    expect(tables.map((table) => table.kind)).toEqual(kinds);
    expect(findings.map((finding) => `${finding.severity} ${finding.sheet}!${finding.cells[0]}`)).toEqual(planted);
  });

  it.each(['.xls', '.ods', '-libreoffice.xlsx'])('saved by LibreOffice as %s, it gives the same report', async (suffix) => {
    expect(await reportOf(`${name}${suffix}`)).toEqual(original);
  });
});

describe('the Shanghai 2026 unit template filled by openpyxl (make-shanghai-filled.py), with two slips', () => {
  let original: Awaited<ReturnType<typeof reportOf>>;
  beforeAll(async () => {
    original = await reportOf('f-shanghai-unit-2026.xlsx');
  });

  it('all nine tables are recognised, and exactly the slips are found', () => {
    const { tables, findings } = original.rest as unknown as JsonReport;
    expect(tables.map((table) => table.kind)).toEqual([
      'budget-summary',
      ...Array(2).fill('classified-budget'),
      'appropriation-summary',
      ...Array(4).fill('classified-budget'),
      'three-public-budget',
    ]);
    expect(findings.map((finding) => `${finding.sheet}!${finding.cells.join(',')}`)).toEqual([
      '单位一般公共预算拨款表!F21,单位一般公共预算拨款基本支出明细表!D21',
      '单位“三公”经费和机关运行费预算表!A7,B7,C7,D7',
    ]);
  });

  it.each(['.ods', '-libreoffice.xlsx'])('saved by LibreOffice as %s, it gives the same report', async (suffix) => {
    expect(await reportOf(`f-shanghai-unit-2026${suffix}`)).toEqual(original);
  });
});
