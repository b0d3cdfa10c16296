import { useMemo } from 'react';
import type { IgnoredFinding } from '../../core/findings/finding-key';
import type { Finding } from '../../core/rules/types';
import type { PaneCheckResult, PaneCore } from '../pane-core';
import { countBySeverity } from '../view-model/group-findings';
import { partitionFindings } from '../view-model/ignored-findings';

/** The errors and warnings are what the rows get highlighted for; information is only listed. */
const needsHighlight = (finding: Finding) => finding.severity !== 'info';

/** The last check's findings split into open and ignored, their counts, and what highlighting would mark. */
export function useFindings(result: PaneCheckResult | null, ignored: readonly IgnoredFinding[], core: PaneCore) {
  const partition = useMemo(() => (result ? partitionFindings(result.findings, ignored, core.findingKey) : null), [result, ignored, core]);
  const counts = useMemo(() => countBySeverity(partition?.active ?? []), [partition]);
  // With no recognised table there is nothing to highlight: a finding about a missing table names no row of figures.
  const highlightTargets = useMemo(() => (partition && result && result.tables.length > 0 ? partition.active.filter(needsHighlight) : []), [partition, result]);
  return { partition, counts, highlightTargets };
}
