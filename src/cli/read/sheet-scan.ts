/**
 * Scans a worksheet part's XML bytes, chunk by chunk as they inflate, into raw cells for a sink (the cell
 * typer): rows, cells (their `<v>` and `<f>`),
 * shared formulas and merged areas. Nothing else of the sheet (formats, validations, drawings…) is
 * looked at. A part written with a namespace prefix (`<x:worksheet>`) is left to the general
 * reader (NeedsGeneralReader).
 */
import { FastCell, INCOMPLETE, indexOfByte, UNUSUAL, type Bytes } from './fast-cell';
import { NO_VALUE, NUMBER_VALUE, RAW_VALUE, SHARED_STRING_VALUE, TEXT_VALUE, type RawCellSink } from './raw-cells';
import { shiftFormula } from './shared-formula';
import { BadCell, NeedsGeneralReader } from './sheet-errors';
import { attribute, decodeXml, runText } from './xml-text';

export { BadCell, NeedsGeneralReader } from './sheet-errors';

interface SharedMaster {
  readonly text: string;
  readonly row: number;
  readonly column: number;
}

type Phase = 'prolog' | 'before' | 'cells' | 'after';

/** Longest tag start tested at the end of a chunk (`</sheetData>`): shorter tails wait for the next chunk. */
const LOOKAHEAD = 16;
const NO_BYTES = Buffer.alloc(0);

export class SheetScanner {
  private phase: Phase = 'prolog';
  /** The unread end of the last chunk (an element cut by the chunk's end), read with the next. */
  private tail: Buffer = NO_BYTES;
  private row = 0;
  private column = 0;
  private readonly shared = new Map<string, SharedMaster>();
  private readonly fast = new FastCell();

  constructor(
    private readonly sink: RawCellSink,
    /** Formula results saved by a program that does not calculate: read as missing. */
    private readonly staleResults: boolean,
  ) {}

  feed(chunk: Buffer): void {
    const bytes = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    this.tail = bytes.subarray(this.scan(bytes, false));
  }

  end(): void {
    this.scan(this.tail, true);
    this.tail = NO_BYTES;
    if (this.phase === 'prolog') throw new NeedsGeneralReader('no worksheet element');
  }

  /** Reads the complete elements of `bytes`; returns where the unread rest starts. */
  private scan(bytes: Buffer, final: boolean): number {
    let pos = 0;
    for (;;) {
      const lt = indexOfByte(bytes, 0x3c /* < */, pos);
      if (lt < 0) return bytes.length;
      if (!final && bytes.length - lt < LOOKAHEAD) return lt;
      const c1 = bytes[lt + 1];
      if (this.phase === 'cells') {
        if (c1 === 0x63 /* c */ && isDelimiter(bytes[lt + 2])) {
          const end = this.cell(bytes, lt);
          if (end < 0) return final ? bytes.length : lt;
          pos = end;
        } else if (c1 === 0x72 /* r */ && startsWith(bytes, lt + 1, 'row') && isDelimiter(bytes[lt + 4])) {
          const end = indexOfByte(bytes, 0x3e /* > */, lt);
          if (end < 0) return final ? bytes.length : lt;
          this.row = this.rowNumber(bytes, lt + 4, end);
          this.column = 0;
          pos = end + 1;
        } else if (c1 === 0x2f /* / */ && startsWith(bytes, lt, '</sheetData>')) {
          this.phase = 'after';
          pos = lt + 12;
        } else pos = lt + 1;
        continue;
      }
      const end = indexOfByte(bytes, 0x3e /* > */, lt);
      if (end < 0) return final ? bytes.length : lt;
      if (c1 === 0x3f /* ? */ || c1 === 0x21 /* ! */) {
        pos = end + 1;
        continue;
      }
      if (this.phase === 'prolog') {
        if (!(startsWith(bytes, lt + 1, 'worksheet') && isDelimiter(bytes[lt + 10]))) throw new NeedsGeneralReader('the sheet part is not a plain <worksheet>');
        this.phase = 'before';
      } else if (this.phase === 'before' && startsWith(bytes, lt + 1, 'sheetData') && isDelimiter(bytes[lt + 10])) {
        this.phase = bytes[end - 1] === 0x2f /* / */ ? 'after' : 'cells';
      } else if (this.phase === 'after' && startsWith(bytes, lt + 1, 'mergeCell') && isDelimiter(bytes[lt + 10])) {
        this.merge(bytes.toString('utf8', lt + 10, end));
      }
      pos = end + 1;
    }
  }

