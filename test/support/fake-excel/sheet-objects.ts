/** Fake worksheets: the collection (with onChanged), a worksheet, its protection and its notes. */
import { type Box, boxAddress, cellCount, MAX_COLUMNS, MAX_ROWS, parseAreas, parseBox } from './addresses';
import { FakeClientObject, FakeCollection, type Loadable, type ScalarReader } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import { FakeRange, FakeRangeAreas } from './range-objects';
import type { FakeRequestContext } from './request-context';
import { type ChangeHandler, normalizeCell, type SheetModel, type WorkbookModel } from './workbook-model';

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, FakeWorksheet> {
  protected itemsOf(model: WorkbookModel): FakeWorksheet[] {
    return model.sheets.map((sheet) => new FakeWorksheet(this.context, `${this.path}.getItem(${JSON.stringify(sheet.id)})`, () => sheet));
  }

  getItem(key: string): FakeWorksheet {
    return this.child('getItem', [key], (path) => new FakeWorksheet(this.context, path, () => this.target().sheetByKey(key) ?? null));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.requires(4, 'getItemOrNullObject');
    return this.child('getItemOrNullObject', [key], (path) => new FakeWorksheet(this.context, path, () => this.target().sheetByKey(key) ?? null, true));
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.child(
      'getActiveWorksheet',
      [],
      (path) =>
        new FakeWorksheet(this.context, path, () => {
          const model = this.target();
          return model.sheets.find((s) => s.id === model.activeSheetId) ?? null;
        }),
    );
  }

  add(name?: string): FakeWorksheet {
    return this.child(
      'add',
      [name],
      (path) =>
        new FakeWorksheet(this.context, path, () => {
          const model = this.target();
          let chosen = name;
          for (let n = model.sheets.length + 1; !chosen; n++) if (!model.sheetByName(`Sheet${n}`)) chosen = `Sheet${n}`;
          const sheet = model.createSheet(chosen);
          this.context.host.calls.push({ kind: 'addSheet', sheet: sheet.name });
          return sheet;
        }),
    );
  }

  get onChanged(): FakeEventHandlers {
    this.requires(7, 'onChanged');
    return new FakeEventHandlers(this.context, `${this.path}.onChanged`);
  }
}

export interface FakeEventHandlerResult {
  readonly context: FakeRequestContext;
  remove(): void;
}

