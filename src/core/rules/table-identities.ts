/**
 * The identities of the official tables (official-layouts.md), as their kind files declare them
 * (src/core/tables/kinds/): each formula checked at every place recognition found for it — each
 * income line, each amount column, each expenditure row — with the rows involved named. Error
 * values (`#REF!`) and numbers stored as text inside those tables are reported at their cell.
 * A rulebook replaces an identity's formula with the param `<kind>.<identity>`.
 */
import { parseA1 } from '../grid/a1';
import { FEN_PER_UNIT } from '../money/fen';
import { usableFen } from '../money/read-amount';
import { evaluateFormula, expectedSide, type FieldValue } from '../rulebook/evaluate-formula';
import { absolute, roundExact, subtract, type Exact } from '../rulebook/exact';
import { termText } from '../rulebook/formula';
import { isOfficialTable, officialKind, TABLE_KINDS } from '../tables';
import type { Identity, TableKind } from '../tables/kind';
import type { IdentityPlace, OfficialTable, PlaceCell } from '../tables/official-table';
import { formulaOf } from './support/formula-rule';
import { money, outputUnit, percentOf } from './support/format';
import type { LocalizedText, Rule, RuleContext, RuleParam, RuleReport } from './types';

const identityParams: Record<string, RuleParam> = Object.fromEntries(
  TABLE_KINDS.flatMap((kind) => [
    ...(kind.recognize
      ? kind.identities
          .filter((identity) => !identity.custom)
          .map((identity) => [`${kind.id}.${identity.id}`, { default: identity.formula, description: identity.description }])
      : []),
    ...Object.entries(kind.params ?? {}).map(([name, param]) => [`${kind.id}.${name}`, param]),
  ]),
);

const kindMessages: Record<string, LocalizedText> = Object.assign({}, ...TABLE_KINDS.map((kind) => kind.messages ?? {}));

const tableIdentities: Rule = {
  meta: {
    id: 'table-identities',
    severity: 'error',
    description: {
      zh: '官方表格（收支总表、财政拨款收支总表、决算总表、基础数据表、重庆自评表、项目库支出计划）内的勾稽关系：各收入项、其中项、各支出行和列、行合计、总计逐一核对；合计中的错误值（#REF! 等）指出所在单元格。',
      en: 'The identities of the official tables (budget summaries, the 决算 summary, the basic-data table, the Chongqing form, the project-database plan): every income line, 其中 line, expenditure row and column, row total and total; error values such as #REF! inside totals are named at their cell.',
    },
    params: identityParams,
    example: {
      workbook: 'examples/official-budget-2026.xlsx',
      changes: [{ sheet: '单位收支总表', cell: 'B14', value: 710000.5 }],
      given: {
        zh: '示例官方预算表“单位收支总表”的“二、事业收入”（B14）由 700000.5 元改为 710000.5 元，收入总计（B21）仍为 6000000 元。',
        en: 'In the official example, 二、事业收入 (B14) of 单位收支总表 is changed from 700000.5 to 710000.5 yuan; 收入总计 (B21) stays 6000000 yuan.',
      },
      messageId: 'mismatch',
      message: {
        zh: '“收入总计”：收入总计为6000000元，但收入各项之和为6010000元，相差10000元（收入总计 = 收入各项之和，涉及第10、14、15、16、21行）。',
        en: '“收入总计”: 收入总计 is 6000000 yuan, but 收入各项之和 is 6010000 yuan, a difference of 10000 yuan (收入总计 = 收入各项之和; rows 10、14、15、16、21).',
      },
    },
    messages: {
      mismatch: {
        zh: '“{subject}”：{actualText}为{actual}{unit}，但{expectedText}为{expected}{unit}，相差{difference}{unit}（{formula}，涉及第{rows}行）。',
        en: '“{subject}”: {actualText} is {actual} {unit}, but {expectedText} is {expected} {unit}, a difference of {difference} {unit} ({formula}; rows {rows}).',
      },
      'not-computable': {
        zh: '“{subject}”：{formula} 无法计算（除数为 0）。',
        en: '“{subject}”: {formula} cannot be computed (division by zero).',
      },
      'error-value': {
        zh: '{cell}是错误值 {error}{formulaText}：“{subject}”所在的合计无法核对，请修正公式。',
        en: '{cell} holds the error {error}{formulaText}: the totals “{subject}” takes part in cannot be checked; fix the formula.',
      },
      'text-numbers': {
        zh: '本表有{count}个以文本保存的数字（如{cell}的“{text}”），已按数字核对。',
        en: 'This table holds {count} numbers stored as text (such as “{text}” in {cell}); they were checked as numbers.',
      },
      'text-number': {
        zh: '{cell}的“{text}”是以文本保存的数字，已按 {value}{unit} 核对；请改为数字格式。',
        en: '{cell} holds “{text}”, a number stored as text; it was checked as {value} {unit}. Store it as a number.',
      },
      ...kindMessages,
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const table of context.workbook.tables) {
      if (!isOfficialTable(table)) continue;
      const kind = officialKind(table) as TableKind;
      reports.push(...cellReports(table, context));
      for (const place of table.places) {
        const identity = kind.identities.find((candidate) => candidate.id === place.identity);
        if (!identity || identity.custom) continue;
        const report = checkPlace(kind, identity, place, context);
        if (report) reports.push(report);
      }
      reports.push(...(kind.check?.(table, context) ?? []));
    }
    return reports;
  },
};

