/**
 * `--draft <report.docx|.md|.txt>`: drafts the self-evaluation report from a check and writes it in
 * the format its extension names. Never writes the input workbook: a path that is the input (same
 * file, even through a link or another spelling) is refused.
 */
import { extname } from 'node:path';
import { Packer } from 'docx';
import type { CheckResult } from '../core/check-api';
import type { Workbook } from '../core/grid/types';
import { buildDraft, type DraftOptions } from '../core/report/build-draft';
import { draftFlaggedRuns, draftParagraphs, draftPlaceholders } from '../core/report/draft-model';
import { draftToDocx, type DocxOptions } from '../core/report/export/docx-document';
import { draftToMarkdown, type TextExportOptions } from '../core/report/export/markdown';
import { draftToPlainText } from '../core/report/export/plain-text';
import type { LocalizedText } from '../core/rules/types';
import { say } from './cli-text';
import { InputError } from './input-error';
import { isSameFile, writeOutputFile } from './write-output';

export type DraftFormat = 'docx' | 'md' | 'txt';

export interface WriteDraftOptions extends DraftOptions, TextExportOptions {
  /** The workbook file the check read (default: the workbook's name): never overwritten. */
  readonly inputPath?: string;
  readonly docx?: DocxOptions;
  /** Replace an existing file (else it is refused). */
  readonly force?: boolean;
}

export interface DraftWritten {
  readonly path: string;
  readonly format: DraftFormat;
  readonly paragraphs: number;
  /** Placeholders left for the unit to fill in. */
  readonly placeholders: number;
  /** Texts and figures flagged by a finding (e.g. a place name of another district, a total that does not add up). */
  readonly flagged: number;
  /** Open findings listed as 核对提示 (Word comments in a .docx). */
  readonly notes: number;
}

export type DraftOutputProblem = 'is-input' | 'bad-extension' | 'exists' | 'write-failed';

/** A draft that cannot be written; its text names the file and why, in zh and en. */
export class DraftOutputError extends Error {
  constructor(
    readonly problem: DraftOutputProblem,
    readonly path: string,
    readonly text: LocalizedText,
  ) {
    super(`${path}: ${text.en}`);
    this.name = 'DraftOutputError';
  }
}

const FORMATS: Readonly<Record<string, DraftFormat>> = { '.docx': 'docx', '.md': 'md', '.markdown': 'md', '.txt': 'txt' };

export function draftFormatOf(path: string): DraftFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

export async function writeDraft(path: string, result: CheckResult, workbook: Workbook, options: WriteDraftOptions = {}): Promise<DraftWritten> {
  const inputPath = options.inputPath ?? workbook.name;
  if (inputPath !== undefined && (await isSameFile(path, inputPath))) {
    throw new DraftOutputError('is-input', path, {
      zh: '报告草稿指向了输入的工作簿本身；本工具从不改写输入文件，请另选文件名',
      en: 'the draft points at the input workbook itself; the input is never written, choose another name',
    });
  }

  const format = draftFormatOf(path);
  if (format === null) {
    throw new DraftOutputError('bad-extension', path, {
      zh: '报告草稿的文件名须以 .docx、.md 或 .txt 结尾',
      en: 'the draft file name must end in .docx, .md or .txt',
    });
  }

  const draft = buildDraft(result, options);
  const bytes = await render(draft, format, options);
  try {
    await writeOutputFile(path, bytes, options.force ?? false);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const text = { zh: say('zh', error.textId, error.data), en: say('en', error.textId, error.data) };
    throw new DraftOutputError(error.textId === 'output-exists' ? 'exists' : 'write-failed', path, text);
  }
  return {
    path,
    format,
    paragraphs: draftParagraphs(draft).length,
    placeholders: draftPlaceholders(draft).length,
    flagged: draftFlaggedRuns(draft).length,
    notes: draft.checkNotes?.length ?? 0,
  };
}

async function render(draft: ReturnType<typeof buildDraft>, format: DraftFormat, options: WriteDraftOptions): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return Packer.toBuffer(draftToDocx(draft, options.docx));
    case 'md':
      return Buffer.from(draftToMarkdown(draft, options), 'utf8');
    case 'txt':
      return Buffer.from(draftToPlainText(draft, options), 'utf8');
  }
}
