import { boundingRange, cellsOnSheet, parseAreaAddresses } from '../../src/excel/addresses';
import { toCellValue, toFormula } from '../../src/excel/cell-conversion';
import { blockAddresses, planHighlights, rowBlocks } from '../../src/excel/highlight-plan';
import { OwnWriteGuard } from '../../src/excel/own-writes';
import { DEFAULT_READ_BUDGET, MAX_READ_CELLS, ReadQueue, splitIntoChunks, unreadableArea } from '../../src/excel/read-plan';
import type { Finding } from '../../src/core/rules/types';

describe('read plan', () => {
  const area = { sheetIndex: 0, top: 3, left: 2, rows: 100_000, columns: 10 };

  it('cuts used ranges into row chunks that cover every row once', () => {
    const chunks = splitIntoChunks([area], DEFAULT_READ_BUDGET);
    expect(chunks[0].top).toBe(3);
    expect(chunks.reduce((n, c) => n + c.rows, 0)).toBe(100_000);
    chunks.slice(1).forEach((c, i) => expect(c.top).toBe(chunks[i].top + chunks[i].rows));
  });

  it('packs as many chunks into a sync as the response budget holds', () => {
    const queue = new ReadQueue(splitIntoChunks([area], DEFAULT_READ_BUDGET));
    const group = queue.nextGroup(40, DEFAULT_READ_BUDGET.responseBytes);
    const cells = group.reduce((n, c) => n + c.rows * c.columns, 0);
    expect(cells * 40).toBeLessThanOrEqual(DEFAULT_READ_BUDGET.responseBytes);
    expect(group.length).toBeGreaterThan(4);
  });

  it('halves a refused group and gives up only on a single refused row', () => {
    const queue = new ReadQueue([]);
    expect(queue.requeueSmaller([{ ...area, rows: 5 }])).toBeNull();
    expect(queue.nextGroup(1e9, 1).map((c) => c.rows)).toEqual([3]);
    expect(queue.requeueSmaller([{ ...area, rows: 1 }])).toEqual({ ...area, rows: 1 });
  });

  it('refuses, before planning a read, a used range of 17 G cells (A1:XFD1048576) or one past the grid', () => {
    const corners = { sheetIndex: 1, top: 1, left: 1, rows: 1_048_576, columns: 16_384 };
    expect(unreadableArea([area, corners])).toEqual({ sheetIndex: 1, reason: 'too-many-cells', cells: 1_048_576 * 16_384 });
    expect(unreadableArea([{ ...area, top: 1_048_570 }])).toEqual(expect.objectContaining({ sheetIndex: 0, reason: 'past-grid' }));
    expect(unreadableArea([area, { ...area, sheetIndex: 1 }])).toBeNull();
    expect(unreadableArea([{ ...area, columns: 100, rows: MAX_READ_CELLS / 100 + 1 }])).toEqual(expect.objectContaining({ reason: 'too-many-cells' }));
  });
});

describe('highlight plan', () => {
  const f = (row: number, severity: Finding['severity'], cells: string[]): Finding => ({
    rule: 'r',
    severity,
    sheet: 'S',
    row,
    cells,
    subject: 's',
    messageId: 'm',
    message: { zh: `中${row}`, en: `en${row}` },
  });

  it('gives a row the most severe of its findings and gathers notes per cell', () => {
    const plan = planHighlights([f(5, 'info', ['B5']), f(5, 'error', ['B5']), f(6, 'warning', ['OTHER!C6', 'C6'])], 'zh-CN').get('S');
    expect([...(plan?.rows ?? [])]).toEqual([
      [5, 'error'],
      [6, 'warning'],
    ]);
    expect(plan?.notes.get('B5')).toBe('预算绩效核对\n• 中5\n• 中5');
    expect(plan?.notes.get('C6')).toBe('预算绩效核对\n• 中6');
  });

  it('joins consecutive rows into blocks and splits long area lists', () => {
    expect(rowBlocks([9, 5, 6, 7, 6])).toEqual([
      { top: 5, bottom: 7 },
      { top: 9, bottom: 9 },
    ]);
    const blocks = Array.from({ length: 450 }, (_, i) => ({ top: i * 2 + 1, bottom: i * 2 + 1 }));
    const addresses = blockAddresses(blocks, 1, 10);
    expect(addresses.map((a) => a.split(',').length)).toEqual([200, 200, 50]);
    expect(addresses.every((a) => a.length <= 4000)).toBe(true);
    expect(addresses[0].startsWith('A1:J1,A3:J3')).toBe(true);
  });
});

describe('cells and addresses', () => {
  it('converts Office values: empty to null, errors to { error }, text formulas to text', () => {
    expect(toCellValue('')).toBeNull();
    expect(toCellValue('#N/A')).toEqual({ error: '#N/A' });
    expect(toCellValue('N/A')).toBe('N/A');
    expect(toFormula('=A1', 3)).toBe('=A1');
    expect(toFormula('=A1', '=A1')).toBeNull();
    expect(toFormula(3, 3)).toBeNull();
  });

  it('parses multi-area addresses with quoted sheet names', () => {
    expect(parseAreaAddresses("'a,b''s'!A1:B2,'a,b''s'!$D$4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });

  it('keeps the cells of one sheet and bounds them', () => {
    expect(cellsOnSheet('项目支出', ['$H$7', '项目支出!C7', '收支总表!B2', 'A1:B2'])).toEqual(['H7', 'C7']);
    expect(boundingRange(['H7', 'C9'])).toEqual({ top: 7, left: 3, bottom: 9, right: 8 });
    expect(boundingRange([])).toBeNull();
  });
});

describe('own-write guard', () => {
  it('treats a sheet as ours while writing and for the quiet period after', () => {
    let now = 0;
    const guard = new OwnWriteGuard(1000, () => now);
    const end = guard.begin(['s1']);
    expect(guard.isOwn('s1')).toBe(true);
    expect(guard.isOwn('s2')).toBe(false);
    now = 5000;
    end();
    now = 5999;
    expect(guard.isOwn('s1')).toBe(true);
    now = 6000;
    expect(guard.isOwn('s1')).toBe(false);
  });

  it('keeps no quiet period when the host silenced the write’s events', () => {
    let now = 0;
    const guard = new OwnWriteGuard(1000, () => now);
    const end = guard.begin(['s1'], { quietAfter: false });
    expect(guard.isOwn('s1')).toBe(true);
    now = 10;
    end();
    expect(guard.isOwn('s1')).toBe(false);
  });
});
