/** Reads a .docx back: its paragraphs (style and text), highlighted runs, styles and comments. */
import JSZip from 'jszip';

export interface DocxParagraph {
  readonly style: string | null;
  readonly text: string;
  /** Texts of runs with a highlight. */
  readonly highlighted: readonly string[];
}

export interface DocxContent {
  readonly paragraphs: readonly DocxParagraph[];
  readonly stylesXml: string;
  readonly documentXml: string;
  readonly commentsXml: string | null;
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function readDocx(bytes: Buffer | Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = await zip.file('word/styles.xml')!.async('string');
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? null;
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  const paragraphs = [...body.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null;
    const runs = [...inner.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map(([, run]) => ({
      text: [...run.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(''),
      highlighted: /<w:highlight /.test(run),
    }));
    return { style, text: runs.map((r) => r.text).join(''), highlighted: runs.filter((r) => r.highlighted).map((r) => r.text) };
  });
  return { paragraphs, stylesXml, documentXml, commentsXml };
}

/** The XML of one style definition in styles.xml. */
export function styleXml(stylesXml: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(stylesXml)?.[1] ?? '';
}
