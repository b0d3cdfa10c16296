/** Why the fast reader stops on a sheet: a cell it cannot read as written, or something it does not know. */

/** What the fast path does not know: the workbook goes to SheetJS instead. */
export class NeedsGeneralReader extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = 'NeedsGeneralReader';
  }
}

/** A cell that cannot be read as Excel wrote it (a shared string that does not exist…). */
export class BadCell extends Error {
  constructor(
    readonly cell: string,
    readonly what: string,
    readonly whatZh: string,
  ) {
    super(`${cell}: ${what}`);
    this.name = 'BadCell';
  }
}
