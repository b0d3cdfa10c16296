/**
 * The narrow surface the task pane gets as props: everything it may ask of Excel.
 * Implemented with Office.js in office-gateway.ts; tests pass fakes.
 */
import type { Language } from '../core/language';
import type { Workbook } from '../core/grid/types';
import type { Finding } from '../core/rules/types';
import type { IgnoredFinding } from '../core/findings/finding-key';

export interface ReadProgress {
  readonly sheetsRead: number;
  readonly sheetsTotal: number;
}

/** Settings stored in the workbook (Office document settings), shared with colleagues. */
export interface WorkbookSettings {
  readonly toleranceWan?: number;
  readonly language?: Language;
  /**
   * 'bundled' | 'workbook' | 'organisation' (the rulebook hosted beside the add-in). Absent: the
   * build's default. Any other value (older versions stored an https URL) counts as absent.
   */
  readonly rulebookSource?: string;
  /** A rulebook stored in the workbook itself (JSON text). */
  readonly rulebookJson?: string;
  readonly ignored?: readonly IgnoredFinding[];
  /** The report draft's paragraphs typed over in the pane: paragraph id → text (the draft's `edits`). */
  readonly draftEdits?: Readonly<Record<string, string>>;
  /** The common indicators' scoring profile chosen in the 指标 tab (absent: the rulebook's). */
  readonly indicatorProfile?: string;
}

export type GatewayErrorCode = 'sheet-protected' | 'api-unsupported' | 'not-found' | 'too-large' | 'unknown';

/** A failure the pane can explain: which sheet, what happened. */
export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    readonly sheet: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export interface HighlightOutcome {
  readonly rowsHighlighted: number;
  /** Sheets that could not be highlighted (protected), with nothing changed on them. */
  readonly skippedSheets: readonly string[];
}

export interface ClearOutcome {
  /** False when the workbook held no highlight of the add-in's: nothing was changed. */
  readonly removed: boolean;
}

export interface WorkbookGateway {
  /** Values, formulas and number formats of every sheet's used range, in a constant number of syncs. */
  readSnapshot(onProgress?: (progress: ReadProgress) => void): Promise<Workbook>;
  /** Marks the rows of these findings, in one batched write; replaces earlier highlights. */
  highlight(findings: readonly Finding[]): Promise<HighlightOutcome>;
  /** Removes every highlight the add-in made, leaving each cell's format exactly as before. */
  clearHighlights(): Promise<ClearOutcome>;
  /** Activates the sheet and selects the cells (A1 addresses). */
  select(sheet: string, cells: readonly string[]): Promise<void>;
  /** Adds a new sheet (never replacing one) with these rows as text; returns the name used. */
  writeSheet(baseName: string, rows: readonly (readonly string[])[]): Promise<string>;
  loadSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /** Calls `onEdit` (with the sheet name) when a user edits cells; returns an unsubscribe. */
  watchEdits(onEdit: (sheet: string) => void): Promise<() => Promise<void>>;
}
