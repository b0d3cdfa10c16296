/**
 * Property 2: what is found does not depend on how the same figures are laid out. The same
 * findings (rule, message, subject, severity, expected and actual, rows and cells mapped to what
 * they mean) come out when project rows are reordered, when columns are reordered, and when a
 * sheet's amounts move between 万元 and 元 (values × 10,000 and the unit note switched) — and
 * when the summary shares the project table's sheet instead of having its own.
 * Clean workbooks have findings of their own (information); to compare real errors too, some
 * cases first break a few figures of the model, the same way in both layouts.
 */
import fc from 'fast-check';
import type { MoneyUnit } from '../../src/core/money/fen';
import { MONEY_FIELDS, SUMMARY_LABELS, withSummaryPlaced, type CleanWorkbook, type ProjectModel, type SummaryPlacement } from './support/clean-model';
import { cleanWorkbookArbitrary, type CleanCase } from './support/clean-arbitraries';
import { checkModel } from './support/check-rendered';

const RUNS = { numRuns: 150 };

/** Damage done to the model (so to both layouts alike): figures of projects, the 合计 row or the summary off by some fen. */
const delta = fc.integer({ min: -5_000_000, max: 5_000_000 }).map(BigInt);
const damage = fc.record({
  projects: fc.array(fc.record({ project: fc.nat(), field: fc.constantFrom(...MONEY_FIELDS), delta }), { maxLength: 3 }),
  totalOffsets: fc.dictionary(fc.constantFrom(...MONEY_FIELDS), delta, { maxKeys: 2 }),
  summaryOffsets: fc.dictionary(fc.constantFrom(...SUMMARY_LABELS), delta, { maxKeys: 2 }),
});

function damaged(model: CleanWorkbook, damages: typeof damage extends fc.Arbitrary<infer D> ? D : never): CleanWorkbook {
  const projects: ProjectModel[] = [...model.projects];
  for (const { project, field, delta: change } of damages.projects) {
    const index = project % projects.length;
    const target = projects[index];
    projects[index] = { ...target, amounts: { ...target.amounts, [field]: target.amounts[field] + change } };
  }
  return { ...model, projects, totalOffsets: damages.totalOffsets, summaryOffsets: damages.summaryOffsets };
}

/** A clean case, or one with a few figures broken. */
const caseArbitrary: fc.Arbitrary<CleanCase> = fc
  .tuple(cleanWorkbookArbitrary(), fc.option(damage, { nil: null }))
  .map(([clean, damages]) => (damages ? { ...clean, model: damaged(clean.model, damages) } : clean));

function permutation<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

/** Every generated case and its twin — the same figures laid out otherwise — give the same findings, by meaning. */
function assertSameFindings(seed: number, twin: (model: CleanWorkbook) => fc.Arbitrary<CleanWorkbook>): void {
  fc.assert(
    fc.property(
      caseArbitrary.chain((c) => fc.tuple(fc.constant(c), twin(c.model))),
      ([{ model, sheetOrder }, other]) => {
        expect(checkModel(other, sheetOrder).meanings).toEqual(checkModel(model, sheetOrder).meanings);
      },
    ),
    { seed, ...RUNS },
  );
}

const otherUnit = (unit: MoneyUnit): MoneyUnit => (unit === '万元' ? '元' : '万元');

/** The model with the project table's and/or the summary's amounts in the other unit (× or ÷ 10,000). */
function withUnitsSwitched(model: CleanWorkbook, switchTable: boolean, switchSummary: boolean): CleanWorkbook {
  const tableUnit = switchTable ? otherUnit(model.table.unit) : model.table.unit;
  const summaryUnit = switchSummary ? otherUnit(model.summary.unit) : model.summary.unit;
  const switched: CleanWorkbook = {
    ...model,
    // a sheet in 元 must say so; one in 万元 may keep its note
    table: { ...model.table, unit: tableUnit, unitStyle: tableUnit === '元' && model.table.unitStyle === 'none' ? 'note' : model.table.unitStyle },
    summary: { ...model.summary, unit: summaryUnit, unitNote: summaryUnit === '元' || model.summary.unitNote },
  };
  // a summary on the project table's sheet switches with it
  return withSummaryPlaced(switched, model.summaryPlacement ?? 'own-sheet');
}

describe('property: findings do not depend on the layout', () => {
  it('when project rows are reordered (sub-items move with their project)', () => {
    assertSameFindings(20_240_620, (model) => permutation(model.projects).map((projects) => ({ ...model, projects })));
  });

  it('when the columns of the project table are reordered', () => {
    assertSameFindings(20_240_621, (model) => permutation(model.table.columns).map((columns) => ({ ...model, table: { ...model.table, columns } })));
  });

  it('when the rows of the summary are reordered', () => {
    assertSameFindings(20_240_622, (model) => permutation(model.summary.order).map((order) => ({ ...model, summary: { ...model.summary, order } })));
  });

  it('when amounts move between 万元 and 元 (values × 10,000, unit note switched)', () => {
    assertSameFindings(20_240_623, (model) => fc.tuple(fc.boolean(), fc.boolean()).map(([table, summary]) => withUnitsSwitched(model, table, summary)));
  });

  it('when the summary moves between a sheet of its own and below or beside the project table', () => {
    const placements = fc.constantFrom<SummaryPlacement>('own-sheet', 'below', 'beside');
    assertSameFindings(20_240_624, (model) => placements.map((placement) => withSummaryPlaced(model, placement)));
  });
});
