/** Test helpers: pick a recognised table by kind, failing loudly when it is not there. */
import type { ProjectTable, SummaryTable, UnitInfo } from '../../../src/core/recognize/model';
import type { RecognizedWorkbook } from '../../../src/core/tables/model';

export function projectTable(result: RecognizedWorkbook, index = 0): ProjectTable {
  const tables = result.tables.filter((t): t is ProjectTable => t.kind === 'projects');
  if (!tables[index]) throw new Error(`no project table #${index}; problems: ${JSON.stringify(result.problems)}`);
  return tables[index];
}

export function summaryTable(result: RecognizedWorkbook): SummaryTable {
  const table = result.tables.find((t): t is SummaryTable => t.kind === 'summary');
  if (!table) throw new Error('no summary table');
  return table;
}

export function unitInfo(result: RecognizedWorkbook): UnitInfo {
  const table = result.tables.find((t): t is UnitInfo => t.kind === 'unit-info');
  if (!table) throw new Error('no unit info');
  return table;
}

/** The fen of an amount cell, or the reading kind when it holds no usable number. */
export function fenOf(cell: { reading: { kind: string; fen?: bigint } } | undefined): bigint | string | undefined {
  if (!cell) return undefined;
  return cell.reading.fen ?? cell.reading.kind;
}
