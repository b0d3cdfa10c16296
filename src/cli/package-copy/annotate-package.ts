/**
 * The annotated copy of an .xlsx/.xlsm package: the original zip with only what the annotation
 * needs added or changed — styles.xml (two fills in `dxfs`), the flagged sheets (conditional
 * formats, a `legacyDrawing` if they had none), their notes parts and relationships, and
 * [Content_Types].xml when a part is new. Everything else is copied entry by entry as stored.
 */
import { addConditionalFormats, addFillFormats, type HighlightLayer } from './highlight-parts';
import { addNotes } from './note-parts';
import { OpcPackage } from './opc-package';

export interface SheetAnnotation {
  readonly sheet: string;
  /** Painted in order; a later layer has the lower priority. */
  readonly layers: readonly HighlightLayer[];
  /** Cell (`A6`) → the note's text. */
  readonly notes: ReadonlyMap<string, string>;
}

export interface AnnotatedPackage {
  readonly bytes: Buffer;
  /** Parts written anew (changed or added); every other part is the input's, byte for byte. */
  readonly changedParts: readonly string[];
  readonly macroEnabled: boolean;
}

export class NotAPackageError extends Error {}

const MACRO_ENABLED = /macroEnabled\.main\+xml$/i;
const WORKBOOK_XML = /\.(sheet|template)(\.macroEnabled)?\.main\+xml$/i;

/**
 * Opens the package and says what kind of workbook it holds, before anything is changed. Not an
 * OOXML spreadsheet at all (an .xls, an .ods, an .xlsb): NotAPackageError, and the caller may
 * convert. A spreadsheet package we cannot patch (zip64, an unknown compression) is an ordinary
 * error: converting it would silently lose what the copy is meant to keep.
 */
export function openWorkbookPackage(zip: Buffer): { pkg: OpcPackage; macroEnabled: boolean } {
  const isZip = zip.length >= 4 && zip.readUInt32LE(0) === 0x04034b50;
  if (!isZip) throw new NotAPackageError('not a zip package');
  const pkg = new OpcPackage(zip);
  if (!pkg.has('[Content_Types].xml')) throw new NotAPackageError('no [Content_Types].xml');
  const type = pkg.contentType(pkg.workbookPart());
  // .xlsb (binary workbook part) and anything else that is not SpreadsheetML
  if (!type || !WORKBOOK_XML.test(type)) throw new NotAPackageError(`workbook part of type ${type ?? 'unknown'}`);
  return { pkg, macroEnabled: MACRO_ENABLED.test(type) };
}

/**
 * `asMacroEnabled`: the copy is to be an .xlsm. A workbook without macros then gets the
 * macro-enabled workbook type (as Excel saves a macro-free .xlsm), or Excel refuses the name.
 */
export function annotatePackage(zip: Buffer, annotations: readonly SheetAnnotation[], author: string, asMacroEnabled = false): AnnotatedPackage {
  const { pkg, macroEnabled } = openWorkbookPackage(zip);
  asWorkbook(pkg, asMacroEnabled);
  const sheetParts = pkg.worksheetParts();
  const wanted = annotations.filter((a) => sheetParts.has(a.sheet) && (a.layers.some((l) => l.areas.length > 0) || a.notes.size > 0));
  if (wanted.length > 0) {
    const colours = [...new Set(wanted.flatMap((a) => a.layers.map((l) => l.argb)))];
    const dxfIds = new Map(addFillFormats(pkg, colours).map((id, i) => [colours[i], id]));
    for (const annotation of wanted) {
      const part = sheetParts.get(annotation.sheet)!;
      let xml = pkg.text(part);
      xml = addConditionalFormats(
        xml,
        annotation.layers,
        annotation.layers.map((l) => dxfIds.get(l.argb)!),
      );
      xml = addNotes(pkg, part, xml, annotation.notes, author);
      pkg.setText(part, xml);
    }
  }
  return { bytes: pkg.toBuffer(), changedParts: pkg.changedParts(), macroEnabled };
}

/** A template (.xltx/.xltm) is copied as a workbook: Excel opens an .xlsx/.xlsm only with a workbook's content type. */
function asWorkbook(pkg: OpcPackage, asMacroEnabled: boolean): void {
  let types = pkg.text('[Content_Types].xml').replace(/(spreadsheetml|ms-excel)\.template(\.macroEnabled)?\.main\+xml/g, '$1.sheet$2.main+xml');
  if (asMacroEnabled)
    types = types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  pkg.setText('[Content_Types].xml', types);
}
