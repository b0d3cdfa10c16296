import fc from 'fast-check';
import type { Finding, Severity } from '../../src/core/rules/types';
import { GatewayError } from '../../src/excel/gateway';
import { isHighlightFormula, SEVERITY_FILL } from '../../src/excel/highlight-plan';
import type { FakeSheetInput, FakeWorkbookInput } from '../support/fake-excel';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import { fakeGateway, hostOf } from './fake-gateway';

function finding(sheet: string, row: number, severity: Severity, cells = [`H${row}`], zh = `第${row}行不平衡`): Finding {
  return {
    rule: 'project-balance',
    severity,
    sheet,
    row,
    cells,
    subject: `项目${row}`,
    messageId: 'unbalanced',
    message: { zh, en: `Row ${row} does not balance` },
  };
}

/** A sheet the user has formatted: fills, fonts, number formats, their own rules and notes. */
function formattedSheet(name: string, rows = 12): FakeSheetInput {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 9 }, (_, c) => (r === 0 ? `列${c + 1}` : r * 10 + c)));
  return {
    name,
    values,
    numberFormats: values.map((row, r) => row.map((_, c) => (r > 0 && c > 1 ? '#,##0.00' : null))),
    fills: values.map((row, r) => row.map((_, c) => (r === 0 ? '#D9E1F2' : r === 5 && c === 7 ? '#FFFF00' : null))),
    fontColors: values.map((row, r) => row.map(() => (r === 3 ? '#C00000' : null))),
    bold: values.map((row, r) => row.map(() => r === 0)),
    conditionalFormats: [
      { range: 'C2:C12', formula: '=C2<0', fill: '#FF0000' },
      { range: 'D2:D12', type: 'DataBar' },
    ],
    notes: { B3: '这是用户自己的批注' },
  };
}

const workbook = (): FakeWorkbookInput => ({
  sheets: [formattedSheet('项目支出'), formattedSheet('收支总表', 6)],
  settings: { 'other-add-in': { keep: true } },
});

const findings = [
  finding('项目支出', 5, 'error'),
  finding('项目支出', 6, 'error'),
  finding('项目支出', 9, 'error'),
  finding('项目支出', 6, 'warning', ['C6']),
  finding('项目支出', 11, 'info', ['B11']),
  finding('收支总表', 4, 'warning', ['B4']),
];

const ours = <T extends { formula: string | null }>(formats: T[]) => formats.filter((f) => isHighlightFormula(f.formula));