/** `worksheets.onChanged`: handlers registered at the next sync, removed the same way. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
  ) {}

  add(handler: ChangeHandler): FakeEventHandlerResult {
    let id: number | null = null;
    this.context.enqueue({ path: this.path, action: 'addHandler' }, () => {
      id = this.context.model.addChangeHandler(handler);
      return null;
    });
    const context = this.context;
    return {
      context,
      remove: () =>
        context.enqueue({ path: this.path, action: 'removeHandler' }, () => {
          if (id !== null) context.model.removeChangeHandler(id);
          return null;
        }),
    };
  }
}

function wholeSheet(): Box {
  return { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected scalars(): Readonly<Record<string, ScalarReader<SheetModel>>> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      visibility: (s) => s.visibility,
      position: (s) => this.context.model.sheets.indexOf(s),
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'notes') return this.notes;
    return undefined;
  }

  get id(): string {
    return this.read('id') as string;
  }
  get name(): string {
    return this.read('name') as string;
  }
  get visibility(): string {
    return this.read('visibility') as string;
  }
  get position(): number {
    return this.read('position') as number;
  }

  get protection(): FakeWorksheetProtection {
    return this.nav('protection', (path) => new FakeWorksheetProtection(this.context, path, () => this.target()));
  }

  get notes(): FakeNoteCollection {
    this.requires(18, 'notes');
    return this.nav('notes', (path) => new FakeNoteCollection(this.context, path, () => this.target()));
  }

  /** A range by address (whole sheet when omitted); an address naming another sheet is refused. */
  getRange(address?: string): FakeRange {
    return this.child(
      'getRange',
      address === undefined ? [] : [address],
      (path) =>
        new FakeRange(this.context, path, () => {
          const sheet = this.target();
          if (address === undefined) return { sheet, box: wholeSheet() };
          const parsed = parseBox(address);
          if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
            throw new FakeOfficeError(FakeErrorCode.invalidArgument, `${address} is not on ${sheet.name}.`);
          }
          return { sheet, box: parsed.box };
        }),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.requires(7, 'getRangeByIndexes');
    return this.child(
      'getRangeByIndexes',
      [startRow, startColumn, rowCount, columnCount],
      (path) =>
        new FakeRange(this.context, path, () => ({
          sheet: this.target(),
          box: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount },
        })),
    );
  }

  getRanges(address: string): FakeRangeAreas {
    this.requires(9, 'getRanges');
    return this.child(
      'getRanges',
      [address],
      (path) => new FakeRangeAreas(this.context, path, () => ({ sheet: this.target(), boxes: parseAreas(address).map((a) => a.box) })),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.requires(4, 'getUsedRangeOrNullObject');
    return this.child(
      'getUsedRangeOrNullObject',
      [valuesOnly],
      (path) =>
        new FakeRange(
          this.context,
          path,
          () => {
            const sheet = this.target();
            const box = this.context.model.usedBox(sheet, valuesOnly);
            return box ? { sheet, box } : null;
          },
          true,
        ),
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.child(
      'getUsedRange',
      [valuesOnly],
      (path) =>
        new FakeRange(this.context, path, () => {
          const sheet = this.target();
          return { sheet, box: this.context.model.usedBox(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
        }),
    );
  }

  activate(): void {
    this.call('activate', [], (sheet) => {
      this.context.model.activeSheetId = sheet.id;
      this.context.host.calls.push({ kind: 'activate', sheet: sheet.name });
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  protected scalars(): Readonly<Record<string, ScalarReader<SheetModel>>> {
    return { protected: (s) => s.protected };
  }

  get protected(): boolean {
    return this.read('protected') as boolean;
  }

  protect(): void {
    this.call('protect', [], (s) => (s.protected = true));
  }

  unprotect(): void {
    this.call('unprotect', [], (s) => (s.protected = false));
  }
}

interface NoteTarget {
  readonly sheet: SheetModel;
  readonly address: string;
}

export class FakeNoteCollection extends FakeCollection<SheetModel, FakeNote> {
  protected itemsOf(sheet: SheetModel): FakeNote[] {
    return [...sheet.notes.keys()].map((address) => new FakeNote(this.context, `${this.path}.getItem("${address}")`, () => ({ sheet, address })));
  }

  add(cellAddress: string | FakeRange, content: string): FakeNote {
    const key = typeof cellAddress === 'string' ? cellAddress : cellAddress.path;
    return this.child(
      'add',
      [key, content],
      (path) =>
        new FakeNote(this.context, path, () => {
          const sheet = this.target();
          if (typeof cellAddress !== 'string' && cellCount(cellAddress.target().box) !== 1) {
            throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'A note belongs to one cell.');
          }
          const address = normalizeCell(typeof cellAddress === 'string' ? cellAddress : boxAddress(cellAddress.target().box));
          this.context.model.assertWritable(sheet);
          if (sheet.notes.has(address)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Cell ${address} already has a note.`);
          sheet.notes.set(address, content);
          return { sheet, address };
        }),
    );
  }

  getItem(key: string): FakeNote {
    return this.child('getItem', [key], (path) => new FakeNote(this.context, path, () => this.noteAt(key)));
  }

  getItemOrNullObject(key: string): FakeNote {
    return this.child('getItemOrNullObject', [key], (path) => new FakeNote(this.context, path, () => this.noteAt(key), true));
  }

  private noteAt(key: string): NoteTarget | null {
    const sheet = this.target();
    const address = normalizeCell(key);
    return sheet.notes.has(address) ? { sheet, address } : null;
  }
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<NoteTarget>>> {
    return {
      content: ({ sheet, address }) => {
        const text = sheet.notes.get(address);
        if (text === undefined) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `No note at ${address}.`);
        return text;
      },
    };
  }

  get content(): string {
    return this.read('content') as string;
  }
  set content(value: string) {
    this.write('content', value, ({ sheet, address }) => {
      this.context.model.assertWritable(sheet);
      sheet.notes.set(address, value);
    });
  }

  delete(): void {
    this.call('delete', [], ({ sheet, address }) => {
      this.context.model.assertWritable(sheet);
      sheet.notes.delete(address);
    });
  }
}
