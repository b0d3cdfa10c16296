/** 五、其他需要说明的情况: the unit's own text, or a placeholder suggesting the usual wording. */
import { ParagraphSink, type DraftContext } from '../draft-context';
import type { DraftParagraph } from '../draft-model';
import { addUserParagraphs } from './user-paragraphs';

export function otherSection(context: DraftContext): DraftParagraph[] {
  const sink = new ParagraphSink();
  sink.add('other.heading', 'heading1', context.fill('heading.other', {}));
  addUserParagraphs(context, sink, 'other.text', '其他说明');
  return sink.paragraphs;
}
