/**
 * Text from a workbook or a file name printed to a terminal: control characters (an escape sequence
 * that clears the screen and prints a forged "✓ 核对通过" line) and bidirectional overrides (which
 * reorder what is shown) are written as visible escapes, `\x1B` or `\u202E`. Tab and newline stay.
 * JSON output is left exact: JSON.stringify escapes control characters itself.
 */
// C0 except tab and newline, DEL, C1; the bidi embeddings, overrides, isolates and marks
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
