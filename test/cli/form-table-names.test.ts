/** The text report names each recognised form by its type, in Chinese and in English. */
import { join } from 'node:path';
import { tableKindName } from '../../src/cli/table-kind-name';
import { runCli } from '../support/xlsx-cli';

const FORMS = join(__dirname, '../../examples/forms-2023.xlsx');

/** The lines listing the recognised tables: `  sheet!range  name  N 行`. */
function tableLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^ {2}\S+![A-Z]+\d+:[A-Z]+\d+ {2}/.test(line));
}

describe('form tables in the text report', () => {
  it.each([
    [
      'zh',
      [
        '项目支出表',
        '项目支出绩效自评表',
        '项目支出绩效自评表',
        '项目支出绩效自评表',
        '项目支出绩效自评表',
        '部门整体支出绩效自评表',
        '部门整体支出绩效自评表',
      ],
    ],
    [
      'en',
      [
        'project table',
        'project self-evaluation form',
        'project self-evaluation form',
        'project self-evaluation form',
        'project self-evaluation form',
        'unit self-evaluation form',
        'unit self-evaluation form',
      ],
    ],
  ])('--lang %s: by the form’s type (项目支出 / 部门整体), not the bare kind', async (lang, names) => {
    const { stdout } = await runCli([FORMS, '--lang', lang]);
    const lines = tableLines(stdout);
    expect(lines.map((line) => line.split(/ {2}/)[2])).toEqual(names);
    expect(lines.map((line) => line.split(/ {2}/)[1].split('!')[0])).toEqual([
      '项目支出',
      '四川-工资性支出',
      '项目自评-网格信息化',
      '项目自评-两张',
      '项目自评-两张',
      '部门整体自评',
      '重庆-部门整体自评',
    ]);
  });
});

it('falls back to the general name when the form’s type is unknown, and to the kind itself for a new kind', () => {
  expect(tableKindName('zh', 'form')).toBe('绩效自评表');
  expect(tableKindName('en', 'form', 'regional')).toBe('self-evaluation form');
  expect(tableKindName('zh', 'projects', 'project')).toBe('项目支出表');
  expect(tableKindName('en', 'ledger')).toBe('ledger');
});
