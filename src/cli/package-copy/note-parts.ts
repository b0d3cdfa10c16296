/**
 * Notes (legacy comments): the text in the sheet's comments part, the pop-up in its VML drawing.
 * A sheet that has notes keeps them: ours are added to its parts, and on a cell that already has a
 * note the finding is added below the user's text, which keeps its author.
 */
import { parseA1 } from '../../core/grid/a1';
import { RELATIONSHIP_TYPES, RELATIONSHIPS_NS, type OpcPackage } from './opc-package';
import { AFTER_CONDITIONAL_FORMATTING, afterSheetData } from './highlight-parts';
import { attributes, escapeSpreadsheetText, escapeXml, insertBefore, prefixFor, rootPrefix, startTags } from './xml-text';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
/** Excel's longest note. */
const NOTE_MAX_CHARS = 32767;

/** Adds `notes` (cell such as `A6` → text) to the worksheet at `sheetPart`; returns its new XML. */
export function addNotes(pkg: OpcPackage, sheetPart: string, sheetXml: string, notes: ReadonlyMap<string, string>, author: string): string {
  if (notes.size === 0) return sheetXml;
  const rels = pkg.relationships(sheetPart);
  let commentsPart = rels.find((r) => r.type === RELATIONSHIP_TYPES.comments && !r.external)?.part;
  if (!commentsPart || !pkg.has(commentsPart)) {
    commentsPart = pkg.freeName((n) => `xl/comments${n}.xml`);
    pkg.setText(commentsPart, emptyComments());
    pkg.addOverride(commentsPart, COMMENTS_TYPE);
    pkg.addRelationship(sheetPart, RELATIONSHIP_TYPES.comments, commentsPart);
  }
  const { xml: commentsXml, newCells } = mergeComments(pkg.text(commentsPart), notes, author);
  pkg.setText(commentsPart, commentsXml);

  let vmlPart = rels.find((r) => r.type === RELATIONSHIP_TYPES.vmlDrawing && !r.external)?.part;
  if (!vmlPart || !pkg.has(vmlPart)) {
    const block = freeIdBlock(pkg);
    vmlPart = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
    pkg.setText(vmlPart, emptyVml(block));
    pkg.addOverride(vmlPart, VML_TYPE);
    const id = pkg.addRelationship(sheetPart, RELATIONSHIP_TYPES.vmlDrawing, vmlPart);
    sheetXml = addLegacyDrawing(sheetXml, id);
  }
  const vml = pkg.text(vmlPart);
  pkg.setText(vmlPart, addVmlShapes(vml, newCells, idBlocks(vml)[0] ?? freeIdBlock(pkg)));
  return sheetXml;
}

/** The shape-id blocks (of 1,024) a VML drawing claims in `<o:idmap data="1,2">`. */
function idBlocks(vml: string): number[] {
  return [...vml.matchAll(/<[\w.-]+:idmap\b[^>]*\bdata="([^"]*)"/g)].flatMap((m) =>
    m[1]
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  );
}

/** A block no VML drawing of the workbook claims: shape ids stay unique across the workbook. */
function freeIdBlock(pkg: OpcPackage): number {
  const used = pkg
    .partNames()
    .filter((name) => /\.vml$/i.test(name))
    .flatMap((name) => idBlocks(pkg.text(name)));
  return Math.max(0, ...used) + 1;
}

function emptyComments(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';
}

/** Our text as a run, in the notes' usual 9 pt, appended to a note or making a new one. */
function noteRun(p: string, text: string): string {
  return `<${p}r><${p}rPr><${p}sz val="9"/></${p}rPr><${p}t xml:space="preserve">${escapeSpreadsheetText(text.slice(0, NOTE_MAX_CHARS))}</${p}t></${p}r>`;
}

