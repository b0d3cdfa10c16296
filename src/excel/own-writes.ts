/**
 * Which change events are the add-in's own. With ExcelApi 1.8 our writes run with events off
 * (`context.runtime.enableEvents`), so nothing of ours arrives afterwards and a sheet is "ours"
 * only while the write runs. Older hosts still raise our events, a little after the write, so
 * there each sheet we wrote stays "ours" for a short quiet period after the write ends — at the
 * cost of missing a user's edit on that sheet in that moment, which is why it is only the fallback.
 */
export interface OwnWriteOptions {
  /** Keep the sheets "ours" for the quiet period after the write (hosts that cannot silence events). */
  readonly quietAfter: boolean;
}

export class OwnWriteGuard {
  private readonly writing = new Map<string, number>();
  private readonly quietUntil = new Map<string, number>();

  constructor(
    private readonly quietMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Marks these sheets (by id) as being written; call the returned function when done. */
  begin(sheetIds: Iterable<string>, options: OwnWriteOptions = { quietAfter: true }): () => void {
    const ids = [...new Set(sheetIds)];
    for (const id of ids) this.writing.set(id, (this.writing.get(id) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const until = this.now() + this.quietMs;
      for (const id of ids) {
        const left = (this.writing.get(id) ?? 1) - 1;
        if (left > 0) this.writing.set(id, left);
        else this.writing.delete(id);
        if (options.quietAfter) this.quietUntil.set(id, Math.max(until, this.quietUntil.get(id) ?? 0));
      }
    };
  }

  isOwn(sheetId: string): boolean {
    return (this.writing.get(sheetId) ?? 0) > 0 || this.now() < (this.quietUntil.get(sheetId) ?? 0);
  }
}
