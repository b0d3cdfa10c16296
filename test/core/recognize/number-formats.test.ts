import { isDateFormat, isPercentFormat } from '../../../src/core/grid/excel-dates';
import { readRate } from '../../../src/core/recognize/read-rate';

describe('number formats', () => {
  it('reads a % code as percent, but not a % shown as quoted or escaped text', () => {
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('[Red]0%;-0%')).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat('0.00\\%')).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
  });

  it('reads a rate formatted with a quoted % as the number typed (percent points), not as a fraction', () => {
    expect(readRate(0.9523, '0.00%', false)).toBe(0.9523);
    expect(readRate(95.23, '0.00"%"', false)).toBe(0.9523);
  });

  it('answers the same for a date format asked again (the answer is kept per format)', () => {
    for (let i = 0; i < 3; i++) {
      expect(isDateFormat('yyyy-mm-dd')).toBe(true);
      expect(isDateFormat('#,##0.00"元"')).toBe(false);
      expect(isDateFormat('[$-F800]dddd')).toBe(true);
    }
  });
});
