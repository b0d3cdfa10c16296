/** The report draft: what the pane and the CLI import. */
export { applyEdits, buildDraft } from './build-draft';
export { DEFAULT_LARGE_CARRY_OVER_RATIO, DEFAULT_MIN_EXECUTION_RATE, type DraftOptions, type UnitTextField } from './draft-context';
export * from './draft-model';
export { DEFAULT_DOCX_FONTS, draftToDocx, type DocxFonts, type DocxOptions } from './export/docx-document';
export { draftToMarkdown, type TextExportOptions } from './export/markdown';
export { draftToPlainText } from './export/plain-text';
export { parseReportTemplate, TEMPLATE_SLOTS, type ReportTemplate, type SentenceKey, type TemplateParse } from './template-types';
export { zhTemplate } from './templates/zh';
export { correctionEdit, correctionEdits, type CorrectionEdit } from './correction-edit';
