/**
 * "Done when": change each amount cell of the seed workbook in turn, by 0.01 and by 100, and a
 * finding must name that cell's row (or cell); a change within the tolerance (0.004) must fire
 * no new finding. Runs the CLI on real .xlsx files, as a user would.
 */
import ExcelJS from 'exceljs';
import { fenToNumber, numberToFen, sumFen } from '../../src/core/money/fen';
import type { JsonFinding, JsonReport } from '../../src/cli/output-json';
import { bytesOf, loadBook, seedBook, tempFolder } from '../support/xlsx-build';
import { checkJson } from '../support/xlsx-cli';

const PROJECT_ROWS = [4, 8, 11, 13];
const SUB_ITEM_ROWS = [5, 6, 7, 9, 10, 12, 14];
const TOTAL_ROW = 15;
const AMOUNT_COLUMNS = ['C', 'D', 'E', 'F', 'G', 'H', 'I'];
const SPENDING_COLUMN = 'H';

interface Target {
  readonly sheet: '项目支出' | '收支总表';
  readonly address: string;
}

const TARGETS: Target[] = [
  ...PROJECT_ROWS.flatMap((row) => AMOUNT_COLUMNS.map((column) => ({ sheet: '项目支出' as const, address: `${column}${row}` }))),
  ...SUB_ITEM_ROWS.map((row) => ({ sheet: '项目支出' as const, address: `${SPENDING_COLUMN}${row}` })),
  ...AMOUNT_COLUMNS.map((column) => ({ sheet: '项目支出' as const, address: `${column}${TOTAL_ROW}` })),
  ...[4, 5, 6, 7, 8, 9, 10, 11].map((row) => ({ sheet: '收支总表' as const, address: `B${row}` })),
];

const temp = tempFolder();
let seedBytes: Buffer;
let baseline: JsonReport;
let runs = 0;

beforeAll(async () => {
  seedBytes = await bytesOf(seedBook());
  baseline = (await checkJson(temp.file('seed.xlsx', seedBytes))).report;
});
afterAll(() => temp.cleanup());

function plus(value: number, delta: string): number {
  return fenToNumber(numberToFen(value, '万元')! + numberToFen(Number(delta), '万元')!, '万元');
}

/**
 * The seed with one cell changed. A project amount changes as a user types it, and the 合计 row's
 * SUM is recomputed as Excel would; a 合计 cell is typed over, replacing its formula.
 */
async function mutated(target: Target, delta: string): Promise<string> {
  const book = await loadBook(seedBytes);
  const sheet = book.getWorksheet(target.sheet)!;
  const cell = sheet.getCell(target.address);
  const row = Number(cell.row);
  const original = (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value) as number;
  cell.value = plus(original, delta);
  if (target.sheet === '项目支出' && PROJECT_ROWS.includes(row)) {
    const column = target.address.replace(/\d+/, '');
    const total = sheet.getCell(`${column}${TOTAL_ROW}`);
    const sum = sumFen(PROJECT_ROWS.map((r) => numberToFen(sheet.getCell(`${column}${r}`).value as number, '万元')!));
    total.value = { formula: total.formula, result: fenToNumber(sum, '万元') };
  }
  return temp.file(`mutated-${runs++}.xlsx`, await bytesOf(book));
}

function fingerprint(finding: JsonFinding): string {
  return JSON.stringify(finding);
}

function identity(finding: JsonFinding): string {
  return [finding.rule, finding.severity, finding.sheet, finding.row, finding.subject].join('|');
}

function namesCell(finding: JsonFinding, target: Target): boolean {
  const row = Number(target.address.replace(/^[A-Z]+/, ''));
  const cells = finding.cells.map((cell) => cell.replace(/^'?([^'!]*)'?!/, (_m, sheet: string) => (sheet === target.sheet ? '' : `${sheet}!`)));
  return (finding.sheet === target.sheet && finding.row === row) || cells.includes(target.address);
}

describe.each(TARGETS)('$sheet!$address', (target) => {
  it.each(['0.01', '100'])('changed by %s: a new finding names its row or cell', async (delta) => {
    const { report } = await checkJson(await mutated(target, delta));
    const before = new Set(baseline.findings.map(fingerprint));
    const fresh = report.findings.filter((finding) => !before.has(fingerprint(finding)));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.filter((finding) => namesCell(finding, target))).not.toEqual([]);
  });

  it('changed by 0.004 (within the 0.005 tolerance): no new finding about the figures', async () => {
    const { report } = await checkJson(await mutated(target, '0.004'));
    const known = new Set(baseline.findings.map(identity));
    const fresh = report.findings.filter((finding) => !known.has(identity(finding)));
    // typing a number over a 合计 formula is itself reported (a hard-coded total), whatever the number
    const typedOverTotal = target.address.endsWith(String(TOTAL_ROW)) && target.sheet === '项目支出';
    expect(fresh.map((f) => f.rule)).toEqual(typedOverTotal ? ['formula-consistency'] : []);
  });
});
