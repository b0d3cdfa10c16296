/**
 * The draft as a Word document (the `docx` library's Document object, pure: packing it into a
 * Buffer or Blob is the caller's job — the CLI in src/cli/draft-output.ts, the pane later).
 * Layout follows the official document conventions (GB/T 9704): A4, 37/35/28/26 mm margins,
 * body 仿宋_GB2312 三号 (16 pt) on a fixed 28 pt line with a two-character first-line indent,
 * level-1 headings (一、) 黑体, level-2 headings (（一）) 楷体_GB2312, the title 方正小标宋简体 二号,
 * page numbers `— 1 —` at the foot. Fonts are options, since not every machine has the GB fonts
 * (Word substitutes a missing one; 仿宋 / 楷体 / 宋体 are the usual fallbacks).
 * Placeholders are highlighted; text flagged by a finding is highlighted. Every open finding (the
 * 核对提示) is a Word comment: on the first sentence that states what it is about, else on the title,
 * so the report's body holds nothing a reviewer should not read.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { Draft, DraftParagraph, DraftRun } from '../draft-model';
import { draftParagraphs } from '../draft-model';
import { xmlSafeText } from './xml-text';
import { numberFlags } from './flag-notes';

export interface DocxFonts {
  readonly title: string;
  readonly heading1: string;
  readonly heading2: string;
  readonly body: string;
  readonly pageNumber: string;
}

export interface DocxOptions {
  readonly fonts?: Partial<DocxFonts>;
  /** Shown as the author of the comments on flagged text. */
  readonly commentAuthor?: string;
  /** Document properties: title (default: the draft's title) and creator. */
  readonly creator?: string;
}

export const DEFAULT_DOCX_FONTS: DocxFonts = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
};

const MM = 56.6929; // twips per millimetre
const BODY_SIZE = 32; // half-points: 三号 = 16 pt
const TITLE_SIZE = 44; // 二号 = 22 pt
const LINE = 560; // a fixed 28 pt line, in twips
const INDENT = 640; // two characters of 16 pt, in twips

export function draftToDocx(draft: Draft, options: DocxOptions = {}): Document {
  const fonts = { ...DEFAULT_DOCX_FONTS, ...options.fonts };
  const author = options.commentAuthor ?? '预算绩效核对';
  const anchors = commentAnchors(draft);
  const comments: ICommentOptions[] = numberFlags(draft).notes.map((note) => ({
    id: note.number,
    author: xmlSafeText(author),
    children: [new Paragraph({ indent: { firstLine: 0 }, children: [new TextRun(xmlSafeText(`${draft.labels.flagNotes}${note.number}：${note.text}`))] })],
  }));
  const paragraphs = draftParagraphs(draft).map((paragraph) => docxParagraph(paragraph, anchors));
  return new Document({
    title: xmlSafeText(draft.title.runs.map((run) => run.text).join('')),
    creator: xmlSafeText(options.creator ?? author),
    comments: { children: comments },
    styles: {
      default: { document: { run: { font: fonts.body, size: BODY_SIZE } } },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          run: { font: fonts.body, size: BODY_SIZE },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT }, indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED },
        },
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: fonts.title, size: TITLE_SIZE },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE } },
        },
        headingStyle('Heading1', 'heading 1', fonts.heading1, 0),
        headingStyle('Heading2', 'heading 2', fonts.heading2, 1),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                indent: { firstLine: 0 },
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.pageNumber, size: 28 })],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
}

function headingStyle(id: string, name: string, font: string, outlineLevel: number) {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    // GB/T 9704 headings are neither bold nor coloured; Word's built-in heading styles are both
    run: { font, size: BODY_SIZE, bold: false, color: '000000' },
    paragraph: { outlineLevel, keepNext: true, spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
  };
}

const HEADING: Partial<Record<DraftParagraph['style'], (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  title: HeadingLevel.TITLE,
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
};

/** The run each comment is anchored to: the first run its finding flags, else the title's first run. */
function commentAnchors(draft: Draft): Map<DraftRun, number[]> {
  const anchors = new Map<DraftRun, number[]>();
  const anchored = new Set<number>();
  const anchor = (run: DraftRun, note: number) => {
    if (anchored.has(note)) return;
    anchored.add(note);
    anchors.set(run, [...(anchors.get(run) ?? []), note]);
  };
  for (const paragraph of draftParagraphs(draft)) {
    for (const run of paragraph.runs) for (const flag of run.flags ?? []) if (flag.note !== undefined) anchor(run, flag.note);
  }
  const titleRun = draft.title.runs[0];
  if (titleRun) for (const note of draft.checkNotes ?? []) anchor(titleRun, note.number);
  return anchors;
}

function docxParagraph(paragraph: DraftParagraph, anchors: ReadonlyMap<DraftRun, readonly number[]>): Paragraph {
  const children: ParagraphChild[] = paragraph.runs.flatMap((run) => docxRuns(run, anchors.get(run) ?? []));
  const heading = HEADING[paragraph.style];
  return new Paragraph({ children, ...(heading ? { heading } : {}) });
}

function docxRuns(run: DraftRun, notes: readonly number[]): ParagraphChild[] {
  const flagged = (run.flags?.length ?? 0) > 0;
  const text = new TextRun({ text: xmlSafeText(run.text), ...(run.kind === 'placeholder' || flagged ? { highlight: 'yellow' as const } : {}) });
  if (notes.length === 0) return [text];
  return [
    ...notes.map((id) => new CommentRangeStart(id)),
    text,
    ...notes.map((id) => new CommentRangeEnd(id)),
    ...notes.map((id) => new TextRun({ children: [new CommentReference(id)] })),
  ];
}
