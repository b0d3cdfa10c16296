/**
 * The parts of an Office Open XML package (the zip inside an .xlsx/.xlsm), their relationships
 * and content types. Parts are read on demand; only the ones given new text are written anew,
 * every other entry is copied as stored.
 */
import { posix } from 'node:path';
import { attributes, escapeXml, insertBefore, rootPrefix, startTags } from './xml-text';
import { entryContent, readZipEntries, writeZip, type ZipEntry, type ZipOutput } from './zip-entries';

export const RELATIONSHIP_TYPES = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name, resolved against the source part (no leading slash). */
  readonly part: string;
  readonly external: boolean;
}

export class OpcPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly edited = new Map<string, string>();
  private readonly read = new Map<string, string>();
  private readonly added: string[] = [];

  constructor(private readonly zip: Buffer) {
    this.entries = readZipEntries(zip);
    // part names are case-insensitive in OPC
    for (const entry of this.entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase()) || this.edited.has(part.toLowerCase());
  }

  text(part: string): string {
    const key = part.toLowerCase();
    const known = this.edited.get(key) ?? this.read.get(key);
    if (known !== undefined) return known;
    const entry = this.byName.get(key);
    if (!entry) throw new Error(`missing part ${part}`);
    const bytes = entryContent(this.zip, entry);
    // patched as text and written back as UTF-8: a UTF-16 part (a BOM says so) is refused, not garbled
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new Error(`${part} is UTF-16`);
    // kept: a big sheet is read, patched and compared once, not inflated again each time
    const text = bytes.toString('utf8');
    this.read.set(key, text);
    return text;
  }

  bytes(part: string): Buffer {
    const entry = this.byName.get(part.toLowerCase());
    if (!entry) throw new Error(`missing part ${part}`);
    return entryContent(this.zip, entry);
  }

  setText(part: string, text: string): void {
    const key = part.toLowerCase();
    // unchanged text keeps the entry as stored
    if (!this.edited.has(key) && this.byName.has(key) && this.text(part) === text) return;
    if (!this.byName.has(key) && !this.edited.has(key)) this.added.push(part);
    this.edited.set(key, text);
  }

  /** Every part's name: the input's and the ones added. */
  partNames(): string[] {
    return [...this.entries.map((e) => e.name), ...this.added];
  }

  /** A part name not yet used: `xl/comments{n}.xml` with the first free n. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  /** The names of the parts written anew (changed or added), in archive order. */
  changedParts(): string[] {
    return [...this.entries.filter((e) => this.edited.has(e.name.toLowerCase())).map((e) => e.name), ...this.added];
  }

  toBuffer(): Buffer {
    const outputs: ZipOutput[] = this.entries.map((entry) => {
      const edited = this.edited.get(entry.name.toLowerCase());
      return edited === undefined ? { kept: entry } : { name: entry.name, data: Buffer.from(edited, 'utf8') };
    });
    for (const part of this.added) outputs.push({ name: part, data: Buffer.from(this.edited.get(part.toLowerCase())!, 'utf8') });
    return writeZip(this.zip, outputs);
  }

  relationships(source: string): Relationship[] {
    const rels = relsPartOf(source);
    if (!this.has(rels)) return [];
    return startTags(this.text(rels), `${rootPrefix(this.text(rels), 'Relationships')}Relationship`).map(({ tag }) => {
      const attrs = attributes(tag);
      const external = attrs.get('TargetMode') === 'External';
      const target = attrs.get('Target') ?? '';
      return { id: attrs.get('Id') ?? '', type: attrs.get('Type') ?? '', part: external ? target : resolvePart(source, target), external };
    });
  }

  /** Adds a relationship from `source` to `target` and returns its id. */
  addRelationship(source: string, type: string, target: string): string {
    const rels = relsPartOf(source);
    const existing = this.relationships(source);
    const used = new Set(existing.map((r) => r.id));
    let n = existing.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relative = posix.relative(posix.dirname(source), target);
    const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relative)}"/>`;
    if (this.has(rels)) {
      const xml = this.text(rels);
      const prefix = rootPrefix(xml, 'Relationships');
      this.setText(rels, insertBefore(xml, element.replace('<Relationship', `<${prefix}Relationship`), [], `</${prefix}Relationships>`));
    } else {
      this.setText(
        rels,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`,
      );
    }
    return id;
  }

  /** The content type of a part: its Override, else the Default for its extension. */
  contentType(part: string): string | undefined {
    const xml = this.text('[Content_Types].xml');
    const prefix = rootPrefix(xml, 'Types');
    for (const { tag } of startTags(xml, `${prefix}Override`)) {
      const attrs = attributes(tag);
      if ((attrs.get('PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase()) return attrs.get('ContentType');
    }
    const extension = posix.extname(part).slice(1).toLowerCase();
    for (const { tag } of startTags(xml, `${prefix}Default`)) {
      const attrs = attributes(tag);
      if ((attrs.get('Extension') ?? '').toLowerCase() === extension) return attrs.get('ContentType');
    }
    return undefined;
  }

  addOverride(part: string, contentType: string): void {
    const xml = this.text('[Content_Types].xml');
    const prefix = rootPrefix(xml, 'Types');
    const element = `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
    this.setText('[Content_Types].xml', insertBefore(xml, element, [], `</${prefix}Types>`));
  }

  /** The workbook part (xl/workbook.xml in every writer seen, but the package says where). */
  workbookPart(): string {
    const main = this.relationships('').find((r) => r.type === RELATIONSHIP_TYPES.officeDocument || r.type.endsWith('/officeDocument'));
    if (!main) throw new Error('no officeDocument relationship');
    return main.part;
  }

  /** Sheet name → its worksheet part (chart sheets and dialog sheets are left out). */
  worksheetParts(): Map<string, string> {
    const workbook = this.workbookPart();
    const xml = this.text(workbook);
    const targets = new Map(this.relationships(workbook).map((r) => [r.id, r]));
    const sheets = new Map<string, string>();
    for (const { tag } of startTags(xml, `${rootPrefix(xml, 'workbook')}sheet`)) {
      const attrs = attributes(tag);
      const id = [...attrs].find(([name]) => /(^|:)id$/.test(name) && name !== 'sheetId')?.[1];
      const target = id ? targets.get(id) : undefined;
      if (target && !target.external && target.type.endsWith('/worksheet')) sheets.set(attrs.get('name') ?? '', target.part);
    }
    return sheets;
  }
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function resolvePart(source: string, target: string): string {
  const decoded = decodeURIComponentSafe(target);
  if (decoded.startsWith('/')) return posix.normalize(decoded.slice(1));
  return posix.normalize(posix.join(posix.dirname(source), decoded));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
