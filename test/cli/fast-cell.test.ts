/**
 * The one-pass cell reader and the chunked bytes it reads: whatever the chunk size, a sheet reads
 * to the same grid as when it comes in one piece (cells cut anywhere, UTF-8 characters split
 * between chunks); plain decimals are the doubles Number() reads; cells that are not plain go to
 * the general reader and read as before.
 */
import fc from 'fast-check';
import { FastCell, INCOMPLETE, UNUSUAL } from '../../src/cli/read/fast-cell';
import { SheetBuilder } from '../../src/cli/read/sheet-builder';
import { CellTyper, type SheetContext } from '../../src/cli/read/cell-typing';
import { SheetScanner } from '../../src/cli/read/sheet-scan';
import type { CellValue, Sheet } from '../../src/core/grid/types';

const CONTEXT: SheetContext = {
  sharedStrings: ['项目名称', '合计', 'ascii'],
  styleFormats: [null, '#,##0.00', 'yyyy"年"m"月"d"日"'],
  date1904: false,
  staleResults: false,
};

/** Cells as writers spell them: plain ones for the fast path and others it hands to the general reader. */
const SHEET_XML = [
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  '<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="0"><v>1</v></c><c r="C1" s="1"><v>-1865.39</v></c><c r="D1" s="2"><v>45291</v></c><c r="E1" s="1"/><c r="F1" t="str"><f>"预算"&amp;"数"</f><v>预算数</v></c></row>',
  '<row r="2">\n  <c r="A2" s="1">\n    <f>SUM(C1:C1)</f>\n    <v>-1865.39</v>\n  </c>\n  <c r="B2"><v>1E-3</v></c><c r="C2"><v>0.1234567890123456789</v></c><c r="D2"><v/></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c></row>',
  '<row r="3"><c r="A3" t="inlineStr"><is><t>内联文字</t></is></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A2*2</f><v>1</v></c><c r = "C3" ><v>7</v></c><c><v>8</v></c><c r="e3"><v>9</v></c><c r="F3" t="d"><v>2023-12-31</v></c></row>',
  '<row r="4"><c r="B4"><f t="shared" si="0"/><v>2</v></c><c r="C4"><f>A4+1</f></c><c r="D4" t="s"><v>2</v></c><c r="E4" x14ac:foo="&amp;"><v>3</v></c></row>',
  '<row><c r="A5"><v>12345678901234567</v></c><c r="B5"><v>.5</v></c><c r="C5"><v>-0</v></c></row>',
  '</sheetData><mergeCells count="1"><mergeCell ref="E4:F4"/></mergeCells></worksheet>',
].join('');

function scanInChunks(bytes: Buffer, size: number): Sheet | null {
  const builder = new SheetBuilder('S');
  const scanner = new SheetScanner(new CellTyper(builder, CONTEXT), CONTEXT.staleResults);
  for (let at = 0; at < bytes.length; at += size) scanner.feed(bytes.subarray(at, at + size));
  scanner.end();
  return builder.build(false);
}

