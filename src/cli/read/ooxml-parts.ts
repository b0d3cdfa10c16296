/**
 * The package parts around the sheets of an .xlsx/.xlsm: where the workbook part is, its sheets
 * in order (name, state, part), shared strings and the number format of each cell style.
 */
import { posix } from 'node:path';
import { formatCode } from './number-formats';
import { attribute, runText, startTags } from './xml-text';
import type { ZipArchive } from './zip-archive';

export interface Relationship {
  readonly type: string;
  readonly target: string;
}

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** The part of a worksheet; null for chart sheets, dialog and macro sheets, which hold no cells to check. */
  readonly part: string | null;
  /** What the entry points at, for messages (`chartsheet`, `worksheet`…). */
  readonly kind: string;
}

export interface WorkbookParts {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /**
   * The workbook asks to be recalculated when opened (`<calcPr fullCalcOnLoad="1"/>`): written by a
   * program that does not calculate (XlsxWriter saves 0 as every formula's value, openpyxl none), so
   * its saved formula results are not Excel's and are read as missing, as the exceljs reader does.
   */
  readonly staleResults: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
}

/** The last segment of a relationship type URI (transitional and strict spell the start differently). */
function relationKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

export function readRelationships(zip: ZipArchive, sourcePart: string): Map<string, Relationship> {
  const dir = posix.dirname(sourcePart);
  const relsPart = zip.part(relsPartOf(sourcePart));
  const relations = new Map<string, Relationship>();
  if (!relsPart) return relations;
  for (const tag of startTags(zip.read(relsPart).toString('utf8'), 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (!id || target === null || attribute(tag, 'TargetMode') === 'External') continue;
    relations.set(id, {
      type: relationKind(attribute(tag, 'Type') ?? ''),
      target: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir === '.' ? '' : dir, target)),
    });
  }
  return relations;
}

/** The workbook part named by the package's root relationships (`xl/workbook.xml` as a last resort), or null. */
export function findWorkbookPart(zip: ZipArchive): string | null {
  for (const relation of readRelationships(zip, '').values()) {
    if (relation.type === 'officeDocument' && zip.part(relation.target)) return relation.target;
  }
  return zip.part('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

export function readWorkbookParts(zip: ZipArchive, workbookPart: string): WorkbookParts {
  const xml = zip.read(zip.part(workbookPart)!).toString('utf8');
  const relations = readRelationships(zip, workbookPart);
  const sheets: SheetEntry[] = [];
  for (const tag of startTags(xml, 'sheet')) {
    const relation = relations.get(attribute(tag, 'id') ?? '');
    const kind = relation?.type ?? 'missing';
    sheets.push({
      name: attribute(tag, 'name') ?? '',
      hidden: (attribute(tag, 'state') ?? 'visible') !== 'visible',
      part: kind === 'worksheet' ? relation!.target : null,
      kind,
    });
  }
  const properties = [...startTags(xml, 'workbookPr')][0];
  const date1904 = properties !== undefined && /^(1|true)$/.test(attribute(properties, 'date1904') ?? '');
  const calculation = [...startTags(xml, 'calcPr')][0];
  const staleResults = calculation !== undefined && /^(1|true)$/.test(attribute(calculation, 'fullCalcOnLoad') ?? '');
  const partOf = (kind: string) => [...relations.values()].find((relation) => relation.type === kind)?.target ?? null;
  return { workbookPart, sheets, date1904, staleResults, sharedStringsPart: partOf('sharedStrings'), stylesPart: partOf('styles') };
}

/** Every string item of the shared string table, rich text runs joined, phonetic guides left out. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (let at = xml.indexOf('<si'); at >= 0;) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) break;
    if (xml[tagEnd - 1] === '/') {
      strings.push('');
      at = xml.indexOf('<si', tagEnd);
      continue;
    }
    const close = xml.indexOf('</si>', tagEnd);
    if (close < 0) break;
    const next = xml[at + 3];
    if (next === '>' || next === ' ') strings.push(runText(xml.slice(tagEnd + 1, close)));
    at = xml.indexOf('<si', close);
  }
  return strings;
}

/** The number format of each cell style (`cellXfs`, the `s` of a cell), null for General. */
export function readStyleFormats(xml: string): (string | null)[] {
  const custom = new Map<number, string>();
  for (const tag of startTags(section(xml, 'numFmts'), 'numFmt')) custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
  return [...startTags(section(xml, 'cellXfs'), 'xf')].map((tag) => formatCode(Number(attribute(tag, 'numFmtId') ?? 0), custom));
}

function section(xml: string, name: string): string {
  const start = xml.indexOf(`<${name}`);
  if (start < 0) return '';
  const end = xml.indexOf(`</${name}>`, start);
  return xml.slice(start, end < 0 ? xml.length : end);
}
