/**
 * Parses the Excel formulas budget sheets hold (`=SUM(C4:C13)`, `=ROUND(H4/C4*100,2)&"%"`,
 * `='收支 总表'!B4-项目支出!$H$15`) into a small tree for compute-formulas.ts.
 *
 * Not jsep, which parses the rulebook's formulas: jsep reads JavaScript, and Excel differs where it
 * matters here — `%` after a number, `^` binding looser than unary minus, `A1:B7` and `C:C`,
 * sheet prefixes with `!` and `'…'`, strings with `""`, `<>` and `&` — and jsep keeps its
 * operators globally, so teaching it Excel would change the rulebook's parser too. The reference
 * scanners of grid/formula-shape.ts and rules/support/formula-areas.ts find references without a
 * tree; evaluation needs one.
 */
import { columnNumber } from '../grid/a1';
import type { CellRange } from '../grid/types';
import { EXCEL_ERRORS } from '../grid/excel-errors';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/** A cell or range, 1-based and inclusive; a whole column or row is bounded to the stored cells when read. */
export interface ReferenceNode {
  readonly type: 'reference';
  /** The sheet named before `!`, or null for the formula's own sheet. */
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** `C:C` (every row) or `3:3` (every column). */
  readonly whole?: 'columns' | 'rows';
  /** The edges written without `$`, which move when the formula is copied (see placeReference). */
  readonly relative?: Edges;
}

interface Edges {
  readonly top: boolean;
  readonly left: boolean;
  readonly bottom: boolean;
  readonly right: boolean;
}

export type FormulaNode =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'error'; readonly value: string }
  /** An argument left empty: `ROUND(A1,)`. */
  | { readonly type: 'missing' }
  | ReferenceNode
  | { readonly type: 'negate'; readonly operand: FormulaNode }
  | { readonly type: 'percent'; readonly operand: FormulaNode }
  | { readonly type: 'binary'; readonly operator: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly FormulaNode[] };

/** Why a formula is outside what is computed here: it is then "not calculated", never guessed. */
export type UnsupportedReason =
  { readonly kind: 'syntax' } | { readonly kind: 'name'; readonly name: string } | { readonly kind: 'external' } | { readonly kind: 'array' };

export class UnsupportedFormula extends Error {
  constructor(readonly reason: UnsupportedReason) {
    super(reason.kind);
    this.name = 'UnsupportedFormula';
  }
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
// characters that end a name, a cell or a sheet name
const DELIMITERS = new Set([...' \t\r\n!"%&\'()*+,-/:;<=>@[]^{}|\u00a0']);
const COMPARISONS: readonly BinaryOperator[] = ['<>', '<=', '>=', '=', '<', '>'];

/** Binding strength of binary operators, Excel's order: comparisons < & < + - < * / < ^. */
const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

const fail = (reason: UnsupportedReason): never => {
  throw new UnsupportedFormula(reason);
};

/** Parses a formula with or without its leading `=`; throws UnsupportedFormula for anything not computed here. */
export function parseExcelFormula(formula: string): FormulaNode {
  const parser = new Parser(formula.replace(/^\s*=/, ''));
  const tree = parser.expression(0);
  parser.skipSpaces();
  if (!parser.atEnd()) fail({ kind: 'syntax' });
  return tree;
}

class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  skipSpaces(): void {
    while (/\s/.test(this.text.charAt(this.at))) this.at++;
  }

  private peek(ahead = 0): string {
    return this.text.charAt(this.at + ahead);
  }

