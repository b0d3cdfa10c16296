/**
 * Collects what a general reader left behind before the check starts. SheetJS (like exceljs before
 * it) keeps several objects per cell; once a big workbook is in the grid they are hundreds of MB of
 * garbage that V8 collects only after the check has grown the heap on top of them. The fast .xlsx
 * reader leaves next to nothing, and a forced full collection there cost 0.12 s at 100k rows.
 * Node exposes no collector without --expose-gc, which a bin script cannot pass: the flag is set
 * at run time and the function taken from a fresh context, where V8 then installs it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this many bytes of .xlsx a full collection costs more than the memory it frees. */
const WORTH_COLLECTING = 4 * 1024 * 1024;

let collect: (() => void) | null | undefined;

export function releaseReadingMemory(xlsxBytes: number): void {
  if (xlsxBytes < WORTH_COLLECTING) return;
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null;
    } catch {
      collect = null; // a runtime without the flag: the peak is higher, nothing else changes
    }
  }
  collect?.();
}
