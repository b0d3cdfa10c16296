/**
 * A2: the 说明 sheets of an official budget workbook (预算编制说明, 三公经费预算情况说明, 机关运行经费)
 * quote the tables' totals in sentences, usually in 万元 while the tables are in 元. Each quoted
 * figure must be the table's, within the precision it is written to (`523万元` covers 5,225,000 to
 * 5,234,999 元; `523.46万元` to the hundredth).
 */
import type { CellRange, Sheet } from '../../grid/types';
import { FEN_PER_UNIT } from '../../money/fen';
import { usableFen } from '../../money/read-amount';
import { money } from '../../money/format';
import type { RuleReport } from '../../rules/types';
import type { TableKind } from '../kind';
import { labelsWithText } from '../support/labelled-cells';
import type { RecognizedTable } from '../model';
import type { NumberCell, OfficialKindId, OfficialTable } from '../official-table';
import { toA1 } from '../../grid/a1';

/** A sentence pattern, the table kind and field it quotes. */
const QUOTES: readonly { readonly name: string; readonly pattern: RegExp; readonly kind: OfficialKindId; readonly field: string }[] = [
  { name: '收入预算', pattern: /收入预算([\d,，.]+)万元/, kind: 'budget-summary', field: '收入总计' },
  { name: '财政拨款收入', pattern: /财政拨款收入([\d,，.]+)万元/, kind: 'budget-summary', field: '财政拨款收入' },
  { name: '事业收入', pattern: /事业收入([\d,，.]+)万元/, kind: 'budget-summary', field: '事业收入' },
  { name: '支出预算', pattern: /支出预算([\d,，.]+)万元/, kind: 'budget-summary', field: '支出总计' },
  { name: '“三公”经费预算数', pattern: /“?三公”?经费预算数?为([\d,，.]+)万元/, kind: 'three-public-budget', field: '三公经费合计' },
  { name: '机关运行经费预算', pattern: /机关运行经费预算为([\d,，.]+)万元/, kind: 'three-public-budget', field: '机关运行经费' },
];

const quotesWan = (text: string): boolean => text.length >= 8 && text.includes('万元');

function recognizeNotes(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[] {
  const numbers: Record<string, NumberCell> = {};
  // every quote is in 万元: a text without it quotes nothing (most of a 10k-row project sheet)
  for (const { row, column, text } of labelsWithText(sheet, quotesWan)) {
    if (claimed.some((area) => row >= area.top && row <= area.bottom)) continue;
    for (const quote of QUOTES) {
      const match = quote.pattern.exec(text);
      const figure = match?.[1].replace(/[,，]/g, '').replace(/\.$/, '');
      if (!match || !figure || !/^\d+(\.\d+)?$/.test(figure) || numbers[quote.name]) continue;
      numbers[quote.name] = { address: toA1(row, column), row, column, value: Number(figure), unit: '万元', text: figure, fromText: true };
    }
  }
  if (Object.keys(numbers).length === 0) return [];
  const rows = Object.values(numbers).map((number) => number.row);
  const columns = Object.values(numbers).map((number) => number.column);
  return [
    {
      kind: 'budget-notes',
      sheet: sheet.name,
      range: { top: Math.min(...rows), left: Math.min(...columns), bottom: Math.max(...rows), right: Math.max(...columns) },
      unit: '万元',
      title: null,
      fields: {},
      numbers,
      places: [],
      cells: [],
      rowCount: Object.keys(numbers).length,
    },
  ];
}

/** The quoted text's precision: half a unit of its last decimal, in fen. */
function halfStep(text: string): bigint {
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  return FEN_PER_UNIT['万元'] / 10n ** BigInt(decimals) / 2n;
}

function checkQuotes(table: OfficialTable, context: Parameters<NonNullable<TableKind['check']>>[1]): RuleReport[] {
  const reports: RuleReport[] = [];
  const all = context.workbook.tables as readonly RecognizedTable[];
  for (const quote of QUOTES) {
    const quoted = table.numbers[quote.name];
    if (!quoted) continue;
    const source = all.find(
      (other): other is OfficialTable => other.kind === quote.kind && 'fields' in other && (other as OfficialTable).fields[quote.field] !== undefined,
    );
    const cell = source?.fields[quote.field];
    const fen = cell && cell.reading.kind !== 'empty' ? usableFen(cell.reading) : null;
    if (!source || !cell || fen === null) continue;
    const [whole, fraction = ''] = quoted.text.split('.');
    const quotedFen =
      BigInt(whole) * FEN_PER_UNIT['万元'] + (fraction === '' ? 0n : (BigInt(fraction) * FEN_PER_UNIT['万元']) / 10n ** BigInt(fraction.length));
    const difference = quotedFen > fen ? quotedFen - fen : fen - quotedFen;
    if (difference <= halfStep(quoted.text) + context.settings.toleranceFen) continue;
    reports.push({
      sheet: table.sheet,
      row: quoted.row,
      cells: [quoted.address, `${source.sheet}!${cell.address}`],
      subject: quote.name,
      messageId: 'note-figure',
      data: { name: quote.name, quoted: quoted.text, table: source.sheet, cell: cell.address, actual: money(fen, '万元') },
      expected: { kind: 'money', fen },
      actual: { kind: 'money', fen: quotedFen },
    });
  }
  return reports;
}

const budgetNotes: TableKind = {
  id: 'budget-notes',
  name: { zh: '预算说明中引用的数字', en: 'figures quoted in the budget notes (说明)' },
  spec: 'official-layouts.md §A2 (说明)',
  findBy: 'label-column',
  // its figures are sentences quoted against other tables: no rulebook scope of its own
  rulebookScope: false,
  fields: QUOTES.map((quote) => ({ name: quote.name, type: 'money' as const })),
  identities: [
    {
      id: 'quoted-figures',
      custom: true,
      formula: '说明中的数字 = 表中的数字（按引用的精度）',
      description: {
        zh: '说明中引用的收入、支出、三公经费、机关运行经费等数字与表格一致（万元，按所写精度）。',
        en: 'Figures the notes quote (income, spending, 三公经费, running costs) match the tables, to the precision written.',
      },
    },
  ],
  messages: {
    'note-figure': {
      zh: '说明中写“{name}{quoted}万元”，但{table}的{cell}为{actual}万元。',
      en: 'The notes say {name} {quoted} 万元, but {cell} of {table} holds {actual} 万元.',
    },
  },
  recognize: recognizeNotes,
  check: checkQuotes,
};

export default budgetNotes;
