/**
 * Rulebook formulas, as a finance officer writes them:
 * `年初预算 + 上级转移支付 + 年中调增 - 年中调减 + 追加 = 实际支出 + 结余结转`.
 * Parsed by jsep into a small tree of our own: one relation (=, <=, >=, <, >) between two sums of
 * field names and numbers. Anything else (calls, strings, member access…) is refused with a reason.
 */
import jsep from 'jsep';
import type { LocalizedText } from '../rules/types';

export type Relation = '=' | '<=' | '>=' | '<' | '>';

export type Term =
  | { readonly type: 'field'; readonly name: string }
  | { readonly type: 'number'; readonly text: string }
  | { readonly type: 'negate'; readonly operand: Term }
  | { readonly type: 'binary'; readonly operator: '+' | '-' | '*' | '/'; readonly left: Term; readonly right: Term };

export interface Formula {
  /** As written in the rulebook. */
  readonly source: string;
  readonly relation: Relation;
  readonly left: Term;
  readonly right: Term;
  /** Field names in order of first appearance. */
  readonly fields: readonly string[];
}

export class FormulaError extends Error {
  constructor(
    readonly source: string,
    readonly reason: LocalizedText,
  ) {
    super(`${reason.en}: ${source}`);
    this.name = 'FormulaError';
  }
}

function fail(source: string, zh: string, en: string): never {
  throw new FormulaError(source, { zh, en });
}

// jsep keeps its operators globally; `=` joins `==` at equality precedence so `a + b = c` splits at `=`.
jsep.addBinaryOp('=', 6);

const RELATIONS: Readonly<Record<string, Relation>> = { '=': '=', '==': '=', '<=': '<=', '>=': '>=', '<': '<', '>': '>' };
const ARITHMETIC = new Set(['+', '-', '*', '/']);

/** Typographic and full-width signs people paste from Word, in the ASCII form jsep reads. */
const SIGN_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\uff01-\uff5e]/g, ''], // full-width ASCII, folded below
  [/\u3000/g, ' '],
  [/[−–—]/g, '-'],
  [/×/g, '*'],
  [/÷/g, '/'],
  [/≥/g, '>='],
  [/≤/g, '<='],
];

