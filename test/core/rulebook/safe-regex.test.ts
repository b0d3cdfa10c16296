import { safeRegex } from '../../../src/core/rulebook/safe-regex';
import { TEMPLATE_HINTS } from '../../../src/core/rules/form-explanations';

const TEXTS = [
  '摘要(2000字以内)',
  '（100 字左右）',
  '　请填写本项目的绩效目标',
  '在此输入',
  '指标 3：',
  'XXXX',
  '×××单位',
  '2023年完成网格巡查12万次，实际支出100万元。',
  '请示文件已报送',
  '',
  '　\u00a0结合自评情况说明',
];

describe('safeRegex', () => {
  it('runs the bundled default natively with the same answers RE2 gives', () => {
    const native = safeRegex(TEMPLATE_HINTS, TEMPLATE_HINTS);
    const underRe2 = safeRegex(TEMPLATE_HINTS);
    for (const text of TEXTS) expect([text, native.test(text)]).toEqual([text, underRe2.test(text)]);
    expect(TEXTS.filter((text) => native.test(text))).toHaveLength(8);
  });

  it('runs any other pattern under RE2: a catastrophic pattern stays linear', () => {
    const hostile = safeRegex('(a+)+$', TEMPLATE_HINTS);
    expect(hostile.test(`${'a'.repeat(50_000)}!`)).toBe(false);
  });
});
