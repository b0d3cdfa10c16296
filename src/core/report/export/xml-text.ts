/**
 * Text bound for an XML part (the .docx, an annotated copy): characters XML 1.0 forbids — C0 controls
 * other than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF — are dropped. A
 * U+FFFE typed in a cell made the .docx malformed XML that Word refuses to open.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}
