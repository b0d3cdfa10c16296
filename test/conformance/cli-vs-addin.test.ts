/**
 * The CLI and the add-in give the same findings on the same workbook (issue 12).
 *
 * For every .xlsx/.xlsm in examples/ and under test/ (found when the test runs, so fixtures others add
 * are covered), two independent paths:
 *  - CLI: `checkFile`, the CLI's own file → Workbook → checkWorkbook entry (whatever reader it uses);
 *  - add-in: the file as Excel would present it to Office.js (excel-view.ts: jszip, no CLI code), loaded
 *    into the fake Excel host, read by the real Office gateway's snapshot, settings loaded as the pane
 *    does, checked by the pane's core (`bundledCore`) with the pane's settings.
 * Findings (every field), recognised tables, and the grids the core was given (values, formulas, the
 * formats of filled cells, merges, hidden sheets) must be identical.
 *
 * Files left out, each for a stated reason printed by the test:
 *  - formulas saved without results, or a workbook asking for recalculation on load: Excel computes
 *    those values on opening and this test cannot (test/fixtures/formula-values/ covers them);
 *  - files that are not a readable package at all (hostile or damaged on purpose): the independent
 *    view cannot open them either. A file the view opens but the CLI refuses is a failure, not a skip.
 *  (The hostile corpus of test/hardening is built in memory, not stored as files, so it is not globbed.)
 */
import { createCheckEngine, type PaneCheckResult } from '../../src/taskpane/engine/check-engine';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CheckResult } from '../../src/core/check-api';
import type { Sheet, Workbook } from '../../src/core/grid/types';
import { checkFile } from '../../src/cli/check-file';
import { InputError } from '../../src/cli/input-error';
import { bundledCore } from '../../src/taskpane/pane-core-bundled';
import { chooseRulebook, type RulebookSources } from '../../src/taskpane/view-model/rulebook-choice';
import { fakeGateway } from '../excel/fake-gateway';
import { NotAPackage, readExcelView, type ExcelView } from './excel-view';

const REPO = join(__dirname, '..', '..');
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'test-output', '.git']);

function workbooksUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : workbooksUnder(path);
    return /\.xls[xm]$/i.test(entry.name) && !entry.name.startsWith('~$') ? [path] : [];
  });
}

const WORKBOOKS = [...workbooksUnder(join(REPO, 'examples')), ...workbooksUnder(join(REPO, 'test'))].sort();

/** A finding or table as plain JSON (money quantities are bigint fen). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));

function comparable(result: Pick<CheckResult, 'unit' | 'rulebook' | 'tables' | 'counts' | 'findings'>) {
  return {
    unit: result.unit,
    rulebook: result.rulebook,
    tables: result.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range, rows: t.rows })),
    counts: result.counts,
    findings: plain(result.findings),
  };
}

/**
 * A sheet's content cell by cell, wherever its used range starts: values, formulas, and number formats
 * of the cells that hold something (a format on an empty cell changes nothing the core reads;
 * "General", which LibreOffice writes as a format of its own, is no format; `\` escapes are dropped
 * because exceljs, the CLI's reader today, drops them while Excel keeps them: `yyyy\-mm\-dd`).
 */
function sheetContent(sheet: Sheet) {
  const cells: Record<string, unknown> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c] ?? null;
      if ((value === null || value === '') && !formula) return;
      const format = sheet.numberFormats?.[r]?.[c] ?? null;
      cells[`R${sheet.top + r}C${sheet.left + c}`] = {
        value,
        formula,
        numberFormat: format === null || format === 'General' ? null : format.replace(/\\(.)/g, '$1'),
      };
    }),
  );
  const merges = [...(sheet.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: sheet.name, hidden: sheet.hidden ?? false, merges, cells };
}

const gridOf = (workbook: Workbook) => workbook.sheets.map(sheetContent);

type CliOutcome = { readonly result: CheckResult; readonly workbook: Workbook } | { readonly refused: InputError };

async function throughCli(file: string): Promise<CliOutcome> {
  try {
    const { result, workbook } = await checkFile(file, {}, 'zh');
    return { result, workbook };
  } catch (error) {
    if (error instanceof InputError) return { refused: error };
    throw error;
  }
}

/** The pane's rule sources as App.tsx builds them for a deployment without an organisation rulebook. */
const PANE_RULEBOOKS: RulebookSources = {
  parse: bundledCore.parseRulebook,
  bundled: bundledCore.bundledRulebook,
  defaultSource: 'bundled',
  loadOrganisation: () => Promise.reject(new Error('no organisation rulebook in this deployment')),
};

/** The pane's check (use-check.ts): snapshot through the Office gateway, its settings and rulebook choice, the check engine. */
async function throughAddIn(view: ExcelView): Promise<{ result: PaneCheckResult; workbook: Workbook }> {
  const { gateway } = fakeGateway(view.workbook);
  const settings = await gateway.loadSettings();
  const workbook = await gateway.readSnapshot();
  const choice = await chooseRulebook(settings, PANE_RULEBOOKS);
  // The engine the pane's worker runs (a host without workers runs the same one on the pane's thread).
  return { result: createCheckEngine().check(workbook, { toleranceWan: settings.toleranceWan, rulebook: choice.rulebook }), workbook };
}

/** Excel's view of the file, or null when it is no workbook package at all (its own reading errors fail the test). */
async function viewOf(file: string): Promise<ExcelView | null> {
  try {
    const view = await readExcelView(readFileSync(file), basename(file));
    return view.workbook.sheets.length > 0 ? view : null;
  } catch (error) {
    if (error instanceof NotAPackage) return null;
    throw error;
  }
}

describe('CLI and add-in give the same findings on the same workbook', () => {
  it('finds the example workbooks and the test fixtures', () => {
    const names = WORKBOOKS.map((f) => relative(REPO, f));
    expect(names).toEqual(expect.arrayContaining(['examples/shifeng-grid-2023.xlsx', 'examples/forms-2023.xlsx', 'examples/template.xlsx']));
    expect(names.some((n) => n.startsWith('test/'))).toBe(true);
  });

  // one test per file, named by its path, so a difference names the workbook
  it.each(WORKBOOKS.map((file) => [relative(REPO, file), file]))('%s', async (_name, file) => {
    const view = await viewOf(file);
    const cli = await throughCli(file);
    if (view === null) {
      // not a package Excel's view can open: it must be refused by the CLI too, in one clear line
      expect(cli).toHaveProperty('refused');
      return;
    }
    if (view.needsCalculation !== null) {
      console.info(`conformance: ${relative(REPO, file)} left out: ${view.needsCalculation} (Excel would compute it; see test/fixtures/formula-values)`);
      return;
    }
    const addIn = await throughAddIn(view);
    if ('refused' in cli) {
      // the CLI refuses a workbook with no recognised table; any other refusal of a readable file is a bug
      expect(cli.refused.textId === 'no-tables' || cli.refused.textId === 'as-is' ? cli.refused.textId : cli.refused.message).toMatch(/^(no-tables|as-is)$/);
      expect(addIn.result.tables).toEqual([]);
      return;
    }
    expect(comparable(addIn.result)).toEqual(comparable(cli.result));
    // the same grid too, so a difference that changes no finding today is still seen
    expect(gridOf(addIn.workbook)).toEqual(gridOf(cli.workbook));
  });
});
