/**
 * The core's one entry point: grid in → recognised tables → findings, for the CLI and the add-in
 * alike (contract in check-api.ts).
 */
import type { CheckOptions, CheckResult, TableSummary } from './check-api';
import { countFindings, sortFindings } from './findings/make-finding';
import { computeMissingFormulaValues, type FormulaValuesReport } from './formulas/compute-formulas';
import { rangeToA1 } from './grid/a1';
import type { Workbook } from './grid/types';
import { computeIndicators } from './indicators/compute';
import { selectProfile } from './indicators/profiles';
import { decimalToFen, type Fen, type MoneyUnit } from './money/fen';
import type { RecognizedTable, RecognizedWorkbook } from './tables/model';
import { recognizeWorkbook } from './tables/recognize-workbook';
import { DEFAULT_RULEBOOK } from './rulebook/bundled-rulebook';
import { isTolerance, MAX_TOLERANCE_WAN } from './rulebook/load-rulebook';
import { runRulebook } from './rules/run-rules';
import type { CheckSettings } from './rules/types';

export function checkWorkbook(workbook: Workbook, options: CheckOptions = {}): CheckResult {
  const rulebook = options.rulebook ?? DEFAULT_RULEBOOK;
  const profile = selectProfile(rulebook, options.profile);
  if (!profile) throw new RangeError(`Unknown scoring profile: ${options.profile ?? rulebook.indicatorProfile}`);
  // a file written without formula results (openpyxl, XlsxWriter) gets them computed; in Excel this changes nothing
  const computed = computeMissingFormulaValues(workbook);
  const recognized = withFormulaValues(recognizeWorkbook(computed.workbook), computed.report);
  const toleranceWan = options.toleranceWan ?? rulebook.tolerance;
  const settings = checkSettings(recognized, toleranceWan);
  const findings = sortFindings(
    runRulebook(recognized, settings, rulebook, profile),
    workbook.sheets.map((sheet) => sheet.name),
  );
  return {
    unit: settings.outputUnit,
    tables: recognized.tables.map(tableSummary),
    findings,
    counts: countFindings(findings),
    recognized,
    rulebook: { id: rulebook.id, version: rulebook.version },
    indicators: computeIndicators(recognized, profile),
    profile: { id: profile.id, name: profile.name },
    toleranceWan,
  };
}

/** Recognition's result, telling the rules which formula values were computed. */
export function withFormulaValues(recognized: RecognizedWorkbook, report: FormulaValuesReport | null): RecognizedWorkbook {
  return report ? { ...recognized, formulaValues: report } : recognized;
}

/** The settings rules run with: tolerance in fen, figures in the workbook's main unit. */
export function checkSettings(recognized: RecognizedWorkbook, toleranceWan: number): Required<CheckSettings> {
  return { toleranceFen: toleranceFen(toleranceWan), outputUnit: mainUnit(recognized) };
}

/** The tolerance every summary shows when another is in force, in 万元. */
export const DEFAULT_TOLERANCE_WAN = 0.005;

/**
 * 0.005 万元 → 5,000 fen; a tolerance that is not a number from 0 to 1 万元 is refused, not guessed:
 * a workbook storing 1e300 showed 0 errors.
 */
export function toleranceFen(toleranceWan: number): Fen {
  const fen = isTolerance(toleranceWan) ? decimalToFen(String(toleranceWan), '万元') : null;
  if (fen === null) throw new RangeError(`The tolerance must be a number of 万元 from 0 to ${MAX_TOLERANCE_WAN}, not ${toleranceWan}`);
  return fen;
}

/** Findings are written in the unit of the project table (else the first table), 万元 by default. */
function mainUnit(recognized: RecognizedWorkbook): MoneyUnit {
  const main = recognized.tables.find((table) => table.kind === 'projects') ?? recognized.tables[0];
  return main?.unit ?? '万元';
}

function tableSummary(table: RecognizedTable): TableSummary {
  const { top, left, bottom, right } = table.range;
  return { kind: table.kind, sheet: table.sheet, range: rangeToA1(top, left, bottom, right), cellRange: table.range, rows: rowsChecked(table) };
}

/** Data rows a table contributed: projects, sub-items and totals; labelled values; a form's values, money rows and indicators. */
function rowsChecked(table: RecognizedTable): number {
  if (table.kind === 'projects') return table.projects.length + table.subItems.length + table.totals.length;
  // an official table counts the rows it read (its fields also name every line's column: `2050205.基本支出`)
  if ('rowCount' in table) return table.rowCount;
  const labelled = Object.keys(table.fields).length;
  if (table.kind !== 'form') return labelled;
  return labelled + (table.money?.rows.length ?? 0) + (table.indicators?.indicators.length ?? 0);
}