describe('highlight', () => {
  it('adds one rule of its own per severity per sheet, over the rows, in the used columns', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    const outcome = await gateway.highlight(findings);

    expect(outcome).toEqual({ rowsHighlighted: 5, skippedSheets: [] });
    const rules = ours(fake.conditionalFormats('项目支出'));
    expect(rules.map((r) => [r.fill, r.ranges])).toEqual(
      expect.arrayContaining([
        [SEVERITY_FILL.error, ['A5:I6', 'A9:I9']],
        [SEVERITY_FILL.info, ['A11:I11']],
      ]),
    );
    expect(rules).toHaveLength(2);
    expect(ours(fake.conditionalFormats('收支总表')).map((r) => [r.fill, r.ranges])).toEqual([[SEVERITY_FILL.warning, ['A4:I4']]]);
  });

  it('shows the severity colour on the rows and the user’s own colours elsewhere', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    await gateway.highlight(findings);
    expect(fake.displayedFill('项目支出', 'H6')).toBe(SEVERITY_FILL.error);
    expect(fake.displayedFill('项目支出', 'B11')).toBe(SEVERITY_FILL.info);
    expect(fake.displayedFill('项目支出', 'A1')).toBe('#D9E1F2');
    expect(fake.displayedFill('项目支出', 'H7')).toBeNull();
  });

  it('never writes a cell format: every cell keeps its own fill, font and number format', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    const before = fake.formatSnapshot() as { cells: unknown }[];
    await gateway.highlight(findings);
    const after = fake.formatSnapshot() as { cells: unknown }[];
    expect(after.map((s) => s.cells)).toEqual(before.map((s) => s.cells));
    expect(fake.syncs.reduce((n, s) => n + s.cellsWritten, 0)).toBe(0);
  });

  it('explains each finding in a note on its first cell', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    await gateway.highlight(findings);
    const notes = fake.notes('项目支出');
    expect(notes.H5).toBe('预算绩效核对\n• 第5行不平衡');
    expect(notes.C6).toBe('预算绩效核对\n• 第6行不平衡');
    expect(fake.notes('收支总表').B4).toContain('第4行不平衡');
  });

  it('writes notes in English when asked', async () => {
    const { fake, gateway } = fakeGateway(workbook(), {}, { noteLanguage: () => 'en-US' });
    await gateway.highlight([finding('项目支出', 5, 'error')]);
    expect(fake.notes('项目支出').H5).toBe('Budget Check\n• Row 5 does not balance');
  });

  it('never writes over a note of the user’s', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    await gateway.highlight([finding('项目支出', 3, 'error', ['B3'])]);
    expect(fake.notes('项目支出').B3).toBe('这是用户自己的批注');
    expect(ours(fake.conditionalFormats('项目支出'))).toHaveLength(1);
  });

  it('writes everything in one batch with screen updating suspended, in a constant number of syncs', async () => {
    const few = fakeGateway(workbook());
    await few.gateway.highlight(findings.slice(0, 2));
    const many = fakeGateway({ sheets: [formattedSheet('项目支出', 2_000)] });
    await many.gateway.highlight(Array.from({ length: 600 }, (_, i) => finding('项目支出', 2 + i * 3, i % 3 === 0 ? 'error' : 'warning')));

    expect(many.fake.syncs.length).toBe(few.fake.syncs.length);
    const writes = many.fake.syncs.filter((s) => s.writes > 0);
    // The batch itself, then switching change events back on.
    expect(writes.map((s) => s.writes > 100)).toEqual([true, false]);
    expect(many.fake.calls).toContainEqual({ kind: 'suspendScreenUpdating' });
    // 200 error rows and 400 warning rows, none adjacent: rules hold at most 200 areas each.
    const rules = ours(many.fake.conditionalFormats('项目支出'));
    expect(rules.map((r) => r.ranges.length).sort((a, b) => a - b)).toEqual([200, 200, 200]);
  });

  it('replaces earlier highlights instead of piling them up', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    await gateway.highlight(findings);
    await gateway.highlight([finding('项目支出', 7, 'warning')]);
    const rules = ours(fake.conditionalFormats('项目支出'));
    expect(rules.map((r) => r.ranges)).toEqual([['A7:I7']]);
    expect(ours(fake.conditionalFormats('收支总表'))).toEqual([]);
    expect(Object.keys(fake.notes('项目支出')).sort()).toEqual(['B3', 'H7']);
  });

  it('skips a protected sheet, changes nothing on it and says so', async () => {
    const input = workbook();
    const { fake, gateway } = fakeGateway({ ...input, sheets: [input.sheets[0], { ...input.sheets[1], protected: true }] });
    const before = fake.formatSnapshot() as unknown[];
    const outcome = await gateway.highlight(findings);
    expect(outcome.skippedSheets).toEqual(['收支总表']);
    expect(outcome.rowsHighlighted).toBe(4);
    expect((fake.formatSnapshot() as unknown[])[1]).toEqual(before[1]);
    expect(fake.syncs.every((s) => s.error === null)).toBe(true);
  });

  it('falls back on ExcelApi 1.6: one rule per block of rows, no notes, nothing newer called', async () => {
    const { fake, gateway } = fakeGateway(workbook(), { apiVersion: '1.6' });
    await gateway.highlight(findings);
    expect(fake.syncs.every((s) => s.error === null)).toBe(true);
    expect(
      ours(fake.conditionalFormats('项目支出'))
        .map((r) => r.ranges)
        .sort(),
    ).toEqual([['A11:I11'], ['A5:I6'], ['A9:I9']]);
    expect(fake.notes('项目支出')).toEqual({ B3: '这是用户自己的批注' });
  });
});

