/**
 * One sheet of the grid model as an HTML page that looks like Excel (column letters, row numbers,
 * merged cells, number formats), with the ranges the add-in recognised framed — for the pictures
 * in the user guide. Cell text is escaped: a sheet's text is shown as text, never as markup.
 */
import { columnLetters, rangeToA1 } from '../../src/core/grid/a1';
import { cellFormula, cellNumberFormat, cellValue, lastColumn, lastRow } from '../../src/core/grid/sheet-access';
import { isCellError, type CellRange, type CellValue, type Sheet } from '../../src/core/grid/types';

/** Long texts (duties, achievements) are cut so the picture shows the layout, not the prose. */
const MAX_TEXT = 60;

export interface SheetPicture {
  readonly sheet: Sheet;
  /** Ranges to frame: what recognition found on this sheet. */
  readonly recognised: readonly CellRange[];
  /** Shown above the grid, e.g. the sheet's role. */
  readonly caption: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** A number as its Excel number format shows it (`#,##0.00`, `0.00`, `0%`); other formats as written. */
export function formatNumber(value: number, format: string | null): string {
  if (!format || format === 'General') return String(value);
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  const percent = format.includes('%');
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: format.includes(','),
  }).format(percent ? value * 100 : value);
  return percent ? `${text}%` : text;
}

function cellText(value: CellValue, format: string | null): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const oneLine = value.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT)}…` : oneLine;
}

/** Which cells a merge hides, and the spans of each merge's top-left cell. */
function mergeLayout(sheet: Sheet): { hidden: Set<string>; spans: Map<string, { rows: number; columns: number }> } {
  const hidden = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const merge of sheet.merges ?? []) {
    spans.set(`${merge.top}:${merge.left}`, { rows: merge.bottom - merge.top + 1, columns: merge.right - merge.left + 1 });
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        if (row !== merge.top || column !== merge.left) hidden.add(`${row}:${column}`);
      }
    }
  }
  return { hidden, spans };
}

const inside = (range: CellRange, row: number, column: number) =>
  row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

/** The CSS classes drawing a recognised range's frame on the cells along its edges. */
function frameClasses(ranges: readonly CellRange[], row: number, column: number, rowSpan: number, columnSpan: number): string[] {
  const classes: string[] = [];
  for (const range of ranges) {
    if (!inside(range, row, column)) continue;
    classes.push('in');
    if (row === range.top) classes.push('top');
    if (row + rowSpan - 1 === range.bottom) classes.push('bottom');
    if (column === range.left) classes.push('left');
    if (column + columnSpan - 1 === range.right) classes.push('right');
  }
  return classes;
}

const STYLE = `
  body { margin: 0; padding: 12px; background: #fff; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 13px; color: #1f1f1f; }
  figure { display: inline-block; margin: 0; }
  figcaption { margin: 0 0 8px; font-size: 14px; color: #424242; }
  table { border-collapse: collapse; table-layout: auto; }
  th, td { border: 1px solid #d4d4d4; padding: 3px 6px; white-space: nowrap; vertical-align: middle; }
  th { background: #f3f3f3; color: #616161; font-weight: normal; text-align: center; min-width: 18px; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; }
  td.formula { background: #eef6ec; }
  td.in { background-color: #f5f9ff; }
  td.in.formula { background: #e6f2e2; }
  td.top { border-top: 2px solid #0f6cbd; }
  td.bottom { border-bottom: 2px solid #0f6cbd; }
  td.left { border-left: 2px solid #0f6cbd; }
  td.right { border-right: 2px solid #0f6cbd; }
  .legend { margin-top: 8px; font-size: 12px; color: #616161; }
  .legend span { display: inline-block; width: 12px; height: 12px; vertical-align: -2px; margin: 0 4px 0 12px; border: 1px solid #d4d4d4; }
  .legend .frame { border: 2px solid #0f6cbd; background: #f5f9ff; }
  .legend .fx { background: #eef6ec; }
`;

export function sheetHtml({ sheet, recognised, caption }: SheetPicture): string {
  const { hidden, spans } = mergeLayout(sheet);
  // a merged title may reach past the last cell holding a value
  const bottom = Math.max(lastRow(sheet), ...(sheet.merges ?? []).map((merge) => merge.bottom));
  const right = Math.max(lastColumn(sheet), ...(sheet.merges ?? []).map((merge) => merge.right));
  const head = ['<tr><th></th>'];
  for (let column = sheet.left; column <= right; column++) head.push(`<th>${columnLetters(column)}</th>`);
  head.push('</tr>');
  const body: string[] = [];
  for (let row = sheet.top; row <= bottom; row++) {
    const cells = [`<tr><th>${row}</th>`];
    for (let column = sheet.left; column <= right; column++) {
      if (hidden.has(`${row}:${column}`)) continue;
      const span = spans.get(`${row}:${column}`) ?? { rows: 1, columns: 1 };
      const value = cellValue(sheet, row, column);
      const classes = frameClasses(recognised, row, column, span.rows, span.columns);
      if (typeof value === 'number') classes.push('number');
      if (cellFormula(sheet, row, column)) classes.push('formula');
      const attributes = [
        classes.length ? ` class="${classes.join(' ')}"` : '',
        span.rows > 1 ? ` rowspan="${span.rows}"` : '',
        span.columns > 1 ? ` colspan="${span.columns}"` : '',
      ].join('');
      cells.push(`<td${attributes}>${escapeHtml(cellText(value, cellNumberFormat(sheet, row, column)))}</td>`);
    }
    cells.push('</tr>');
    body.push(cells.join(''));
  }
  const ranges = recognised.map((range) => rangeToA1(range.top, range.left, range.bottom, range.right)).join(', ');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<figure><figcaption>${escapeHtml(caption)}</figcaption>
<table>${head.join('')}${body.join('\n')}</table>
<div class="legend"><span class="frame"></span>识别到的区域 recognised: ${escapeHtml(ranges || '—')}<span class="fx"></span>公式单元格 formula cell</div>
</figure></body></html>`;
}
