/**
 * What a file is, from its content (the extension is only a hint: units rename files, and WPS
 * saves .xls under .et): an OOXML package, ODF, a compound file (BIFF .xls, or an encrypted
 * .xlsx, which Excel wraps in one), or something that is no spreadsheet at all.
 */
import { ZipArchive } from './zip-archive';

export type Detected =
  | { readonly kind: 'ooxml'; readonly zip: ZipArchive }
  | { readonly kind: 'sheetjs'; readonly format: string }
  | { readonly kind: 'compound' }
  | { readonly kind: 'other'; readonly what: OtherKind };

/** Files people mistake for workbooks, named in the message. */
export type OtherKind = 'empty' | 'docx' | 'pptx' | 'odf-other' | 'zip' | 'pdf' | 'csv' | 'text' | 'binary';

const ZIP = Buffer.from('PK');
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PDF = Buffer.from('%PDF');
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** Throws ZipDamage when a zip's directory cannot be read. */
export function detectFormat(bytes: Buffer): Detected {
  if (bytes.length === 0) return { kind: 'other', what: 'empty' };
  if (startsWith(bytes, CFB)) return { kind: 'compound' };
  if (startsWith(bytes, ZIP)) return detectPackage(ZipArchive.open(bytes));
  if (startsWith(bytes, PDF)) return { kind: 'other', what: 'pdf' };
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  // Excel 2003 XML spreadsheets and flat ODF spreadsheets (.fods), both still exported by some systems
  if (
    head.startsWith('<?xml') &&
    /urn:schemas-microsoft-com:office:spreadsheet|office:mimetype="application\/vnd\.oasis\.opendocument\.spreadsheet"/.test(head)
  ) {
    return { kind: 'sheetjs', format: 'xml' };
  }
  // a web page saved as .xls (Excel opens it, with a warning): what many budget systems export
  if (/^<(!doctype html|html|table)[\s>]/i.test(head) && /<table[\s>]/i.test(bytes.toString('utf8'))) return { kind: 'sheetjs', format: 'html' };
  return { kind: 'other', what: looksLikeText(bytes) ? (/[,\t]/.test(head.split('\n')[0] ?? '') ? 'csv' : 'text') : 'binary' };
}

function detectPackage(zip: ZipArchive): Detected {
  const mimetype = zip.part('mimetype');
  if (mimetype) {
    const type = zip.read(mimetype).toString('latin1').trim();
    return type === ODS_MIME || type === `${ODS_MIME}-template` ? { kind: 'sheetjs', format: 'ods' } : { kind: 'other', what: 'odf-other' };
  }
  if (zip.part('xl/workbook.bin')) return { kind: 'sheetjs', format: 'xlsb' };
  if (zip.part('[Content_Types].xml') && !zip.part('word/document.xml') && !zip.part('ppt/presentation.xml')) return { kind: 'ooxml', zip };
  if (zip.part('word/document.xml')) return { kind: 'other', what: 'docx' };
  if (zip.part('ppt/presentation.xml')) return { kind: 'other', what: 'pptx' };
  return { kind: 'other', what: 'zip' };
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

function looksLikeText(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  return !sample.includes(0) && Buffer.from(sample.toString('utf8'), 'utf8').length >= sample.length - 4;
}
