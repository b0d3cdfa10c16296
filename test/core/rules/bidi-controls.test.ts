import bidiControls from '../../../src/core/rules/bidi-controls';
import { RuleTester } from '../../support/rule-tester';

new RuleTester().run('bidi-controls', bidiControls, {
  valid: [
    {
      name: 'plain Chinese and English text, numbers',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算'],
          ['网格化建设 (phase 2)', 10],
        ],
      },
    },
    { name: 'other invisible characters that do not reorder text (zero-width space, no-break space)', sheets: { 表: [['网格\u200B化', '合\u00A0计']] } },
  ],
  invalid: [
    {
      name: 'a right-to-left override in a project name',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算'],
          ['网格化\u202E目项设建', 10],
        ],
      },
      errors: [
        {
          messageId: 'found',
          row: 2,
          cells: ['A2'],
          zh: '单元格 A2 的文字含有看不见的双向控制字符 ⟨U+202E⟩，显示顺序会被打乱：实际内容为“网格化⟨U+202E⟩目项设建”。请删除这些字符。',
        },
      ],
    },
    {
      name: 'isolates and marks, each kind named once, in every sheet, in reading order',
      sheets: {
        甲: [[null, 'a\u2066b\u2069c\u2066'], ['\u200Fx\u200E\u061C']],
        乙: [['\u202Atext\u202C']],
      },
      errors: [
        { messageId: 'found', row: 1, cells: ['B1'], zh: '⟨U+2066⟩⟨U+2069⟩' },
        { messageId: 'found', row: 2, cells: ['A2'], zh: '⟨U+200F⟩⟨U+200E⟩⟨U+061C⟩' },
        { messageId: 'found', row: 1, cells: ['A1'], zh: '⟨U+202A⟩⟨U+202C⟩' },
      ],
    },
  ],
});
