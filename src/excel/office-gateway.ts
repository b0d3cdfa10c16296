/**
 * The WorkbookGateway implemented with Office.js. Each operation lives in its own file; this one
 * wires them to one host and one own-write guard.
 */
import type { Finding } from '../core/rules/types';
import { type ExcelHost, officeHost } from './excel-host';
import type { HighlightOutcome, ReadProgress, WorkbookGateway, WorkbookSettings } from './gateway';
import { clearHighlights, highlight } from './highlight';
import type { Language } from '../core/language';
import { select } from './navigate';
import { OwnWriteGuard } from './own-writes';
import { DEFAULT_READ_BUDGET, type ReadBudget } from './read-plan';
import { readSnapshot } from './read-snapshot';
import { loadSettings, saveSettings } from './settings';
import { watchEdits } from './watch-edits';
import { writeSheet } from './write-sheet';

export interface OfficeGatewayOptions {
  /** Defaults to Office: `Excel.run` and `Office.context.requirements.isSetSupported`. */
  readonly host?: ExcelHost;
  /** Language of the notes next to highlighted cells (default zh-CN). */
  readonly noteLanguage?: () => Language;
  readonly readBudget?: ReadBudget;
  /**
   * Hosts before ExcelApi 1.8 only (newer ones switch events off during our writes): how long after
   * our write a change event on the same sheet is still taken as ours (default 1 s).
   */
  readonly ownWriteQuietMs?: number;
}

export function createOfficeGateway(options: OfficeGatewayOptions = {}): WorkbookGateway {
  const host = options.host ?? officeHost();
  const guard = new OwnWriteGuard(options.ownWriteQuietMs ?? 1000);
  const noteLanguage = options.noteLanguage ?? (() => 'zh-CN');
  const budget = options.readBudget ?? DEFAULT_READ_BUDGET;
  return {
    readSnapshot: (onProgress?: (progress: ReadProgress) => void) => readSnapshot(host, onProgress, budget),
    highlight: (findings: readonly Finding[]): Promise<HighlightOutcome> => highlight(host, guard, findings, noteLanguage()),
    clearHighlights: () => clearHighlights(host, guard),
    select: (sheet: string, cells: readonly string[]) => select(host, sheet, cells),
    writeSheet: (baseName: string, rows: readonly (readonly string[])[]) => writeSheet(host, guard, baseName, rows),
    loadSettings: (): Promise<WorkbookSettings> => loadSettings(host),
    saveSettings: (settings: WorkbookSettings) => saveSettings(host, settings),
    watchEdits: (onEdit: (sheet: string) => void) => watchEdits(host, guard, onEdit),
  };
}
