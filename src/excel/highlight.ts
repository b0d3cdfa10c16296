/**
 * Highlights rows with conditional formats of our own (one per severity per sheet, on RangeAreas
 * where available) and explains them in cell notes, all in one batched write. Nothing of the
 * user's is changed: cell formats are never written, and clearing deletes only the rules that carry
 * our marker and the notes we recorded adding (unless someone edited them since).
 *
 * Notes (ExcelApi 1.18), not threaded comments: deleting a comment thread would delete colleagues'
 * replies, and comments notify people. A cell that already has a note keeps it and gets none from us.
 * Without notes the explanation is in the pane's list of findings.
 */
import type { Finding, Severity } from '../core/rules/types';
import type { Language } from '../core/language';
import { type Capabilities, detectCapabilities, type ExcelHost } from './excel-host';
import { type ClearOutcome, GatewayError, type HighlightOutcome } from './gateway';
import {
  blockAddresses,
  highlightFormula,
  isHighlightFormula,
  planHighlights,
  rowBlocks,
  SEVERITIES,
  SEVERITY_FILL,
  type SheetHighlights,
  textFingerprint,
} from './highlight-plan';
import type { OwnWriteGuard } from './own-writes';
import { beginQuietWrite } from './quiet-writes';
import { readNoteRecord, NOTES_SETTING, type NoteRecord, writeNoteRecord } from './note-record';

interface ApplyResult extends HighlightOutcome {
  /** Protected sheets that still carry our highlights. */
  readonly protectedWithOurs: readonly string[];
  /** Whether the workbook held any highlight or note of ours before this write. */
  readonly hadOurs: boolean;
}

interface SheetState {
  readonly sheet: Excel.Worksheet;
  readonly writable: boolean;
  readonly plan: SheetHighlights | undefined;
  readonly formats: Excel.ConditionalFormatCollection;
  readonly used: Excel.Range | null;
}

interface OldNote {
  readonly record: NoteRecord;
  readonly state: SheetState | undefined;
  /** Null where we may not look (a protected or vanished sheet). */
  readonly note: Excel.Note | null;
}

/** What is there now: our rules and notes from earlier, the user's notes where ours would go. */
interface Marks {
  readonly states: readonly SheetState[];
  readonly recordSetting: Excel.Setting;
  readonly previousNotes: readonly NoteRecord[];
  readonly oldNotes: readonly OldNote[];
  /** `Sheet!B5` → the note now in a cell we want to annotate. */
  readonly noteSlots: ReadonlyMap<string, Excel.Note>;
  /** Per sheet (same order as states), our conditional formats. */
  readonly ours: readonly (readonly Excel.ConditionalFormat[])[];
}

/** Syncs 1–3: the sheets, then their rules, notes and used columns, then the custom rules' formulas. */
async function readMarks(context: Excel.RequestContext, plan: ReadonlyMap<string, SheetHighlights>, capabilities: Capabilities): Promise<Marks> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name,items/protection/protected');
  const recordSetting = context.workbook.settings.getItemOrNullObject(NOTES_SETTING).load('value');
  await context.sync();

  const states: SheetState[] = worksheets.items.map((sheet) => {
    const writable = !sheet.protection.protected;
    const sheetPlan = plan.get(sheet.name);
    return {
      sheet,
      writable,
      plan: sheetPlan,
      formats: sheet.getRange().conditionalFormats.load('items/type'),
      used: writable && sheetPlan ? sheet.getUsedRangeOrNullObject(true).load('columnIndex,columnCount') : null,
    };
  });
  const byName = new Map(states.map((s) => [s.sheet.name, s]));
  const previousNotes = recordSetting.isNullObject ? [] : readNoteRecord(recordSetting.value);
  const oldNotes: OldNote[] = capabilities.notes
    ? previousNotes.map((record) => {
        const state = byName.get(record.sheet);
        return { record, state, note: state?.writable ? state.sheet.notes.getItemOrNullObject(record.address).load('content') : null };
      })
    : [];
  const noteSlots = new Map<string, Excel.Note>();
  if (capabilities.notes) {
    for (const state of states) {
      if (!state.writable || !state.plan) continue;
      for (const cell of state.plan.notes.keys()) {
        noteSlots.set(`${state.sheet.name}!${cell}`, state.sheet.notes.getItemOrNullObject(cell).load('content'));
      }
    }
  }
  await context.sync();

  const customRules = states.map((state) =>
    state.formats.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ cf, rule: cf.custom.rule.load('formula') })),
  );
  if (customRules.some((rules) => rules.length > 0)) await context.sync();
  const ours = customRules.map((rules) => rules.filter(({ rule }) => isHighlightFormula(rule.formula)).map(({ cf }) => cf));
  return { states, recordSetting, previousNotes, oldNotes, noteSlots, ours };
}

/** Queues the removal of our earlier notes that nobody edited; returns the records still valid. */
function removeOurNotes(marks: Marks, capabilities: Capabilities, freedSlots: Set<string>): NoteRecord[] {
  // Without the notes API we cannot look: every record stays for a host that can.
  if (!capabilities.notes) return [...marks.previousNotes];
  const kept: NoteRecord[] = [];
  for (const { record, state, note } of marks.oldNotes) {
    if (!note) {
      // A protected sheet: the note stays, and so does our record of it. A vanished sheet: both go.
      if (state) kept.push(record);
      continue;
    }
    if (!note.isNullObject && textFingerprint(note.content) === record.fingerprint) {
      note.delete();
      freedSlots.add(`${record.sheet}!${record.address}`);
    }
  }
  return kept;
}

