/**
 * Everything the section builders share: the template, the recognised tables and forms, the findings split
 * into open and ignored, the unit's own texts, and the thresholds of section 四.
 */
import type { CheckResult } from '../check-api';
import { findingKey, type IgnoredFinding } from '../findings/finding-key';
import { selfEvaluationsByProject, type SelfEvaluation } from '../forms/self-evaluation';
import type { ProjectTable, SummaryTable, UnitInfo } from '../recognize/model';
import type { RecognizedWorkbook } from '../tables/model';
import type { Finding } from '../rules/types';
import type { CellRef, DraftParagraph, DraftRun, ParagraphStyle, RunFlag } from './draft-model';
import { fillSentence, type Piece, type Pieces } from './fill-template';
import { correctedFigure } from './corrected-figure';
import { unitText, unitYear } from './figures';
import { ratioToBasisPoints } from './format';
import { indicatorsOf, type DraftIndicator, type DraftProfile } from './optional-inputs';
import type { ReportTemplate, SentenceKey } from './template-types';
import { zhTemplate } from './templates/zh';

/** Texts the unit writes for the whole report; typed in the pane or read from 基本情况. */
export type UnitTextField = '主要职责' | '工作成效' | '问题' | '改进措施' | '其他说明';

export interface DraftOptions {
  /** Sentence templates (default: the bundled Chinese one). */
  readonly template?: ReportTemplate;
  /** Findings the user accepted, with their reasons: listed in 核对提示 as 已忽略, never in the body. */
  readonly ignored?: readonly IgnoredFinding[];
  /** The unit's texts typed in the pane; they take the place of those on 基本情况. */
  readonly texts?: Readonly<Partial<Record<UnitTextField, string>>>;
  /** Paragraph id → text typed over the draft; an empty text removes the paragraph. */
  readonly edits?: Readonly<Record<string, string>>;
  /** 结余结转 ÷ 支出合计 at or above this is called a large carry-over in 四 (default 0.1). */
  readonly largeCarryOverRatio?: number;
  /** An execution rate below this is named in 四 (default 0.9). */
  readonly minExecutionRate?: number;
}

export const DEFAULT_LARGE_CARRY_OVER_RATIO = 0.1;
export const DEFAULT_MIN_EXECUTION_RATE = 0.9;

export interface IgnoredWithReason {
  readonly finding: Finding;
  readonly reason: string;
}

export interface DraftContext {
  readonly template: ReportTemplate;
  readonly recognized: RecognizedWorkbook;
  /** The common indicators of the selected profile, when the check computed them. */
  readonly indicators: readonly DraftIndicator[];
  readonly profile?: DraftProfile;
  readonly unitInfo?: UnitInfo;
  readonly summary?: SummaryTable;
  readonly projectTables: readonly ProjectTable[];
  /** The 项目支出绩效自评表 results, by project key (forms/self-evaluation.ts `projectKey`). */
  readonly selfEvaluations: ReadonlyMap<string, SelfEvaluation>;
  /** Errors and warnings not ignored (info is not a problem to report); the 核对提示 list, in this order. */
  readonly openFindings: readonly Finding[];
  readonly ignoredFindings: readonly IgnoredWithReason[];
  readonly year: Piece;
  readonly largeCarryOverBasisPoints: bigint;
  readonly minExecutionBasisPoints: bigint;
  /** Findings message language. */
  readonly messageLanguage: 'zh' | 'en';
  /** The unit's text for `field`, one piece per line; empty when missing. */
  userLines(field: UnitTextField): Piece[];
  /** Open findings that point at a text's cell. */
  flagsAt(ref: CellRef | undefined): RunFlag[];
  /** Open findings that say a figure read or computed from these cells is wrong (their first cell is one of them). */
  figureFlags(sources: readonly CellRef[]): RunFlag[];
  /** Fills a template sentence, flagging each figure a finding says is wrong. */
  fill<K extends SentenceKey>(key: K, pieces: Pieces<K>): DraftRun[];
}

