/** The staff count adds up: everyone counted is in one of the categories. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'headcount',
  severity: 'error',
  description: {
    zh: '基本情况：实有人数应等于在职人员、劳务派遣人员、离休和退休人数之和。',
    en: 'Unit info: the head count must equal staff in post plus agency staff plus retired staff.',
  },
  example: {
    workbook: 'examples/shifeng-grid-2023.xlsx',
    changes: [{ sheet: '基本情况', cell: 'B9', value: 36 }],
    given: {
      zh: '基本情况的实有人数（B9）写成 36，而在职人员 7 + 劳务派遣人员 28 + 离休 0 + 退休 0 = 35。',
      en: 'The unit info’s 实有人数 (B9) reads 36, while 7 in post + 28 agency staff + 0 + 0 retired = 35.',
    },
    messageId: 'mismatch',
    message: {
      zh: '实有人数为36人，但在职人员 + 劳务派遣人员 + 离休 + 退休 = 35人，相差1人。',
      en: '实有人数 is 36, but 在职人员 + 劳务派遣人员 + 离休 + 退休 = 35 persons, a difference of 1.',
    },
  },
  formula: '实有人数 = 在职人员 + 劳务派遣人员 + 离休 + 退休',
  formulaScope: 'unit-info',
  messages: {
    mismatch: {
      zh: '{actualText}为{actual}人，但{expectedText} = {expected}人，相差{difference}人。',
      en: '{actualText} is {actual}, but {expectedText} = {expected} persons, a difference of {difference}.',
    },
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
