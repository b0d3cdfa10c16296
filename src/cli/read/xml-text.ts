/**
 * The little XML the fast reader needs: attribute values of one start tag and text with its
 * entities and OOXML's `_xHHHH_` escapes decoded. The sheet parts are scanned with indexOf rather
 * than parsed into a tree: that is what makes reading 100k rows cost less than checking them.
 */

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** ECMA-376 part 1, 22.4.2.4 (ST_Xstring): a character XML cannot hold, written as `_x000D_`. */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Text of a SpreadsheetML cell or string (ST_Xstring): entities, then `_xHHHH_` escapes, decoded. */
export function decodeXml(text: string): string {
  const plain = decodeEntities(text);
  return plain.indexOf('_x') < 0 ? plain : plain.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** XML's own entities and character references decoded (an attribute value as XML reads it). */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0
    ? text
    : text.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
        name ? NAMED[name] : codePoint(dec ? Number(dec) : parseInt(hex!, 16)),
      );
}

function codePoint(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/** The value of attribute `name` in a start tag's text (between `<tag` and `>`), decoded; null when absent. */
export function attribute(tag: string, name: string): string | null {
  let at = 0;
  for (;;) {
    at = tag.indexOf(name, at);
    if (at < 0) return null;
    const before = at === 0 ? ' ' : tag[at - 1];
    let after = at + name.length;
    while (tag[after] === ' ') after++;
    if ((before === ' ' || before === '\n' || before === '\t' || before === '\r' || before === ':') && tag[after] === '=') {
      let quote = after + 1;
      while (tag[quote] === ' ') quote++;
      const mark = tag[quote];
      const end = tag.indexOf(mark, quote + 1);
      if ((mark === '"' || mark === "'") && end > 0) return decodeXml(tag.slice(quote + 1, end));
      return null;
    }
    at = after;
  }
}

/** Every start tag `<name …>` or `<name …/>` in `xml` (not `<nameOther`), as its attribute text. */
export function* startTags(xml: string, name: string): Generator<string> {
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const next = xml[at + open.length];
    if (next !== ' ' && next !== '>' && next !== '/' && next !== '\n' && next !== '\t' && next !== '\r') continue;
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    yield xml.slice(at + open.length, end);
  }
}

/**
 * The visible text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides
 * (`<rPh>`, the furigana Excel stores beside the text) left out.
 */
export function runText(inner: string): string {
  if (inner.indexOf('<rPh') >= 0) inner = inner.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (let at = inner.indexOf('<t'); at >= 0; at = inner.indexOf('<t', at + 2)) {
    const next = inner[at + 2];
    if (next !== '>' && next !== ' ' && next !== '/') continue;
    const end = inner.indexOf('>', at);
    if (end < 0) break;
    if (inner[end - 1] === '/') continue; // <t/>: empty
    const close = inner.indexOf('</t>', end);
    if (close < 0) break;
    text += inner.slice(end + 1, close);
    at = close;
  }
  return decodeXml(text);
}
