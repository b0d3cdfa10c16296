/**
 * Sentences of 三（一） beyond the totals, each only when its input is there: 三公经费, 公用经费 and
 * 政府采购 from the 基础数据表, then the common indicators the selected profile computed. A rate the
 * 基础数据表 sentences already state is not stated again by the indicator sentence (one figure, one value).
 */
import type { DraftContext } from '../draft-context';
import type { DraftRun } from '../draft-model';
import type { Piece } from '../fill-template';
import { moneyPiece } from '../figures';
import { formatPercent, ratioBasisPoints } from '../format';
import { basicDataPair, qualifiedCell, type BasicDataItem, type DraftIndicator } from '../optional-inputs';

const BASIC_SENTENCES = [
  ['三公经费', 'overall.threePublic', 'three-public-control-rate'],
  ['公用经费', 'overall.publicFunds', 'public-funds-control-rate'],
  ['政府采购', 'overall.procurement', 'procurement-execution-rate'],
] as const satisfies readonly (readonly [BasicDataItem, string, string])[];

export function overallExtraRuns(context: DraftContext): DraftRun[] {
  const runs: DraftRun[] = [];
  const stated = new Set<string>();
  for (const [item, key, indicatorId] of BASIC_SENTENCES) {
    const pair = basicDataPair(context.basicData, item);
    if (!pair) continue;
    const share = ratioBasisPoints(pair.actual.fen, pair.budget.fen);
    if (share === null) continue;
    stated.add(indicatorId);
    runs.push(
      ...context.fill(key, {
        预算数: moneyPiece(pair.budget, `${item}预算数`),
        实际数: moneyPiece(pair.actual, `${item}实际数`),
        比例: { kind: 'figure', text: formatPercent(share), sources: [...pair.actual.sources, ...pair.budget.sources] },
      }),
    );
  }
  const computed = context.indicators.filter((indicator) => indicator.value !== null && !stated.has(indicator.id));
  if (computed.length > 0) {
    const items: DraftRun[] = [];
    computed.forEach((indicator, index) => {
      if (index > 0) items.push(...context.fill('overall.indicatorSeparator', {}));
      items.push(...context.fill('overall.indicatorItem', { 指标名称: { kind: 'literal', text: indicator.name }, 指标值: indicatorPiece(indicator) }));
    });
    runs.push(...context.fill('overall.indicators', { 指标列表: { kind: 'runs', runs: items } }));
  }
  return runs;
}

/** The rate as the report writes percentages (`12.7%`, as 四 writes the same share), else as the indicator shows it. */
function indicatorPiece(indicator: DraftIndicator): Piece {
  const sources = indicator.cells.map(qualifiedCell).filter((ref): ref is NonNullable<typeof ref> => ref !== null);
  const text = indicator.value === null ? indicator.display : `${formatPercent(BigInt(Math.round(indicator.value * 10_000)))}%`;
  return { kind: 'figure', text, sources };
}
