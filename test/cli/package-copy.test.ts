/**
 * The package patcher on the shapes of XML other writers produce: a prefixed SpreadsheetML
 * namespace, no `dxfs` or an empty one, an empty comment list, an empty sheet, a sheet without
 * the relationships namespace; and the zip writer's entries read back by jszip.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { annotatePackage } from '../../src/cli/package-copy/annotate-package';
import { addConditionalFormats } from '../../src/cli/package-copy/highlight-parts';
import { mergeComments } from '../../src/cli/package-copy/note-parts';
import { writeZip } from '../../src/cli/package-copy/zip-writer';
import { ZipArchive } from '../../src/cli/read/zip-archive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const LAYER = { argb: 'FFFFC7CE', formula: 'ISTEXT("budget-check-highlight:error")', areas: ['A2:C2'] };

function parses(xml: string): boolean {
  new SaxesParser({ xmlns: true }).write(xml).close();
  return true;
}

/** A minimal package of the given parts (xl/workbook.xml with one sheet, 表1). */
function tinyPackage(styles: string, sheet: string, workbookType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'): Buffer {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    'xl/styles.xml': styles,
    'xl/worksheets/sheet1.xml': sheet,
  };
  return writeZip(Object.entries(parts).map(([name, text]) => ({ name, data: Buffer.from(text) })));
}

async function textsOf(zip: Buffer): Promise<Record<string, string>> {
  const loaded = await JSZip.loadAsync(zip);
  const texts: Record<string, string> = {};
  for (const file of Object.values(loaded.files)) if (!file.dir) texts[file.name] = await file.async('string');
  return texts;
}

describe('patching other writers’ XML', () => {
  it('uses the prefix a sheet gives SpreadsheetML and puts the format where the schema wants it', () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:dataValidations count="0"/><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`;
    const patched = addConditionalFormats(sheet, [LAYER], [4]);
    expect(patched).toContain(
      '<x:sheetData/><x:conditionalFormatting sqref="A2:C2"><x:cfRule type="expression" dxfId="4" priority="1"><x:formula>ISTEXT(&quot;budget-check-highlight:error&quot;)</x:formula></x:cfRule></x:conditionalFormatting><x:dataValidations',
    );
    expect(parses(patched)).toBe(true);
  });

  it.each([
    [
      'no dxfs at all',
      `<styleSheet xmlns="${MAIN}"><cellXfs count="1"><xf/></cellXfs><tableStyles count="0"/></styleSheet>`,
      '<cellXfs count="1"><xf/></cellXfs><dxfs count="1"><dxf>',
    ],
    ['an empty dxfs', `<styleSheet xmlns="${MAIN}"><dxfs count="0"/></styleSheet>`, '<dxfs count="1"><dxf>'],
    [
      'two dxfs of the user',
      `<styleSheet xmlns="${MAIN}"><dxfs count="2"><dxf/><dxf><font/></dxf></dxfs></styleSheet>`,
      '<dxfs count="3"><dxf/><dxf><font/></dxf><dxf>',
    ],
  ])('styles with %s gain our fill after the user’s', async (_label, styles, expected) => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`;
    const { bytes, changedParts } = annotatePackage(
      tinyPackage(styles, sheet),
      [{ sheet: '表1', layers: [LAYER], notes: new Map([['A2', '[错误] 相差0.01万元']]) }],
      '预算绩效核对',
    );
    const texts = await textsOf(bytes);
    expect(texts['xl/styles.xml']).toContain(expected);
    for (const part of changedParts) expect([part, parses(texts[part])]).toEqual([part, true]);
    expect(changedParts).toEqual([
      '[Content_Types].xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/comments1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/drawings/vmlDrawing1.vml',
    ]);
    // the sheet had no relationships namespace: the legacyDrawing declares it
    expect(texts['xl/worksheets/sheet1.xml']).toMatch(/<legacyDrawing xmlns:r="[^"]+" r:id="rId\d"\/><\/worksheet>$/);
    expect(texts['xl/worksheets/_rels/sheet1.xml.rels']).toContain('Target="../comments1.xml"');
  });

  it('fills an empty comment list, and adds to a note in another case of its reference', () => {
    const empty = `<comments xmlns="${MAIN}"><authors/><commentList/></comments>`;
    const first = mergeComments(empty, new Map([['B3', 'ours']]), '预算绩效核对');
    expect(first.newCells).toEqual(['B3']);
    expect(first.xml).toContain('<authors><author>预算绩效核对</author></authors><commentList><comment ref="B3" authorId="0">');
    const user = `<comments xmlns="${MAIN}"><authors><author>王</author></authors><commentList><comment ref="b3" authorId="0"><text><t>原有</t></text></comment></commentList></comments>`;
    const second = mergeComments(user, new Map([['B3', 'ours']]), '预算绩效核对');
    expect(second.newCells).toEqual([]);
    expect(second.xml).toContain(
      '<comment ref="b3" authorId="0"><text><t>原有</t><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\n\nours</t></r></text></comment>',
    );
    expect(parses(second.xml)).toBe(true);
  });

  it('leaves the note Excel keeps for a threaded comment as it is, and puts none of ours on its cell', () => {
    // as Excel 365 saves a threaded comment: its thread part, and a note for older versions by author tc={id}
    const placeholder =
      '<comment ref="B3" authorId="1" shapeId="0" xr:uid="{6D2A1F0C-3C3B-4B7E-9F40-1B2C3D4E5F60}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel.\n\nComment:\n    请核对年初预算</t></text></comment>';
    const xml = `<comments xmlns="${MAIN}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>王</author><author>tc={6D2A1F0C-3C3B-4B7E-9F40-1B2C3D4E5F60}</author></authors><commentList>${placeholder}<comment ref="C4" authorId="0"><text><t>原有</t></text></comment></commentList></comments>`;
    const merged = mergeComments(
      xml,
      new Map([
        ['B3', 'ours on B3'],
        ['C4', 'ours on C4'],
        ['D5', 'ours on D5'],
      ]),
      '预算绩效核对',
    );
    expect(merged.newCells).toEqual(['D5']);
    expect(merged.xml).toContain(placeholder);
    expect(merged.xml).not.toContain('ours on B3');
    expect(merged.xml).toContain('<t>原有</t><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\n\nours on C4</t></r>');
    expect(parses(merged.xml)).toBe(true);
  });

  it.each([
    [
      'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      false,
    ],
    ['application/vnd.ms-excel.template.macroEnabled.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml', true],
  ])('copies a template (%s) as a workbook, which Excel opens under .xlsx/.xlsm', async (template, workbook, macros) => {
    const styles = `<styleSheet xmlns="${MAIN}"/>`;
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    const copy = annotatePackage(tinyPackage(styles, sheet, template), [], 'x');
    expect(copy.macroEnabled).toBe(macros);
    expect((await textsOf(copy.bytes))['[Content_Types].xml']).toContain(`ContentType="${workbook}"`);
  });

  it('refuses a spreadsheet package it cannot patch rather than converting it and losing its parts', () => {
    const zip = tinyPackage(`<styleSheet xmlns="${MAIN}"/>`, `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    // the styles entry claims bzip2 (method 12), in its local header and in the central directory
    const local = ZipArchive.open(zip).part('xl/styles.xml')!.localHeaderOffset;
    zip.writeUInt16LE(12, local + 8);
    for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 4)) {
      if (zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)) === 'xl/styles.xml') zip.writeUInt16LE(12, at + 10);
    }
    expect(() => annotatePackage(zip, [{ sheet: '表1', layers: [LAYER], notes: new Map() }], 'x')).toThrow('compression method 12');
  });
});
