/**
 * The state of the fake workbook: cells (values, formulas, number formats, fills, fonts), merges,
 * conditional formats, notes, protection, settings, selection and change-event handlers.
 * Proxies (client objects) read and change it only inside a sync, as Excel does.
 */
import type { CellRange, CellValue } from '../../../src/core/grid/types';
import { FakeErrorCode, FakeOfficeError } from './errors';
import { type Box, boxAddress, contains, intersects, parseBox } from './addresses';

/** What a cell holds as Office.js reports it: `''` is empty, errors are strings such as `#DIV/0!`. */
export type RawValue = string | number | boolean;

/** A sparse grid of one cell property, 1-based. */
export class Layer<T> {
  private readonly rows: (T | undefined)[][] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row - 1];
    if (!cells) {
      if (value === undefined) return;
      cells = this.rows[row - 1] = [];
    }
    cells[column - 1] = value;
  }

  /** Visits every set cell (sparse arrays skip holes). */
  forEach(visit: (row: number, column: number, value: T) => void): void {
    this.rows.forEach((cells, r) => cells.forEach((value, c) => value !== undefined && visit(r + 1, c + 1, value)));
  }
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  readonly areas: Box[];
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: 'Visible' | 'Hidden';
  protected: boolean;
  readonly values: Layer<RawValue>;
  readonly formulas: Layer<string>;
  readonly numberFormats: Layer<string>;
  readonly fills: Layer<string>;
  readonly fontColors: Layer<string>;
  readonly bold: Layer<boolean>;
  readonly merges: Box[];
  /** In priority order: the first applies on top, as Excel puts a new rule first. */
  readonly conditionalFormats: ConditionalFormatModel[];
  /** Cell address (`B5`) → note text. */
  readonly notes: Map<string, string>;
}

/** A user's own conditional format in the input workbook. */
export interface FakeConditionalFormatInput {
  readonly range: string;
  readonly type?: string;
  readonly formula?: string;
  readonly fill?: string;
  readonly fontColor?: string;
}

type Grid<T> = readonly (readonly T[])[];

/** A sheet as the core describes it (`Sheet` fits), plus what only a host has: formats, protection. */
export interface FakeSheetInput {
  readonly name: string;
  readonly top?: number;
  readonly left?: number;
  readonly values: Grid<CellValue | undefined>;
  readonly formulas?: Grid<string | null | undefined>;
  readonly numberFormats?: Grid<string | null | undefined>;
  readonly merges?: readonly CellRange[];
  readonly hidden?: boolean;
  readonly protected?: boolean;
  /** Fill colours (`#RRGGBB`), same shape and origin as `values`. */
  readonly fills?: Grid<string | null | undefined>;
  readonly fontColors?: Grid<string | null | undefined>;
  readonly bold?: Grid<boolean | null | undefined>;
  readonly conditionalFormats?: readonly FakeConditionalFormatInput[];
  /** Address → note text. */
  readonly notes?: Readonly<Record<string, string>>;
}

/** Days from 1899-12-30 (the 1900 date system's day 0) to 1904-01-01 (the 1904 system's). */
export const DAYS_1900_TO_1904 = 1462;

export interface FakeWorkbookInput {
  readonly name?: string;
  readonly sheets: readonly FakeSheetInput[];
  /** Document settings already stored in the workbook (key → JSON-able value). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The 1904 date system (Excel for Mac's old default): date serials count from 1904-01-01. */
  readonly date1904?: boolean;
}

export interface ChangeEvent {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local' | 'Remote';
}

export type ChangeHandler = (event: ChangeEvent) => unknown;

const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function toRaw(value: CellValue | undefined): RawValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

