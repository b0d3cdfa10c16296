import type { Finding } from '../rules/types';

/**
 * A finding's identity across re-checks and edits: rule, sheet, subject and message — not the row,
 * which moves when rows are inserted. Used to remember findings a user has ignored.
 */
export function findingKey(finding: Pick<Finding, 'rule' | 'sheet' | 'subject' | 'messageId'>): string {
  return [finding.rule, finding.sheet, finding.subject, finding.messageId].join('\u241f');
}

/** A finding the user accepted, with why; stored in the workbook so colleagues see it. */
export interface IgnoredFinding {
  readonly key: string;
  readonly reason: string;
  /** ISO date-time of the decision. */
  readonly at: string;
}
