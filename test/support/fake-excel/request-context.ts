/**
 * The fake request context: queues operations and runs them at `sync()`, like one Office.js
 * round trip, while counting what such a round trip costs (requests, cells, bytes) and enforcing
 * Excel on the web's payload limits.
 */
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { SheetModel, WorkbookModel, ChangeEvent } from './workbook-model';
import type { Box } from './addresses';
import { FakeApplication, FakeRuntime, FakeWorkbook } from './workbook-objects';

export interface FakeLimits {
  /** Largest request payload (Excel on the web: 5 MB). */
  readonly requestBytes: number;
  /** Largest response payload (Excel on the web: 5 MB). */
  readonly responseBytes: number;
  /** Most cells one range read may return (Excel on the web: 5 million). */
  readonly cellsPerRead: number;
}

/** The performance measure (in a browser) spanning the fake host's own work in each sync. */
export const FAKE_SYNC_MEASURE = 'fake-excel:sync';

/** What one `context.sync()` cost. */
export interface SyncRecord {
  readonly operations: number;
  /** Operations that change the document or the view (property writes, calls, additions). */
  readonly writes: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Cells × properties read (a range's values and formulas count twice). */
  readonly cellsRead: number;
  /** Cells × properties written. */
  readonly cellsWritten: number;
  /** The error code when the sync failed. */
  readonly error: string | null;
}

/** Host-visible effects the fake records for tests (activate, select, screen updating…). */
export type FakeCall =
  | { readonly kind: 'activate'; readonly sheet: string }
  | { readonly kind: 'select'; readonly sheet: string; readonly address: string }
  | { readonly kind: 'suspendScreenUpdating' }
  | { readonly kind: 'addSheet'; readonly sheet: string };

export interface FakeHost {
  readonly model: WorkbookModel;
  readonly limits: FakeLimits;
  readonly syncs: SyncRecord[];
  readonly calls: FakeCall[];
  dispatch(events: readonly ChangeEvent[]): void;
}

interface Operation {
  readonly request: unknown;
  readonly apply: () => unknown;
  readonly write: boolean;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  /** Office.js API; tracking has no effect in the fake. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Operation[] = [];
  private staged: (() => void)[] = [];
  private events: ChangeEvent[] = [];
  private executing = false;
  private cellsRead = 0;
  private cellsWritten = 0;

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this, 'workbook', () => host.model);
    this.application = new FakeApplication(this, 'application', () => host.model);
    this.runtime = new FakeRuntime(this, 'runtime', () => host.model);
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  enqueue(request: unknown, apply: () => unknown, write = false): void {
    this.queue.push({ request, apply, write });
  }

  get hasPendingWork(): boolean {
    return this.queue.length > 0;
  }

  /** Defers making a loaded value readable until the sync has succeeded. */
  stage(commit: () => void): void {
    this.staged.push(commit);
  }

  assertExecuting(): void {
    if (!this.executing) throw new Error('fake-excel: a proxy was resolved outside context.sync()');
  }

  countCellsRead(count: number): void {
    if (count > this.host.limits.cellsPerRead) {
      throw new FakeOfficeError(FakeErrorCode.responsePayloadSizeLimitExceeded, `A read of ${count} cells exceeds the host's limit.`);
    }
    this.cellsRead += count;
  }

  countCellsWritten(count: number): void {
    this.cellsWritten += count;
  }

  /** Records that a sheet changed, for the change events fired after the sync. */
  changed(sheet: SheetModel, box: Box): void {
    const event = this.model.changeEvent(sheet, box);
    if (event) this.events.push(event);
  }

  /** An API newer than the host: the sync fails with ApiNotFound, as Office.js does. */
  requireApi(minor: number, member: string): void {
    if (this.model.supports(minor)) return;
    this.enqueue({ path: member, action: 'call' }, () => {
      throw new FakeOfficeError(FakeErrorCode.apiNotFound, `${member} needs ExcelApi 1.${minor}; this host supports 1.${this.model.apiMinor}.`);
    });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.staged = [];
    this.events = [];
    this.cellsRead = 0;
    this.cellsWritten = 0;
    const requestBytes = utf8Length(JSON.stringify(operations.map((op) => op.request)));
    // A round trip: the caller's code after `await context.sync()` never runs synchronously, and runs
    // in a task of its own, as when Excel answers from its own process (a pane's long task is its own).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    let failure: { readonly error: unknown } | null = null;
    try {
      this.answer(operations, requestBytes);
    } catch (error) {
      failure = { error };
    }
    // In a browser, the bench tells the host's own work from the pane's (test/bench/sections/pane-browser.ts).
    if (typeof window !== 'undefined') performance.measure(FAKE_SYNC_MEASURE, { start: started, end: performance.now() });
    // The answer comes back in another task, where the pane's code after the sync runs; change events
    // come after it. Office.js does not roll back: what ran before a failure stays done and raises its events.
    const events = this.events;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (events.length > 0) this.host.dispatch(events);
    if (failure) throw failure.error;
  }

  /** What Excel does with one sync's operations, in its own process. */
  private answer(operations: readonly Operation[], requestBytes: number): void {
    const record = (responseBytes: number, error: string | null) =>
      this.host.syncs.push({
        operations: operations.length,
        writes: operations.filter((op) => op.write).length,
        requestBytes,
        responseBytes,
        cellsRead: this.cellsRead,
        cellsWritten: this.cellsWritten,
        error,
      });
    if (requestBytes > this.host.limits.requestBytes) {
      record(0, FakeErrorCode.requestPayloadSizeLimitExceeded);
      throw new FakeOfficeError(FakeErrorCode.requestPayloadSizeLimitExceeded, `The request payload (${requestBytes} bytes) exceeds the limit.`);
    }
    const responses: unknown[] = [];
    this.executing = true;
    try {
      for (const op of operations) responses.push(op.apply() ?? null);
    } catch (error) {
      record(0, (error as { code?: string }).code ?? 'GeneralException');
      throw error;
    } finally {
      this.executing = false;
    }
    const responseBytes = utf8Length(JSON.stringify(responses));
    if (responseBytes > this.host.limits.responseBytes) {
      record(responseBytes, FakeErrorCode.responsePayloadSizeLimitExceeded);
      throw new FakeOfficeError(FakeErrorCode.responsePayloadSizeLimitExceeded, `The response payload (${responseBytes} bytes) exceeds the limit.`);
    }
    for (const commit of this.staged) commit();
    record(responseBytes, null);
  }
}
