/**
 * Property 4: in a clean workbook, any single amount cell — of a project, of the 合计 row or of
 * the summary — changed by more than the tolerance (0.005 万元 = 5,000 fen) is found: a new
 * finding names that cell or its row. Changed by at most the tolerance, it adds no finding.
 */
import fc from 'fast-check';
import type { CellValue, Workbook } from '../../src/core/grid/types';
import type { MoneyUnit } from '../../src/core/money/fen';
import { readAmount, usableFen } from '../../src/core/money/read-amount';
import { toA1 } from '../../src/core/grid/a1';
import { cleanWorkbookArbitrary, type CleanCase } from './support/clean-arbitraries';
import { checkRendered } from './support/check-rendered';
import { added, fullMeaning } from './support/findings-by-meaning';
import { amountValue, renderWorkbook, type RenderedWorkbook } from './support/render-workbook';

const TOLERANCE_FEN = 5_000n;

const beyondTolerance = fc
  .tuple(
    fc.oneof(fc.constant(TOLERANCE_FEN + 1n), fc.bigInt({ min: TOLERANCE_FEN + 1n, max: 1_000_000n }), fc.bigInt({ min: 1_000_000n, max: 10n ** 12n })),
    fc.boolean(),
  )
  .map(([size, negative]) => (negative ? -size : size));

const withinTolerance = fc.oneof(
  fc.constantFrom(TOLERANCE_FEN, -TOLERANCE_FEN, 1n, -1n),
  fc.bigInt({ min: -TOLERANCE_FEN, max: TOLERANCE_FEN }).filter((d) => d !== 0n),
);

interface Change {
  readonly clean: CleanCase;
  readonly rendered: RenderedWorkbook;
  readonly target: string;
  readonly delta: bigint;
}

function changes(clean: fc.Arbitrary<CleanCase>, delta: fc.Arbitrary<bigint>): fc.Arbitrary<Change> {
  return clean.chain((c) => {
    const rendered = renderWorkbook(c.model, c.sheetOrder);
    return fc.record({ clean: fc.constant(c), rendered: fc.constant(rendered), target: fc.constantFrom(...rendered.cells.keys()), delta });
  });
}

/** The workbook with one cell's value replaced (its formula, if any, kept: as if Excel had computed another figure). */
function withValue(workbook: Workbook, sheetName: string, row: number, column: number, value: CellValue): Workbook {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const values = sheet.values.map((cells) => [...cells]);
      values[row - sheet.top][column - sheet.left] = value;
      return { ...sheet, values };
    }),
  };
}

interface Applied {
  readonly changed: RenderedWorkbook;
  readonly sheet: string;
  readonly row: number;
  readonly address: string;
}

/** Changes the target cell by `delta` fen; a change that would make an amount negative goes the other way. */
function applyChange({ clean, rendered, target, delta }: Change): Applied {
  const place = rendered.cells.get(target);
  if (!place) throw new Error(`no cell for ${target}`);
  const unit: MoneyUnit = target.startsWith('summary|') ? clean.model.summary.unit : clean.model.table.unit;
  const sheet = rendered.workbook.sheets.find((s) => s.name === place.sheet);
  if (!sheet) throw new Error(`no sheet ${place.sheet}`);
  const old = usableFen(readAmount(sheet.values[place.row - sheet.top][place.column - sheet.left], unit));
  if (old === null) throw new Error(`${target} is not an amount`);
  const signedDelta = old >= 0n && old + delta < 0n ? -delta : delta;
  const workbook = withValue(rendered.workbook, place.sheet, place.row, place.column, amountValue(old + signedDelta, unit));
  return { changed: { ...rendered, workbook }, sheet: place.sheet, row: place.row, address: toA1(place.row, place.column) };
}

describe('property: a single changed amount', () => {
  it('beyond the tolerance is found, on its row or cell', () => {
    fc.assert(
      fc.property(changes(cleanWorkbookArbitrary(), beyondTolerance), (change) => {
        const before = checkRendered(change.rendered);
        const { changed, sheet, row, address } = applyChange(change);
        const after = checkRendered(changed);
        const beforeMeanings = new Set(before.meanings);
        const naming = after.result.findings.filter(
          (finding) =>
            finding.sheet === sheet && (finding.row === row || finding.cells.includes(address)) && !beforeMeanings.has(fullMeaning(finding, changed)),
        );
        expect(naming.length).toBeGreaterThan(0);
      }),
      { seed: 20_240_640, numRuns: 200 },
    );
  });

  it('within the tolerance adds no finding', () => {
    // no 执行率 column here: a rate is compared to two decimals of a percent, not to the money tolerance
    fc.assert(
      fc.property(changes(cleanWorkbookArbitrary({ rate: false }), withinTolerance), (change) => {
        const before = checkRendered(change.rendered);
        const { changed } = applyChange(change);
        const after = checkRendered(changed);
        expect(added(before.identities, after.identities)).toEqual([]);
      }),
      { seed: 20_240_641, numRuns: 200 },
    );
  });
});
