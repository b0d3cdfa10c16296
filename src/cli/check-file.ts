import type { CheckOptions, CheckResult } from '../core/check-api';
import { checkWorkbook } from '../core/check-workbook';
import type { Workbook } from '../core/grid/types';
import type { Lang } from './cli-text';
import { InputError } from './input-error';
import { readInputBytes } from './read/input-bytes';
import { readWorkbookBuffer } from './read/read-workbook';

export interface CheckedFile {
  readonly file: string;
  /** The bytes that were checked: --out annotates these, never re-reading a file that may have changed. */
  readonly bytes: Buffer;
  readonly workbook: Workbook;
  readonly result: CheckResult;
}

/**
 * Reads and checks one workbook. A file that cannot be read, or in which no table is recognised,
 * is unusable: an InputError saying why, in `lang`, naming the sheet and cell where there is one.
 */
export async function checkFile(file: string, options: CheckOptions, lang: Lang): Promise<CheckedFile> {
  const bytes = await readInputBytes(file);
  const workbook = await readWorkbookBuffer(bytes, file).catch((error: unknown) => {
    if (error instanceof InputError) throw error;
    // a fault inside the parser (a truncated styles part, a bad shared-string index) is still one clear
    // line naming the file, never "Cannot read properties of undefined"; BUDGET_CHECK_DEBUG shows the cause
    throw new InputError(file, 'unreadable-content', {}, undefined, error);
  });
  const result = checkWorkbook(workbook, options);
  if (result.tables.length === 0) throw nothingRecognised(file, workbook, result, lang);
  return { file, bytes, workbook, result };
}

/** Recognition's own explanation (a missing column, with where it looked) when it gave one. */
function nothingRecognised(file: string, workbook: Workbook, result: CheckResult, lang: Lang): InputError {
  const reason = result.findings.find((finding) => finding.rule === 'table-structure');
  if (!reason) return new InputError(file, 'no-tables', { sheets: workbook.sheets.map((s) => s.name).join('、') });
  const cell = reason.cells[0];
  const where = reason.sheet ? `${reason.sheet}${cell ? `!${cell}` : ''}` : undefined;
  return new InputError(file, 'as-is', { text: reason.message[lang] }, where);
}
