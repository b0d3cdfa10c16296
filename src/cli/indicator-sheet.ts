/**
 * --out --indicators-sheet: adds the indicator table as a new sheet to the copy --out wrote, at
 * the zip level (a new worksheet part, its relationship, content type and <sheet> entry), so every
 * other part of the copy stays byte for byte as written. Cells are inline strings: nothing becomes
 * a formula or a number.
 */
import { rename, readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${RELATIONSHIPS_NS}/worksheet`;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Adds `rows` as a new sheet named `baseName` (or `baseName (2)`…) to the .xlsx at `path`; returns the name used. */
export async function addIndicatorSheet(path: string, baseName: string, rows: readonly (readonly string[])[]): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const workbookXml = await text(zip, 'xl/workbook.xml');
  const relsXml = await text(zip, 'xl/_rels/workbook.xml.rels');
  const typesXml = await text(zip, '[Content_Types].xml');

  const name = freeName(
    baseName,
    [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1])),
  );
  const sheetId = Math.max(0, ...[...workbookXml.matchAll(/\bsheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const relId = freeId(
    'rId',
    [...relsXml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]),
  );
  let part = 1;
  while (zip.file(`xl/worksheets/sheet${part}.xml`)) part++;
  const partName = `worksheets/sheet${part}.xml`;
  const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbookXml)?.[1];
  const idAttribute = prefix ? `${prefix}:id` : `xmlns:r="${RELATIONSHIPS_NS}" r:id`;

  zip.file(`xl/${partName}`, worksheetXml(rows));
  zip.file(
    'xl/_rels/workbook.xml.rels',
    insertBefore(relsXml, /<\/(?:\w+:)?Relationships>/, `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="${partName}"/>`),
  );
  zip.file('[Content_Types].xml', insertBefore(typesXml, /<\/(?:\w+:)?Types>/, `<Override PartName="/xl/${partName}" ContentType="${WORKSHEET_CONTENT}"/>`));
  zip.file(
    'xl/workbook.xml',
    insertBefore(workbookXml, /<\/(?:\w+:)?sheets>/, `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttribute}="${relId}"/>`),
  );

  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const temporary = `${path}.indicators-${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  return name;
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing from the copy`);
  return file.async('string');
}

function insertBefore(xml: string, closing: RegExp, element: string): string {
  const match = closing.exec(xml);
  if (!match) throw new Error(`cannot find ${closing.source}`);
  return `${xml.slice(0, match.index)}${element}${xml.slice(match.index)}`;
}

/** Sheet names are compared without regard to case, as Excel does. */
function freeName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} (${n})`.toLowerCase())) return `${base} (${n})`;
}

function freeId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Characters XML 1.0 cannot hold are dropped; the rest escaped. */
function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function unescapeXml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function worksheetXml(rows: readonly (readonly string[])[]): string {
  const widths = [24, 12, 8, 8, 14, 48, 48, 40, 28];
  const cols = widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) =>
          value === '' ? '' : `<c r="${columnLetters(c + 1)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`,
        )
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`;
}
