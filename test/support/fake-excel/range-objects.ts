/** Fake `Range`, `RangeAreas` and a range's format (fill, font). */
import { type Box, boxAddress, cellCount, qualifiedAddress } from './addresses';
import { FakeClientObject, type Loadable, type ScalarReader } from './client-object';
import { FakeConditionalFormatCollection } from './conditional-format-objects';
import type { FakeRequestContext } from './request-context';
import type { Layer, SheetModel } from './workbook-model';

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly box: Box;
}

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly boxes: readonly Box[];
}

/** Reads one cell property of a whole box, counting the cells transferred. */
function readGrid<T>(context: FakeRequestContext, { box }: RangeTarget, read: (row: number, column: number) => T): T[][] {
  context.countCellsRead(cellCount(box));
  return context.model.readCells(box, read);
}

function writeGrid(context: FakeRequestContext, { sheet, box }: RangeTarget, input: unknown, write: (row: number, column: number, value: unknown) => void) {
  context.model.assertWritable(sheet);
  context.model.writeCells(box, input, write);
  context.countCellsWritten(cellCount(box));
  context.changed(sheet, box);
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<RangeTarget>>> {
    const { context } = this;
    return {
      address: ({ sheet, box }) => qualifiedAddress(sheet.name, box),
      rowIndex: ({ box }) => box.top - 1,
      columnIndex: ({ box }) => box.left - 1,
      rowCount: ({ box }) => box.bottom - box.top + 1,
      columnCount: ({ box }) => box.right - box.left + 1,
      cellCount: ({ box }) => cellCount(box),
      values: (t) => readGrid(context, t, (r, c) => t.sheet.values.get(r, c) ?? ''),
      formulas: (t) => readGrid(context, t, (r, c) => t.sheet.formulas.get(r, c) ?? t.sheet.values.get(r, c) ?? ''),
      numberFormat: (t) => readGrid(context, t, (r, c) => t.sheet.numberFormats.get(r, c) ?? 'General'),
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'format') return this.format;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    return undefined;
  }

  get address(): string {
    return this.read('address') as string;
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get cellCount(): number {
    return this.read('cellCount') as number;
  }

  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  set values(input: unknown) {
    this.write('values', input, (t) => writeGrid(this.context, t, input, (r, c, v) => this.context.model.storeInput(t.sheet, r, c, v)));
  }

  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  set formulas(input: unknown) {
    this.write('formulas', input, (t) => writeGrid(this.context, t, input, (r, c, v) => this.context.model.storeInput(t.sheet, r, c, v)));
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat') as unknown[][];
  }
  set numberFormat(input: unknown) {
    this.write('numberFormat', input, (t) =>
      writeGrid(this.context, t, input, (r, c, v) => t.sheet.numberFormats.set(r, c, v === 'General' || v === '' || v == null ? undefined : String(v))),
    );
  }

  get format(): FakeRangeFormat {
    return this.nav('format', (path) => new FakeRangeFormat(this.context, path, () => this.target()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.requires(6, 'conditionalFormats');
    return this.nav(
      'conditionalFormats',
      (path) =>
        new FakeConditionalFormatCollection(this.context, path, () => {
          const { sheet, box } = this.target();
          return { sheet, boxes: [box] };
        }),
    );
  }

  select(): void {
    this.call('select', [], ({ sheet, box }) => {
      this.context.model.activeSheetId = sheet.id;
      this.context.host.calls.push({ kind: 'select', sheet: sheet.name, address: boxAddress(box) });
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.requires(13, 'getMergedAreasOrNullObject');
    return this.child(
      'getMergedAreasOrNullObject',
      [],
      (path) =>
        new FakeRangeAreas(
          this.context,
          path,
          () => {
            const { sheet, box } = this.target();
            const merges = this.context.model.mergesWithin(sheet, box);
            return merges.length > 0 ? { sheet, boxes: merges } : null;
          },
          true,
        ),
    );
  }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<AreasTarget>>> {
    return {
      address: ({ sheet, boxes }) => boxes.map((b) => qualifiedAddress(sheet.name, b)).join(','),
      areaCount: ({ boxes }) => boxes.length,
      cellCount: ({ boxes }) => boxes.reduce((n, b) => n + cellCount(b), 0),
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === 'conditionalFormats' ? this.conditionalFormats : undefined;
  }

  get address(): string {
    return this.read('address') as string;
  }
  get areaCount(): number {
    return this.read('areaCount') as number;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.requires(9, 'conditionalFormats');
    return this.nav('conditionalFormats', (path) => new FakeConditionalFormatCollection(this.context, path, () => this.target()));
  }
}

/** One value if every cell has it, else null (as Excel reports a mixed range). */
function uniform<T>(layer: Layer<T>, box: Box): T | null {
  const first = layer.get(box.top, box.left);
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (layer.get(r, c) !== first) return null;
  return first ?? null;
}

function setAll<T>(context: FakeRequestContext, target: RangeTarget, layer: Layer<T>, value: T | undefined) {
  context.model.assertWritable(target.sheet);
  const { box } = target;
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) layer.set(r, c, value);
  context.changed(target.sheet, box);
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<RangeTarget>>> {
    return {};
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }

  get fill(): FakeRangeFill {
    return this.nav('fill', (path) => new FakeRangeFill(this.context, path, () => this.target()));
  }

  get font(): FakeRangeFont {
    return this.nav('font', (path) => new FakeRangeFont(this.context, path, () => this.target()));
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<RangeTarget>>> {
    return { color: ({ sheet, box }) => uniform(sheet.fills, box) };
  }

  get color(): string | null {
    return this.read('color') as string | null;
  }
  set color(value: string | null) {
    this.write('color', value, (t) => setAll(this.context, t, t.sheet.fills, value ?? undefined));
  }

  clear(): void {
    this.call('clear', [], (t) => setAll(this.context, t, t.sheet.fills, undefined));
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<RangeTarget>>> {
    return {
      color: ({ sheet, box }) => uniform(sheet.fontColors, box),
      bold: ({ sheet, box }) => uniform(sheet.bold, box) ?? false,
    };
  }

  get color(): string | null {
    return this.read('color') as string | null;
  }
  set color(value: string | null) {
    this.write('color', value, (t) => setAll(this.context, t, t.sheet.fontColors, value ?? undefined));
  }

  get bold(): boolean {
    return this.read('bold') as boolean;
  }
  set bold(value: boolean) {
    this.write('bold', value, (t) => setAll(this.context, t, t.sheet.bold, value ? true : undefined));
  }
}
