/**
 * The worksheet functions budget sheets use, with Excel's argument rules: in a range SUM, MIN, MAX,
 * AVERAGE and COUNT skip text, logicals and empty cells; typed as an argument, TRUE is 1 and
 * numeric text its number. Any other function leaves its cell "not calculated".
 */
import type { FormulaEvaluation } from './evaluate-formula';
import { cancelNoise, ExcelErrorValue, raise, type Scalar, throwIfError, toBoolean, toExcelPrecision, toNumber } from './excel-values';
import type { FormulaNode } from './parse-excel-formula';

export type FormulaFunction = (args: readonly FormulaNode[], evaluation: FormulaEvaluation) => Scalar;

function argumentCount(args: readonly FormulaNode[], min: number, max = min): void {
  if (args.length < min || args.length > max) raise('#VALUE!');
}

/** The numbers of the arguments as SUM reads them; errors stop it. */
function numbersOf(args: readonly FormulaNode[], evaluation: FormulaEvaluation): number[] {
  const numbers: number[] = [];
  for (const arg of args) {
    evaluation.forEachValue(arg, (value, fromRange) => {
      throwIfError(value);
      if (typeof value === 'number') numbers.push(value);
      else if (!fromRange) numbers.push(toNumber(value));
    });
  }
  return numbers;
}

function sum(numbers: readonly number[]): number {
  let total = 0;
  for (const n of numbers) total = cancelNoise(total + n, total, n);
  return total;
}

/** ROUND, ROUNDUP, ROUNDDOWN: on the decimal Excel shows (15 digits), so ROUND(2.675, 2) is 2.68 as in Excel, not 2.67. */
function rounding(step: (shifted: number) => number): FormulaFunction {
  return (args, evaluation) => {
    argumentCount(args, 2);
    const value = evaluation.number(args[0]);
    const digits = Math.trunc(evaluation.number(args[1]));
    const magnitude = toExcelPrecision(Math.abs(value));
    // shifting the decimal point in the text is exact, where × 10^n is not
    return Math.sign(value) * shiftDecimal(step(shiftDecimal(magnitude, digits)), -digits);
  };
}

/** `x` × 10^`places`, done on its decimal text (`1.5e-7` included), so the result is the nearest double to the exact decimal. */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Math.round rounds .5 up; on magnitudes that is Excel's half away from zero. */
const roundHalfUp = (x: number): number => Math.floor(x + 0.5);

function extreme(pick: (a: number, b: number) => number): FormulaFunction {
  return (args, evaluation) => {
    const numbers = numbersOf(args, evaluation);
    return numbers.length === 0 ? 0 : numbers.reduce((a, b) => pick(a, b));
  };
}

function conditions(args: readonly FormulaNode[], evaluation: FormulaEvaluation): boolean[] {
  if (args.length === 0) raise('#VALUE!');
  const found: boolean[] = [];
  for (const arg of args) {
    evaluation.forEachValue(arg, (value, fromRange) => {
      throwIfError(value);
      if (fromRange && (value === null || typeof value === 'string')) return;
      found.push(toBoolean(value));
    });
  }
  return found.length === 0 ? raise('#VALUE!') : found;
}

export const FORMULA_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  SUM: (args, evaluation) => {
    const whole = () => sum(numbersOf(args, evaluation));
    return (args.length === 1 ? evaluation.rememberedSum(args[0], whole) : null) ?? whole();
  },
  AVERAGE: (args, evaluation) => {
    const numbers = numbersOf(args, evaluation);
    return numbers.length === 0 ? raise('#DIV/0!') : sum(numbers) / numbers.length;
  },
  MIN: extreme(Math.min),
  MAX: extreme(Math.max),
  COUNT: (args, evaluation) => {
    let count = 0;
    for (const arg of args) {
      evaluation.forEachValue(arg, (value, fromRange) => {
        if (typeof value === 'number') count++;
        else if (!fromRange && value !== null && typeof value !== 'object' && toNumberOrNull(value) !== null) count++;
      });
    }
    return count;
  },
  ROUND: rounding(roundHalfUp),
  ROUNDUP: rounding(Math.ceil),
  ROUNDDOWN: rounding(Math.floor),
  ABS: (args, evaluation) => {
    argumentCount(args, 1);
    return Math.abs(evaluation.number(args[0]));
  },
  IF: (args, evaluation) => {
    argumentCount(args, 1, 3);
    const chosen = toBoolean(evaluation.scalar(args[0])) ? args[1] : args[2];
    // IF(A1>0, B1) is FALSE when the test fails; IF(A1>0,,B1) is 0 when it holds
    if (chosen === undefined) return false;
    return chosen.type === 'missing' ? 0 : evaluation.scalar(chosen);
  },
  IFERROR: (args, evaluation) => {
    argumentCount(args, 2);
    try {
      const value = evaluation.scalar(args[0]);
      throwIfError(value);
      return value;
    } catch (error) {
      if (error instanceof ExcelErrorValue) return evaluation.scalar(args[1]);
      throw error;
    }
  },
  AND: (args, evaluation) => conditions(args, evaluation).every(Boolean),
  OR: (args, evaluation) => conditions(args, evaluation).some(Boolean),
  NOT: (args, evaluation) => {
    argumentCount(args, 1);
    return !toBoolean(evaluation.scalar(args[0]));
  },
};

function toNumberOrNull(value: string | boolean | number): number | null {
  try {
    return toNumber(value);
  } catch {
    return null;
  }
}
