/**
 * Drafts the 部门整体支出绩效自评报告 from a check's recognised tables and findings:
 * 一 unit, 二 budget, 三 performance (overall and per project), 四 problems, 五 other.
 */
import type { CheckResult } from '../check-api';
import { createDraftContext, type DraftOptions } from './draft-context';
import { buildCheckNotes } from './check-notes';
import { draftParagraphs, type Draft, type DraftParagraph, type DraftSection } from './draft-model';
import { unitFigure } from './figures';
import { budgetSection } from './sections/budget-section';
import { otherSection } from './sections/other-section';
import { performanceSection } from './sections/performance-section';
import { problemsSection } from './sections/problems-section';
import { unitSection } from './sections/unit-section';

export type { DraftOptions } from './draft-context';

export function buildDraft(result: CheckResult, options: DraftOptions = {}): Draft {
  const context = createDraftContext(result, options);
  const title: DraftParagraph = {
    id: 'title',
    style: 'title',
    runs: context.fill('title', { 单位名称: unitFigure(context.unitInfo, '单位名称'), 年度: context.year }),
  };
  const sections: DraftSection[] = [
    { id: 'unit', paragraphs: unitSection(context) },
    { id: 'budget', paragraphs: budgetSection(context) },
    { id: 'performance', paragraphs: performanceSection(context) },
    { id: 'problems', paragraphs: problemsSection(context) },
    { id: 'other', paragraphs: otherSection(context) },
  ];
  const edited = applyEdits({ title, sections, labels: { flagNotes: context.template.flagNotes }, checkNotes: [] }, options.edits ?? {});
  // notes are anchored to the paragraphs as the user sees them (an edited paragraph is the user's text)
  const draft: Draft = { ...edited, checkNotes: buildCheckNotes(context, draftParagraphs(edited)) };
  return draft;
}

/**
 * Puts text typed in the pane in place of paragraphs, by id: the paragraph becomes one `user` run
 * marked edited; an empty text removes it. Ids not in the draft are ignored (the figures changed).
 */
export function applyEdits(draft: Draft, edits: Readonly<Record<string, string>>): Draft {
  const edit = (paragraph: DraftParagraph): DraftParagraph | null => {
    const text = edits[paragraph.id];
    if (text === undefined) return paragraph;
    if (text.trim() === '') return null;
    return { id: paragraph.id, style: paragraph.style, runs: [{ kind: 'user', text, field: 'edited' }], edited: true };
  };
  return {
    ...draft,
    title: edit(draft.title) ?? draft.title,
    sections: draft.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map(edit).filter((paragraph): paragraph is DraftParagraph => paragraph !== null),
    })),
  };
}