describe('the sheet scanner, fed in chunks of every size', () => {
  const bytes = Buffer.from(SHEET_XML, 'utf8');
  const whole = scanInChunks(bytes, bytes.length);

  it('reads each cell as Excel shows it, plain or not', () => {
    expect(whole?.values).toEqual([
      ['项目名称', '合计', -1865.39, '2023-12-31', null, '预算数'],
      [-1865.39, 0.001, Number('0.1234567890123456789'), '', true, { error: '#N/A' }],
      ['内联文字', 1, 7, 8, 9, '2023-12-31'],
      [null, 2, null, 'ascii', 3],
      [Number('12345678901234567'), 0.5, -0],
    ]);
    expect(whole?.formulas?.[1][0]).toBe('=SUM(C1:C1)');
    expect(whole?.formulas?.[3][1]).toBe('=A3*2');
    expect(whole?.formulas?.[3][2]).toBe('=A4+1'); // saved without its value: unknown, not 0
    expect(whole?.numberFormats?.[0][2]).toBe('#,##0.00');
  });

  it('gives the same grid for chunks of 1 to 64 bytes, cut inside tags, values and characters', () => {
    for (let size = 1; size <= 64; size++) expect(scanInChunks(bytes, size)).toEqual(whole);
  });

  it('gives the same grid for chunks of 4 to 64 KB, and for a cell longer than some of them', () => {
    const long = '长'.repeat(6000); // 18 KB of UTF-8 in one cell
    const rows = Array.from({ length: 400 }, (_, i) => {
      const r = i + 1;
      const inline = r === 200 ? `<c r="D${r}" t="inlineStr"><is><t>${long}</t></is></c>` : '';
      return `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}" s="1"><v>${i}.25</v></c><c r="C${r}"><f>B${r}*2</f><v>${2 * i + 0.5}</v></c>${inline}</row>`;
    });
    const big = Buffer.from(SHEET_XML.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join('')}</sheetData>`), 'utf8');
    const all = scanInChunks(big, big.length);
    expect([all?.values.length, all?.values[199][3], all?.formulas?.[399][2]]).toEqual([400, long, '=B400*2']);
    for (const size of [4095, 4096, 4097, 5000, 8191, 12_345, 65_536]) expect(scanInChunks(big, size)).toEqual(all);
  });

  it('leaves the bytes it reads as they were (a stored part is the input file itself)', () => {
    expect(bytes.equals(Buffer.from(SHEET_XML, 'utf8'))).toBe(true);
  });
});

describe("the one-pass cell reader, on the sheet's UTF-8 bytes", () => {
  const cell = new FastCell();
  const bytesOf = (text: string) => Buffer.from(text, 'utf8');

  it('reads a cell with non-ASCII text at byte offsets, and leaves what follows it alone', () => {
    const text = bytesOf('<c r="C7" t="str"><f>"预算"&amp;"数"</f><v>预算数</v></c><c r="D7"/>');
    const end = cell.read(text, 0);
    expect(text.toString('utf8', end)).toBe('<c r="D7"/>');
    expect([cell.row, cell.column, cell.type]).toEqual([7, 3, 'str']);
    expect(text.toString('utf8', cell.fStart, cell.fEnd)).toBe('"预算"&amp;"数"');
    expect(text.toString('utf8', cell.vStart, cell.vEnd)).toBe('预算数');
  });

  it('answers INCOMPLETE for a cell cut short anywhere, and reads it once whole', () => {
    const text = bytesOf('<c r="AB12" s="1"><f>A1+B1</f><v>12.5</v></c>');
    for (let end = 3; end < text.length; end++) expect(cell.read(text.subarray(0, end), 0)).toBe(INCOMPLETE);
    expect(cell.read(text, 0)).toBe(text.length);
    expect([cell.row, cell.column, cell.style, cell.number]).toEqual([12, 28, 1, 12.5]);
    expect(text.toString('utf8', cell.fStart, cell.fEnd)).toBe('A1+B1');
  });

  it('leaves to the general reader what is not plain', () => {
    for (const text of [
      '<c r="A1" t="inlineStr"><is><t>x</t></is></c>',
      '<c r="A1"><f t="array" ref="A1"><![CDATA[1+1]]></f><v>2</v></c>',
      "<c r='A1'><v>1</v></c>",
      '<c r="a1"><v>1</v></c>',
      '<c r="A1"><v>1</v><extLst/></c>',
      '<c r="A1" s="x"><v>1</v></c>',
    ])
      expect(cell.read(bytesOf(`${text}<c r="B1"/>`), 0)).toBe(UNUSUAL);
  });

  it('keeps a formula with attributes (shared, as Excel saves them) whole for the formula reader', () => {
    const text = bytesOf('<c r="B4" s="1"><f t="shared" si="0"/><v>2</v></c>');
    expect(cell.read(text, 0)).toBe(text.length);
    expect(text.toString('utf8', cell.fElement, cell.fElementEnd)).toBe('<f t="shared" si="0"/>');
    const master = bytesOf('<c r="B3"><f t="shared" ref="B3:B9" si="0">A2*2</f><v>1</v></c>');
    expect(cell.read(master, 0)).toBe(master.length);
    expect(master.toString('utf8', cell.fElement, cell.fElementEnd)).toBe('<f t="shared" ref="B3:B9" si="0">A2*2</f>');
  });

  it('reads plain decimals as exactly the doubles Number() reads', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    const misread: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const digits = String(next()).padStart(10, '0') + String(next()).slice(0, next() % 6);
      const point = next() % (digits.length + 1);
      const text = `${next() % 2 ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`;
      cell.read(bytesOf(`<c r="A1"><v>${text}</v></c>`), 0);
      if (!Object.is(cell.number, Number(text))) misread.push(text);
    }
    expect(misread).toEqual([]);
  });
});

describe('the sheet builder', () => {
  it('lets rows share a formats list, and gives a row read again its own before writing to it', () => {
    const builder = new SheetBuilder('S');
    for (const row of [1, 2, 3]) {
      builder.add(row, 1, `名称${row}`, null, null);
      builder.add(row, 2, row, null, '#,##0.00');
    }
    builder.add(2, 3, 0.5, null, '0.00%'); // row 2 again, after rows 2 and 3 were finished sharing
    builder.add(4, 1, 'x', null, '@');
    const sheet = builder.build(false);
    expect(sheet?.numberFormats).toEqual([[null, '#,##0.00'], [null, '#,##0.00', '0.00%'], [null, '#,##0.00'], ['@']]);
    expect(sheet?.numberFormats?.[0]).toBe(sheet?.numberFormats?.[2]);
  });

  it('finds a row again when rows come out of order (row 5, then 3, then 5 and 4)', () => {
    const builder = new SheetBuilder('S');
    builder.add(5, 1, 'a', null, null);
    builder.add(3, 1, 'b', null, null);
    builder.add(5, 2, 'c', null, null); // above the last row met, but met before: the same row
    builder.add(4, 1, 'd', null, null);
    expect(builder.build(false)?.values).toEqual([['b'], ['d'], ['a', 'c']]);
  });

  it('builds the grid a plain table of the cells added gives, formulas as wide as their row', () => {
    const cellArb = fc.record({
      row: fc.integer({ min: 1, max: 6 }),
      column: fc.integer({ min: 1, max: 20 }),
      value: fc.constantFrom<CellValue>(null, 1, 0.5, 'a', true),
      formula: fc.constantFrom<string | null>(null, null, '=A1+B1', '=SUM(C1:C9)'),
      format: fc.constantFrom<string | null>(null, '0.00', '0.00%'),
    });
    // mostly in reading order, as files hold them; now and then a row or cell out of order
    const cellsArb = fc
      .array(cellArb, { maxLength: 40 })
      .chain((cells) => fc.boolean().map((ordered) => (ordered ? [...cells].sort((a, b) => a.row - b.row) : cells)));
    fc.assert(
      fc.property(cellsArb, (cells) => {
        const builder = new SheetBuilder('S');
        const table = new Map<string, { value: CellValue; formula: string | null; format: string | null }>();
        for (const { row, column, value, formula, format } of cells) {
          builder.add(row, column, value, formula, format);
          if (value !== null || formula !== null) table.set(`${row},${column}`, { value, formula, format });
        }
        const sheet = builder.build(false);
        const places = [...table.keys()].map((key) => key.split(',').map(Number));
        if (places.length === 0) return expect(sheet).toBeNull();
        const top = Math.min(...places.map(([row]) => row));
        const left = Math.min(...places.map(([, column]) => column));
        const bottom = Math.max(...places.map(([row]) => row));
        const rowOf = <T>(row: number, read: (cell: { value: CellValue; formula: string | null; format: string | null }) => T): (T | null)[] => {
          const right = Math.max(left - 1, ...places.filter(([r]) => r === row).map(([, column]) => column));
          return Array.from({ length: right - left + 1 }, (_, at) => {
            const cell = table.get(`${row},${left + at}`);
            return cell ? read(cell) : null;
          });
        };
        const rows = Array.from({ length: bottom - top + 1 }, (_, at) => top + at);
        expect(sheet).toMatchObject({ top, left });
        expect(sheet?.values).toEqual(rows.map((row) => rowOf(row, (cell) => cell.value)));
        expect(sheet?.numberFormats).toEqual(rows.map((row) => rowOf(row, (cell) => cell.format)));
        // a row's formulas are none (the shared empty row) or as wide as its values; a cell written again without one reads null
        const formulas = sheet?.formulas ?? rows.map(() => []);
        rows.forEach((row, at) => {
          const own = formulas[at];
          if (own.length > 0) expect(own).toHaveLength(sheet!.values[at].length);
          expect(rowOf(row, (cell) => cell.formula)).toEqual(rowOf(row, () => null).map((_, c) => own[c] ?? null));
        });
      }),
      { numRuns: 500 },
    );
  });
});
