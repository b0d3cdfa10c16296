/**
 * The draft's exports, wired to the pane's ReportTools contract; its own chunk, loaded with the
 * draft (the draft itself is built by the check engine, off the pane's thread). The .docx writer (the docx library, the largest part) is a further chunk of its own,
 * loaded only when a user downloads.
 */
import { draftToPlainText } from '../core/report/export/plain-text';
import type { ReportTools } from './pane-core';

export const reportTools: ReportTools = {
  draftToPlainText: (draft) => draftToPlainText(draft),
  async draftToDocxBlob(draft) {
    const { docxBlob } = await import(/* webpackChunkName: "docx" */ './docx-blob');
    return docxBlob(draft);
  },
};
