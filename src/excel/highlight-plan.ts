/**
 * What to paint: for each sheet, its rows by the most severe finding on them, and the notes that
 * explain them. Our conditional formats carry a marker in their formula so we can find exactly
 * ours again, and never touch the user's.
 */
import type { Language } from '../core/language';
import type { Finding, Severity } from '../core/rules/types';
import { cellsOnSheet } from './addresses';
import { columnLetters } from '../core/grid/a1';

export const HIGHLIGHT_MARKER = 'budget-check-highlight';

/** Excel's own light "bad / neutral" fills, and a light blue for information. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Always true, so the rule paints its whole range; the text inside is our marker. */
export function highlightFormula(severity: Severity): string {
  return `=ISTEXT("${HIGHLIGHT_MARKER}:${severity}")`;
}

export function isHighlightFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`"${HIGHLIGHT_MARKER}:`);
}

export interface SheetHighlights {
  readonly sheet: string;
  /** Row → the most severe finding's severity. */
  readonly rows: ReadonlyMap<number, Severity>;
  /** Cell (`F7`) → the text of its note. */
  readonly notes: ReadonlyMap<string, string>;
}

/** A note stays short enough to read in its pop-up. */
const NOTE_MAX_CHARS = 1000;
/** Beyond this many notes per highlight, the findings list is the better place to read. */
export const MAX_NOTES = 500;

export function planHighlights(findings: readonly Finding[], language: Language): Map<string, SheetHighlights> {
  const rows = new Map<string, Map<number, Severity>>();
  const lines = new Map<string, Map<string, string[]>>();
  let noteCount = 0;
  for (const finding of findings) {
    const sheetRows = rows.get(finding.sheet) ?? new Map<number, Severity>();
    rows.set(finding.sheet, sheetRows);
    const before = sheetRows.get(finding.row);
    if (!before || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[before]) sheetRows.set(finding.row, finding.severity);

    const cell = cellsOnSheet(finding.sheet, finding.cells)[0];
    if (!cell) continue;
    const sheetNotes = lines.get(finding.sheet) ?? new Map<string, string[]>();
    lines.set(finding.sheet, sheetNotes);
    const cellLines = sheetNotes.get(cell);
    if (!cellLines && noteCount >= MAX_NOTES) continue;
    if (!cellLines) noteCount += 1;
    const text = language === 'zh-CN' ? finding.message.zh : finding.message.en;
    sheetNotes.set(cell, [...(cellLines ?? []), `• ${text}`]);
  }
  const title = language === 'zh-CN' ? '预算绩效核对' : 'Budget Check';
  const plan = new Map<string, SheetHighlights>();
  for (const [sheet, sheetRows] of rows) {
    const notes = new Map<string, string>();
    for (const [cell, cellLines] of lines.get(sheet) ?? []) {
      const text = [title, ...cellLines].join('\n');
      notes.set(cell, text.length > NOTE_MAX_CHARS ? `${text.slice(0, NOTE_MAX_CHARS - 1)}…` : text);
    }
    plan.set(sheet, { sheet, rows: sheetRows, notes });
  }
  return plan;
}

export interface RowBlock {
  readonly top: number;
  readonly bottom: number;
}

/** Consecutive rows joined into blocks: 5, 6, 7, 9 → 5–7, 9. */
export function rowBlocks(rows: Iterable<number>): RowBlock[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: RowBlock[] = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.bottom === row - 1) blocks[blocks.length - 1] = { top: last.top, bottom: row };
    else blocks.push({ top: row, bottom: row });
  }
  return blocks;
}

/**
 * Long multi-area addresses fail in `getRanges` somewhere past ~500 areas / ~8,000 characters
 * (OfficeDev/office-js#5198, no documented limit), so each address stays well below both.
 */
export const AREA_LIMITS = { maxAreas: 200, maxChars: 4000 } as const;

export function blockAddresses(
  blocks: readonly RowBlock[],
  left: number,
  right: number,
  limits: { readonly maxAreas: number; readonly maxChars: number } = AREA_LIMITS,
): string[] {
  const first = columnLetters(left);
  const last = columnLetters(right);
  const addresses: string[] = [];
  let areas: string[] = [];
  let length = 0;
  for (const block of blocks) {
    const area = `${first}${block.top}:${last}${block.bottom}`;
    if (areas.length > 0 && (areas.length >= limits.maxAreas || length + area.length + 1 > limits.maxChars)) {
      addresses.push(areas.join(','));
      areas = [];
      length = 0;
    }
    areas.push(area);
    length += area.length + 1;
  }
  if (areas.length > 0) addresses.push(areas.join(','));
  return addresses;
}

/** A short fingerprint of a note's text (FNV-1a), to see later whether someone edited it. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