  private take(token: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  /** A binary expression whose operators bind more strongly than `minPrecedence`; all are left-associative, as Excel does */
  expression(minPrecedence: number): FormulaNode {
    let left = this.unary();
    for (;;) {
      const operator = this.binaryOperator();
      if (!operator || PRECEDENCE[operator] <= minPrecedence) return left;
      this.at += operator.length;
      left = { type: 'binary', operator, left, right: this.expression(PRECEDENCE[operator]) };
    }
  }

  private binaryOperator(): BinaryOperator | null {
    this.skipSpaces();
    const ch = this.peek();
    if ('+-*/^&'.includes(ch) && ch !== '') return ch as BinaryOperator;
    return COMPARISONS.find((op) => this.text.startsWith(op, this.at)) ?? null;
  }

  /** Unary minus binds more strongly than `^` in Excel: `-2^2` is 4. */
  private unary(): FormulaNode {
    if (this.take('-')) return { type: 'negate', operand: this.unary() };
    if (this.take('+')) return this.unary();
    let node = this.primary();
    while (this.take('%')) node = { type: 'percent', operand: node };
    return node;
  }

  private primary(): FormulaNode {
    this.skipSpaces();
    const ch = this.peek();
    if (ch === '(') {
      this.at++;
      const inner = this.expression(0);
      if (!this.take(')')) fail({ kind: 'syntax' });
      return inner;
    }
    if (ch === '"') return this.textLiteral();
    if (ch === '#') return this.errorLiteral();
    if (ch === "'") return this.reference(this.quotedSheet());
    if (ch === '[') fail({ kind: 'external' });
    if (ch === '{') fail({ kind: 'array' });
    if (/[0-9.]/.test(ch)) return this.numberOrRows();
    if (ch === '' || DELIMITERS.has(ch)) fail({ kind: 'syntax' });
    return this.word();
  }

  private textLiteral(): FormulaNode {
    let value = '';
    for (let i = this.at + 1; i < this.text.length; i++) {
      if (this.text[i] !== '"') value += this.text[i];
      else if (this.text[i + 1] === '"') value += this.text[i++];
      else {
        this.at = i + 1;
        return { type: 'text', value };
      }
    }
    return fail({ kind: 'syntax' });
  }

  private errorLiteral(): FormulaNode {
    const error = [...EXCEL_ERRORS].find((name) => this.text.toUpperCase().startsWith(name, this.at));
    if (!error) fail({ kind: 'syntax' });
    this.at += (error as string).length;
    return { type: 'error', value: error as string };
  }

  /** `'收支 总表'` before its `!`; `''` is a quote inside the name. */
  private quotedSheet(): string {
    let name = '';
    for (let i = this.at + 1; i < this.text.length; i++) {
      if (this.text[i] !== "'") name += this.text[i];
      else if (this.text[i + 1] === "'") name += this.text[i++];
      else {
        if (this.text[i + 1] !== '!') fail({ kind: 'syntax' });
        this.at = i + 2;
        // `'[Book2.xlsx]Sheet1'!A1` or `'C:\…\[Book2.xlsx]Sheet1'!A1`: another workbook
        if (name.includes('[')) fail({ kind: 'external' });
        return name;
      }
    }
    return fail({ kind: 'syntax' });
  }

  /** Reads a run of non-delimiter characters: a cell, a column, a function or a sheet name. */
  private readWord(): string {
    const start = this.at;
    while (this.at < this.text.length && !DELIMITERS.has(this.text[this.at])) this.at++;
    return this.text.slice(start, this.at);
  }

  private numberOrRows(): FormulaNode {
    // `3:5` (whole rows) starts like a number
    const rows = /^\$?\d{1,7}:\$?\d{1,7}/.exec(this.text.slice(this.at));
    if (rows) return this.reference(null);
    const match = NUMBER.exec(this.text.slice(this.at));
    if (!match) return fail({ kind: 'syntax' });
    this.at += match[0].length;
    return { type: 'number', value: Number(match[0]) };
  }

  private word(): FormulaNode {
    const start = this.at;
    const word = this.readWord();
    if (this.peek() === '!') {
      this.at++;
      return this.reference(word);
    }
    if (this.peek() === '(') {
      this.at++;
      return { type: 'call', name: word.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, ''), args: this.callArguments() };
    }
    if (CELL.test(word) || (COLUMN.test(word) && this.peek() === ':')) {
      this.at = start;
      return this.reference(null);
    }
    const upper = word.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { type: 'boolean', value: upper === 'TRUE' };
    return fail({ kind: 'name', name: word });
  }

  private callArguments(): FormulaNode[] {
    const args: FormulaNode[] = [];
    if (this.take(')')) return args;
    for (;;) {
      this.skipSpaces();
      args.push(this.peek() === ',' || this.peek() === ')' ? { type: 'missing' } : this.expression(0));
      if (this.take(')')) return args;
      if (!this.take(',')) fail({ kind: 'syntax' });
    }
  }

