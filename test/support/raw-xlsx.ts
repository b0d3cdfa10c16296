/**
 * Builds .xlsx packages from raw part XML, for reader tests that need what no library writes on
 * request (every cell type, shared formulas, cells without `r`, odd zips).
 */
import JSZip from 'jszip';

export interface RawSheet {
  readonly name: string;
  /** The `<sheetData>` content, or a whole worksheet part when it starts with `<?xml` or `<`worksheet. */
  readonly xml: string;
  readonly state?: 'hidden' | 'veryHidden';
}

export interface RawBook {
  readonly sheets: readonly RawSheet[];
  readonly sharedStrings?: readonly string[];
  /** `<numFmts>…</numFmts><cellXfs>…</cellXfs>` content of the styles part. */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** Extra parts, by name. */
  readonly parts?: Readonly<Record<string, string | Buffer>>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function rawXlsx(book: RawBook, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels = book.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (book.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${MAIN}">${book.sharedStrings.join('')}</sst>`);
  }
  if (book.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`);
  }
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const sheets = book.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets}</sheets></workbook>`,
  );
  book.sheets.forEach((sheet, i) => {
    const whole = /^\s*<(\?xml|worksheet|\w+:worksheet)/.test(sheet.xml);
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      whole ? sheet.xml : `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheet.xml}</sheetData></worksheet>`,
    );
  });
  for (const [name, content] of Object.entries(book.parts ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression });
}
