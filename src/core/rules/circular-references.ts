/**
 * A formula that refers back to its own cell, directly (`=SUM(H4:H15)` in H15) or through others
 * (C4 `=D4+1.33`, D4 `=C4-1.33`), cannot be computed: Excel warns once and then shows whatever it
 * last had, often 0. The figures read from such cells cannot be trusted, so each loop is named.
 */
import { sheetPrefix, toA1 } from '../grid/a1';
import { FormulaGraph } from './support/formula-graph';
import { provablyLoopFree } from './support/loop-free';
import { type LoopingGroup, loopingGroups, shortestLoop } from './support/reference-cycles';
import type { Rule, RuleReport } from './types';

/** Cells listed in a finding (a loop may run through a whole column); the message gives the count. */
const MAX_LISTED_CELLS = 50;
/** Cells written out in the path of a long loop before `…`. */
const PATH_HEAD = 6;

interface Place {
  readonly cell: number;
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
}

const inReadingOrder = (a: Place, b: Place): number => a.sheet - b.sheet || a.row - b.row || a.column - b.column;

function report(graph: FormulaGraph, group: LoopingGroup): RuleReport {
  const places = group.cells.map((cell): Place => ({ cell, ...graph.place(cell) })).sort(inReadingOrder);
  const first = places[0];
  const sheetName = graph.sheets[first.sheet].name;
  const address = (place: Place): string => {
    const local = toA1(place.row, place.column);
    return place.sheet === first.sheet ? local : `${sheetPrefix(graph.sheets[place.sheet].name)}!${local}`;
  };
  const base = { sheet: sheetName, row: first.row, subject: toA1(first.row, first.column) };
  const cell = address(first);
  if (places.length === 1) {
    return { ...base, cells: [cell], messageId: 'self-reference', data: { cell, formula: graph.formulaOf(first.cell) } };
  }
  const byCell = new Map(places.map((place) => [place.cell, place]));
  const loop = shortestLoop(graph, group, first.cell).map((node) => byCell.get(node) as Place);
  const shown = loop.length > PATH_HEAD + 2 ? [...loop.slice(0, PATH_HEAD).map(address), '…'] : loop.map(address);
  const path = [...shown, cell].join(' → ');
  // the loop first, then the group's other cells; this sheet's before the others'
  const onLoop = new Set(loop);
  const ordered = [...loop, ...places.filter((place) => !onLoop.has(place))];
  const cells = [...ordered.filter((place) => place.sheet === first.sheet), ...ordered.filter((place) => place.sheet !== first.sheet)];
  return {
    ...base,
    cells: cells.slice(0, MAX_LISTED_CELLS).map(address),
    messageId: 'cycle',
    data: { cell, path, count: places.length },
  };
}

const circularReferences: Rule = {
  meta: {
    id: 'circular-references',
    severity: 'error',
    description: {
      zh: '公式直接或经其他单元格引用回自身（循环引用）时，Excel 无法算出这些单元格，表中显示的是过时的数字：每个循环指出一次。',
      en: 'A formula that refers back to its own cell, directly or through other cells (a circular reference), cannot be computed by Excel, and the figure shown is stale: each loop is reported once.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [
        { sheet: '项目支出', cell: 'C4', value: 90, formula: '=D4+1.33' },
        { sheet: '项目支出', cell: 'D4', value: 88.67, formula: '=C4-1.33' },
      ],
      given: {
        zh: '第一个项目的年初预算（C4）写成 =D4+1.33，上级转移支付（D4）写成 =C4-1.33：两个单元格互相引用，显示的仍是上次的 90 和 88.67。',
        en: 'The first project’s 年初预算 (C4) is written =D4+1.33 and its 上级转移支付 (D4) =C4-1.33: the two cells refer to each other, and still show their last values 90 and 88.67.',
      },
      messageId: 'cycle',
      message: {
        zh: 'C4 的公式经 C4 → D4 → C4 又引用回自身（循环引用，共 2 个单元格）：Excel 无法算出这些单元格的值，表中显示的数字不可信。',
        en: 'The formula in C4 refers back to itself through C4 → D4 → C4 (a circular reference of 2 cells): Excel cannot compute these cells, and the figures they show cannot be trusted.',
      },
    },
    messages: {
      cycle: {
        zh: '{cell} 的公式经 {path} 又引用回自身（循环引用，共 {count} 个单元格）：Excel 无法算出这些单元格的值，表中显示的数字不可信。',
        en: 'The formula in {cell} refers back to itself through {path} (a circular reference of {count} cells): Excel cannot compute these cells, and the figures they show cannot be trusted.',
      },
      'self-reference': {
        zh: '{cell} 的公式 {formula} 引用了它自己（循环引用）：Excel 无法算出这个单元格的值，表中显示的数字不可信。',
        en: 'The formula {formula} in {cell} refers to its own cell (a circular reference): Excel cannot compute it, and the figure it shows cannot be trusted.',
      },
    },
  },
  check(context) {
    const { sheets } = context.workbook;
    if (provablyLoopFree(sheets)) return [];
    const graph = new FormulaGraph(sheets);
    return loopingGroups(graph).map((group) => report(graph, group));
  },
};

export default circularReferences;
