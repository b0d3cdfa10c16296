/** --out on big workbooks: the time to patch the package, after the check (measured in-process). */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAnnotatedCopy } from '../../../src/cli/annotate';
import { checkFile } from '../../../src/cli/check-file';
import type { BenchCell, BenchSection } from '../bench-section';
import { benchFiles } from './cli-bench-workbooks';
import { round } from './cli-workbooks';

export const cliOutCopySection: BenchSection = {
  title: 'CLI --out: the annotated copy by patching the package',
  note: [
    'The workbooks of the section above. Each is checked once (not timed), then the copy is written twice and the',
    'better time kept: read the zip, patch styles.xml, the flagged sheets and their notes parts, write the zip with',
    'every other entry copied as stored. A changed part over 8 MB is deflated at level 1.',
  ].join('\n'),
  columns: ['workbook', 'file KiB', 'rows highlighted', '--out s', 'copy KiB'],
  async run() {
    const { workbooks } = await benchFiles();
    const folder = mkdtempSync(join(tmpdir(), 'budget-check-bench-out-'));
    const rows: BenchCell[][] = [];
    try {
      for (const workbook of workbooks) {
        const checked = await checkFile(workbook.path, {}, 'zh');
        const out = join(folder, 'copy.xlsx');
        let best = Infinity;
        let highlighted = 0;
        for (let run = 0; run < 2; run++) {
          rmSync(out, { force: true }); // the CLI never replaces an output without --force
          const started = performance.now();
          highlighted = (await writeAnnotatedCopy(checked.bytes, workbook.path, out, checked.workbook, checked.result, 'zh')).rows;
          best = Math.min(best, (performance.now() - started) / 1000);
        }
        rows.push([workbook.label, Math.round(statSync(workbook.path).size / 1024), highlighted, round(best, 2), Math.round(statSync(out).size / 1024)]);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return rows;
  },
};
