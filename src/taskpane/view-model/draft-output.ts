/** What the Draft tab hands to Excel, the clipboard and the download, and how it names a run's origin. */
import type { CellRef, Draft } from '../../core/report/draft-model';
import { paragraphText } from '../../core/report/draft-model';

/** The plain-text draft as sheet rows: one line per row, in column A (the sheet writer keeps each as text). */
export function draftSheetRows(plainText: string): string[][] {
  const lines = plainText.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => [line]);
}

/** Windows and Mac refuse these in file names (control characters are dropped separately). */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|]+/g;

function withoutControlCharacters(text: string): string {
  return [...text].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
}
const MAX_FILE_NAME = 120;

/** The report's title as a file name (`XX区…自评报告.docx`), else `fallback.docx`. */
export function docxFileName(draft: Draft, fallback: string): string {
  const title = withoutControlCharacters(paragraphText(draft.title))
    .replace(UNSAFE_IN_FILE_NAME, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_FILE_NAME)
    .trim();
  return `${title.replace(/^\.+/, '') || fallback}.docx`;
}

const MAX_SOURCES_SHOWN = 6;

/** `项目支出!C4、项目支出!D4…`: the cells a computed sentence came from, the first few of them. */
export function describeSources(sources: readonly CellRef[] | undefined, separator: string): string {
  const cells = (sources ?? []).map((ref) => `${ref.sheet}!${ref.address}`);
  const shown = cells.slice(0, MAX_SOURCES_SHOWN).join(separator);
  return cells.length > MAX_SOURCES_SHOWN ? `${shown}…` : shown;
}

/** The ids of edits whose paragraph is not in the draft any more (a project was renamed or removed). */
export function editsNotPlaced(draft: Draft, edits: Readonly<Record<string, string>>): string[] {
  const ids = new Set([draft.title.id, ...draft.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.id))]);
  return Object.keys(edits).filter((id) => !ids.has(id));
}
