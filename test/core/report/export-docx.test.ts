/**
 * The .docx, read back: paragraphs and their heading styles, the seed sentences, official layout
 * (A4, fonts, sizes), placeholders highlighted, flagged text carrying a comment.
 */
import { Packer } from 'docx';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftParagraphs, paragraphText } from '../../../src/core/report/draft-model';
import { draftToDocx } from '../../../src/core/report/export/docx-document';
import { workbookFromSheets } from '../../support/workbook';
import { resultWith } from './draft-helpers';
import { readDocx, styleXml, type DocxContent } from './docx-read-back';
import { seedWorkbook } from './seed-workbook';

const seedDraft = buildDraft(checkWorkbook(seedWorkbook()));
let seed: DocxContent;

beforeAll(async () => {
  seed = await readDocx(await Packer.toBuffer(draftToDocx(seedDraft)));
});

describe('the seed draft as .docx', () => {
  it('has one Word paragraph per draft paragraph, in order, with the same text', () => {
    const body = seed.paragraphs.filter((p) => p.text !== '' || p.style !== null);
    expect(body.map((p) => p.text)).toEqual(draftParagraphs(seedDraft).map(paragraphText));
  });

  it('styles the title, the 一、 headings and the （一） headings', () => {
    const styled = (style: string) => seed.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual(['石峰区网格化管理服务中心2023年度部门整体支出绩效自评报告']);
    expect(styled('Heading1')).toEqual([
      '一、预算单位基本情况',
      '二、预算收支情况（按单位预算口径）',
      '三、资金使用及绩效情况（包含单位管理的公共专项）',
      '四、绩效管理存在的问题及下一步改进措施',
      '五、其他需要说明的情况',
    ]);
    expect(styled('Heading2')).toEqual(['（一）整体支出绩效情况', '（二）项目支出绩效情况']);
  });

  it('contains the seed sentences character for character', () => {
    const texts = seed.paragraphs.map((p) => p.text);
    expect(texts).toContain('2023年预算收入2388.07万元，其中年初预算1865.39万元，调整追加522.68万元。其他资金来源0万元。');
    expect(texts).toContain('2023年支出2388.07万元，其中基本支出120.3万元，项目支出1964.41万元，结余结转303.36万元。');
    expect(texts).toContain(
      '1．项目“网格信息化建设项目”年初预算金额90万元，上级转移支付88.67万元，年中调减0.13万元，追加5万元，实际支出104.68万元，结余结转78.86万元。项目实施及绩效情况如下：',
    );
    expect(texts.some((t) => t.includes('本部门共有事业编制8名，实有人数35人，其中：在职人员7人，劳务派遣人员28人，离休0人，退休0人。'))).toBe(true);
  });

  it('uses the official layout: A4, 仿宋_GB2312 16 pt body, 黑体 and 楷体 headings, 方正小标宋 title', () => {
    expect(seed.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styleXml(seed.stylesXml, 'Normal')).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(styleXml(seed.stylesXml, 'Normal')).toMatch(/<w:sz w:val="32"\/>/);
    expect(styleXml(seed.stylesXml, 'Normal')).toMatch(/<w:ind w:firstLine="640"\/>/);
    expect(styleXml(seed.stylesXml, 'Heading1')).toMatch(/w:eastAsia="黑体"/);
    expect(styleXml(seed.stylesXml, 'Heading1')).toMatch(/<w:outlineLvl w:val="0"\/>/);
    expect(styleXml(seed.stylesXml, 'Heading2')).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(styleXml(seed.stylesXml, 'Title')).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(styleXml(seed.stylesXml, 'Title')).toMatch(/<w:jc w:val="center"\/>/);
  });

  it('highlights the 云龙区 purpose and explains it in a comment, without changing its words', () => {
    const flagged = seed.paragraphs.find((p) => p.text.includes('云龙区'))!;
    expect(flagged.text).toBe('项目支出1.25万元，主要用于完成云龙区网格化平台上的基础数据与石峰区网格平台融合。');
    expect(flagged.highlighted).toEqual(['完成云龙区网格化平台上的基础数据与石峰区网格平台融合']);
    expect(seed.commentsXml).toContain('云龙区');
  });
});

it('highlights placeholders so they cannot be missed', async () => {
  const draft = buildDraft(
    resultWith(
      workbookFromSheets({
        基本情况: [
          ['单位名称', '某单位'],
          ['年度', 2024],
        ],
      }),
    ),
  );
  const content = await readDocx(await Packer.toBuffer(draftToDocx(draft, { fonts: { body: '仿宋' } })));
  const highlighted = content.paragraphs.flatMap((p) => p.highlighted);
  expect(highlighted).toContain('【请填写：工作成效】');
  expect(highlighted.every((text) => text.startsWith('【请填写：'))).toBe(true);
  expect(styleXml(content.stylesXml, 'Normal')).toMatch(/w:eastAsia="仿宋"/);
  expect(content.commentsXml === null || !content.commentsXml.includes('<w:p')).toBe(true);
});
