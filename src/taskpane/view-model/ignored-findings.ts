import type { IgnoredFinding } from '../../core/findings/finding-key';
import type { Finding } from '../../core/rules/types';

/** Long enough for "已与财政局核实，差额为上年结转" and similar; short enough for a note. */
export const MAX_REASON_LENGTH = 200;

export interface IgnoredView {
  readonly finding: Finding;
  readonly entry: IgnoredFinding;
}

export interface PartitionedFindings {
  /** Findings still to be dealt with. */
  readonly active: readonly Finding[];
  /** Findings of this check the user accepted, with their reasons. */
  readonly ignored: readonly IgnoredView[];
  /** Accepted findings that this check no longer reports (fixed, or the row changed). */
  readonly staleCount: number;
}

export function partitionFindings(findings: readonly Finding[], ignored: readonly IgnoredFinding[], keyOf: (finding: Finding) => string): PartitionedFindings {
  const byKey = new Map(ignored.map((entry) => [entry.key, entry]));
  const active: Finding[] = [];
  const accepted: IgnoredView[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const entry = byKey.get(key);
    if (entry) {
      accepted.push({ finding, entry });
      seen.add(key);
    } else {
      active.push(finding);
    }
  }
  return { active, ignored: accepted, staleCount: byKey.size - seen.size };
}

/** The reason as stored: whitespace collapsed, at most MAX_REASON_LENGTH; null when blank. */
export function normalizeReason(text: string): string | null {
  const reason = text.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_LENGTH);
  return reason === '' ? null : reason;
}

/** Adds (or replaces) the decision for one finding. */
export function withIgnored(list: readonly IgnoredFinding[], key: string, reason: string, at: Date): IgnoredFinding[] {
  return [...list.filter((entry) => entry.key !== key), { key, reason, at: at.toISOString() }];
}

export function withoutIgnored(list: readonly IgnoredFinding[], key: string): IgnoredFinding[] {
  return list.filter((entry) => entry.key !== key);
}

/** Adds (or replaces) the same decision for many findings at once: a group ignored with one reason. */
export function withAllIgnored(list: readonly IgnoredFinding[], keys: readonly string[], reason: string, at: Date): IgnoredFinding[] {
  const adding = new Set(keys);
  const when = at.toISOString();
  return [...list.filter((entry) => !adding.has(entry.key)), ...[...adding].map((key) => ({ key, reason, at: when }))];
}
