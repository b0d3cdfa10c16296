/**
 * The base the other properties stand on: a generated clean workbook is read whole (every
 * project, sub-item, the 合计 row and the summary) and draws no error or warning. Information
 * (sub-items explaining part of the spending, basic-expenditure carry-over) is allowed.
 */
import fc from 'fast-check';
import type { ProjectTable, SummaryTable } from '../../src/core/recognize/model';
import { cleanWorkbookArbitrary } from './support/clean-arbitraries';
import { checkModel } from './support/check-rendered';
import { fullMeaning } from './support/findings-by-meaning';

describe('property: a clean generated workbook', () => {
  it('is recognised whole and draws no error or warning', () => {
    fc.assert(
      fc.property(cleanWorkbookArbitrary(), ({ model, sheetOrder }) => {
        const { result, rendered } = checkModel(model, sheetOrder);
        const tables = result.recognized.tables;
        const projectTables = tables.filter((table): table is ProjectTable => table.kind === 'projects');
        expect(projectTables).toHaveLength(1);
        const [table] = projectTables;
        expect(table.unit).toBe(model.table.unit);
        expect(table.projects.map((project) => project.name)).toEqual(model.projects.map((project) => project.name));
        expect(table.subItems).toHaveLength(model.projects.reduce((count, project) => count + project.subItems.length, 0));
        expect(table.totals).toHaveLength(1);
        const summaries = tables.filter((t): t is SummaryTable => t.kind === 'summary');
        expect(summaries).toHaveLength(1);
        expect(Object.keys(summaries[0].fields).sort()).toEqual([...model.summary.order].sort());
        expect(tables.filter((t) => t.kind === 'unit-info')).toHaveLength(model.unitInfo ? 1 : 0);
        const alarms = result.findings.filter((finding) => finding.severity !== 'info');
        expect(alarms.map((finding) => `${fullMeaning(finding, rendered)} — ${finding.message.zh}`)).toEqual([]);
      }),
      { seed: 20_240_610, numRuns: 150 },
    );
  });
});