describe('clearHighlights', () => {
  it('leaves the workbook exactly as it was: formats, rules, notes and settings', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    const before = fake.snapshot();
    await gateway.highlight(findings);
    expect(fake.snapshot()).not.toEqual(before);
    await expect(gateway.clearHighlights()).resolves.toEqual({ removed: true });
    expect(fake.snapshot()).toEqual(before);
  });

  it('removes highlights made in an earlier session (found by their marker and the stored record)', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    const before = fake.snapshot();
    await gateway.highlight(findings);
    // A new session (a colleague opening the file): a fresh gateway, nothing remembered in memory.
    const nextSession = createOfficeGateway({ host: hostOf(fake) });
    await nextSession.clearHighlights();
    expect(fake.snapshot()).toEqual(before);
  });

  it('writes nothing when there is nothing of ours to clear, and says so', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    await expect(gateway.clearHighlights()).resolves.toEqual({ removed: false });
    expect(fake.syncs.reduce((n, s) => n + s.writes, 0)).toBe(0);
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
  });

  it('keeps a note the user edited after we added it', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    await gateway.highlight([finding('项目支出', 5, 'error')]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('项目支出').notes.getItem('H5').content = '已核实，见附件';
      await context.sync();
    });
    await gateway.clearHighlights();
    expect(fake.notes('项目支出').H5).toBe('已核实，见附件');
    expect(fake.settings()['budget-check.highlight-notes']).toBeUndefined();
  });

  it('clears the other sheets and reports a protected sheet that keeps its highlights', async () => {
    const { fake, gateway } = fakeGateway(workbook());
    await gateway.highlight(findings);
    fake.protect('收支总表');
    const failure = await gateway.clearHighlights().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect(failure).toMatchObject({ code: 'sheet-protected', sheet: '收支总表' });
    expect(ours(fake.conditionalFormats('项目支出'))).toEqual([]);
    expect(ours(fake.conditionalFormats('收支总表'))).toHaveLength(1);
    // Once unprotected, a second clear finishes the job, including the note kept on record.
    fake.protect('收支总表', false);
    await gateway.clearHighlights();
    expect(ours(fake.conditionalFormats('收支总表'))).toEqual([]);
    expect(fake.notes('收支总表')).toEqual({ B3: '这是用户自己的批注' });
  });

  it('restores every format exactly, whatever the formats and findings (property)', async () => {
    const colour = fc.constantFrom(null, '#FFFF00', '#D9E1F2', '#FFC7CE');
    const format = fc.constantFrom(null, '@', '0.00%', '#,##0.00');
    const cell = fc.record({ fill: colour, numberFormat: format, value: fc.oneof(fc.integer(), fc.string({ maxLength: 4 })) });
    const grid = fc.array(fc.array(cell, { minLength: 3, maxLength: 6 }), { minLength: 2, maxLength: 12 });
    const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
    await fc.assert(
      fc.asyncProperty(grid, fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), severity), { maxLength: 10 }), fc.boolean(), async (cells, marks, notesApi) => {
        const sheet: FakeSheetInput = {
          name: 'S',
          values: cells.map((row) => row.map((c) => c.value)),
          fills: cells.map((row) => row.map((c) => c.fill)),
          numberFormats: cells.map((row) => row.map((c) => c.numberFormat)),
          conditionalFormats: [{ range: 'A1:B2', formula: '=A1>0', fill: '#00FF00' }],
        };
        const { fake, gateway } = fakeGateway({ sheets: [sheet] }, { apiVersion: notesApi ? '1.18' : '1.9' });
        const before = fake.snapshot();
        await gateway.highlight(marks.map(([row, s]) => finding('S', row, s, [`A${row}`])));
        await gateway.clearHighlights();
        expect(fake.snapshot()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
