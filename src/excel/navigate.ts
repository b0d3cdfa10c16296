/** Takes the user to a finding: activates its sheet and selects its cells (one sync). */
import { boundingRange, cellRangeToA1, cellsOnSheet } from './addresses';
import { type ExcelHost, officeErrorCode } from './excel-host';
import { GatewayError } from './gateway';

/**
 * Selects the smallest range holding the cells: a selection of several areas is not possible
 * through Office.js (RangeAreas has no select), and the bounding range shows them all.
 */
export async function select(host: ExcelHost, sheetName: string, cells: readonly string[]): Promise<void> {
  const bounds = boundingRange(cellsOnSheet(sheetName, cells));
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      if (bounds) sheet.getRange(cellRangeToA1(bounds)).select();
      await context.sync();
    });
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') {
      throw new GatewayError('not-found', sheetName, `The sheet ${sheetName} is no longer in the workbook.`);
    }
    throw error;
  }
}
