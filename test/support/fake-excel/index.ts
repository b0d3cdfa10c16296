/**
 * A fake Excel host that behaves like Office.js where the add-in uses it: proxies queue work,
 * values are readable only after `context.sync()`, unloaded properties throw PropertyNotLoaded,
 * and every sync is measured (requests, cells, bytes) against Excel on the web's limits.
 *
 * Plain TypeScript with no Node APIs: the same fake serves jest tests and the browser test's
 * fake host page (`window.Excel = { run: fake.run }`).
 *
 *   const fake = createFakeExcel(workbook);
 *   const gateway = createOfficeGateway({ run: fake.run, isSetSupported: fake.isSetSupported });
 */
import { boxAddress, parseBox } from './addresses';
import { FakeErrorCode, FakeOfficeError } from './errors';
import { FakeRequestContext, type FakeCall, type FakeHost, type FakeLimits, type SyncRecord } from './request-context';
import { type ChangeEvent, type FakeWorkbookInput, type RawValue, type SheetModel, WorkbookModel } from './workbook-model';

export { FakeErrorCode, FakeOfficeError } from './errors';
export { FakeRequestContext } from './request-context';
export type { FakeCall, FakeLimits, SyncRecord } from './request-context';
export type { ChangeEvent, FakeConditionalFormatInput, FakeSheetInput, FakeWorkbookInput, RawValue } from './workbook-model';
export { DAYS_1900_TO_1904 } from './workbook-model';

export interface FakeExcelOptions {
  /** The ExcelApi version the host supports, e.g. '1.6' to test fallbacks (default '1.18'). */
  readonly apiVersion?: string;
  readonly limits?: Partial<FakeLimits>;
  /** Delay before change events reach handlers (they are always asynchronous). */
  readonly eventDelayMs?: number;
}

/** Excel on the web: 5 MB per request and per response (taken as 5,000,000 bytes, the stricter reading), 5M cells per read. */
export const WEB_LIMITS: FakeLimits = { requestBytes: 5_000_000, responseBytes: 5_000_000, cellsPerRead: 5_000_000 };

/** One cell's whole state, formats included. */
export interface FakeCellState {
  readonly value: RawValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean;
}

export interface FakeConditionalFormatState {
  readonly id: string;
  readonly type: string;
  readonly formula: string | null;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly ranges: readonly string[];
}

export interface SyncTotals {
  readonly syncs: number;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The largest single request and response seen. */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export interface FakeExcel {
  /** Install as `Excel.run`: `run(batch)` or `run(objectOrContext, batch)`. */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objectOrContext: unknown, batch: Batch<T>): Promise<T>;
  /** Install as `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion?: string): boolean;
  readonly syncs: readonly SyncRecord[];
  readonly calls: readonly FakeCall[];
  totals(): SyncTotals;
  resetMetrics(): void;
  sheetNames(): string[];
  cell(sheet: string, address: string): FakeCellState;
  /** Every cell's formats, every conditional format and note, merges and protection, per sheet. */
  formatSnapshot(): unknown;
  /** Everything: formatSnapshot plus values, formulas and settings. */
  snapshot(): unknown;
  conditionalFormats(sheet: string): FakeConditionalFormatState[];
  notes(sheet: string): Record<string, string>;
  /** The fill a person sees in the cell (an applying conditional format's, else the cell's own). */
  displayedFill(sheet: string, address: string): string | null;
  settings(): Record<string, unknown>;
  activeSheet(): string | null;
  protect(sheet: string, isProtected?: boolean): void;
  /** A user typing into a cell: changes it and fires onChanged (unless the add-in disabled events). */
  userEdit(sheet: string, address: string, value: RawValue): void;
  /** Resolves once every pending change event has reached its handlers and they have settled. */
  flushEvents(): Promise<void>;
  readonly changeHandlerCount: number;
}

function parseVersion(version: string | undefined): number {
  const match = /^1\.(\d+)$/.exec(version ?? '1.18');
  if (!match) throw new Error(`fake-excel: apiVersion must look like 1.N, not ${version}`);
  return Number(match[1]);
}

