/** The independent reader the conformance test fills the fake Excel host with. */
import { translateFormula } from './excel-view';

describe('translateFormula (a shared formula as Excel shows it in another cell)', () => {
  it.each([
    ['SUM(E7,E11,E14,E16)', 0, 1, 'SUM(F7,F11,F14,F16)'],
    ['C4+D4-$F$4+G$4+$H4', 1, 1, 'D5+E5-$F$4+H$4+$H5'],
    ['ROUND(\'项目支出\'!H15,1)+"A1"', 2, 0, 'ROUND(\'项目支出\'!H17,1)+"A1"'],
    ['LOG10(A1)', 1, 0, 'LOG10(A2)'],
  ])('%s moved by %d rows and %d columns', (formula, rows, columns, expected) => {
    expect(translateFormula(formula, rows, columns)).toBe(expected);
  });
});
