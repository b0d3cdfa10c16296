/**
 * Findings described by what they are about rather than where they sit: the row and cells of a
 * finding become the meaning of that row and column in the rendered model (`projects/project:X/实际支出`),
 * so two layouts of the same figures — other orders, other units, other sheets — can be compared
 * as multisets.
 */
import { parseA1 } from '../../../src/core/grid/a1';
import type { Finding, Quantity } from '../../../src/core/rules/types';
import type { Region } from './block';
import type { RenderedWorkbook } from './render-workbook';

function quantityText(quantity: Quantity | undefined): string {
  if (!quantity) return '-';
  return quantity.kind === 'money' ? `money:${quantity.fen}` : `${quantity.kind}:${quantity.value}`;
}

function regionsAt(rendered: RenderedWorkbook, sheet: string, row: number, column?: number): Region[] {
  return rendered.regions.filter(
    ({ sheet: name, range }) =>
      name === sheet && range.top <= row && row <= range.bottom && (column === undefined || (range.left <= column && column <= range.right)),
  );
}

function cellMeaning(rendered: RenderedWorkbook, sheet: string, address: string): string {
  const { row, column } = parseA1(address);
  const [region] = regionsAt(rendered, sheet, row, column);
  if (!region) return `outside:${sheet}!${address}`;
  return `${region.name}/${region.rows.get(row)}/${region.columns.get(column) ?? `column+${column - region.range.left}`}`;
}

/** The finding's row by meaning: in the region of its first cell, else the region of its row that names its subject. */
function rowMeaning(rendered: RenderedWorkbook, finding: Finding): string {
  const first = finding.cells[0] ? parseA1(finding.cells[0]) : null;
  const byCell = first && first.row === finding.row ? regionsAt(rendered, finding.sheet, first.row, first.column)[0] : undefined;
  const candidates = regionsAt(rendered, finding.sheet, finding.row);
  const region = byCell ?? candidates.find((r) => r.rows.get(finding.row)?.includes(finding.subject)) ?? candidates[0];
  return region ? `${region.name}/${region.rows.get(finding.row)}` : `outside:${finding.sheet}!${finding.row}`;
}

/** Everything a finding says, with places by meaning. */
export function fullMeaning(finding: Finding, rendered: RenderedWorkbook): string {
  return [
    finding.rule,
    finding.messageId,
    finding.severity,
    finding.subject,
    quantityText(finding.expected),
    quantityText(finding.actual),
    rowMeaning(rendered, finding),
    finding.cells.map((address) => cellMeaning(rendered, finding.sheet, address)).join(' '),
  ].join(' | ');
}

/** Which finding it is, without its figures: how "adds no finding" is judged. */
export function identity(finding: Finding, rendered: RenderedWorkbook): string {
  return [finding.rule, finding.messageId, finding.severity, finding.subject, rowMeaning(rendered, finding)].join(' | ');
}

export function sortedMeanings(findings: readonly Finding[], rendered: RenderedWorkbook, describe = fullMeaning): string[] {
  return findings.map((finding) => describe(finding, rendered)).sort();
}

/** The entries of `after` not matched one-for-one by an entry of `before`. */
export function added(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const entry of before) left.set(entry, (left.get(entry) ?? 0) + 1);
  return after.filter((entry) => {
    const count = left.get(entry) ?? 0;
    if (count === 0) return true;
    left.set(entry, count - 1);
    return false;
  });
}
