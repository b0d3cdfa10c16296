/**
 * The highlight as conditional formats: one rule per severity on each sheet, always true, painting
 * a fill kept in styles.xml's `dxfs`. A conditional format leaves every cell's own style (its `s`
 * index: font, border, number format, the user's fill) exactly as it was; the highlight lies on
 * top and goes away by deleting one rule. The rule's formula is the add-in's marker
 * (`ISTEXT("budget-check-highlight:…")`), so the add-in recognises and clears it like its own.
 */
import type { OpcPackage } from './opc-package';
import { RELATIONSHIP_TYPES } from './opc-package';
import { escapeXml, insertBefore, rootPrefix, startTags } from './xml-text';

export interface HighlightLayer {
  /** ARGB, e.g. FFFFC7CE. */
  readonly argb: string;
  /** The formula without its `=`. */
  readonly formula: string;
  /** Areas such as `A10:B10`. */
  readonly areas: readonly string[];
}

/** Worksheet children after `conditionalFormatting`, in schema order (CT_Worksheet). */
export const AFTER_CONDITIONAL_FORMATTING = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Stylesheet children after `dxfs` (CT_Stylesheet). */
const AFTER_DXFS = ['tableStyles', 'colors', 'extLst'];

/** Appends one differential format per fill to styles.xml; returns their dxf ids, in order. */
export function addFillFormats(pkg: OpcPackage, argbs: readonly string[]): number[] {
  const workbook = pkg.workbookPart();
  const stylesPart = pkg.relationships(workbook).find((r) => r.type === RELATIONSHIP_TYPES.styles)?.part;
  if (!stylesPart || !pkg.has(stylesPart)) throw new Error('the workbook has no styles part');
  let xml = pkg.text(stylesPart);
  const p = rootPrefix(xml, 'styleSheet');
  const dxfs = argbs.map(
    (argb) =>
      `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill></${p}dxf>`,
  );
  const open = startTags(xml, `${p}dxfs`)[0];
  let first: number;
  if (!open) {
    first = 0;
    xml = insertBefore(
      xml,
      `<${p}dxfs count="${dxfs.length}">${dxfs.join('')}</${p}dxfs>`,
      AFTER_DXFS.map((n) => p + n),
      `</${p}styleSheet>`,
    );
  } else if (open.tag.endsWith('/>')) {
    first = 0;
    xml = xml.slice(0, open.index) + `<${p}dxfs count="${dxfs.length}">${dxfs.join('')}</${p}dxfs>` + xml.slice(open.index + open.tag.length);
  } else {
    const close = xml.indexOf(`</${p}dxfs>`, open.index);
    first = startTags(xml.slice(open.index, close), `${p}dxf`).length;
    const tag = `<${p}dxfs count="${first + dxfs.length}"${open.tag.replace(/^<[^\s>]+|\s+count="[^"]*"/g, '').replace(/>$/, '')}>`;
    xml = xml.slice(0, open.index) + tag + xml.slice(open.index + open.tag.length, close) + dxfs.join('') + xml.slice(close);
  }
  pkg.setText(stylesPart, xml);
  return argbs.map((_, i) => first + i);
}

/**
 * Adds our conditional formats to a worksheet, after the ones it has. Priorities continue after
 * the sheet's highest, so no rule of the user's is renumbered.
 */
export function addConditionalFormats(sheetXml: string, layers: readonly HighlightLayer[], dxfIds: readonly number[]): string {
  const p = rootPrefix(sheetXml, 'worksheet');
  const cellsEnd = afterSheetData(sheetXml, p);
  // rules (also x14 ones in extLst) come after the cells: no need to scan a big sheet's rows
  const rules = sheetXml.slice(cellsEnd).matchAll(/\bpriority="(\d+)"/g);
  let priority = Math.max(0, ...[...rules].map((m) => Number(m[1])));
  const elements = layers
    .map((layer, i) => {
      if (layer.areas.length === 0) return '';
      priority += 1;
      return (
        `<${p}conditionalFormatting sqref="${escapeXml(layer.areas.join(' '))}">` +
        `<${p}cfRule type="expression" dxfId="${dxfIds[i]}" priority="${priority}"><${p}formula>${escapeXml(layer.formula)}</${p}formula></${p}cfRule>` +
        `</${p}conditionalFormatting>`
      );
    })
    .join('');
  return insertBefore(sheetXml, elements, [...AFTER_CONDITIONAL_FORMATTING.map((n) => p + n), 'mc:AlternateContent'], `</${p}worksheet>`, cellsEnd);
}

/** Where the sheet's cells end: worksheet children we add come after them. */
export function afterSheetData(xml: string, p: string): number {
  const close = xml.indexOf(`</${p}sheetData>`);
  if (close >= 0) return close;
  const empty = startTags(xml, `${p}sheetData`)[0];
  if (!empty) throw new Error('no sheetData');
  return empty.index;
}