/** Error values and numbers stored as text, once per cell. */
function cellReports(table: OfficialTable, context: RuleContext): RuleReport[] {
  const unit = outputUnit(context);
  const subjectOf = subjectsByCell(table);
  const seen = new Set<string>();
  const reports: RuleReport[] = [];
  const textNumbers = table.cells.filter((cell) => cell.reading.kind === 'text-number');
  // an export that stores every number as text (项目库) gets one line, not one per cell
  const summarise = new Set(textNumbers.map((cell) => cell.address)).size > MAX_TEXT_NUMBER_FINDINGS;
  if (summarise) {
    const first = textNumbers[0];
    reports.push({
      sheet: table.sheet,
      row: first.row,
      cells: [first.address],
      subject: table.sheet,
      messageId: 'text-numbers',
      severity: 'info',
      data: {
        count: new Set(textNumbers.map((cell) => cell.address)).size,
        cell: first.address,
        text: first.reading.kind === 'text-number' ? first.reading.text : '',
      },
    });
  }
  for (const cell of table.cells) {
    if (seen.has(cell.address)) continue;
    seen.add(cell.address);
    const subject = subjectOf.get(cell.address) ?? cell.address;
    const base = { sheet: table.sheet, row: cell.row, cells: [cell.address], subject };
    const error = errorIn(cell);
    if (error !== null) {
      const formulaText = cell.formula ? `（公式 ${cell.formula}）` : '';
      reports.push({ ...base, messageId: 'error-value', severity: 'error', data: { cell: cell.address, error, formulaText } });
    } else if (cell.reading.kind === 'text-number' && !summarise) {
      reports.push({
        ...base,
        messageId: 'text-number',
        severity: 'warning',
        data: { cell: cell.address, text: cell.reading.text, value: money(cell.reading.fen, unit) },
      });
    }
  }
  return reports;
}

/** More numbers stored as text than this in one table are said once, as information. */
const MAX_TEXT_NUMBER_FINDINGS = 3;

/**
 * The error a cell shows: its cached error value, or — for a formula saved without its value — an
 * error written into the formula itself (`=H11+#REF!` after a row was deleted).
 */
function errorIn(cell: PlaceCell): string | null {
  if (cell.reading.kind === 'error') return cell.reading.error;
  if (cell.reading.kind !== 'empty' || !cell.formula) return null;
  return ERROR_IN_FORMULA.exec(cell.formula)?.[0] ?? null;
}

