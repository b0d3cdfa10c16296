/**
 * The 核对提示 list: every open finding (error or warning), apart from the report's body, with
 * where to look and the corrected figure when the finding has one, and the paragraphs that state
 * a figure or text it is about (where the .docx anchors its comment).
 *
 * Findings the user ignored with a reason follow the open ones, marked 已忽略 with that reason.
 * Why here and not in section 四: the reviewer at the 财政局 reads the body as the unit's
 * statement, and a checker's message (“J6（主要用途）…”) with cell addresses is not something a
 * finance officer would file; the accepted reason matters to the officer who checks the draft
 * before filing, so it stays visible in the list (and as a Word comment) but never in the text.
 */
import type { DraftContext } from './draft-context';
import type { CheckNote, DraftParagraph } from './draft-model';
import { correctedFigure } from './corrected-figure';
import type { Finding } from '../rules/types';

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
  const { sentences } = context.template;
  const noteOf = (finding: Finding, number: number): CheckNote => {
    const where = (message: string) =>
      sentences['notes.finding']
        .replace('{说明}', withoutFinalStop(message))
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
  };
  const open = context.openFindings.map((finding, index) => noteOf(finding, index + 1));
  // ignored ones are numbered after the open ones, so the marks in the body keep their numbers
  const ignored = context.ignoredFindings
    .filter(({ finding }) => finding.severity !== 'info')
    .map(({ finding, reason }, index): CheckNote => {
      const note = noteOf(finding, open.length + index + 1);
      const given = withoutFinalStop(reason);
      const zhReason = given === '' ? sentences.placeholder.replace('{名称}', '原因') : given;
      return {
        ...note,
        text: {
          zh: note.text.zh + sentences['notes.ignored'].replace('{原因}', zhReason),
          en: `${note.text.en}. Ignored: ${given === '' ? '(no reason given)' : given}.`,
        },
        ignored: { reason: given },
      };
    });
  return [...open, ...ignored];
}

function withoutFinalStop(text: string): string {
  return text.trim().replace(/[。．.；;]+$/, '');
}