/** Queues our notes, never over a note of the user's: only into an empty cell or one we just freed. */
function addNotes(state: SheetState, plan: SheetHighlights, marks: Marks, freedSlots: ReadonlySet<string>): NoteRecord[] {
  const added: NoteRecord[] = [];
  for (const [cell, text] of plan.notes) {
    const key = `${state.sheet.name}!${cell}`;
    const slot = marks.noteSlots.get(key);
    if (!slot || (!slot.isNullObject && !freedSlots.has(key))) continue;
    state.sheet.notes.add(state.sheet.getRange(cell), text);
    added.push({ sheet: state.sheet.name, address: cell, fingerprint: textFingerprint(text) });
  }
  return added;
}

/**
 * Replaces our highlights with those of `findings` (or only removes them, for null).
 * Syncs: sheets (1), rules/notes/used columns (2), rule formulas (3, if any rules), the write (4),
 * events back on (5, ExcelApi 1.8). None depends on the number of rows or findings.
 */
export async function applyHighlights(host: ExcelHost, guard: OwnWriteGuard, findings: readonly Finding[] | null, language: Language): Promise<ApplyResult> {
  const capabilities = detectCapabilities(host.isSetSupported);
  const plan = findings ? planHighlights(findings, language) : new Map<string, SheetHighlights>();
  return host.run(async (context) => {
    const marks = await readMarks(context, plan, capabilities);
    const skippedSheets: string[] = [];
    const protectedWithOurs: string[] = [];
    const touched = new Set<string>();
    const hadOurs = marks.previousNotes.length > 0 || marks.ours.some((ours) => ours.length > 0);
    marks.states.forEach((state, i) => {
      const hasOurs = marks.ours[i].length > 0;
      if (state.writable) {
        if (hasOurs || state.plan) touched.add(state.sheet.id);
        return;
      }
      if (hasOurs) protectedWithOurs.push(state.sheet.name);
      if (hasOurs || state.plan) skippedSheets.push(state.sheet.name);
    });
    // Nothing of ours to remove and nothing to add: no write, no events to silence.
    if (touched.size === 0 && marks.previousNotes.length === 0) return { rowsHighlighted: 0, skippedSheets, protectedWithOurs, hadOurs };

    const quiet = beginQuietWrite(context, capabilities, guard, touched);
    try {
      if (capabilities.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
      marks.states.forEach((state, i) => state.writable && marks.ours[i].forEach((cf) => cf.delete()));
      const freedSlots = new Set<string>();
      const records = removeOurNotes(marks, capabilities, freedSlots);
      let rowsHighlighted = 0;
      for (const state of marks.states) {
        if (!state.writable || !state.plan || !state.used || state.used.isNullObject) continue;
        addRowFormats(state.sheet, state.plan, state.used.columnIndex + 1, state.used.columnIndex + state.used.columnCount, capabilities.rangeAreas);
        rowsHighlighted += state.plan.rows.size;
        records.push(...addNotes(state, state.plan, marks, freedSlots));
      }
      writeNoteRecord(context, marks.recordSetting, records);
      await context.sync();
      return { rowsHighlighted, skippedSheets, protectedWithOurs, hadOurs };
    } finally {
      await quiet.end();
    }
  });
}

function addRowFormats(sheet: Excel.Worksheet, plan: SheetHighlights, left: number, right: number, rangeAreas: boolean): void {
  for (const severity of SEVERITIES) {
    const rows = [...plan.rows].filter(([, s]) => s === severity).map(([row]) => row);
    if (rows.length === 0) continue;
    // Without RangeAreas (before ExcelApi 1.9) each block of rows gets its own rule, still in this one batch.
    const addresses = blockAddresses(rowBlocks(rows), left, right, rangeAreas ? undefined : { maxAreas: 1, maxChars: Infinity });
    for (const address of addresses) {
      const target = rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
      addRule(target.conditionalFormats, severity);
    }
  }
}

function addRule(formats: Excel.ConditionalFormatCollection, severity: Severity): void {
  const format = formats.add('Custom');
  format.custom.rule.formula = highlightFormula(severity);
  format.custom.format.fill.color = SEVERITY_FILL[severity];
}

export async function highlight(host: ExcelHost, guard: OwnWriteGuard, findings: readonly Finding[], language: Language): Promise<HighlightOutcome> {
  const { rowsHighlighted, skippedSheets } = await applyHighlights(host, guard, findings, language);
  return { rowsHighlighted, skippedSheets };
}

/**
 * Removes our highlights; a protected sheet that keeps some is reported once the rest are gone.
 * Says whether there was anything of ours to remove, so the pane never claims a restore it did not do.
 */
export async function clearHighlights(host: ExcelHost, guard: OwnWriteGuard): Promise<ClearOutcome> {
  const { protectedWithOurs, hadOurs } = await applyHighlights(host, guard, null, 'zh-CN');
  if (protectedWithOurs.length > 0) {
    throw new GatewayError(
      'sheet-protected',
      protectedWithOurs[0],
      `Highlights stay on protected sheets: ${protectedWithOurs.join(', ')}. Unprotect them and clear again.`,
    );
  }
  return { removed: hadOurs };
}
