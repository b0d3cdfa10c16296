/**
 * Small, careful edits of XML text: the parts we change are patched where the schema wants the
 * addition, never parsed and re-serialised, so everything else in them stays as the writer left it.
 */
import { decodeEntities } from '../read/xml-text';

/** Characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 forbids. */
export function xmlCharactersOnly(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Text as element content or attribute value: forbidden characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return xmlCharactersOnly(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text for a SpreadsheetML string (ST_Xstring), where `_xHHHH_` is read as an escaped character:
 * a literal `_x` is written `_x005F_x` so it reads back as written.
 */
export function escapeSpreadsheetText(text: string): string {
  return escapeXml(xmlCharactersOnly(text).replace(/_x(?=[0-9A-Fa-f]{4}_)/g, '_x005F_x'));
}

/** The attributes of one start tag, decoded. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(match[1], decodeEntities(match[2] ?? match[3]));
  return found;
}

/** The prefix the document gives its root element (`x:` for `<x:worksheet>`), or ''. */
export function rootPrefix(xml: string, localName: string): string {
  const match = new RegExp(`<(?:([\\w.-]+):)?${localName}[\\s>/]`).exec(xml);
  if (!match) throw new Error(`no <${localName}> element`);
  return match[1] ? `${match[1]}:` : '';
}

/** Start tags `<prefix:name …>` (or self-closing) in the text, with their positions. */
export function startTags(xml: string, qualifiedName: string, from = 0): { index: number; tag: string }[] {
  const pattern = new RegExp(`<${escapeRegExp(qualifiedName)}(?=[\\s/>])[^>]*>`, 'g');
  pattern.lastIndex = from;
  return [...xml.matchAll(pattern)].filter((m) => m.index >= from).map((m) => ({ index: m.index, tag: m[0] }));
}

/** Where the first of `names` (qualified) starts at or after `from`, or -1. */
export function firstOf(xml: string, names: readonly string[], from = 0): number {
  if (names.length === 0) return -1;
  const pattern = new RegExp(`<(?:${names.map(escapeRegExp).join('|')})(?=[\\s/>])`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  return match ? match.index : -1;
}

/**
 * Inserts `addition` where an element belongs in a sequence: before the first element of
 * `followers` (the ones the schema puts after it), else before the root's closing tag.
 */
export function insertBefore(xml: string, addition: string, followers: readonly string[], rootClose: string, from = 0): string {
  let at = firstOf(xml, followers, from);
  if (at < 0) at = xml.lastIndexOf(rootClose);
  if (at < 0) throw new Error(`no ${rootClose}`);
  return xml.slice(0, at) + addition + xml.slice(at);
}

/** The prefix a start tag's namespace declarations give `uri`, if any. */
export function prefixFor(startTag: string, uri: string): string | undefined {
  for (const [name, value] of attributes(startTag)) {
    if (value === uri && name.startsWith('xmlns:')) return name.slice('xmlns:'.length);
  }
  return undefined;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