  /** Reads one `<c …>…</c>` or `<c …/>` at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private cell(bytes: Buffer, lt: number): number {
    const fast = this.fast;
    const end = fast.read(bytes, lt);
    if (end === UNUSUAL) return this.generalCell(bytes, lt);
    if (end === INCOMPLETE) return -1;
    if (fast.row < 0) this.column++;
    else {
      this.row = fast.row;
      this.column = fast.column;
    }
    if (!fast.selfClosing) this.readFastCell(bytes);
    return end;
  }

  /** The general way, for a cell the one-pass reader leaves (inline strings, unknown children, odd spelling). */
  private generalCell(bytes: Buffer, lt: number): number {
    const tagEnd = indexOfByte(bytes, 0x3e /* > */, lt);
    if (tagEnd < 0) return -1;
    const selfClosing = bytes[tagEnd - 1] === 0x2f; /* / */
    const close = selfClosing ? tagEnd : bytes.indexOf('</c>', tagEnd);
    if (close < 0) return -1; // placed only once complete: a cell without `r` moves one column, once
    const tag = bytes.toString('utf8', lt + 2, tagEnd);
    this.place(fastAttribute(tag, 'r'));
    if (selfClosing) return tagEnd + 1; // <c r="B2" s="3"/>: formatted, empty
    this.readCell(tag, bytes.toString('utf8', tagEnd + 1, close));
    return close + 4;
  }

  /** A `<row>`'s number: its `r`, or the one after the previous row when it has none. */
  private rowNumber(bytes: Buffer, from: number, to: number): number {
    if (startsWith(bytes, from, ' r="')) {
      const end = indexOfByte(bytes, 0x22 /* " */, from + 4);
      const r = end > 0 && end < to ? digitsAt(bytes, from + 4, end) : -1;
      if (r >= 0) return r;
    }
    const r = fastAttribute(bytes.toString('utf8', from, to), 'r');
    return r === null ? this.row + 1 : Number(r);
  }

  /** The value and formula the one-pass reader found, for the sink. */
  private readFastCell(bytes: Buffer): void {
    const { type, style, vStart, vEnd, fStart, fEnd, fElement, fElementEnd, number } = this.fast;
    const formula =
      fElement >= 0
        ? this.formulaOf(utf8(bytes, fElement, fElementEnd))
        : fStart < 0 || fEnd === fStart
          ? null
          : decodeXml(formulaWithEquals(bytes, fStart, fEnd));
    const sink = this.sink;
    if (vStart < 0 || (formula !== null && (vStart === vEnd || this.staleResults)))
      sink.cell(this.row, this.column, style, NO_VALUE, NaN, null, type, formula); // a formula saved without its value stays unknown
    else if (type === 'n' && !Number.isNaN(number)) sink.cell(this.row, this.column, style, NUMBER_VALUE, number, null, type, formula);
    else if (type === 's' && isPlainIndex(bytes, vStart, vEnd)) sink.cell(this.row, this.column, style, SHARED_STRING_VALUE, number, null, type, formula);
    else sink.cell(this.row, this.column, style, RAW_VALUE, NaN, utf8(bytes, vStart, vEnd), type, formula);
  }

  /** The cell's row and column: from its `r`, or the one after the previous cell when it has none. */
  private place(reference: string | null): void {
    if (reference === null) {
      this.column++;
      return;
    }
    let column = 0;
    let i = 0;
    for (; i < reference.length; i++) {
      const code = reference.charCodeAt(i) & ~0x20; // upper case
      if (code < 0x41 || code > 0x5a) break;
      column = column * 26 + (code - 0x40);
    }
    if (i === 0 || i === reference.length) throw new BadCell(reference, `"${reference}" is no cell address`, `“${reference}”不是单元格地址`);
    const row = Number(reference.slice(i));
    if (!Number.isInteger(row)) throw new BadCell(reference, `"${reference}" is no cell address`, `“${reference}”不是单元格地址`);
    this.row = row;
    this.column = column;
  }

  private readCell(tag: string, inner: string): void {
    const type = fastAttribute(tag, 't') ?? 'n';
    const style = Number(fastAttribute(tag, 's') ?? 0);
    const formula = this.formulaOf(inner);
    const raw = elementText(inner, 'v');
    const sink = this.sink;
    if (type === 'inlineStr') {
      const is = inner.indexOf('<is');
      const text = is >= 0 ? runText(inner.slice(is)) : raw === null ? null : decodeXml(raw);
      sink.cell(this.row, this.column, style, text === null ? NO_VALUE : TEXT_VALUE, NaN, text, type, formula);
    } else if (raw === null || (formula !== null && (raw === '' || this.staleResults)))
      sink.cell(this.row, this.column, style, NO_VALUE, NaN, null, type, formula); // a formula saved without its value stays unknown
    else sink.cell(this.row, this.column, style, RAW_VALUE, NaN, raw, type, formula);
  }

