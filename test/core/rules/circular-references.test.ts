import fc from 'fast-check';
import { columnLetters, parseA1, toA1 } from '../../../src/core/grid/a1';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { Sheet } from '../../../src/core/grid/types';
import circularReferences from '../../../src/core/rules/circular-references';
import { formulaAreas } from '../../../src/core/rules/support/formula-areas';
import { FormulaGraph } from '../../../src/core/rules/support/formula-graph';
import { provablyLoopFree } from '../../../src/core/rules/support/loop-free';
import { loopingGroups } from '../../../src/core/rules/support/reference-cycles';
import { RuleTester } from '../../support/rule-tester';

const PROJECTS_HEADER = ['项目名称', '年初预算', '追加', '全年预算数'];

new RuleTester().run('circular-references', circularReferences, {
  valid: [
    { name: 'no formulas', sheets: { 项目支出: [PROJECTS_HEADER, ['A', 1, 2, 3]] } },
    { name: 'a chain of formulas that ends in a figure', sheets: { 表: [['=B1+1|3', '=C1*2|2', 1]] } },
    {
      name: 'a 合计 summing the column above, and row formulas beside their figures',
      sheets: { 项目支出: [PROJECTS_HEADER, ['A', 1, 2, '=B2+C2|3'], ['B', 4, 5, '=B3+C3|9'], ['合计', '=SUM(B2:B3)|5', '=SUM(C2:C3)|7', '=SUM(D2:D3)|12']] },
    },
    {
      name: 'a 合计 on top, summing the rows below it',
      sheets: { 项目支出: [PROJECTS_HEADER, ['合计', '=SUM(B3:B4)|5', '=SUM(C3:C4)|7', '=SUM(D3:D4)|12'], ['A', 1, 2, '=B3+C3|3'], ['B', 4, 5, '=B4+C4|9']] },
    },
    {
      name: 'a range over its own rows in another column',
      sheets: {
        表: [
          [1, '=SUM(A1:A3)|6'],
          ['=A1+1|2', '=B1/SUM($A$1:$A$3)|1'],
          ['=A2+A1|3', '=SUM(A1:A3)-B1|0'],
        ],
      },
    },
    {
      name: 'sheets referring to each other, each time to figures or to formulas that do not come back',
      sheets: {
        汇总: [
          ['项目支出', '=明细!B3|3'],
          ['年度', 2023],
        ],
        明细: [['=汇总!B2|2023', 1], [null, 2], [null, '=SUM(B1:B2)|3'], ['=SUM(汇总!B1:B2)|2026']],
      },
    },
    {
      name: 'references in every direction, none coming back (no order of the sheet fits: the full search decides)',
      sheets: {
        表: [
          [null, null, '=1|1', null, null, null, '=1|1'],
          [null, '=C3|1', null, '=C1|1', null, '=E3|1', null, '=G1|1'],
          [null, null, '=1|1', null, '=1|1'],
        ],
      },
    },
    { name: 'a reference inside text, and whole columns', sheets: { 表: [['="A1"&B1|A1x', '=SUM(A:A)|0']] } },
  ],
  invalid: [
    {
      name: 'two figures of a project referring to each other',
      sheets: { 项目支出: [PROJECTS_HEADER, ['A', '=C2+1.33|90', '=B2-1.33|88.67', '=B2+C2|178.67']] },
      errors: [
        {
          messageId: 'cycle',
          row: 2,
          cells: ['B2', 'C2'],
          severity: 'error',
          sheet: '项目支出',
          subject: 'B2',
          zh: 'B2 的公式经 B2 → C2 → B2 又引用回自身（循环引用，共 2 个单元格）',
        },
      ],
    },
    {
      name: 'a 合计 summing itself',
      sheets: { 项目支出: [PROJECTS_HEADER, ['A', 1, 2, 3], ['B', 4, 5, 9], ['合计', '=SUM(B2:B4)|5', '=SUM(C2:C3)|7', '=SUM(D2:D3)|12']] },
      errors: [{ messageId: 'self-reference', row: 4, cells: ['B4'], zh: 'B4 的公式 =SUM(B2:B4) 引用了它自己（循环引用）' }],
    },
    { name: 'a formula naming its own cell', sheets: { 表: [[1, '=B1+A1|1']] }, errors: [{ messageId: 'self-reference', row: 1, cells: ['B1'] }] },
    {
      name: 'three cells in a loop, named from the first in reading order',
      sheets: {
        表: [
          ['=C2+1|0', 5],
          [null, '=A1*2|0', '=B2-1|0'],
        ],
      },
      errors: [{ messageId: 'cycle', row: 1, cells: ['A1', 'C2', 'B2'], zh: 'A1 → C2 → B2 → A1' }],
    },
    {
      name: 'a loop across sheets, reported on the first',
      sheets: { 汇总: [['项目支出', '=明细!C3|0']], '项目 明细': [[1]], 明细: [[null], [null], [null, null, "=汇总!B1+'项目 明细'!A1|0"]] },
      errors: [{ messageId: 'cycle', row: 1, sheet: '汇总', cells: ['B1', '明细!C3'], zh: 'B1 → 明细!C3 → B1' }],
    },
    {
      name: 'a sheet name that must be quoted',
      sheets: { 汇总: [["='项目 明细'!A1|0"]], '项目 明细': [['=汇总!A1|0']] },
      errors: [{ messageId: 'cycle', row: 1, cells: ['A1', "'项目 明细'!A1"] }],
    },
    {
      name: 'two separate loops, two findings',
      sheets: {
        表: [
          ['=B1|0', '=A1|0', 7],
          [1, 2, 3],
          ['=SUM(A4:C4)|0', null, null],
          ['=A3|0', 2, 3],
        ],
      },
      errors: [
        { messageId: 'cycle', row: 1, cells: ['A1', 'B1'] },
        { messageId: 'cycle', row: 3, cells: ['A3', 'A4'] },
      ],
    },
    {
      name: 'a loop through a range',
      sheets: {
        表: [
          ['=SUM(B1:B5)|0', 1],
          [null, 2],
          [null, '=A1/2|0'],
          [null, 4],
          [null, 5],
        ],
      },
      errors: [{ messageId: 'cycle', row: 1, cells: ['A1', 'B3'], zh: 'A1 → B3 → A1' }],
    },
    {
      name: 'a long loop: its path cut short, its cells counted',
      sheets: { 表: Array.from({ length: 60 }, (_, i) => [`=A${i === 59 ? 1 : i + 2}+1|0`]) },
      errors: [{ messageId: 'cycle', row: 1, zh: 'A1 → A2 → A3 → A4 → A5 → A6 → … → A1 又引用回自身（循环引用，共 60 个单元格）' }],
    },
  ],
});

