/**
 * The Draft tab's three ways out: a new worksheet, the clipboard, a .docx download. Each says what
 * happened; where the platform refuses (clipboard blocked, downloads blocked or failing) it says so
 * and offers the other ways, never failing silently.
 */
import { useCallback, useState } from 'react';
import type { Draft } from '../../core/report/draft-model';
import type { PaneStrings } from '../i18n/strings';
import type { ReportTools } from '../pane-core';
import { describeError } from '../view-model/describe-error';
import { docxFileName, draftSheetRows } from '../view-model/draft-output';

export type DraftOutputKind = 'sheet' | 'copy' | 'docx';

export interface DraftOutcome {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly text: (strings: PaneStrings) => string;
  /** Offer the sheet and the clipboard instead (a download that failed or may have been blocked). */
  readonly offerAlternatives?: boolean;
  /** The clipboard was refused: the text, to show selected for Ctrl+C. */
  readonly manualCopy?: string;
}

export interface DraftOutputs {
  readonly busy: DraftOutputKind | null;
  readonly outcome: DraftOutcome | null;
  insertSheet(): Promise<void>;
  copy(): Promise<void>;
  downloadDocx(): Promise<void>;
  dismiss(): void;
}

export interface DraftOutputOptions {
  readonly draft: Draft | null;
  readonly tools: ReportTools | null;
  readonly strings: PaneStrings;
  /** gateway.writeSheet: a new sheet, never replacing one, every cell text. */
  readonly writeSheet: (baseName: string, rows: readonly (readonly string[])[]) => Promise<string>;
}

/** The Clipboard API, else the older copy command (some Office webviews have only that); false when both refuse. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not focused, or an iframe without clipboard-write): try the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Saves a file the way browsers allow from script: an object URL on a link with `download`. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Long enough for the browser to have started reading it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export function useDraftOutputs({ draft, tools, strings, writeSheet }: DraftOutputOptions): DraftOutputs {
  const [busy, setBusy] = useState<DraftOutputKind | null>(null);
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);

  const run = useCallback(
    async (kind: DraftOutputKind, action: (draft: Draft, tools: ReportTools) => Promise<DraftOutcome>) => {
      if (!draft || !tools) return;
      setBusy(kind);
      setOutcome(null);
      try {
        setOutcome(await action(draft, tools));
      } catch (error) {
        setOutcome({ intent: 'error', text: (s) => describeError(error, s), offerAlternatives: kind === 'docx' });
      } finally {
        setBusy(null);
      }
    },
    [draft, tools],
  );

  const insertSheet = () =>
    run('sheet', async (current, report) => {
      const name = await writeSheet(strings.draftSheetName, draftSheetRows(report.draftToPlainText(current)));
      return { intent: 'success', text: (s) => s.draftInserted(name) };
    });

  const copy = () =>
    run('copy', async (current, report) => {
      const text = report.draftToPlainText(current);
      if (await copyText(text)) return { intent: 'success', text: (s) => s.draftCopied };
      return { intent: 'warning', text: (s) => s.copyBlocked, manualCopy: text };
    });

  const downloadDocx = () =>
    run('docx', async (current, report) => {
      const fileName = docxFileName(current, strings.draftSheetName);
      try {
        saveFile(await report.draftToDocxBlob(current), fileName);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { intent: 'error', text: (s) => s.docxFailed(detail), offerAlternatives: true };
      }
      // A blocked download raises nothing a page can see: say what to do if none appears.
      return { intent: 'info', text: (s) => s.docxStarted(fileName), offerAlternatives: true };
    });

  return { busy, outcome, insertSheet, copy, downloadDocx, dismiss: useCallback(() => setOutcome(null), []) };
}
