/** The Office.js adapter against the fake Excel host: syncs, cells and bytes per check, and time. */
import { createOfficeGateway } from '../../../src/excel/office-gateway';
import type { ExcelHost } from '../../../src/excel/excel-host';
import { createFakeExcel, type FakeExcel } from '../../support/fake-excel';
import type { BenchCell, BenchSection } from '../bench-section';
import { benchFindings, benchWorkbook } from './bench-workbook';

const SIZES = [1_000, 10_000, 100_000];

async function measure(fake: FakeExcel, step: () => Promise<unknown>) {
  fake.resetMetrics();
  const started = performance.now();
  await step();
  return { ms: performance.now() - started, ...fake.totals() };
}

const kib = (bytes: number) => Math.round(bytes / 1024);

export const excelAdapterSection: BenchSection = {
  title: 'Excel adapter (src/excel) against the fake host (test/support/fake-excel), ExcelApi 1.18, web limits',
  note: [
    'A check = read (readSnapshot) + highlight. "cells read" counts cells × properties (values, formulas,',
    'number formats = 3 per cell). Bytes are the JSON payloads the fake measures per sync; Excel on the',
    'web refuses more than 5 MB (4,883 KiB) in one request or response. Time is the adapter plus the fake, in-process',
    '(no network): real Excel adds a round trip per sync. Findings: an error every 50 project rows, a warning',
    'every 70, information every 90.',
  ].join('\n'),
  columns: [
    'project rows',
    'findings',
    'read syncs',
    'highlight syncs',
    'syncs/check',
    'cells read',
    'request KiB',
    'response KiB',
    'max response KiB',
    'read ms',
    'highlight ms',
    'clear syncs',
    'clear ms',
  ],
  async run() {
    const rows: BenchCell[][] = [];
    for (const size of SIZES) {
      const fake = createFakeExcel(benchWorkbook(size));
      const host: ExcelHost = { run: fake.run as unknown as ExcelHost['run'], isSetSupported: fake.isSetSupported };
      const gateway = createOfficeGateway({ host });
      const findings = benchFindings(size);
      const read = await measure(fake, () => gateway.readSnapshot());
      const highlight = await measure(fake, () => gateway.highlight(findings));
      const clear = await measure(fake, () => gateway.clearHighlights());
      rows.push([
        size,
        findings.length,
        read.syncs,
        highlight.syncs,
        read.syncs + highlight.syncs,
        read.cellsRead + highlight.cellsRead,
        kib(read.requestBytes + highlight.requestBytes),
        kib(read.responseBytes + highlight.responseBytes),
        kib(Math.max(read.maxResponseBytes, highlight.maxResponseBytes)),
        Math.round(read.ms),
        Math.round(highlight.ms),
        clear.syncs,
        Math.round(clear.ms),
      ]);
    }
    return rows;
  },
};