describe('the loop search', () => {
  it('lists at most 50 cells of a long loop, its path first', () => {
    const sheets = {
      表: sheetFromRows(
        '表',
        Array.from({ length: 60 }, (_, i) => [`=A${i === 59 ? 1 : i + 2}+1|0`]),
      ),
    };
    const [report] = circularReferences.check({
      workbook: { tables: [], problems: [], sheets: Object.values(sheets) },
      settings: { toleranceFen: 5_000n },
      options: {},
    });
    expect(report.cells).toEqual(Array.from({ length: 50 }, (_, i) => `A${i + 1}`));
  });

  it('leaves to the full search what no order of the sheet explains', () => {
    const sheet = sheetFromRows('表', [
      [null, null, '=1|1'],
      [null, '=C3|1', null, '=C1|1'],
      [null, null, '=1|1'],
    ]);
    expect(provablyLoopFree([sheet])).toBe(false);
    expect(loopingGroups(new FormulaGraph([sheet]))).toEqual([]);
    expect(
      provablyLoopFree([
        sheetFromRows('表', [
          [null, '=C3|1'],
          [null, null, '=1|1'],
        ]),
      ]),
    ).toBe(true);
  });

  it('follows a chain of 100,000 formulas without running out of stack', () => {
    const length = 100_000;
    const chain = (closed: boolean): Sheet => ({
      name: '链',
      top: 1,
      left: 1,
      values: Array.from({ length }, () => [0]),
      formulas: Array.from({ length }, (_, i) => [i === length - 1 ? (closed ? '=A1+1' : '=1') : `=A${i + 2}+1`]),
    });
    // each formula refers to the row below: loop-free in the order bottom to top, and so for the full search
    expect(provablyLoopFree([chain(false)])).toBe(true);
    expect(loopingGroups(new FormulaGraph([chain(false)]))).toEqual([]);
    expect(provablyLoopFree([chain(true)])).toBe(false);
    const groups = loopingGroups(new FormulaGraph([chain(true)]));
    expect(groups.map((group) => group.cells.length)).toEqual([length]);
  });

  /** Every loop's cells, found the slow way: each range expanded, each cell's reach searched. */
  function loopingCellsByBruteForce(sheets: readonly Sheet[]): string[] {
    const key = (sheet: number, row: number, column: number) => `${sheet}:${toA1(row, column)}`;
    const edges = new Map<string, string[]>();
    sheets.forEach((sheet, s) =>
      sheet.formulas?.forEach((cells, r) =>
        cells.forEach((formula, c) => {
          if (!formula?.startsWith('=')) return;
          const targets: string[] = [];
          for (const area of formulaAreas(formula)) {
            const target = area.sheet === null ? s : sheets.findIndex((other) => other.name === area.sheet);
            for (let row = area.top; row <= area.bottom; row++) {
              for (let column = area.left; column <= area.right; column++) {
                if (sheets[target]?.formulas?.[row - 1]?.[column - 1]?.startsWith('=')) targets.push(key(target, row, column));
              }
            }
          }
          edges.set(key(s, r + 1, c + 1), targets);
        }),
      ),
    );
    const reaches = (from: string, to: string): boolean => {
      const seen = new Set<string>();
      const queue = [...(edges.get(from) ?? [])];
      while (queue.length > 0) {
        const next = queue.pop() as string;
        if (next === to) return true;
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(...(edges.get(next) ?? []));
      }
      return false;
    };
    return [...edges.keys()].filter((cell) => reaches(cell, cell)).sort();
  }

  const SIZE = 6;
  const reference = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: SIZE }), fc.integer({ min: 1, max: SIZE })).map(([row, column]) => toA1(row, column)),
    fc
      .tuple(fc.integer({ min: 1, max: SIZE }), fc.integer({ min: 1, max: SIZE }), fc.integer({ min: 1, max: SIZE }), fc.integer({ min: 1, max: SIZE }))
      .map(([a, b, c, d]) => `${toA1(a, b)}:${toA1(c, d)}`),
    fc.tuple(fc.integer({ min: 1, max: SIZE }), fc.integer({ min: 1, max: SIZE })).map(([row, column]) => `其他!${columnLetters(column)}${row}`),
  );
  // dense grids are full of loops; in sparse ones the proof without the graph often holds
  const cell = (formulas: number) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant<string | null>(null) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 9 }) },
      { weight: formulas, arbitrary: fc.array(reference, { minLength: 0, maxLength: 3 }).map((refs) => `=${refs.length > 0 ? refs.join('+') : '1'}|0`) },
    );
  const grid = fc
    .constantFrom(1, 2, 6)
    .chain((formulas) => fc.array(fc.array(cell(formulas), { minLength: SIZE, maxLength: SIZE }), { minLength: SIZE, maxLength: SIZE }));

  it('finds exactly the cells that lie on a loop, and proves no loop only where there is none', () => {
    fc.assert(
      fc.property(grid, grid, (first, second) => {
        const sheets = [
          sheetFromRows('表', first),
          sheetFromRows(
            '其他',
            second.map((row) => row.map((c) => (typeof c === 'string' ? c.replace(/其他!/g, '表!') : c))),
          ),
        ];
        const expected = loopingCellsByBruteForce(sheets);
        const graph = new FormulaGraph(sheets);
        const found = loopingGroups(graph)
          .flatMap((group) => group.cells.map((node) => graph.place(node)))
          .map(({ sheet, row, column }) => `${sheet}:${toA1(row, column)}`)
          .sort();
        expect(found).toEqual(expected);
        if (provablyLoopFree(sheets)) expect(expected).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  // columns of one formula copied down, as budget tables hold them: the proof reads a run's first
  // formula and leaves copies unread that cannot narrow the orders left, so it must still never
  // miss a loop that only some copies close (a copy referring to a formula where the others see figures)
  const offset = fc.integer({ min: -3, max: 3 });
  const template = fc.array(fc.tuple(offset, offset, fc.boolean()), { minLength: 1, maxLength: 3 });
  const copiedColumn = fc.tuple(template, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: SIZE, maxLength: SIZE }));
  const copiedGrid = fc.array(fc.option(copiedColumn, { nil: null }), { minLength: SIZE, maxLength: SIZE }).map((columns) =>
    Array.from({ length: SIZE }, (_, r) =>
      columns.map((column, c) => {
        if (!column) return null;
        const [refs, kinds] = column;
        if (kinds[r] === 0) return null;
        if (kinds[r] === 1) return r + c;
        const row = r + 1;
        const cells = refs.map(([down, right, range]) => {
          const [top, left] = [row + down, c + 1 + right];
          return top >= 1 && top <= SIZE && left >= 1 && left <= SIZE
            ? range
              ? `${toA1(top, left)}:${toA1(Math.min(top + 1, SIZE), left)}`
              : toA1(top, left)
            : null;
        });
        return cells.every((cell) => cell !== null) ? `=${cells.join('+')}|0` : r;
      }),
    ),
  );

  it('proves no loop only where there is none, on columns of copied formulas', () => {
    fc.assert(
      fc.property(copiedGrid, (rows) => {
        const sheets = [sheetFromRows('表', rows)];
        if (provablyLoopFree(sheets)) expect(loopingCellsByBruteForce(sheets)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formulaAreas', () => {
  const read = (formula: string) =>
    formulaAreas(formula).map(({ sheet, top, left, bottom, right }) => `${sheet ?? ''}!${toA1(top, left)}:${toA1(bottom, right)}`);

  it.each([
    ['=C4+D4*2', ['!C4:C4', '!D4:D4']],
    ['=SUM($H$4:H15)', ['!H4:H15']],
    ['=SUM(B9:A1)', ['!A1:B9']],
    ["='项目 支出'!A1:B2+Sheet1!$C$3", ['项目 支出!A1:B2', 'Sheet1!C3:C3']],
    ['=项目支出!H15', ['项目支出!H15:H15']],
    ["='it''s'!C4", ["it's!C4:C4"]],
    ['="A1"&B2', ['!B2:B2']],
    ['=LOG10(A1)+ABC12', ['!A1:A1', '!ABC12:ABC12']],
    ['=SUM(A:A)+SUM(3:3)+R1C1+A1B2+A0+XFE1+A1048577', []],
    ['=[1]Sheet1!A1+A2', ['!A2:A2']],
    ["='[Book2.xlsx]Sheet1'!A1+B1", ['!B1:B1']],
    ['=表1[金额]+T1[x]', []],
    ['=项目A1!B2', ['项目A1!B2:B2']],
    ['=SUM(A1:B2 B2:C3)', ['!A1:B2', '!B2:C3']],
    ['="unclosed A1', []],
  ])('%s', (formula, expected) => {
    expect(read(formula)).toEqual(expected);
  });

  it('reads cells at the very end and start of the text', () => {
    expect(read('A1')).toEqual(['!A1:A1']);
    expect(read('=A1:')).toEqual(['!A1:A1']);
    expect(read('=$')).toEqual([]);
    expect(parseA1('C4')).toEqual({ row: 4, column: 3 });
  });
});
