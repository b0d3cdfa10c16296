/** The staff count adds up: everyone counted is in one of the categories. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'headcount',
  severity: 'error',
  description: {
    zh: '基本情况：实有人数应等于在职人员、劳务派遣人员、离休和退休人数之和。',
    en: 'Unit info: the head count must equal staff in post plus agency staff plus retired staff.',
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
