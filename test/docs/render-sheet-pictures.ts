/**
 * Renders the pictures of the user guide (docs/images/*.png): each recognised kind of sheet of the
 * bundled examples, read with the CLI's own reader, framed where the core recognised a table, and
 * screenshotted in headless Chromium. Re-run after changing the examples:
 *
 *   npx ts-node --transpile-only --prefer-ts-exts test/docs/render-sheet-pictures.ts
 *
 * Needs /usr/bin/chromium and a CJK font (Debian: fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check-workbook';
import type { Workbook } from '../../src/core/grid/types';
import { launchChromium } from '../browser/support/browser';
import { sheetHtml } from './sheet-html';

const ROOT = join(__dirname, '..', '..');
const IMAGES = join(ROOT, 'docs', 'images');

interface Picture {
  readonly workbook: string;
  readonly sheet: string;
  readonly file: string;
  readonly caption: string;
}

export const PICTURES: readonly Picture[] = [
  { workbook: 'examples/shifeng-grid-2023.xlsx', sheet: '基本情况', file: 'sheet-unit-info.png', caption: '基本情况 unit info — examples/shifeng-grid-2023.xlsx' },
  { workbook: 'examples/shifeng-grid-2023.xlsx', sheet: '收支总表', file: 'sheet-summary.png', caption: '收支总表 summary — examples/shifeng-grid-2023.xlsx' },
  { workbook: 'examples/shifeng-grid-2023.xlsx', sheet: '项目支出', file: 'sheet-projects.png', caption: '项目支出 projects — examples/shifeng-grid-2023.xlsx' },
  {
    workbook: 'examples/forms-2023.xlsx',
    sheet: '项目自评-网格信息化',
    file: 'form-project-national.png',
    caption: '项目支出绩效自评表 (national variant) — examples/forms-2023.xlsx',
  },
  {
    workbook: 'examples/forms-2023.xlsx',
    sheet: '四川-工资性支出',
    file: 'form-project-sichuan.png',
    caption: '项目支出绩效自评表 (Sichuan variant, as published) — examples/forms-2023.xlsx',
  },
  { workbook: 'examples/forms-2023.xlsx', sheet: '部门整体自评', file: 'form-unit.png', caption: '部门整体支出绩效自评表 — examples/forms-2023.xlsx' },
];

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  const workbooks = new Map<string, { workbook: Workbook; checked: ReturnType<typeof checkWorkbook> }>();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1.5 });
    for (const picture of PICTURES) {
      let entry = workbooks.get(picture.workbook);
      if (!entry) {
        const workbook = await readXlsxFile(join(ROOT, picture.workbook));
        entry = { workbook, checked: checkWorkbook(workbook) };
        workbooks.set(picture.workbook, entry);
      }
      const sheet = entry.workbook.sheets.find((candidate) => candidate.name === picture.sheet);
      if (!sheet) throw new Error(`${picture.workbook} has no sheet “${picture.sheet}”`);
      const recognised = entry.checked.tables.filter((table) => table.sheet === sheet.name).map((table) => table.cellRange);
      if (recognised.length === 0) throw new Error(`Nothing was recognised on ${picture.workbook} › ${picture.sheet}: the picture would mislead`);
      await page.setContent(sheetHtml({ sheet, recognised, caption: picture.caption }), { waitUntil: 'load' });
      await page.locator('figure').screenshot({ path: join(IMAGES, picture.file) });
      console.log(`docs/images/${picture.file}  ${picture.sheet}: recognised ${recognised.length} range(s)`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
