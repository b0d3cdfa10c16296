/**
 * The CLI on hostile and malformed workbooks (built in hostile-workbooks.ts): each one gets
 * findings or one clear line on stderr (exit 2), never a stack trace or a crash, and its bytes are
 * never changed. Nothing here is timed; the generous timeouts only catch a hang.
 */
import { readFileSync } from 'node:fs';
import type { JsonReport } from '../../src/cli/output-json';
import { tempFolder } from '../support/xlsx-build';
import { runCli, type CliRun } from '../support/xlsx-cli';
import { ERROR_CELLS, EXCEL_ERRORS, HOSTILE_INPUTS, HUGE_TEXT_LENGTH, type HostileInput } from './hostile-workbooks';

type Finding = JsonReport['findings'][number];

/** What the seed workbook itself gets (errors, warnings, information). */
const SEED_COUNTS = { error: 1, warning: 1, info: 5 };

interface Checked {
  readonly code: 0 | 1;
  /** What the report must show beyond "findings, no crash". */
  readonly report?: (report: JsonReport) => void;
}

interface Refused {
  readonly code: 2;
  readonly says: string;
}

const at = (report: JsonReport, rule: string, row: number): Finding[] => report.findings.filter((f) => f.rule === rule && f.row === row);
const tablesOf = (report: JsonReport) => report.tables.map((table) => `${table.kind}@${table.sheet}`);

const EXPECTED: Readonly<Record<string, Checked | Refused>> = {
  'merged-across-tables.xlsx': {
    code: 1,
    report: (report) => {
      // the merge over H11:I14 keeps H11 only (as Excel does): two projects lose figures and are reported
      expect(at(report, 'project-balance', 11)).toHaveLength(1);
      expect(at(report, 'project-balance', 13)).toHaveLength(1);
      // the merge over B13:B15 takes the 合计 label of row 15: its sums make it a total, and that is said
      expect(at(report, 'table-structure', 15)).toEqual([
        expect.objectContaining({ severity: 'warning', cells: ['B15'], message: expect.stringContaining('B13:B15') }),
      ]);
      expect(at(report, 'project-balance', 15)).toEqual([]);
      expect(tablesOf(report)).toEqual(expect.arrayContaining(['unit-info@基本情况', 'summary@收支总表', 'projects@项目支出']));
    },
  },
  'hidden-rows-and-sheets.xlsx': {
    code: 1,
    report: (report) => {
      // hidden rows and sheets are checked like any other
      expect(at(report, 'project-balance', 8)).toEqual([
        expect.objectContaining({ severity: 'error', sheet: '项目支出', cells: expect.arrayContaining(['H8']) }),
      ]);
      expect(tablesOf(report)).toContain('summary@收支总表');
    },
  },
  'every-excel-error.xlsx': {
    code: 1,
    report: (report) => {
      EXCEL_ERRORS.forEach((error, i) => {
        const named = report.findings.filter((f) => f.rule === 'amounts-valid' && f.cells[0] === ERROR_CELLS[i]);
        expect(named).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining(error) })]);
      });
    },
  },
  'dates-and-booleans.xlsx': {
    code: 1,
    report: (report) => {
      const valid = report.findings.filter((f) => f.rule === 'amounts-valid').map((f) => [f.cells[0], f.severity]);
      expect(valid).toEqual([
        ['C4', 'error'],
        ['D8', 'error'],
        ['H11', 'error'],
        ['I13', 'error'],
      ]);
      const message = (cell: string) => report.findings.find((f) => f.cells[0] === cell && f.rule === 'amounts-valid')?.message;
      expect(message('C4')).toContain('2023-12-31');
      expect(message('D8')).toContain('TRUE');
      expect(message('I13')).toContain('2024-01-01');
    },
  },
  'million-formatted-rows.xlsx': {
    code: 1,
    report: (report) => {
      // formatted but empty rows are no part of the table, and change nothing
      expect(report.tables.find((table) => table.kind === 'projects')?.range).toBe('A3:J15');
      expect(report.counts).toEqual(SEED_COUNTS);
    },
  },
  'ten-thousand-columns.xlsx': {
    code: 1,
    report: (report) => expect(report.counts).toEqual(SEED_COUNTS),
  },
  'duplicate-headers.xlsx': {
    code: 1,
    report: (report) => {
      // the first 实际支出 column (H) is the one checked: its projects add up to 1964.40, not 10 …
      const spending = report.findings.find((f) => f.rule === 'projects-vs-summary' && f.cells[0] === 'B10');
      expect(spending?.expected).toBe(1964.4);
      // … and the columns left out are said, not dropped silently
      const duplicates = report.findings.filter((f) => f.rule === 'table-structure').map((f) => [f.severity, f.subject, f.cells]);
      expect(duplicates).toEqual([
        ['warning', '项目名称', ['B3', 'L3']],
        ['warning', '实际支出', ['H3', 'K3']],
      ]);
    },
  },
  'two-tables-on-one-sheet.xlsx': {
    code: 1,
    report: (report) => {
      expect(tablesOf(report)).toEqual(expect.arrayContaining(['projects@项目支出', 'summary@项目支出']));
      // the two tables are compared with each other: the seed's 0.01 万元 is found on the one sheet
      expect(report.findings.find((f) => f.rule === 'projects-vs-summary' && f.severity === 'error')).toMatchObject({ sheet: '项目支出', difference: 0.01 });
    },
  },
  'quotes-and-emoji.xlsx': {
    code: 1,
    report: (report) => {
      expect(at(report, 'project-balance', 8)).toEqual([expect.objectContaining({ sheet: `项目"支出'表😀` })]);
      expect(tablesOf(report)).toContain(`summary@收支'总表"📊`);
    },
  },
  'huge-strings.xlsx': {
    code: 1,
    report: (report) => {
      expect(report.counts).toEqual(SEED_COUNTS);
      // the huge name is the project's name, whole (a finding about its sub-items names it)
      expect(at(report, 'sub-items', 13)[0].subject.length).toBeGreaterThan(HUGE_TEXT_LENGTH);
    },
  },
  'circular-references.xlsx': {
    code: 1,
    report: (report) => {
      // each loop is named once, as an error: C4 and D4 referring to each other, the 合计 H15 summing itself
      const loops = report.findings.filter((f) => f.rule === 'circular-references');
      expect(loops).toEqual([
        expect.objectContaining({ severity: 'error', sheet: '项目支出', row: 4, cells: ['C4', 'D4'], message: expect.stringContaining('C4 → D4 → C4') }),
        expect.objectContaining({ severity: 'error', sheet: '项目支出', row: 15, cells: ['H15'], message: expect.stringContaining('=SUM(H4:H15)') }),
      ]);
      // Excel's cached results are read as they stand; the 合计 summing itself is also the odd formula out
      expect(at(report, 'formula-consistency', 15)).toEqual([expect.objectContaining({ cells: ['H15'], message: expect.stringContaining('=SUM(H4:H15)') })]);
      expect(report.counts.error).toBe(SEED_COUNTS.error + loops.length);
    },
  },
  'truncated.xlsx': { code: 2, says: '文件已损坏' },
  'corrupted.xlsx': { code: 2, says: '文件已损坏' },
  'claims-to-be-huge.xlsx': { code: 2, says: '工作表数据过大' },
  'report.xlsx': { code: 2, says: '这是 PDF 文件，不是电子表格工作簿' },
  'old-format.xls': { code: 2, says: '文件已损坏：复合文档目录无法读取' },
  'figures.csv': { code: 2, says: '不是电子表格工作簿' },
};