export function createDraftContext(result: CheckResult, options: DraftOptions = {}): DraftContext {
  const tables = result.recognized.tables;
  const unitInfo = tables.find((table): table is UnitInfo => table.kind === 'unit-info');
  const summary = tables.find((table): table is SummaryTable => table.kind === 'summary');
  const projectTables = tables.filter((table): table is ProjectTable => table.kind === 'projects');

  const reasons = new Map((options.ignored ?? []).map((entry) => [entry.key, entry.reason]));
  const ignoredFindings: IgnoredWithReason[] = [];
  const notIgnored: Finding[] = [];
  for (const finding of result.findings) {
    const reason = reasons.get(findingKey(finding));
    if (reason === undefined) notIgnored.push(finding);
    else ignoredFindings.push({ finding, reason });
  }

  const openFindings = notIgnored.filter((finding) => finding.severity !== 'info');
  const noteOf = new Map(openFindings.map((finding, index) => [finding, index + 1]));
  const toFlag = (finding: Finding, withCorrection: boolean): RunFlag => {
    const corrected = withCorrection ? correctedFigure(finding) : undefined;
    return {
      rule: finding.rule,
      messageId: finding.messageId,
      message: finding.message,
      note: noteOf.get(finding),
      ...(corrected !== undefined ? { corrected } : {}),
    };
  };
  const byAnyCell = indexFindings(openFindings, (finding) => findingCells(finding));
  // the first cell is the one a finding says is wrong; the others are what it was compared with
  const byFirstCell = indexFindings(openFindings, (finding) => findingCells(finding).slice(0, 1));
  const flagsAt = (ref: CellRef | undefined): RunFlag[] => (ref ? (byAnyCell.get(refKey(ref)) ?? []).map((finding) => toFlag(finding, false)) : []);
  const figureFlags = (sources: readonly CellRef[]): RunFlag[] => {
    const found = new Set(sources.flatMap((source) => byFirstCell.get(refKey(source)) ?? []));
    // a correction is offered only when the figure is the cell's value itself, not computed from it
    return [...found].map((finding) => toFlag(finding, sources.length === 1));
  };

  const userLines = (field: UnitTextField): Piece[] => {
    const typed = options.texts?.[field];
    const fromSheet = unitText(unitInfo, field);
    const text = typed !== undefined && typed.trim() !== '' ? typed : fromSheet?.text;
    if (text === undefined) return [];
    const source = typed !== undefined && typed.trim() !== '' ? undefined : fromSheet?.source;
    const flags = flagsAt(source);
    return splitLines(text).map((line) => ({ kind: 'user', text: line, field, ...(source ? { source } : {}), ...(flags.length ? { flags } : {}) }));
  };

  const template = options.template ?? zhTemplate;
  const { indicators, profile } = indicatorsOf(result);
  return {
    template,
    recognized: result.recognized,
    indicators,
    ...(profile ? { profile } : {}),
    unitInfo,
    summary,
    projectTables,
    selfEvaluations: selfEvaluationsByProject(result.recognized),
    openFindings,
    ignoredFindings,
    year: unitYear(unitInfo),
    largeCarryOverBasisPoints: ratioToBasisPoints(options.largeCarryOverRatio ?? DEFAULT_LARGE_CARRY_OVER_RATIO),
    minExecutionBasisPoints: ratioToBasisPoints(options.minExecutionRate ?? DEFAULT_MIN_EXECUTION_RATE),
    messageLanguage: template.language.startsWith('zh') ? 'zh' : 'en',
    userLines,
    flagsAt,
    figureFlags,
    fill: (key, pieces) => fillSentence(template, key, pieces, figureFlags),
  };
}

function indexFindings(findings: readonly Finding[], cellsOf: (finding: Finding) => CellRef[]): Map<string, Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const ref of cellsOf(finding)) {
      const key = refKey(ref);
      const atCell = index.get(key);
      if (!atCell) index.set(key, [finding]);
      else if (!atCell.includes(finding)) atCell.push(finding);
    }
  }
  return index;
}

/** The cells a finding read, as references (`C5` on its own sheet, or `收支总表!C9`). */
export function findingCells(finding: Pick<Finding, 'sheet' | 'cells'>): CellRef[] {
  return finding.cells.map((cell) => {
    const bang = cell.lastIndexOf('!');
    if (bang < 0) return { sheet: finding.sheet, address: cell.replace(/\$/g, '') };
    const sheet = cell
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    return { sheet, address: cell.slice(bang + 1).replace(/\$/g, '') };
  });
}

function refKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.address}`;
}

/** Lines of a multi-line cell, without the indentation people type (full-width spaces, tabs). */
function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '');
}

/** Builds paragraphs with ids unique within one draft. */
export class ParagraphSink {
  private readonly used = new Map<string, number>();
  readonly paragraphs: DraftParagraph[] = [];

  add(id: string, style: ParagraphStyle, runs: readonly DraftRun[]): void {
    const count = (this.used.get(id) ?? 0) + 1;
    this.used.set(id, count);
    this.paragraphs.push({ id: count === 1 ? id : `${id}#${count}`, style, runs });
  }
}
