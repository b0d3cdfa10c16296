/**
 * `npm run examples`: writes the bundled example workbook and the empty template from their
 * readable specs (src/cli/examples/). Usage: make-examples [output folder, default ./examples].
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildBudgetWorkbook } from './examples/budget-workbook-layout';
import { buildOfficialBudgetWorkbook } from './examples/official-budget-2026';
import { SHIFENG_GRID_2023 } from './examples/shifeng-grid-2023';
import { buildTemplateWorkbook } from './examples/template-workbook';

export const EXAMPLE_FILES = {
  example: 'shifeng-grid-2023.xlsx',
  template: 'template.xlsx',
  official: 'official-budget-2026.xlsx',
} as const;

export async function makeExamples(folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const [file, book] of [
    [EXAMPLE_FILES.example, buildBudgetWorkbook(SHIFENG_GRID_2023)],
    [EXAMPLE_FILES.template, buildTemplateWorkbook()],
    [EXAMPLE_FILES.official, buildOfficialBudgetWorkbook()],
  ] as const) {
    const path = join(folder, file);
    await book.xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  makeExamples(resolve(process.argv[2] ?? 'examples')).then(
    (paths) => paths.forEach((path) => console.log(`written: ${path}`)),
    (error: unknown) => {
      console.error(`make-examples: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