const temp = tempFolder('budget-check-hostile-');
afterAll(() => temp.cleanup());

function expectNoCrash(run: CliRun): void {
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/TypeError|RangeError|ReferenceError|SyntaxError|内部错误|internal error/);
}

/** Runs the CLI twice (text, then JSON) on the input, and checks its bytes are as they were. */
async function runOn(input: HostileInput): Promise<{ text: CliRun; json: CliRun }> {
  const bytes = await input.build();
  const file = temp.file(input.file, bytes);
  const text = await runCli([file]);
  const json = await runCli([file, '--json']);
  expect(readFileSync(file).equals(bytes)).toBe(true);
  return { text, json };
}

describe('hostile workbooks: findings or one clear message, never a crash, input untouched', () => {
  it('every hostile input has an expectation', () => {
    expect(HOSTILE_INPUTS.map((input) => input.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(HOSTILE_INPUTS.map((input) => [input.what, input] as const))(
    '%s',
    async (_what, input) => {
      const expected = EXPECTED[input.file];
      const { text, json } = await runOn(input);
      for (const run of [text, json]) {
        expectNoCrash(run);
        expect(run.code).toBe(expected.code);
      }
      if (expected.code === 2) {
        for (const run of [text, json]) {
          expect(run.stdout).toBe('');
          const lines = run.stderr.trimEnd().split('\n');
          expect(lines).toHaveLength(1);
          expect(lines[0]).toContain(input.file);
          expect(lines[0]).toContain(expected.says);
        }
        return;
      }
      expect(text.stderr).toBe('');
      expect(text.stdout).toMatch(/错误 \d+ 个，警告 \d+ 个，提示 \d+ 个\n$/);
      const report = JSON.parse(json.stdout) as JsonReport;
      expect(report.findings.length).toBeGreaterThan(0);
      expected.report?.(report);
    },
    // a million rows take some seconds; the timeout is only there to catch a hang
    240_000,
  );
});
