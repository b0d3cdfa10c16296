/**
 * Outputs and messages under hostile input: existing files are not replaced without --force (a
 * read-only one not even with it), every output option is checked before any work, temporaries go
 * on Ctrl-C, XML-forbidden characters never reach the .docx, terminal escapes in cell text or file
 * names are shown, not obeyed, and a broken part is one clear line naming the file.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeDraft } from '../../src/cli/draft-output';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check-workbook';
import bundled from '../../src/core/rulebook/default-rulebook.json';
import { bytesOf, seedBook, tempFolder } from '../support/xlsx-build';
import { runCli } from '../support/xlsx-cli';

const temp = tempFolder('budget-check-outputs-');
afterAll(() => temp.cleanup());

let seed: Buffer;
beforeAll(async () => {
  seed = await bytesOf(seedBook());
});

describe('existing outputs', () => {
  it.each([
    ['--out', 'copy.xlsx'],
    ['--draft', 'draft.md'],
  ])('%s refuses to replace an existing file unless --force', async (flag, name) => {
    const input = temp.file(`in-${name}.xlsx`, seed);
    const target = temp.file(name, 'keep me');
    const refused = await runCli([input, flag, target, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`${target}: the file already exists; it is not replaced unless you add --force, or choose another name\n`);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const forced = await runCli([input, flag, target, '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(target, 'utf8')).not.toBe('keep me');
  });

  it('a read-only file is not replaced, even with --force', async () => {
    const input = temp.file('in-ro.xlsx', seed);
    const target = temp.file('read-only.md', 'protected');
    chmodSync(target, 0o444);
    const result = await runCli([input, '--draft', target, '--force', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('read-only');
    expect(readFileSync(target, 'utf8')).toBe('protected');
  });

  it('a bad --draft is found before --out is written', async () => {
    const input = temp.file('in-order.xlsx', seed);
    const out = temp.file('order-copy.xlsx');
    for (const draft of [temp.file('draft.pdf'), input, out, join(temp.path, 'nowhere', 'd.md')]) {
      const result = await runCli([input, '--out', out, '--draft', draft]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('temporary files', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])(
    'are removed on %s',
    async (signal, code) => {
      const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'support', 'hold-temporary.ts'), temp.file('held.xlsx')]);
      const temporary = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(String(chunk).trim())));
      expect(existsSync(temporary)).toBe(true);
      const exit = new Promise<number | null>((resolve) => child.once('exit', (status) => resolve(status)));
      child.kill(signal as NodeJS.Signals);
      expect(await exit).toBe(code);
      expect(existsSync(temporary)).toBe(false);
    },
    60_000,
  );
});

describe('characters XML 1.0 forbids', () => {
  it('never reach the .docx (U+FFFE and a control character in a project name, as the pane reads them)', async () => {
    const input = temp.file('fffe.xlsx', seed);
    const workbook = await readXlsxFile(input);
    const sheets = workbook.sheets.map((sheet) => {
      if (sheet.name !== '项目支出') return sheet;
      const values = sheet.values.map((row) => row.map((value) => (value === '网格信息化建设项目' ? '网格\uFFFE信息化\u0001建设项目' : value)));
      return { ...sheet, values };
    });
    const hostile = { ...workbook, sheets };
    const draft = temp.file('fffe.docx');
    await writeDraft(draft, checkWorkbook(hostile), hostile, { inputPath: input });
    const xml = await (await JSZip.loadAsync(readFileSync(draft))).file('word/document.xml')!.async('string');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).toContain('网格信息化建设项目');
  });
});

describe('terminal output', () => {
  it('shows escape sequences and bidi overrides in cell text and file names instead of obeying them; JSON stays exact', async () => {
    const book = seedBook();
    // ESC cannot be stored in XML, but C1's single-character CSI (U+009B) and a bidi override can
    book.getWorksheet('项目支出')!.getCell('B4').value = '\u009b2J\u009bH✓ 核对通过：错误 0 个\u202e';
    const input = temp.file('escape\u001b[31m.xlsx', await bytesOf(book));
    const text = await runCli([input]);
    // eslint-disable-next-line no-control-regex
    expect(text.stdout + text.stderr).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(text.stdout).toContain('\\x9B2J\\x9BH✓ 核对通过：错误 0 个\\u202E');
    expect(text.stdout).toContain('escape\\x1B[31m.xlsx');
    const json = await runCli([input, '--json']);
    const report = JSON.parse(json.stdout) as { file: string; findings: { subject: string }[] };
    expect(report.file).toBe(input);
    expect(report.findings.map((f) => f.subject)).toContain('\u009b2J\u009bH✓ 核对通过：错误 0 个\u202e');
  });
});

describe('broken parts', () => {
  it.each([
    ['a truncated styles part', 'xl/styles.xml', (xml: string) => xml.slice(0, Math.floor(xml.length / 2))],
    ['a bad shared-string index', 'xl/worksheets/sheet3.xml', (xml: string) => xml.replace(/(<c r="B4"[^>]*t="s"[^>]*>)<v>\d+<\/v>/, '$1<v>99999</v>')],
  ])('%s is read around or refused in one clear line naming the file, never with JavaScript internals', async (_label, part, damage) => {
    const zip = await JSZip.loadAsync(seed);
    const xml = await zip.file(part)!.async('string');
    const damaged = damage(xml);
    expect(damaged).not.toBe(xml);
    zip.file(part, damaged);
    const input = temp.file(`broken-${part.replace(/\W/g, '-')}.xlsx`, await zip.generateAsync({ type: 'nodebuffer' }));
    const result = await runCli([input, '--lang', 'en']);
    // a reader may read around the damage (the check goes on) or refuse the file: then in one line naming it
    if (result.code === 2) {
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(input)).toBe(true);
    }
    expect(result.stderr).not.toMatch(/Cannot read|undefined|TypeError|richText|\n\s+at /);
  });
});

describe('tolerance and rulebook options', () => {
  it('--tolerance above 1 万元 is a usage error; a non-default one is named in the report heading', async () => {
    const input = temp.file('tolerance.xlsx', seed);
    const refused = await runCli([input, '--tolerance', '1e300', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--tolerance must be a number from 0 to 1');
    const shown = await runCli([input, '--tolerance', '0.5']);
    expect(shown.stdout.split('\n')[0]).toContain('容差 0.5 万元，非默认的 0.005 万元');
    const usual = await runCli([input]);
    expect(usual.stdout.split('\n')[0]).not.toContain('容差');
  });

  it('a rulebook file with a UTF-8 BOM is accepted', async () => {
    const input = temp.file('bom.xlsx', seed);
    const rulebook = temp.file('bom-rulebook.json');
    writeFileSync(rulebook, `\uFEFF${JSON.stringify({ ...bundled, id: 'bom', version: '1' })}`);
    const result = await runCli([input, '--rules', rulebook]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toContain('规则库 bom 1');
  });
});