const ERROR_IN_FORMULA = /#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!)/;

/** The subject of the first place each cell takes part in: what a finding at that cell is about. */
function subjectsByCell(table: OfficialTable): Map<string, string> {
  const subjects = new Map<string, string>();
  for (const place of table.places)
    for (const cells of Object.values(place.values)) for (const cell of cells) if (!subjects.has(cell.address)) subjects.set(cell.address, place.subject);
  return subjects;
}

function resolver(identity: Identity, place: IdentityPlace): (field: string) => FieldValue {
  return (field) => {
    const cells = place.values[field];
    if (!cells) return identity.optional?.includes(field) ? { kind: 'absent' } : { kind: 'unavailable' };
    let value = 0n;
    for (const cell of cells) {
      if (errorIn(cell) !== null) return { kind: 'unavailable' }; // reported at its cell
      if (cell.reading.kind === 'empty') continue;
      const fen = usableFen(cell.reading);
      if (fen === null) return { kind: 'unavailable' }; // an error value or text: reported at its cell
      value += fen;
    }
    return { kind: 'value', value, cells: cells.map(qualified(place.sheet)) };
  };
}

const qualified =
  (sheet: string) =>
  (cell: PlaceCell): string =>
    cell.sheet === sheet ? cell.address : `${cell.sheet}!${cell.address}`;

function checkPlace(kind: TableKind, identity: Identity, place: IdentityPlace, context: RuleContext): RuleReport | null {
  const text = String(context.options.params?.[`${kind.id}.${identity.id}`] ?? identity.formula);
  const formula = formulaOf(text);
  const outcome = evaluateFormula(formula, resolver(identity, place), { literalScale: FEN_PER_UNIT['万元'], tolerance: context.settings.toleranceFen });
  if (outcome.outcome === 'holds' || outcome.outcome === 'skipped') return null;
  const base = { sheet: place.sheet, row: place.row, subject: place.subject };
  if (outcome.outcome === 'not-computable')
    return { ...base, cells: [], messageId: 'not-computable', severity: 'info', data: { subject: place.subject, formula: text } };
  // `收入总计 = 收入各项之和`: the written total is what is checked, the sum what it should be
  const sumOnRight = formula.right.type === 'field' && formula.right.name.endsWith('之和');
  const expectedOn = sumOnRight ? 'right' : expectedSide(formula);
  const [expectedTerm, actualTerm] = expectedOn === 'left' ? [formula.left, formula.right] : [formula.right, formula.left];
  const [expected, actual] = expectedOn === 'left' ? [outcome.left, outcome.right] : [outcome.right, outcome.left];
  const [expectedCells, actualCells] = expectedOn === 'left' ? [outcome.leftCells, outcome.rightCells] : [outcome.rightCells, outcome.leftCells];
  // the cell to select (the first) is on the finding's own sheet; another table's cells follow
  const all = [...actualCells, ...expectedCells.filter((cell) => !actualCells.includes(cell))];
  const cells = [...all.filter((cell) => !cell.includes('!')), ...all.filter((cell) => cell.includes('!'))];
  const unit = outputUnit(context);
  const show = (value: Exact): string => (outcome.isAmount ? money(roundExact(value), unit) : `${percentOf(value.n, value.d).text}%`);
  const rows = [...new Set(cells.filter((cell) => !cell.includes('!')).map((cell) => parseA1(cell).row))].sort((a, b) => a - b);
  return {
    ...base,
    cells,
    messageId: 'mismatch',
    data: {
      subject: place.subject,
      formula: text,
      expectedText: termText(expectedTerm),
      actualText: termText(actualTerm),
      expected: show(expected),
      actual: show(actual),
      difference: show(absolute(subtract(expected, actual))),
      rows: rows.join('、'),
    },
    ...(outcome.isAmount ? { expected: { kind: 'money', fen: roundExact(expected) }, actual: { kind: 'money', fen: roundExact(actual) } } : {}),
  };
}

export default tableIdentities;
