/**
 * The fake Excel host page script, injected by the browser tests before the pane's own scripts.
 * It holds the seed workbook in the fake object model (test/support/fake-excel) and offers it to
 * the pane the way src/taskpane/index.tsx documents: `window.budgetCheckFakeExcelHost` (Excel.run
 * and the requirement sets office.js cannot answer outside Office). `window.Excel.run` is the same
 * fake, where Office would put it. The tests reach the fake through `window.budgetCheckFakeExcel`.
 */
import { createFakeExcel, type FakeExcel, type FakeWorkbookInput } from '../../support/fake-excel';
import { loadPersistedWorkbook, persistWorkbook } from './persisted-workbook';
import { seedHostWorkbook } from './seed-host-workbook';

declare global {
  interface Window {
    budgetCheckFakeExcel?: FakeExcel;
    /**
     * Set by an init script before this one (the bench): the workbook to hold instead of the seed,
     * kept in memory only — saving 10,000 rows to sessionStorage after every batch would be work of
     * the fake, not of the pane, in the pane's measurements.
     */
    budgetCheckFakeWorkbook?: FakeWorkbookInput;
  }
}

function install(): void {
  const given = window.budgetCheckFakeWorkbook;
  const fake = createFakeExcel(given ?? loadPersistedWorkbook() ?? seedHostWorkbook(), { apiVersion: '1.18' });
  const persist = given ? () => undefined : persistWorkbook;

  // Every batch and every user edit is saved, so the workbook outlives a reload of the page.
  const run = (async (...args: unknown[]) => {
    try {
      return await (fake.run as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      persist(fake);
    }
  }) as FakeExcel['run'];
  const userEdit: FakeExcel['userEdit'] = (sheet, address, value) => {
    fake.userEdit(sheet, address, value);
    persist(fake);
  };

  const host = { run: run as unknown as typeof Excel.run, isSetSupported: fake.isSetSupported };
  window.budgetCheckFakeExcelHost = host;
  (window as unknown as { Excel: Pick<typeof Excel, 'run'> }).Excel = { run: host.run };
  window.budgetCheckFakeExcel = Object.assign(Object.create(fake) as FakeExcel, { run, userEdit });
}

// The pane's page only, not the frames office.js opens (its telemetry frame, which the tests block).
if (window === window.top) install();
