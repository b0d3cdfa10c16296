import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import textNumbering from '../../../src/core/rules/text-numbering';
import { RuleTester, runRuleOn } from '../../support/rule-tester';
import { unitInfoSheet } from './fixtures/grids';
import { SEED_ACHIEVEMENTS, SEED_DUTIES, SEED_MEASURES } from './fixtures/seed-texts';

new RuleTester().run('text-numbering', textNumbering, {
  valid: [
    {
      name: 'the seed’s duties （一）…（六） and its achievements (一季度第一，二、三季度第三)',
      sheets: { 基本情况: unitInfoSheet({ 主要职责: SEED_DUTIES, 工作成效: SEED_ACHIEVEMENTS, 改进措施: SEED_MEASURES }) },
    },
    {
      name: 'nested lists that start again at 1, decimals and dates not taken for numbers',
      sheets: {
        基本情况: unitInfoSheet({
          工作成效: '一、网格建设\n1．完成采集3.5万条。\n2．更新2023.12数据。\n二、热线服务\n1．受理工单。\n2．按期办结。\n①一季度；②二季度；③三季度。',
        }),
      },
    },
  ],
  invalid: [
    {
      name: '“5、” after “四、” (the seed report’s own heading slip)',
      sheets: { 基本情况: unitInfoSheet({ 其他说明: '三、资金使用情况\n四、绩效管理存在的问题及下一步改进措施\n5、 其他需要说明的情况' }) },
      errors: [{ messageId: 'style-changed', row: 9, cells: ['B9'], zh: '“5、”接在“四、”之后' }],
    },
    {
      name: '① then ③',
      sheets: { 基本情况: unitInfoSheet({ 改进措施: '①加强预算编制和管理工作；③提高预算的可控性和合理性。' }) },
      errors: [{ messageId: 'skipped', row: 9, zh: '“③”接在“①”之后，跳过了第2项' }],
    },
    {
      name: 'two “4.”',
      sheets: { 基本情况: unitInfoSheet({ 问题: '1.预算编制不够精细。2.执行进度偏慢。3.结转较大。4.绩效目标不够细化。4.自评不够深入。' }) },
      errors: [{ messageId: 'repeated', row: 9, zh: '“4.”重复出现' }],
    },
  ],
});

describe('on the published seed report, whole', () => {
  const seedDir = '/work/shared/seed';
  const files = (() => {
    try {
      return readdirSync(seedDir).filter((name) => name.endsWith('.txt'));
    } catch {
      return [];
    }
  })();
  (files.length > 0 ? it : it.skip)('finds its one numbering slip, “5、” after “四、”, and nothing else', () => {
    const text = readFileSync(join(seedDir, files[0]), 'utf8');
    const findings = runRuleOn(textNumbering, { name: 'seed', sheets: { 基本情况: unitInfoSheet({ 其他说明: text }) } });
    expect(findings.map((f) => [f.messageId, f.message.zh])).toEqual([
      ['style-changed', 'B9（其他说明）的序号“5、”接在“四、”之后，换了写法：同级序号应统一（第5项）。'],
    ]);
  });
});
