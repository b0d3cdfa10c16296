/** Test helper: the real Office gateway wired to a fake Excel host. */
import { createOfficeGateway, type OfficeGatewayOptions } from '../../src/excel/office-gateway';
import type { ExcelHost } from '../../src/excel/excel-host';
import type { WorkbookGateway } from '../../src/excel/gateway';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type FakeWorkbookInput } from '../support/fake-excel';

export function hostOf(fake: FakeExcel): ExcelHost {
  return { run: fake.run as unknown as ExcelHost['run'], isSetSupported: fake.isSetSupported };
}

export function fakeGateway(
  workbook: FakeWorkbookInput,
  options: FakeExcelOptions = {},
  gatewayOptions: Omit<OfficeGatewayOptions, 'host'> = {},
): { fake: FakeExcel; gateway: WorkbookGateway } {
  const fake = createFakeExcel(workbook, options);
  return { fake, gateway: createOfficeGateway({ ...gatewayOptions, host: hostOf(fake) }) };
}
