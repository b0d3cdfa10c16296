/**
 * One pass over a plain `<c>` element, as spreadsheet programs write a million of them: its `r`, `s`
 * and `t`, a `<v>` read as a number while it is walked, a plain `<f>`. It reads the sheet's UTF-8
 * bytes themselves (positions are byte offsets): no string is made for the tag, the address or the
 * value, and the sheet is never decoded as a whole. Slicing each out and searching each again was
 * most of the reading time at 100k rows (a million small strings and their garbage collection), and
 * decoding the sheet into text before scanning it a tenth.
 *
 * Anything less plain — inline strings, shared or array formulas, entities in attributes, lower-case
 * addresses, unknown children — answers UNUSUAL, and the scanner reads that cell the general way.
 */

/** The cell runs past the end of the text read so far: read it again when more has come. */
export const INCOMPLETE = -1;
/** Not a plain cell: read it with the general reader. */
export const UNUSUAL = -2;

/** A sheet part's bytes as they inflate (UTF-8: every byte of a multi-byte character is 0x80 or more, never markup). */
export type Bytes = Uint8Array;

/** Cell types (ECMA-376 part 1, 18.18.11) the fast path reads; the rest (`inlineStr`) are UNUSUAL. */
export type FastType = 'n' | 's' | 'b' | 'e' | 'd' | 'str';

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const MAX_EXACT_DIGITS = 15;

export class FastCell {
  /** -1 when the cell has no `r` (it follows the previous one). */
  row = -1;
  column = 0;
  style = 0;
  type: FastType = 'n';
  /** The `<v>` text is text[vStart, vEnd); vStart = -1 when the cell has none. */
  vStart = -1;
  vEnd = -1;
  /**
   * The `<v>` as a plain decimal, or NaN when it is something else. Exact: with at most 15 digits
   * the integer m and 10^k are both exact doubles and IEEE division rounds m / 10^k correctly, so
   * this is the double Number() reads from the same text (Clinger's fast path).
   */
  number = NaN;
  /** The plain `<f>`'s text is text[fStart, fEnd); fStart = -1 when the cell has no formula. */
  fStart = -1;
  fEnd = -1;
  /**
   * A `<f …>` with attributes (a shared formula and its followers, as Excel saves them) is the
   * whole element text[fElement, fElementEnd), for the scanner's formula reader; else -1.
   */
  fElement = -1;
  fElementEnd = -1;
  /** `<c …/>`: a formatted cell without content. */
  selfClosing = false;

  /** Reads the cell starting at `lt` (`<c`); returns the index after it, INCOMPLETE or UNUSUAL. */
  read(text: Bytes, lt: number): number {
    this.row = -1;
    this.column = this.style = 0;
    this.type = 'n';
    this.vStart = this.fStart = this.fElement = -1;
    this.number = NaN;
    const afterTag = this.readAttributes(text, lt + 2);
    if (afterTag < 0) return afterTag;
    this.selfClosing = text[afterTag - 2] === 0x2f; /* / */
    return this.selfClosing ? afterTag : this.readChildren(text, afterTag);
  }

  private readAttributes(text: Bytes, from: number): number {
    const length = text.length;
    let at = from;
    for (;;) {
      while (at < length && isSpace(text[at])) at++;
      if (at + 2 >= length) return INCOMPLETE;
      const code = text[at];
      if (code === 0x3e /* > */) return at + 1;
      if (code === 0x2f /* / */) return text[at + 1] === 0x3e ? at + 2 : UNUSUAL;
      if (text[at + 1] === 0x3d /* = */ && text[at + 2] === 0x22 /* " */) {
        at = this.readOwnAttribute(text, code, at + 3);
      } else at = skipAttribute(text, at); // another attribute (x14ac:dyDescent…)
      if (at < 0) return at;
    }
  }

  /** `r`, `s` or `t` whose value starts at `at`; returns the index after its closing quote. */
  private readOwnAttribute(text: Bytes, name: number, at: number): number {
    if (name === 0x72 /* r */) {
      let column = 0;
      let code = text[at];
      const lettersStart = at;
      for (; code >= 0x41 && code <= 0x5a; code = text[++at]) column = column * 26 + code - 0x40;
      const digitsStart = at;
      let row = 0;
      for (; code >= 0x30 && code <= 0x39; code = text[++at]) row = row * 10 + code - 0x30;
      if (at >= text.length) return INCOMPLETE;
      if (code !== 0x22 || at === lettersStart || at === digitsStart || at - digitsStart > MAX_EXACT_DIGITS) return UNUSUAL;
      this.row = row;
      this.column = column;
      return at + 1;
    }
    if (name === 0x73 /* s */) {
      let style = 0;
      let code = text[at];
      const start = at;
      for (; code >= 0x30 && code <= 0x39; code = text[++at]) style = style * 10 + code - 0x30;
      if (at >= text.length) return INCOMPLETE;
      if (code !== 0x22 || at === start || at - start > MAX_EXACT_DIGITS) return UNUSUAL;
      this.style = style;
      return at + 1;
    }
    if (name === 0x74 /* t */) {
      const end = indexOfByte(text, 0x22 /* " */, at);
      if (end < 0) return INCOMPLETE;
      const type = typeOf(text, at, end);
      if (type === null) return UNUSUAL;
      this.type = type;
      return end + 1;
    }
    return skipValue(text, at);
  }