export function createFakeExcel(workbook: FakeWorkbookInput, options: FakeExcelOptions = {}): FakeExcel {
  const model = new WorkbookModel(workbook, parseVersion(options.apiVersion));
  const syncs: SyncRecord[] = [];
  const calls: FakeCall[] = [];
  const pending = new Set<Promise<unknown>>();
  const eventDelayMs = options.eventDelayMs ?? 0;

  const host: FakeHost = {
    model,
    limits: { ...WEB_LIMITS, ...options.limits },
    syncs,
    calls,
    dispatch(events: readonly ChangeEvent[]) {
      const delivered = new Promise<void>((resolve) =>
        setTimeout(() => {
          const runs = model.handlersSnapshot().flatMap((handler) => events.map((event) => Promise.resolve().then(() => handler(event))));
          void Promise.allSettled(runs).then(() => resolve());
        }, eventDelayMs),
      );
      pending.add(delivered);
      void delivered.then(() => pending.delete(delivered));
    },
  };

  const sheet = (name: string): SheetModel => {
    const found = model.sheetByName(name);
    if (!found) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `No sheet ${name}`);
    return found;
  };

  const cellState = (s: SheetModel, row: number, column: number): FakeCellState => ({
    value: s.values.get(row, column) ?? '',
    formula: s.formulas.get(row, column) ?? null,
    numberFormat: s.numberFormats.get(row, column) ?? 'General',
    fill: s.fills.get(row, column) ?? null,
    fontColor: s.fontColors.get(row, column) ?? null,
    bold: s.bold.get(row, column) ?? false,
  });

  const conditionalFormatsOf = (s: SheetModel): FakeConditionalFormatState[] =>
    s.conditionalFormats.map((cf) => ({
      id: cf.id,
      type: cf.type,
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      ranges: cf.areas.map(boxAddress),
    }));

  const formatsOf = (s: SheetModel) => {
    const cells: Record<string, { numberFormat?: string; fill?: string; fontColor?: string; bold?: boolean }> = {};
    const at = (r: number, c: number) => (cells[boxAddress({ top: r, left: c, bottom: r, right: c })] ??= {});
    s.numberFormats.forEach((r, c, v) => (at(r, c).numberFormat = v));
    s.fills.forEach((r, c, v) => (at(r, c).fill = v));
    s.fontColors.forEach((r, c, v) => (at(r, c).fontColor = v));
    s.bold.forEach((r, c, v) => (at(r, c).bold = v));
    return {
      name: s.name,
      protected: s.protected,
      visibility: s.visibility,
      cells,
      merges: s.merges.map(boxAddress),
      conditionalFormats: conditionalFormatsOf(s),
      notes: Object.fromEntries(s.notes),
    };
  };

  const contentsOf = (s: SheetModel) => {
    const cells: Record<string, { value?: RawValue; formula?: string }> = {};
    const at = (r: number, c: number) => (cells[boxAddress({ top: r, left: c, bottom: r, right: c })] ??= {});
    s.values.forEach((r, c, v) => (at(r, c).value = v));
    s.formulas.forEach((r, c, v) => (at(r, c).formula = v));
    return cells;
  };

  function run<T>(...args: [Batch<T>] | [unknown, Batch<T>]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    const first = args.length > 1 ? args[0] : undefined;
    const existing = contextOf(first);
    const context = existing ?? new FakeRequestContext(host);
    return (async () => {
      const result = await batch(context);
      // Excel.run sends whatever the batch left queued.
      if (context.hasPendingWork) await context.sync();
      return result;
    })();
  }

  return {
    run: run as FakeExcel['run'],
    isSetSupported: (name, minVersion) => name === 'ExcelApi' && model.supports(parseVersion(minVersion ?? '1.1')),
    syncs,
    calls,
    totals() {
      return syncs.reduce<SyncTotals>(
        (t, s) => ({
          syncs: t.syncs + 1,
          cellsRead: t.cellsRead + s.cellsRead,
          cellsWritten: t.cellsWritten + s.cellsWritten,
          requestBytes: t.requestBytes + s.requestBytes,
          responseBytes: t.responseBytes + s.responseBytes,
          maxRequestBytes: Math.max(t.maxRequestBytes, s.requestBytes),
          maxResponseBytes: Math.max(t.maxResponseBytes, s.responseBytes),
        }),
        { syncs: 0, cellsRead: 0, cellsWritten: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0 },
      );
    },
    resetMetrics() {
      syncs.length = 0;
      calls.length = 0;
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    cell(name, address) {
      const { box } = parseBox(address);
      return cellState(sheet(name), box.top, box.left);
    },
    formatSnapshot: () => model.sheets.map(formatsOf),
    snapshot: () => ({
      sheets: model.sheets.map((s) => ({ ...formatsOf(s), contents: contentsOf(s) })),
      settings: Object.fromEntries(model.settings),
    }),
    conditionalFormats: (name) => conditionalFormatsOf(sheet(name)),
    notes: (name) => Object.fromEntries(sheet(name).notes),
    displayedFill(name, address) {
      const { box } = parseBox(address);
      return model.displayedFill(sheet(name), box.top, box.left);
    },
    settings: () => Object.fromEntries([...model.settings].map(([k, v]) => [k, JSON.parse(v) as unknown])),
    activeSheet: () => model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? null,
    protect(name, isProtected = true) {
      sheet(name).protected = isProtected;
    },
    userEdit(name, address, value) {
      const s = sheet(name);
      const { box } = parseBox(address);
      model.storeInput(s, box.top, box.left, value);
      const event = model.changeEvent(s, box);
      if (event) host.dispatch([event]);
    },
    async flushEvents() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    get changeHandlerCount() {
      return model.changeHandlerCount;
    },
  };
}

function contextOf(value: unknown): FakeRequestContext | undefined {
  if (value instanceof FakeRequestContext) return value;
  if (Array.isArray(value)) return contextOf(value[0]);
  const context = (value as { context?: unknown } | undefined)?.context;
  return context instanceof FakeRequestContext ? context : undefined;
}