function eachCell<T>(grid: Grid<T> | undefined, top: number, left: number, visit: (row: number, column: number, value: T) => void) {
  grid?.forEach((cells, r) => cells.forEach((value, c) => visit(top + r, left + c, value)));
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Key → JSON text, as Office stores document settings. */
  readonly settings = new Map<string, string>();
  readonly name: string;
  readonly date1904: boolean;
  activeSheetId: string | null = null;
  enableEvents = true;
  private readonly handlers = new Map<number, ChangeHandler>();
  private nextId = 1;

  constructor(
    input: FakeWorkbookInput,
    /** Minor version of ExcelApi 1.x the fake host supports. */
    readonly apiMinor: number,
  ) {
    this.name = input.name ?? 'Book1.xlsx';
    this.date1904 = input.date1904 ?? false;
    for (const sheet of input.sheets) this.loadSheet(sheet);
    for (const [key, value] of Object.entries(input.settings ?? {})) this.settings.set(key, JSON.stringify(value));
    this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  newId(prefix: string): string {
    return `${prefix}{${String(this.nextId++).padStart(8, '0')}}`;
  }

  supports(minor: number): boolean {
    return minor <= this.apiMinor;
  }

  private loadSheet(input: FakeSheetInput): void {
    const sheet = this.createSheet(input.name);
    sheet.visibility = input.hidden ? 'Hidden' : 'Visible';
    sheet.protected = input.protected ?? false;
    const top = input.top ?? 1;
    const left = input.left ?? 1;
    eachCell(input.values, top, left, (r, c, v) => {
      const raw = toRaw(v);
      if (raw !== '') sheet.values.set(r, c, raw);
    });
    eachCell(input.formulas, top, left, (r, c, f) => {
      if (typeof f === 'string' && f.startsWith('=')) sheet.formulas.set(r, c, f);
    });
    eachCell(input.numberFormats, top, left, (r, c, nf) => {
      if (nf && nf !== 'General') sheet.numberFormats.set(r, c, nf);
    });
    eachCell(input.fills, top, left, (r, c, fill) => fill && sheet.fills.set(r, c, fill));
    eachCell(input.fontColors, top, left, (r, c, color) => color && sheet.fontColors.set(r, c, color));
    eachCell(input.bold, top, left, (r, c, bold) => bold && sheet.bold.set(r, c, true));
    for (const merge of input.merges ?? []) sheet.merges.push({ ...merge });
    for (const cf of input.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({
        id: this.newId('cf'),
        type: cf.type ?? 'Custom',
        formula: cf.formula ?? null,
        fill: cf.fill ?? null,
        fontColor: cf.fontColor ?? null,
        areas: [parseBox(cf.range).box],
      });
    }
    for (const [address, text] of Object.entries(input.notes ?? {})) sheet.notes.set(normalizeCell(address), text);
  }

  createSheet(name: string): SheetModel {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid sheet name: ${name}`);
    }
    if (this.sheetByName(name)) throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, `A sheet named ${name} already exists.`);
    const sheet: SheetModel = {
      id: this.newId('sheet'),
      name,
      visibility: 'Visible',
      protected: false,
      values: new Layer(),
      formulas: new Layer(),
      numberFormats: new Layer(),
      fills: new Layer(),
      fontColors: new Layer(),
      bold: new Layer(),
      merges: [],
      conditionalFormats: [],
      notes: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetByKey(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  /** The bounding box of cells holding a value or formula (and, unless valuesOnly, any format). */
  usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    const widen = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    sheet.values.forEach(widen);
    sheet.formulas.forEach(widen);
    if (!valuesOnly) {
      sheet.numberFormats.forEach(widen);
      sheet.fills.forEach(widen);
      sheet.fontColors.forEach(widen);
      sheet.bold.forEach(widen);
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }

  assertWritable(sheet: SheetModel): void {
    if (sheet.protected) {
      throw new FakeOfficeError(FakeErrorCode.accessDenied, `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
    }
  }

  readCells<T>(box: Box, read: (row: number, column: number) => T): T[][] {
    const rows: T[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const cells: T[] = new Array(box.right - box.left + 1);
      for (let c = box.left; c <= box.right; c++) cells[c - box.left] = read(r, c);
      rows.push(cells);
    }
    return rows;
  }

  /** Applies a 2-D array (or one value for every cell) to a box; the shape must match, as in Excel. */
  writeCells(box: Box, input: unknown, write: (row: number, column: number, value: unknown) => void): void {
    const height = box.bottom - box.top + 1;
    const width = box.right - box.left + 1;
    if (Array.isArray(input)) {
      if (input.length !== height || input.some((row) => !Array.isArray(row) || row.length !== width)) {
        throw new FakeOfficeError(
          FakeErrorCode.invalidArgument,
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) write(box.top + r, box.left + c, (input[r] as unknown[])[c]);
    } else {
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) write(r, c, input);
    }
  }

  /**
   * Stores what a user or add-in writes to a cell, as Excel interprets it: in a text-formatted
   * (`@`) cell everything stays text; otherwise `=`, `+`, `-` and `@` start a formula and numeric
   * text becomes a number. The fake does not calculate: a new formula's value is empty.
   */
  storeInput(sheet: SheetModel, row: number, column: number, input: unknown): void {
    if (input === null || input === undefined || input === '') {
      sheet.values.set(row, column, undefined);
      sheet.formulas.set(row, column, undefined);
      return;
    }
    if (typeof input === 'number' || typeof input === 'boolean') {
      sheet.values.set(row, column, input);
      sheet.formulas.set(row, column, undefined);
      return;
    }
    const text = String(input);
    const asText = sheet.numberFormats.get(row, column) === '@';
    if (!asText && /^[=+@-]/.test(text) && !NUMERIC_TEXT.test(text) && text.length > 1) {
      sheet.formulas.set(row, column, text.startsWith('=') ? text : `=${text}`);
      sheet.values.set(row, column, undefined);
      return;
    }
    sheet.formulas.set(row, column, undefined);
    if (!asText && NUMERIC_TEXT.test(text)) sheet.values.set(row, column, Number(text));
    else if (!asText && /^(true|false)$/i.test(text)) sheet.values.set(row, column, text.toLowerCase() === 'true');
    else sheet.values.set(row, column, text);
  }

  mergesWithin(sheet: SheetModel, box: Box): Box[] {
    return sheet.merges.filter((m) => intersects(m, box));
  }

  conditionalFormatsIn(sheet: SheetModel, boxes: readonly Box[]): ConditionalFormatModel[] {
    return sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => boxes.some((b) => intersects(a, b))));
  }

  /** The fill a person sees: the first applying conditional format's, else the cell's own. */
  displayedFill(sheet: SheetModel, row: number, column: number): string | null {
    for (const cf of sheet.conditionalFormats) {
      if (cf.fill && alwaysTrue(cf.formula) && cf.areas.some((a) => contains(a, row, column))) return cf.fill;
    }
    return sheet.fills.get(row, column) ?? null;
  }

  addChangeHandler(handler: ChangeHandler): number {
    const id = this.nextId++;
    this.handlers.set(id, handler);
    return id;
  }

  removeChangeHandler(id: number): void {
    this.handlers.delete(id);
  }

  get changeHandlerCount(): number {
    return this.handlers.size;
  }

  /** Change events for writes, unless the add-in turned events off (`context.runtime.enableEvents`). */
  changeEvent(sheet: SheetModel, box: Box, source: 'Local' | 'Remote' = 'Local'): ChangeEvent | null {
    if (!this.enableEvents || this.handlers.size === 0) return null;
    return { type: 'WorksheetChanged', worksheetId: sheet.id, address: boxAddress(box), changeType: 'RangeEdited', source };
  }

  handlersSnapshot(): ChangeHandler[] {
    return [...this.handlers.values()];
  }
}

/** The fake evaluates no formulas; a rule that is always true (`=TRUE`, `=ISTEXT("…")`) applies everywhere. */
function alwaysTrue(formula: string | null): boolean {
  return formula !== null && /^=\s*(TRUE|ISTEXT\("[^"]*"\))\s*$/i.test(formula);
}

export function normalizeCell(address: string): string {
  const bang = address.lastIndexOf('!');
  return address
    .slice(bang + 1)
    .replace(/\$/g, '')
    .toUpperCase();
}