  private readChildren(text: Bytes, from: number): number {
    const length = text.length;
    let at = from;
    for (;;) {
      while (at < length && isSpace(text[at])) at++;
      if (at + 3 >= length) return INCOMPLETE;
      if (text[at] !== 0x3c /* < */) return UNUSUAL;
      const name = text[at + 1];
      const after = text[at + 2];
      if (name === 0x2f /* / */) return after === 0x63 /* c */ && text[at + 3] === 0x3e ? at + 4 : UNUSUAL;
      if (name === 0x76 /* v */ && after === 0x3e && this.vStart < 0) at = this.readValue(text, at + 3);
      else if (name === 0x76 && after === 0x2f && text[at + 3] === 0x3e && this.vStart < 0) {
        this.vStart = this.vEnd = at + 4; // <v/>: an empty value
        at += 4;
      } else if (name === 0x66 /* f */ && after === 0x3e && this.fStart < 0 && this.fElement < 0) at = this.readFormula(text, at + 3);
      else if (name === 0x66 && (after === 0x20 || after === 0x2f) && this.fStart < 0 && this.fElement < 0) at = this.readFormulaElement(text, at);
      else return UNUSUAL;
      if (at < 0) return at;
    }
  }

  /** The `<v>` text from `start`, read as a decimal on the way; returns the index after `</v>`. */
  private readValue(text: Bytes, start: number): number {
    let at = start;
    let code = text[at];
    const negative = code === 0x2d; /* - */
    if (negative) code = text[++at];
    let mantissa = 0;
    let digits = 0;
    let fraction = -1;
    let plain = true;
    for (; at < text.length && code !== 0x3c /* < */; code = text[++at]) {
      const digit = code - 0x30;
      if (digit >= 0 && digit <= 9) {
        mantissa = mantissa * 10 + digit;
        digits++;
        if (fraction >= 0) fraction++;
      } else if (code === 0x2e /* . */ && fraction < 0) fraction = 0;
      else plain = false;
    }
    if (at + 3 >= text.length) return INCOMPLETE;
    if (text[at + 1] !== 0x2f || text[at + 2] !== 0x76 || text[at + 3] !== 0x3e) return UNUSUAL;
    this.vStart = start;
    this.vEnd = at;
    if (plain && digits > 0 && digits <= MAX_EXACT_DIGITS) {
      const value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
      this.number = negative ? -value : value;
    }
    return at + 4;
  }

  /** A plain `<f>`'s text from `start` (it holds no `<`: XML writes it `&lt;`); returns the index after `</f>`. */
  private readFormula(text: Bytes, start: number): number {
    const end = indexOfByte(text, 0x3c /* < */, start);
    if (end < 0 || end + 3 >= text.length) return INCOMPLETE;
    if (text[end + 1] !== 0x2f || text[end + 2] !== 0x66 || text[end + 3] !== 0x3e) return UNUSUAL;
    this.fStart = start;
    this.fEnd = end;
    return end + 4;
  }
  /** A `<f …>…</f>` or `<f …/>` from `at`, kept whole; returns the index after it. */
  private readFormulaElement(text: Bytes, at: number): number {
    const tagEnd = indexOfByte(text, 0x3e /* > */, at);
    if (tagEnd < 0) return INCOMPLETE;
    let end = tagEnd + 1;
    if (text[tagEnd - 1] !== 0x2f /* / */) {
      const close = indexOfByte(text, 0x3c /* < */, end); // the text holds no `<`: XML writes it `&lt;`
      if (close < 0 || close + 3 >= text.length) return INCOMPLETE;
      if (!(text[close + 1] === 0x2f && text[close + 2] === 0x66 && text[close + 3] === 0x3e)) return UNUSUAL;
      end = close + 4;
    }
    this.fElement = at;
    this.fElementEnd = end;
    return end;
  }
}

/** The index after an attribute `name="…"` starting at `at`; UNUSUAL for other spellings (`name = '…'`). */
function skipAttribute(text: Bytes, at: number): number {
  let code = text[at];
  while (at < text.length && code !== 0x3d /* = */ && code !== 0x3e /* > */ && code !== 0x2f /* / */ && !isSpace(code)) code = text[++at];
  if (at + 1 >= text.length) return INCOMPLETE;
  return code === 0x3d && text[at + 1] === 0x22 ? skipValue(text, at + 2) : UNUSUAL;
}

/** The index after the closing `"` of a value starting at `at`. */
function skipValue(text: Bytes, at: number): number {
  const end = indexOfByte(text, 0x22 /* " */, at);
  return end < 0 ? INCOMPLETE : end + 1;
}

function typeOf(text: Bytes, start: number, end: number): FastType | null {
  if (end - start === 1) {
    const first = text[start];
    if (first === 0x73) return 's';
    if (first === 0x6e) return 'n';
    if (first === 0x62) return 'b';
    if (first === 0x65) return 'e';
    if (first === 0x64) return 'd';
  }
  return end - start === 3 && text[start] === 0x73 && text[start + 1] === 0x74 && text[start + 2] === 0x72 ? 'str' : null;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** The index of the first `byte` at or after `from`, or -1. A loop: the distances are a few bytes, shorter than a call into C++. */
export function indexOfByte(bytes: Bytes, byte: number, from: number): number {
  for (let at = from; at < bytes.length; at++) if (bytes[at] === byte) return at;
  return -1;
}
