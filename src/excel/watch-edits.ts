/**
 * Live re-check: tells the pane which sheet a user edited (worksheet change events, ExcelApi 1.7).
 * Events caused by the add-in's own writes are dropped (see own-writes.ts), so no loop can start.
 */
import { detectCapabilities, type ExcelHost } from './excel-host';
import { GatewayError } from './gateway';
import type { OwnWriteGuard } from './own-writes';

export async function watchEdits(host: ExcelHost, guard: OwnWriteGuard, onEdit: (sheet: string) => void): Promise<() => Promise<void>> {
  if (!detectCapabilities(host.isSetSupported).changeEvents) {
    throw new GatewayError('api-unsupported', null, 'Live re-check needs worksheet change events (ExcelApi 1.7).');
  }

  const sheetNameOf = (worksheetId: string) =>
    host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(worksheetId);
      sheet.load('name');
      await context.sync();
      return sheet.name;
    });

  const onChanged = async (event: Excel.WorksheetChangedEventArgs) => {
    if (guard.isOwn(event.worksheetId)) return;
    try {
      onEdit(await sheetNameOf(event.worksheetId));
    } catch {
      // The sheet was deleted before we could name it: there is nothing left to re-check there.
    }
  };

  const registration = await host.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(onChanged);
    await context.sync();
    return handler;
  });

  return async () => {
    await host.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
