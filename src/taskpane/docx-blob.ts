/** Packs the core's Word document for the browser (the CLI packs the same document into a Buffer). */
import { Packer } from 'docx';
import type { Draft } from '../core/report/draft-model';
import { draftToDocx } from '../core/report/export/docx-document';

export function docxBlob(draft: Draft): Promise<Blob> {
  return Packer.toBlob(draftToDocx(draft));
}
