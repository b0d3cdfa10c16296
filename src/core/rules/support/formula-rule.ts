/**
 * Runs the formula in force over every place of its scope (each project row, each summary, each
 * unit info) and reports where it does not hold. Shared by the built-in formula rules and the
 * rulebook's custom rules, so a bureau's formula is checked exactly like the bundled one.
 */
import { parseA1 } from '../../grid/a1';
import { FEN_PER_UNIT } from '../../money/fen';
import type { ProjectRow, ProjectTable } from '../../recognize/model';
import type { RecognizedWorkbook } from '../../tables/model';
import { isOfficialTable } from '../../tables';
import { countsOnly, formulaScope } from '../../tables/scopes';
import { evaluateFormula, expectedSide, fenOfValue, quickHolds, type FieldFen, type FieldValue, type FormulaOutcome } from '../../rulebook/evaluate-formula';
import { absolute, roundExact, subtract, type Exact } from '../../rulebook/exact';
import { parseFormula, relationText, termText, type Formula } from '../../rulebook/formula';
import type { FormulaScope, Quantity, Rule, RuleContext, RuleMeta, RuleReport } from '../types';
import { officialFieldValue, projectFieldFen, projectFieldValue, summaryFieldValue, unitInfoFieldValue } from './field-values';
import { money, outputUnit, percentOf } from './format';
import { rowsToCheck, type RowsToCheck } from './project-row-check';

/** One place a formula is checked. */
interface FormulaPlace {
  readonly sheet: string;
  readonly row: number;
  readonly subject: string | null;
  resolve(field: string): FieldValue;
  /** The value alone, cheaper where there are many places (project rows). */
  fen(field: string): FieldFen;
  /** Whether the quick test of the project rows already saw the formula fail here (quickHolds would too). */
  readonly shownToFail: boolean;
  /** Where shownToFail: what evaluateFormula would say, without evaluating (project rows). */
  failedOutcome(): FormulaOutcome;
}

/** The project rows of a table as one place moved from row to row: no record per row of a 100k-row table. */
class ProjectRowPlace implements FormulaPlace {
  readonly sheet: string;
  private current: ProjectRow | null = null;
  shownToFail = false;

  constructor(
    private readonly table: ProjectTable,
    private readonly outcomeOf: (row: ProjectRow) => FormulaOutcome,
  ) {
    this.sheet = table.sheet;
  }

  failedOutcome(): FormulaOutcome {
    return this.outcomeOf(this.here);
  }

  moveTo(row: ProjectRow, shownToFail: boolean): void {
    this.current = row;
    this.shownToFail = shownToFail;
  }

  private get here(): ProjectRow {
    return this.current as ProjectRow;
  }

  get row(): number {
    return this.here.row;
  }

  get subject(): string {
    return this.here.name;
  }

  readonly resolve = (field: string): FieldValue => projectFieldValue(this.table, this.here, field);
  readonly fen = (field: string): FieldFen => projectFieldFen(this.table, this.here, field);
}

function labelledPlace(sheet: string, row: number, resolve: (field: string) => FieldValue): FormulaPlace {
  const neverShownToFail = (): FormulaOutcome => {
    throw new Error('a labelled place is never shown to fail by a quick test');
  };
  return { sheet, row, subject: null, resolve, fen: (field) => fenOfValue(resolve(field)), shownToFail: false, failedOutcome: neverShownToFail };
}

/**
 * Calls `visit` at every place of the scope (the tables of its kind), in table order; of a project
 * table, only at the rows `projectRows` gives (those a quick test did not show the formula holds in).
 */
function visitPlaces(
  scope: FormulaScope,
  workbook: RecognizedWorkbook,
  visit: (place: FormulaPlace) => void,
  projectRows: (table: ProjectTable) => RowsToCheck,
): void {
  const kind = formulaScope(scope)?.kind;
  for (const table of workbook.tables) {
    if (table.kind !== kind) continue;
    if (table.kind === 'projects') {
      const { rows, shownToFail, failedOutcome } = projectRows(table);
      const place = new ProjectRowPlace(table, failedOutcome);
      for (let i = 0; i < rows.length; i++) {
        place.moveTo(rows[i], shownToFail !== null && shownToFail[i] === 1);
        visit(place);
      }
    } else if (table.kind === 'summary') {
      visit(labelledPlace(table.sheet, table.range.top, (field) => summaryFieldValue(table, field)));
    } else if (table.kind === 'unit-info') {
      visit(labelledPlace(table.sheet, table.range.top, (field) => unitInfoFieldValue(table, field)));
    } else if (isOfficialTable(table)) {
      visit(labelledPlace(table.sheet, table.range.top, (field) => officialFieldValue(table, field)));
    }
  }
}

const parsed = new Map<string, Formula>();

/** Parses once per formula text; the rulebook was validated on load, so this does not throw in practice. */
export function formulaOf(text: string): Formula {
  let formula = parsed.get(text);
  if (!formula) {
    formula = parseFormula(text);
    parsed.set(text, formula);
  }
  return formula;
}

