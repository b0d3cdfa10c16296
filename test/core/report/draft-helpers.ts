/** Shared by the report tests: check results without the rules, and a draft's sentences with their sources. */
import type { CheckResult } from '../../../src/core/check-api';
import type { Workbook } from '../../../src/core/grid/types';
import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';
import { draftParagraphs, paragraphText, type Draft } from '../../../src/core/report/draft-model';
import type { Finding } from '../../../src/core/rules/types';

/** A check result with the tables recognised and the findings given (no rules run). */
export function resultWith(workbook: Workbook, findings: readonly Finding[] = []): CheckResult {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return {
    unit: '万元',
    tables: [],
    findings,
    counts,
    recognized: recognizeWorkbook(workbook),
    rulebook: { id: 'test', version: '0' },
    indicators: [],
    profile: { id: 'national', name: { zh: '全国', en: 'national' } },
  };
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule' | 'sheet' | 'cells'>): Finding {
  return {
    severity: 'error',
    row: 1,
    subject: overrides.rule,
    messageId: 'test',
    message: { zh: `${overrides.rule}的说明`, en: `about ${overrides.rule}` },
    ...overrides,
  };
}

export interface Sentence {
  /** Paragraph id and sentence text: the identity a diff compares. */
  readonly key: string;
  readonly text: string;
  /** `sheet!A1` of every cell behind the sentence's figures. */
  readonly sources: ReadonlySet<string>;
}

/** Every sentence of the draft (split after 。), with the sources of the computed runs it overlaps. */
export function sentencesOf(draft: Draft): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of draftParagraphs(draft)) {
    const text = paragraphText(paragraph);
    const spans: { start: number; end: number; sources: string[] }[] = [];
    let offset = 0;
    for (const run of paragraph.runs) {
      const sources = run.kind === 'computed' ? (run.sources ?? []).map((ref) => `${ref.sheet}!${ref.address}`) : [];
      spans.push({ start: offset, end: offset + run.text.length, sources });
      offset += run.text.length;
    }
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== '。') continue;
      const end = i < text.length ? i + 1 : i;
      if (end > start) {
        const sources = new Set(spans.filter((span) => span.start < end && span.end > start).flatMap((span) => span.sources));
        sentences.push({ key: `${paragraph.id}|${text.slice(start, end)}`, text: text.slice(start, end), sources });
      }
      start = end;
    }
  }
  return sentences;
}

/** Sentences of `a` missing from `b`, counting repeats. */
export function sentencesNotIn(a: readonly Sentence[], b: readonly Sentence[]): Sentence[] {
  const remaining = new Map<string, number>();
  for (const sentence of b) remaining.set(sentence.key, (remaining.get(sentence.key) ?? 0) + 1);
  return a.filter((sentence) => {
    const left = remaining.get(sentence.key) ?? 0;
    if (left > 0) remaining.set(sentence.key, left - 1);
    return left === 0;
  });
}
