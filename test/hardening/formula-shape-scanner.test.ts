/**
 * formula-consistency scans every formula of a computed column; its hand-written scanner must
 * read exactly what the regular expression it replaced read. Compared on formulas built from the
 * characters that matter (quotes, `$`, letters, digits, name characters, operators).
 */
import fc from 'fast-check';
import { columnNumber } from '../../src/core/grid/a1';
import { CopyMatcher, formulaReferences, formulaShape, hasPlainReferences, isCopiedFormula } from '../../src/core/grid/formula-shape';
import { formulaAreas } from '../../src/core/rules/support/formula-areas';

const TOKEN = /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function regexShape(formula: string, row: number, column: number): string {
  const relative = formula.replace(TOKEN, (whole, text: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (text !== undefined) return whole;
    const refColumn = columnNumber(letters);
    const refRow = Number(digits);
    const r = rowAbs ? `R${refRow}` : refRow === row ? 'R' : `R[${refRow - row}]`;
    const c = colAbs ? `C${refColumn}` : refColumn === column ? 'C' : `C[${refColumn - column}]`;
    return r + c;
  });
  return relative.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

function regexReferences(formula: string) {
  return [...formula.matchAll(TOKEN)].filter((m) => m[1] === undefined).map((m) => ({ row: Number(m[5]), column: columnNumber(m[3]) }));
}

const pieces = [
  '"',
  '""',
  '$',
  'A',
  'b',
  'XFD',
  'ABCD',
  '1',
  '42',
  '1048576',
  '_',
  '.',
  '(',
  ')',
  '!',
  ':',
  '+',
  '-',
  ' ',
  '=',
  'SUM(',
  'LOG10(',
  '项目支出!',
  'C4',
  '$D$2',
  'a1',
];
const formulas = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

describe('the formula scanner reads what the regular expression read', () => {
  it('same shapes and references on arbitrary formulas', () => {
    fc.assert(
      fc.property(formulas, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 40 }), (formula, row, column) => {
        expect(formulaShape(formula, row, column)).toBe(regexShape(formula, row, column));
        expect(formulaReferences(formula)).toEqual(regexReferences(formula));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['="a""b', '="a""b""', '"unclosed C4', 'C99999999999999999999', 'A1B2', '$$A1', 'x$A1', 'ABC12(', 'AB1.5'])('%s', (formula) => {
    expect(formulaShape(formula, 3, 2)).toBe(regexShape(formula, 3, 2));
    expect(formulaReferences(formula)).toEqual(regexReferences(formula));
  });
});

/** `formula` written in `from` copied to `to`, as Excel moves relative row numbers. */
function copied(formula: string, from: number, to: number): string {
  return formula.replace(TOKEN, (whole, text: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) =>
    text !== undefined || rowAbs ? whole : `${colAbs}${letters}${Number(digits) - from + to}`,
  );
}

describe('isCopiedFormula: a formula copied down the column, seen without computing its shape', () => {
  const rows = fc.integer({ min: 1, max: 2000 });

  it('recognises a copy whose rows stay on the sheet', () => {
    fc.assert(
      fc.property(formulas, rows, rows, (formula, from, to) => {
        const copy = copied(formula, from, to);
        // rows that stay on the sheet, and numbers a double holds exactly
        fc.pre(!/[A-Za-z]-|[A-Za-z]0(?!\d)|\d{10}/.test(copy.replace(/"[^"]*"/g, '')));
        expect(isCopiedFormula(formula, from, copy, to)).toBe(true);
        expect(formulaShape(copy, to, 7)).toBe(formulaShape(formula, from, 7));
      }),
      { numRuns: 3000 },
    );
  });

  it('never says "copied" of two formulas whose shapes differ', () => {
    const near = fc.tuple(formulas, fc.constantFrom(...pieces), fc.nat(14)).map(([formula, piece, at]) => formula.slice(0, at) + piece + formula.slice(at));
    fc.assert(
      fc.property(formulas, near, rows, rows, (a, b, rowA, rowB) => {
        if (isCopiedFormula(a, rowA, b, rowB)) expect(formulaShape(b, rowB, 3)).toBe(formulaShape(a, rowA, 3));
      }),
      { numRuns: 5000 },
    );
  });

  it('never says "copied" of a copy with one character changed, unless the shape stayed', () => {
    const changes = fc.tuple(formulas, rows, rows, fc.nat(), fc.constantFrom(...pieces, '0', '5', 'B', 'z', '$'));
    fc.assert(
      fc.property(changes, ([a, rowA, rowB, where, piece]) => {
        const copy = copied(a, rowA, rowB);
        const at = where % Math.max(copy.length, 1);
        const changed = copy.slice(0, at) + piece + copy.slice(at + 1);
        if (isCopiedFormula(a, rowA, changed, rowB)) expect(formulaShape(changed, rowB, 3)).toBe(formulaShape(a, rowA, 3));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['=C4+D4', 4, '=C5+D5', 5, true],
    ['=C4+D4', 4, '=C5+D6', 5, false],
    ['=$C$2*D4', 4, '=$C$2*D9', 9, true],
    ['=$C$2*D4', 4, '=$C$3*D9', 9, false],
    ['=IF(H4=0,0,I4/H4)', 4, '=IF(H100=0,0,I100/H100)', 100, true],
    ['=IF(H4=0,0,I4/H4)', 4, '=IF(H100=0,1,I100/H100)', 100, false],
    ['=C4+D4', 4, '=C5 + D5', 5, false], // same shape, but not shown without computing it
  ])('%s in row %i, %s in row %i: %s', (a, rowA, b, rowB, expected) => {
    expect(isCopiedFormula(a, rowA, b, rowB)).toBe(expected);
  });

  it('answers the same down a column as for each pair alone (it keeps the last copy it read)', () => {
    // a column: each row a copy of the one above, or now and then another formula
    const column = fc.array(fc.tuple(fc.boolean(), formulas), { minLength: 2, maxLength: 12 }).chain((steps) =>
      fc.constant(
        steps.reduce<{ formula: string; row: number }[]>((cells, [copy, other], i) => {
          const row = 4 + i;
          const above = cells[i - 1];
          cells.push({ formula: above && copy ? copied(above.formula, above.row, row) : other, row });
          return cells;
        }, []),
      ),
    );
    fc.assert(
      fc.property(column, (cells) => {
        const pairs = cells.slice(1).map((cell, i) => [cells[i], cell] as const);
        const downTheColumn = pairs.map(([above, cell]) => isCopiedFormula(above.formula, above.row, cell.formula, cell.row));
        // the same pairs backwards: no answer can come from the copy read for the pair before
        const alone = [...pairs]
          .reverse()
          .map(([above, cell]) => isCopiedFormula(above.formula, above.row, cell.formula, cell.row))
          .reverse();
        expect(downTheColumn).toEqual(alone);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('CopyMatcher: the copies of a run matched against its first formula', () => {
  const rows = fc.integer({ min: 1, max: 2000 });
  const near = fc
    .tuple(formulas, fc.constantFrom(...pieces, '0', '5', '$'), fc.nat(14))
    .map(([formula, piece, at]) => formula.slice(0, at) + piece + formula.slice(at));

  it('says what isCopiedFormula says, of copies and of near misses', () => {
    fc.assert(
      fc.property(formulas, rows, rows, fc.boolean(), near, (a, rowA, rowB, copy, other) => {
        const b = copy ? copied(a, rowA, rowB) : other;
        expect(new CopyMatcher(a, rowA).matches(b, rowB)).toBe(isCopiedFormula(a, rowA, b, rowB));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('hasPlainReferences: the copies of such a formula refer to the same cells, moved with them', () => {
  // what circular-references relies on to leave copies unread: every area of a copy lies within an
  // area of the first formula moved down (a copy may lose cells that fall off the sheet, never gain
  // one), so each order the first formula's areas allow, the copy's allow too
  const rows = fc.integer({ min: 1, max: 2000 });
  const moved = (areas: ReturnType<typeof formulaAreas>, by: number) => areas.map((area) => ({ ...area, top: area.top + by, bottom: area.bottom + by }));
  it('on arbitrary formulas and their copies further down', () => {
    fc.assert(
      fc.property(formulas, rows, fc.integer({ min: 1, max: 2000 }), (formula, from, down) => {
        fc.pre(hasPlainReferences(formula));
        const copy = copied(formula, from, from + down);
        if (!isCopiedFormula(formula, from, copy, from + down)) return;
        const expected = moved(formulaAreas(formula), down);
        for (const area of formulaAreas(copy)) {
          const within = expected.some(
            (outer) =>
              outer.sheet === area.sheet && outer.top <= area.top && outer.left <= area.left && outer.bottom >= area.bottom && outer.right >= area.right,
          );
          expect([area, within]).toEqual([area, true]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a range whose far corner falls off the sheet within the moved range', () => {
    // XFD1048576:A1 in row 1, copied to row 2: XFD1048577 is no cell, so the copy refers to A2 alone
    expect(formulaAreas('=XFD1048577:A2')).toEqual([{ sheet: null, top: 2, left: 1, bottom: 2, right: 1 }]);
    expect(isCopiedFormula('=XFD1048576:A1', 1, '=XFD1048577:A2', 2)).toBe(true);
  });

  it.each([
    ['=C4+D4', true],
    ['=SUM(C4:C9)', true],
    ['=$C$2*D4', false],
    ['=项目支出!C4', false],
    ["='项目 支出'!C4", false],
    ['="C4"&D4', false],
    ['=表1[金额]', false],
    ['=A0+1', false],
    ['=A00000001', false],
  ])('%s: %s', (formula, expected) => {
    expect(hasPlainReferences(formula)).toBe(expected);
  });
});
