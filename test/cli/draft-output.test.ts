/**
 * `writeDraft`: the report draft written as .docx, .md or .txt by the extension, from the bundled
 * example workbook read as the CLI reads it; the .docx read back; the input never written.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkWorkbook } from '../../src/core/check-workbook';
import type { Workbook } from '../../src/core/grid/types';
import type { CheckResult } from '../../src/core/check-api';
import { DraftOutputError, writeDraft } from '../../src/cli/draft-output';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { readDocx } from '../core/report/docx-read-back';

const EXAMPLE = join(__dirname, '../../examples/shifeng-grid-2023.xlsx');
const SEED_PROJECT_SENTENCE =
  '1．项目“网格信息化建设项目”年初预算金额90万元，上级转移支付88.67万元，年中调减0.13万元，追加5万元，实际支出104.68万元，结余结转78.86万元。项目实施及绩效情况如下：';

let dir: string;
let input: string;
let workbook: Workbook;
let result: CheckResult;

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'draft-output-'));
  input = join(dir, 'shifeng-grid-2023.xlsx');
  await copyFile(EXAMPLE, input);
  workbook = await readXlsxFile(input);
  result = checkWorkbook(workbook);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writes the draft in the format its extension names', () => {
  it('.docx — read back: headings styled, the seed sentences, the 云龙区 text commented', async () => {
    const path = join(dir, 'report.docx');
    const written = await writeDraft(path, result, workbook, { inputPath: input });
    // 1964.41 (twice), the rate and the sum computed from it (87.3 twice, 2084.71, 预算完成率 87.3%), and the 云龙区 text; two open findings
    expect(written).toMatchObject({ path, format: 'docx', placeholders: 0, flagged: 7, notes: 2 });
    const docx = await readDocx(await readFile(path));
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['（一）整体支出绩效情况', '（二）项目支出绩效情况']);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('2023年支出2388.07万元，其中基本支出120.3万元，项目支出1964.41万元，结余结转303.36万元。');
    expect(texts).toContain(SEED_PROJECT_SENTENCE);
    expect(docx.commentsXml).toContain('云龙区');
    expect(written.paragraphs).toBe(texts.filter((t, i) => t !== '' || docx.paragraphs[i].style !== null).length);
  });

  it('.md and .txt — UTF-8 text with the same sentences', async () => {
    for (const [name, heading] of [
      ['report.md', '## 五、其他需要说明的情况'],
      ['report.TXT', '五、其他需要说明的情况'],
    ]) {
      const path = join(dir, name);
      const written = await writeDraft(path, result, workbook, { inputPath: input });
      const text = await readFile(path, 'utf8');
      expect(written.format).toBe(name.endsWith('md') ? 'md' : 'txt');
      expect(text).toContain(heading);
      expect(text).toContain(SEED_PROJECT_SENTENCE);
      expect(text).toContain('本部门共有事业编制8名，实有人数35人，其中：在职人员7人，劳务派遣人员28人，离休0人，退休0人。');
    }
  });

  it('passes the draft options on (the execution-rate threshold)', async () => {
    const path = join(dir, 'strict.txt');
    await writeDraft(path, result, workbook, { inputPath: input, minExecutionRate: 0.95 });
    expect(await readFile(path, 'utf8')).toContain('项目“基层社会治理专项”预算执行率为90.44%');
  });
});

describe('never writes the input workbook', () => {
  it.each([
    ['the same path', () => input],
    ['another spelling of it', () => join(dir, '.', '..', relative(join(dir, '..'), dir), 'shifeng-grid-2023.xlsx')],
  ])('refuses %s, leaving the input byte for byte', async (_name, target) => {
    const before = await sha(input);
    await expect(writeDraft(target(), result, workbook, { inputPath: input })).rejects.toMatchObject({ problem: 'is-input' });
    expect(await sha(input)).toBe(before);
  });

  it('refuses a link to the input even with a draft extension', async () => {
    const link = join(dir, 'link.docx');
    await symlink(input, link);
    const before = await sha(input);
    const error = await writeDraft(link, result, workbook, { inputPath: input }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftOutputError);
    expect(error).toMatchObject({ problem: 'is-input', text: { zh: expect.stringContaining('从不改写输入文件') } });
    expect(await sha(input)).toBe(before);
  });

  it('refuses the input named only by the workbook when no input path is given', async () => {
    const cwdInput = join(process.cwd(), 'draft-output-test-input.md');
    await writeFile(cwdInput, 'not a workbook, but the input by name');
    try {
      await expect(writeDraft(cwdInput, result, { ...workbook, name: 'draft-output-test-input.md' })).rejects.toMatchObject({ problem: 'is-input' });
      expect(await readFile(cwdInput, 'utf8')).toBe('not a workbook, but the input by name');
    } finally {
      await rm(cwdInput, { force: true });
    }
  });
});

it('says why it cannot write, and leaves no half-written file', async () => {
  const path = join(dir, 'no-such-folder', 'report.docx');
  await expect(writeDraft(path, result, workbook, { inputPath: input })).rejects.toMatchObject({
    problem: 'write-failed',
    text: { zh: '无法写入（ENOENT）', en: 'cannot write the file (ENOENT)' },
  });
  expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

it('refuses an extension it cannot write, naming the ones it can', async () => {
  await expect(writeDraft(join(dir, 'report.pdf'), result, workbook)).rejects.toMatchObject({
    problem: 'bad-extension',
    text: { en: 'the draft file name must end in .docx, .md or .txt' },
  });
});