/** Adds the notes to a comments part; returns it and the cells that had no note before. */
export function mergeComments(xml: string, notes: ReadonlyMap<string, string>, author: string): { xml: string; newCells: string[] } {
  const p = rootPrefix(xml, 'comments');
  const authorsTag = startTags(xml, `${p}authors`)[0];
  if (!authorsTag) throw new Error('comments without authors');
  const authorNames = [...xml.matchAll(new RegExp(`<${p}author>([^<]*)</${p}author>|<${p}author/>`, 'g'))].map((m) => m[1] ?? '');
  let authorId = authorNames.indexOf(escapeXml(author));
  if (authorId < 0) {
    authorId = authorNames.length;
    const element = `<${p}author>${escapeXml(author)}</${p}author>`;
    xml = authorsTag.tag.endsWith('/>')
      ? xml.slice(0, authorsTag.index) + `<${p}authors>${element}</${p}authors>` + xml.slice(authorsTag.index + authorsTag.tag.length)
      : insertBefore(xml, element, [], `</${p}authors>`);
  }
  const pending = new Map(notes);
  // existing notes on our cells: the user's text and author stay, ours follows after a blank line
  xml = xml.replace(new RegExp(`(<${p}comment\\b[^>]*>)([\\s\\S]*?)(</${p}comment>)`, 'g'), (all, open: string, body: string, close: string) => {
    const attrs = attributes(open);
    const ref = attrs.get('ref')?.toUpperCase();
    const text = ref ? pending.get(ref) : undefined;
    if (text === undefined || !ref) return all;
    pending.delete(ref);
    // the note Excel keeps for a threaded comment (author `tc={…}`): newer Excel shows the thread and
    // drops an edited note, and a cell holds one or the other: the thread stays as it is, with no note of ours
    if (authorNames[Number(attrs.get('authorId'))]?.startsWith('tc=')) return all;
    const end = body.lastIndexOf(`</${p}text>`);
    if (end < 0) return all;
    // runs go before any phonetic runs (CT_Rst: t?, r*, rPh*, phoneticPr?)
    const phonetic = body.slice(0, end).search(new RegExp(`<${p}(rPh|phoneticPr)[\\s>/]`));
    const at = phonetic >= 0 ? phonetic : end;
    return `${open}${body.slice(0, at)}${noteRun(p, `\n\n${text}`)}${body.slice(at)}${close}`;
  });
  const added = [...pending]
    .map(([cell, text]) => `<${p}comment ref="${cell}" authorId="${authorId}"><${p}text>${noteRun(p, text)}</${p}text></${p}comment>`)
    .join('');
  const list = startTags(xml, `${p}commentList`)[0];
  if (!list) throw new Error('comments without commentList');
  xml = list.tag.endsWith('/>')
    ? xml.slice(0, list.index) + `<${p}commentList>${added}</${p}commentList>` + xml.slice(list.index + list.tag.length)
    : insertBefore(xml, added, [], `</${p}commentList>`);
  return { xml, newCells: [...pending.keys()] };
}

function addLegacyDrawing(sheetXml: string, id: string): string {
  const p = rootPrefix(sheetXml, 'worksheet');
  const root = startTags(sheetXml, `${p}worksheet`)[0].tag;
  const r = prefixFor(root, RELATIONSHIPS_NS);
  const element = r ? `<${p}legacyDrawing ${r}:id="${id}"/>` : `<${p}legacyDrawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"/>`;
  const followers = AFTER_CONDITIONAL_FORMATTING.slice(AFTER_CONDITIONAL_FORMATTING.indexOf('legacyDrawingHF')).map((n) => p + n);
  return insertBefore(sheetXml, element, [...followers, 'mc:AlternateContent'], `</${p}worksheet>`, afterSheetData(sheetXml, p));
}

const VML_NAMESPACES: Readonly<Record<string, string>> = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
};

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function emptyVml(idBlock: number): string {
  const ns = Object.entries(VML_NAMESPACES)
    .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
    .join(' ');
  return `<xml ${ns}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`;
}

/** A hidden note pop-up for each new cell, anchored beside it as Excel places one. */
export function addVmlShapes(vml: string, cells: readonly string[], idBlock: number): string {
  if (cells.length === 0) return vml;
  const root = /<xml\b[^>]*>/.exec(vml);
  if (!root) throw new Error('VML drawing without <xml>');
  // the v:, o:, x: prefixes are used below: declare any the drawing lacks
  const missing = Object.entries(VML_NAMESPACES).filter(([prefix]) => !new RegExp(`xmlns:${prefix}=`).test(root[0]));
  if (missing.length > 0) {
    const declared = root[0].replace(/>$/, `${missing.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('')}>`);
    vml = vml.slice(0, root.index) + declared + vml.slice(root.index + root[0].length);
  }
  // openpyxl writes ns0:, ns2: … prefixes declared on each element: any prefix counts
  const hasShapetype = /<[\w.-]+:shapetype\b[^>]*\bid="_x0000_t202"/.test(vml);
  const usedIds = new Set([...vml.matchAll(/\bid="_x0000_s(\d+)"/g)].map((m) => Number(m[1])));
  let next = idBlock * 1024 + 1;
  const shapes = cells.map((cell) => {
    while (usedIds.has(next)) next++;
    usedIds.add(next);
    const { row, column } = parseA1(cell);
    const [r, c] = [row - 1, column - 1];
    return (
      `<v:shape id="_x0000_s${next}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:120pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 5}, 15, ${r + 7}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
    );
  });
  const close = vml.lastIndexOf('</xml>');
  if (close < 0) throw new Error('VML drawing without </xml>');
  return vml.slice(0, close) + (hasShapetype ? '' : NOTE_SHAPETYPE) + shapes.join('') + vml.slice(close);
}