export interface FormulaCheck {
  readonly scope: FormulaScope;
  readonly formula: string;
  /** Message ids for a formula that does not hold and for one that divides by zero. */
  readonly failMessage: string;
  readonly notComputableMessage: string;
}

export function checkFormula(context: RuleContext, check: FormulaCheck): RuleReport[] {
  const formula = formulaOf(check.formula);
  const scope = formulaScope(check.scope);
  const counts = scope !== undefined && countsOnly(scope, formula.fields);
  const unit = outputUnit(context);
  const options = counts ? { literalScale: 1n, tolerance: 0n } : { literalScale: FEN_PER_UNIT['万元'], tolerance: context.settings.toleranceFen };
  const reports: RuleReport[] = [];
  const expectedOn = expectedSide(formula);
  const [expectedTerm, actualTerm] = expectedOn === 'left' ? [formula.left, formula.right] : [formula.right, formula.left];
  const formulaText = `${termText(formula.left)} ${relationText(formula.relation)} ${termText(formula.right)}`;
  const [expectedText, actualText] = [termText(expectedTerm), termText(actualTerm)];

  const checkPlace = (place: FormulaPlace): void => {
    if (!place.shownToFail && quickHolds(formula, place.fen, options)) return;
    const outcome = place.shownToFail ? place.failedOutcome() : evaluateFormula(formula, place.resolve, options);
    if (outcome.outcome === 'holds' || outcome.outcome === 'skipped') return;
    const subject = place.subject ?? (actualTerm.type === 'field' ? actualTerm.name : formula.fields[0]);
    if (outcome.outcome === 'not-computable') {
      reports.push({
        messageId: check.notComputableMessage,
        data: { subject, formula: formulaText },
        sheet: place.sheet,
        row: place.row,
        cells: [],
        subject,
        severity: 'info',
      });
      return;
    }
    const [expected, actual] = expectedOn === 'left' ? [outcome.left, outcome.right] : [outcome.right, outcome.left];
    const [expectedCells, actualCells] = expectedOn === 'left' ? [outcome.leftCells, outcome.rightCells] : [outcome.rightCells, outcome.leftCells];
    const cells = [...actualCells, ...expectedCells.filter((cell) => !actualCells.includes(cell))];
    const show = (value: Exact): string =>
      counts ? String(roundExact(value)) : outcome.isAmount ? money(roundExact(value), unit) : `${percentOf(value.n, value.d).text}%`;
    // the sides are the expected and actual figures: each is written once (2,000 findings at 100k rows)
    const [expectedShown, actualShown] = [show(expected), show(actual)];
    reports.push({
      messageId: check.failMessage,
      data: {
        subject,
        formula: formulaText,
        expectedText,
        actualText,
        expected: expectedShown,
        actual: actualShown,
        difference: show(absolute(subtract(expected, actual))),
        left: expectedOn === 'left' ? expectedShown : actualShown,
        right: expectedOn === 'left' ? actualShown : expectedShown,
      },
      sheet: place.sheet,
      row: place.subject === null && cells.length > 0 ? parseA1(cells[0]).row : place.row,
      cells,
      subject,
      expected: quantity(expected, counts, outcome.isAmount),
      actual: quantity(actual, counts, outcome.isAmount),
    });
  };
  visitPlaces(check.scope, context.workbook, checkPlace, (table) => rowsToCheck(table, formula, options));
  return reports;
}

function quantity(value: Exact, counts: boolean, isAmount: boolean): Quantity {
  if (counts) return { kind: 'count', value: Number(roundExact(value)) };
  if (isAmount) return { kind: 'money', fen: roundExact(value) };
  return { kind: 'percent', value: percentOf(value.n, value.d).value };
}

type FormulaRuleMeta = RuleMeta & { readonly formula: string; readonly formulaScope: FormulaScope };

/** A rule that is its formula: checks the rulebook's formula in force, else the meta's default. */
export function formulaRule(meta: FormulaRuleMeta): Rule {
  return {
    meta,
    check: (context) =>
      checkFormula(context, {
        scope: meta.formulaScope,
        formula: context.options.formula ?? meta.formula,
        failMessage: 'mismatch',
        notComputableMessage: 'not-computable',
      }),
  };
}

/** Said when a formula divides by a zero figure: information, never a crash. */
export const NOT_COMPUTABLE_MESSAGE = {
  zh: '“{subject}”：{formula} 无法计算（除数为 0）。',
  en: '“{subject}”: {formula} cannot be computed (division by zero).',
};

/** Said when a written total differs from the sum of its parts. */
export const TOTAL_MISMATCH_MESSAGE = {
  zh: '{actualText}为{actual}{unit}，但{expectedText} = {expected}{unit}，相差{difference}{unit}。',
  en: '{actualText} is {actual} {unit}, but {expectedText} = {expected} {unit}, a difference of {difference} {unit}.',
};
