/**
 * Which notes the add-in added, kept in the workbook's settings so that clearing (in this session
 * or a later one, by a colleague) removes exactly those notes — and leaves any a person edited.
 */
export const NOTES_SETTING = 'budget-check.highlight-notes';

export interface NoteRecord {
  readonly sheet: string;
  readonly address: string;
  /** Fingerprint of the text we wrote (see textFingerprint). */
  readonly fingerprint: string;
}

function isNoteRecord(value: unknown): value is NoteRecord {
  const v = value as Partial<NoteRecord> | null;
  return typeof v?.sheet === 'string' && typeof v.address === 'string' && typeof v.fingerprint === 'string';
}

/** Reads the record; anything unreadable is treated as no record (those notes are then left alone). */
export function readNoteRecord(value: unknown): NoteRecord[] {
  try {
    const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as { notes?: unknown } | null;
    return Array.isArray(parsed?.notes) ? parsed.notes.filter(isNoteRecord) : [];
  } catch {
    return [];
  }
}

/** Queues the new record (or its removal when empty) into the caller's batch. */
export function writeNoteRecord(context: Excel.RequestContext, existing: Excel.Setting, notes: readonly NoteRecord[]): void {
  if (notes.length > 0) context.workbook.settings.add(NOTES_SETTING, JSON.stringify({ version: 1, notes }));
  else if (!existing.isNullObject) existing.delete();
}