  /** The cell's formula with its `=`, shared formulas moved to this cell; null for a constant. */
  private formulaOf(inner: string): string | null {
    const at = inner.indexOf('<f');
    if (at < 0 || !isDelimiter(inner.charCodeAt(at + 2))) return null;
    const tagEnd = inner.indexOf('>', at);
    const tag = inner.slice(at + 2, tagEnd);
    const selfClosing = inner.charCodeAt(tagEnd - 1) === 0x2f;
    const text = selfClosing ? '' : decodeXml(inner.slice(tagEnd + 1, inner.indexOf('</f>', tagEnd)));
    if (fastAttribute(tag, 't') === 'shared') {
      const group = fastAttribute(tag, 'si') ?? '';
      if (text !== '') {
        this.shared.set(group, { text, row: this.row, column: this.column });
        return withEquals(text);
      }
      const master = this.shared.get(group);
      if (!master) throw new NeedsGeneralReader(`shared formula ${group} used before it is defined`);
      return withEquals(shiftFormula(master.text, this.row - master.row, this.column - master.column));
    }
    return text === '' ? null : withEquals(text);
  }

  private merge(tag: string): void {
    const reference = fastAttribute(tag, 'ref');
    if (!reference) return;
    const [from, to = from] = reference.split(':');
    const start = this.parseAddress(from);
    const end = this.parseAddress(to);
    this.sink.merge({
      top: Math.min(start.row, end.row),
      left: Math.min(start.column, end.column),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.column, end.column),
    });
  }

  private parseAddress(reference: string): { row: number; column: number } {
    this.place(reference.replace(/\$/g, ''));
    return { row: this.row, column: this.column };
  }
}

/** The digits bytes[start, end) as a number, or -1 when they are not only digits. */
function digitsAt(bytes: Bytes, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = bytes[at] - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A shared string index written plainly (digits, no sign, point or leading zero): the number read
 * is then the index, and a message about it quotes the text as written.
 */
function isPlainIndex(bytes: Bytes, start: number, end: number): boolean {
  if (end <= start || (bytes[start] === 0x30 && end - start > 1)) return false;
  for (let at = start; at < end; at++) {
    const code = bytes[at];
    if (code < 0x30 || code > 0x39) return false;
  }
  return end - start <= 15;
}

/** Whether bytes from `at` spell `ascii`. */
function startsWith(bytes: Bytes, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function isDelimiter(code: number): boolean {
  return code === 0x20 || code === 0x3e /* > */ || code === 0x2f /* / */ || code === 0x0a || code === 0x09 || code === 0x0d;
}

/**
 * The formula as one flat string: V8 keeps `'=' + text` as a two-part rope, and the rules read
 * every formula of a big sheet character by character (twice as slow on ropes, measured before).
 */
function withEquals(text: string): string {
  return ['=', text].join('');
}

/**
 * bytes[start, end) decoded: Buffer's own decoder without toString's checks of its arguments, which
 * were half the cost of the 400k short texts (formulas, long decimals) of 100k rows.
 */
function utf8(bytes: Buffer, start: number, end: number): string {
  return (bytes as Buffer & { utf8Slice(start: number, end: number): string }).utf8Slice(start, end);
}

/**
 * The formula text bytes[start, end) of a plain `<f>`, with its `=`, decoded as one flat string: the
 * `>` before it is `=` for the time of the decoding. A string joined from two parts is a rope in V8,
 * which the rules read more slowly; joining and flattening them was a tenth of reading 100k rows.
 */
function formulaWithEquals(bytes: Buffer, start: number, end: number): string {
  bytes[start - 1] = 0x3d; /* = */
  const text = utf8(bytes, start - 1, end);
  bytes[start - 1] = 0x3e; /* > */
  return text;
}

/** `name="…"` as writers spell it, falling back to the general attribute reader for odd spacing or quotes. */
function fastAttribute(tag: string, name: string): string | null {
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    return tag.slice(start, tag.indexOf('"', start));
  }
  return attribute(tag, name);
}

/** The text of `<name>…</name>` inside a cell (raw, entities not decoded), '' for `<name/>`, null when absent. */
function elementText(inner: string, name: string): string | null {
  const at = inner.indexOf(`<${name}`);
  if (at < 0) return null;
  const tagEnd = inner.indexOf('>', at);
  if (tagEnd < 0) return null;
  if (inner.charCodeAt(tagEnd - 1) === 0x2f) return '';
  const close = inner.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? null : inner.slice(tagEnd + 1, close);
}
