/**
 * The 核对提示 list: every open finding (error or warning), apart from the report's body, with
 * where to look and the corrected figure when the finding has one, and the paragraphs that state
 * a figure or text it is about (where the .docx anchors its comment).
 */
import type { DraftContext } from './draft-context';
import type { CheckNote, DraftParagraph } from './draft-model';
import { correctedFigure } from './corrected-figure';

export function buildCheckNotes(context: DraftContext, paragraphs: readonly DraftParagraph[]): CheckNote[] {
  const paragraphsOf = new Map<number, string[]>();
  for (const paragraph of paragraphs) {
    for (const run of paragraph.runs) {
      for (const flag of run.flags ?? []) {
        if (flag.note === undefined) continue;
        const ids = paragraphsOf.get(flag.note) ?? [];
        if (!ids.includes(paragraph.id)) ids.push(paragraph.id);
        paragraphsOf.set(flag.note, ids);
      }
    }
  }
  const sentence = context.template.sentences['notes.finding'];
  return context.openFindings.map((finding, index) => {
    const number = index + 1;
    const where = (message: string) =>
      sentence
        .replace('{说明}', message.trim().replace(/[。．.；;]+$/, ''))
        .replace('{工作表}', finding.sheet)
        .replace('{单元格}', finding.cells[0] ?? `${finding.row}`);
    const corrected = correctedFigure(finding);
    return {
      number,
      rule: finding.rule,
      severity: finding.severity === 'error' ? 'error' : 'warning',
      text: { zh: where(finding.message.zh), en: `${finding.message.en} (sheet “${finding.sheet}”, ${finding.cells[0] ?? `row ${finding.row}`})` },
      sheet: finding.sheet,
      cells: finding.cells,
      ...(corrected !== undefined ? { corrected } : {}),
      paragraphs: paragraphsOf.get(number) ?? [],
    };
  });
}