  /** `A1`, `$A$1:B7`, `C:C` or `3:5`, after its sheet prefix (if any). */
  private reference(sheet: string | null): ReferenceNode {
    if (sheet !== null && sheet.includes('[')) fail({ kind: 'external' });
    const first = this.readWord();
    const second = this.peek() === ':' ? (this.at++, this.readWord()) : null;
    if (this.peek() === '!') fail({ kind: 'syntax' }); // a 3-D reference `Sheet1:Sheet3!A1`
    const a = CELL.exec(first);
    if (second === null) {
      const cell = a ?? fail({ kind: 'syntax' });
      return cellRange(sheet, cell, cell);
    }
    const b = CELL.exec(second);
    if (a && b) return cellRange(sheet, a, b);
    const ca = COLUMN.exec(first);
    const cb = COLUMN.exec(second);
    if (ca && cb) {
      const [c1, c2] = [columnNumber(ca[1]), columnNumber(cb[1])];
      return checked({ type: 'reference', sheet, top: 1, left: Math.min(c1, c2), bottom: MAX_ROW, right: Math.max(c1, c2), whole: 'columns' });
    }
    const ra = ROW.exec(first);
    const rb = ROW.exec(second);
    if (ra && rb) {
      const [r1, r2] = [Number(ra[1]), Number(rb[1])];
      return checked({ type: 'reference', sheet, top: Math.min(r1, r2), left: 1, bottom: Math.max(r1, r2), right: MAX_COLUMN, whole: 'rows' });
    }
    return fail({ kind: 'syntax' });
  }
}

/** `A1` or `$A1:B$7` from its two corners (the same for one cell), with the edges that move when copied. */
function cellRange(sheet: string | null, a: RegExpExecArray, b: RegExpExecArray): ReferenceNode {
  const corner = (cell: RegExpExecArray) => ({ row: Number(cell[4]), column: columnNumber(cell[2]), rowMoves: cell[3] === '', columnMoves: cell[1] === '' });
  const [p, q] = [corner(a), corner(b)];
  const [upper, lower] = p.row <= q.row ? [p, q] : [q, p];
  const [leftmost, rightmost] = p.column <= q.column ? [p, q] : [q, p];
  const relative = { top: upper.rowMoves, left: leftmost.columnMoves, bottom: lower.rowMoves, right: rightmost.columnMoves };
  const moves = relative.top || relative.left || relative.bottom || relative.right;
  return checked({
    type: 'reference',
    sheet,
    top: upper.row,
    left: leftmost.column,
    bottom: lower.row,
    right: rightmost.column,
    ...(moves ? { relative } : {}),
  });
}

/**
 * Where a reference points in a copy of its formula `rows` down and `columns` right (the same
 * formula shape, as formula-shape.ts reads it): edges without `$` move, as when Excel copies a
 * formula. Null when the copy would point off the sheet (Excel's #REF!).
 */
export function placeReference(reference: ReferenceNode, rows: number, columns: number): CellRange | null {
  const moves = reference.relative;
  if (!moves || (rows === 0 && columns === 0)) return reference;
  const top = reference.top + (moves.top ? rows : 0);
  const bottom = reference.bottom + (moves.bottom ? rows : 0);
  const left = reference.left + (moves.left ? columns : 0);
  const right = reference.right + (moves.right ? columns : 0);
  const placed = { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
  return placed.top >= 1 && placed.left >= 1 && placed.bottom <= MAX_ROW && placed.right <= MAX_COLUMN ? placed : null;
}

function checked(reference: ReferenceNode): ReferenceNode {
  const inside = reference.top >= 1 && reference.left >= 1 && reference.bottom <= MAX_ROW && reference.right <= MAX_COLUMN;
  return inside ? reference : fail({ kind: 'syntax' });
}

/** Every reference in a tree, in order (for the order cells are computed in). */
export function referencesOf(node: FormulaNode, out: ReferenceNode[] = []): ReferenceNode[] {
  switch (node.type) {
    case 'reference':
      out.push(node);
      break;
    case 'negate':
    case 'percent':
      referencesOf(node.operand, out);
      break;
    case 'binary':
      referencesOf(node.left, out);
      referencesOf(node.right, out);
      break;
    case 'call':
      for (const arg of node.args) referencesOf(arg, out);
      break;
  }
  return out;
}