function foldSigns(text: string): string {
  let folded = text.replace(SIGN_FOLDS[0][0], (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  for (const [pattern, replacement] of SIGN_FOLDS.slice(1)) folded = folded.replace(pattern, replacement);
  return folded;
}

/**
 * A formula of the rulebook is a line a person writes: 1,000 characters hold any the specs need.
 * The bound keeps parsing and the recursive evaluation shallow (a 7,000-term formula overflowed the
 * stack), and numbers are plain decimals of at most 20 digits (`1e300000000` cost 33 s a row).
 */
export const MAX_FORMULA_LENGTH = 1_000;
const MAX_DIGITS = 20;

function isPlainNumber(raw: string): boolean {
  const digits = raw.replace('.', '');
  return /^\d*\.?\d*$/.test(raw) && /^\d+$/.test(digits) && digits.length <= MAX_DIGITS;
}

export function parseFormula(source: string): Formula {
  if (typeof source !== 'string' || source.trim() === '') fail(String(source), '公式为空', 'empty formula');
  if (source.length > MAX_FORMULA_LENGTH) {
    fail(
      `${source.slice(0, 60)}…`,
      `过长（${source.length} 个字符，上限 ${MAX_FORMULA_LENGTH}）`,
      `is too long (${source.length} characters; the limit is ${MAX_FORMULA_LENGTH})`,
    );
  }
  let tree: jsep.Expression;
  try {
    tree = jsep(foldSigns(source));
  } catch (error) {
    fail(source, `无法解析（${(error as Error).message}）`, `cannot be parsed (${(error as Error).message})`);
  }
  if (tree.type !== 'BinaryExpression' || !(String(tree.operator) in RELATIONS)) {
    fail(source, '需要在两边之间有且只有一个比较符（=、<=、>=、<、>）', 'needs one comparison (=, <=, >=, <, >) between two sides');
  }
  const fields: string[] = [];
  const left = toTerm(tree.left as jsep.Expression, source, fields);
  const right = toTerm(tree.right as jsep.Expression, source, fields);
  return { source, relation: RELATIONS[String(tree.operator)], left, right, fields };
}

/** `三公经费.本年决算数`: a table's `line.column` field name, written with a dot (jsep reads it as member access). */
function dottedName(node: jsep.Expression): string | null {
  if (node.type === 'Identifier') return String(node.name);
  if (node.type !== 'MemberExpression' || node.computed) return null;
  const object = dottedName(node.object as jsep.Expression);
  const property = node.property as jsep.Expression;
  return object !== null && property.type === 'Identifier' ? `${object}.${String(property.name)}` : null;
}

function toTerm(node: jsep.Expression, source: string, fields: string[]): Term {
  switch (node.type) {
    case 'Identifier':
    case 'MemberExpression': {
      const name = dottedName(node);
      if (name === null) break;
      if (!fields.includes(name)) fields.push(name);
      return { type: 'field', name };
    }
    case 'Literal':
      if (typeof node.value !== 'number')
        fail(source, `常量只能是数字，不能是 ${String(node.raw)}`, `only numbers may be written as constants, not ${String(node.raw)}`);
      if (!isPlainNumber(String(node.raw))) {
        fail(
          source,
          `含有数字 ${String(node.raw)}：数字须是不超过 ${MAX_DIGITS} 位的普通小数（不用科学记数法）`,
          `has the number ${String(node.raw)}: numbers must be plain decimals of at most ${MAX_DIGITS} digits (no exponent)`,
        );
      }
      return { type: 'number', text: String(node.raw) };
    case 'UnaryExpression':
      if (node.operator === '-') return { type: 'negate', operand: toTerm(node.argument as jsep.Expression, source, fields) };
      if (node.operator === '+') return toTerm(node.argument as jsep.Expression, source, fields);
      break;
    case 'BinaryExpression': {
      const operator = String(node.operator);
      if (ARITHMETIC.has(operator)) {
        return {
          type: 'binary',
          operator: operator as '+' | '-' | '*' | '/',
          left: toTerm(node.left as jsep.Expression, source, fields),
          right: toTerm(node.right as jsep.Expression, source, fields),
        };
      }
      if (operator in RELATIONS) fail(source, '含有多个比较符', 'has more than one comparison');
      fail(source, `使用了运算符 ${operator}；只允许 + - * / 和一个比较符`, `uses the operator ${operator}; only + - * / and one comparison are allowed`);
    }
  }
  const what =
    node.type === 'CallExpression'
      ? ['函数调用', 'a function call']
      : node.type === 'Compound'
        ? ['多个表达式', 'several expressions']
        : [node.type, `a ${node.type}`];
  fail(source, `含有${what[0]}；只允许字段名、数字、+ - * / 和括号`, `contains ${what[1]}; only field names, numbers, + - * / and brackets are allowed`);
}

/** A side of a formula as people read it, for messages: `年初预算 + 上级转移支付 − 年中调减`. */
export function termText(term: Term, parentPrecedence = 0): string {
  switch (term.type) {
    case 'field':
      return term.name;
    case 'number':
      return term.text;
    case 'negate':
      return `−${termText(term.operand, 3)}`;
    case 'binary': {
      const precedence = term.operator === '+' || term.operator === '-' ? 1 : 2;
      const symbol = { '+': '+', '-': '−', '*': '×', '/': '÷' }[term.operator];
      const text = `${termText(term.left, precedence)} ${symbol} ${termText(term.right, precedence + 1)}`;
      return precedence < parentPrecedence ? `(${text})` : text;
    }
  }
}

/** `=` or `≤` etc., for messages. */
export function relationText(relation: Relation): string {
  return { '=': '=', '<=': '≤', '>=': '≥', '<': '<', '>': '>' }[relation];
}
