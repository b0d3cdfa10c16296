/**
 * --out on rich workbooks written by openpyxl, XlsxWriter and LibreOffice (test/fixtures/out-copy,
 * rebuilt by its make.sh): the copy is the input's package with only the parts the annotation needs
 * changed. Each changed part, with our additions taken out again, is the input's part exactly; every
 * other part is the input's, byte for byte (even its compressed bytes); LibreOffice opens the copy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { annotatePackage } from '../../src/cli/package-copy/annotate-package';
import { ZipArchive } from '../../src/cli/read/zip-archive';
import { tempFolder } from '../support/temp-folder';
import { asZip64 } from '../support/zip64';
import { checkJson, runCli } from '../support/xlsx-cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'out-copy');
const fixture = (name: string) => join(FIXTURES, name);
const temp = tempFolder();
afterAll(() => temp.cleanup());

interface Case {
  readonly input: string;
  readonly out: string;
  /** Exactly the parts the annotation needs: changed, then added. */
  readonly changed: readonly string[];
  readonly added: readonly string[];
  /** The author of the user's note on 项目支出!A6, which must survive. */
  readonly noteAuthor: string;
}

const CASES: readonly Case[] = [
  {
    input: 'rich-libreoffice.xlsx',
    out: 'libreoffice-annotated.xlsx',
    changed: [
      '[Content_Types].xml',
      'xl/styles.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet3.xml',
      'xl/comments3.xml',
    ],
    added: ['xl/comments1.xml', 'xl/drawings/vmlDrawing2.vml'],
    noteAuthor: ' ', // LibreOffice 7.4 itself writes a blank author when it saves a note
  },
  {
    input: 'rich-xlsxwriter.xlsm',
    out: 'xlsxwriter-annotated.xlsm',
    changed: [
      '[Content_Types].xml',
      'xl/styles.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet3.xml',
      'xl/comments1.xml',
    ],
    added: ['xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml'],
    noteAuthor: '张会计',
  },
  {
    input: 'rich-openpyxl.xlsx',
    out: 'openpyxl-annotated.xlsx',
    changed: [
      '[Content_Types].xml',
      'xl/styles.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet3.xml',
      'xl/comments/comment1.xml',
    ],
    added: ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml'],
    noteAuthor: '张会计',
  },
];

async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) if (!file.dir) parts.set(file.name, await file.async('nodebuffer'));
  return parts;
}

function parsesAsXml(text: string): boolean {
  const parser = new SaxesParser();
  parser.write(text).close();
  return true;
}

/** A changed part with our additions taken out again: must give the input's part exactly. */
function withoutOurAdditions(text: string, original: string, added: readonly string[]): string {
  const ours = added
    .map((part) => part.split('/').pop()!)
    .join('|')
    .replace(/\./g, '\\.');
  return text
    .replace(
      /<conditionalFormatting sqref="[^"]*"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>ISTEXT\(&quot;budget-check-highlight:\w+&quot;\)<\/formula><\/cfRule><\/conditionalFormatting>/g,
      '',
    )
    .replace(/<legacyDrawing (xmlns:r="[^"]*" )?r:id="rId\d+"\/>/g, (all) => (original.includes('<legacyDrawing') ? all : ''))
    .replace(new RegExp(`<(Relationship|Override) [^>]*(${ours})"[^>]*/>`, 'g'), '')
    .replace(/<dxf><fill><patternFill patternType="solid"><fgColor rgb="(FFFFC7CE|FFFFEB9C)"\/><bgColor rgb="\1"\/><\/patternFill><\/fill><\/dxf>/g, '')
    .replace(/<dxfs count="\d+">/, '<dxfs>')
    .replace(/<author>预算绩效核对<\/author>/, '')
    .replace(/<r><rPr><sz val="9"\/><\/rPr><t xml:space="preserve">(\n\n)?\[(错误|警告)\][^<]*<\/t><\/r>/g, '');
}

describe.each(CASES)('--out on $input', ({ input, out, changed, added, noteAuthor }) => {
  let before: Buffer;
  let copy: Buffer;
  let inputParts: Map<string, Buffer>;
  let copyParts: Map<string, Buffer>;

  beforeAll(async () => {
    before = readFileSync(fixture(input));
    const target = temp.file(out);
    const result = await runCli([fixture(input), '--out', target]);
    expect([result.code, result.stderr]).toEqual([1, expect.stringContaining('2 行标色')]);
    copy = readFileSync(target);
    expect(readFileSync(fixture(input)).equals(before)).toBe(true);
    inputParts = await partsOf(before);
    copyParts = await partsOf(copy);
  });

  it('changes exactly the parts the annotation needs and keeps every other part byte for byte', () => {
    const different = [...copyParts].filter(([name, bytes]) => !inputParts.get(name)?.equals(bytes)).map(([name]) => name);
    expect(different.sort()).toEqual([...changed, ...added].sort());
    expect([...inputParts.keys()].every((name) => copyParts.has(name))).toBe(true);
  });

  it('copies the untouched entries as stored, without inflating and deflating them again', () => {
    const stored = (zip: Buffer) => {
      const archive = ZipArchive.open(zip);
      return new Map(archive.parts.map((part) => [part.name, archive.storedBytes(part)]));
    };
    const [from, to] = [stored(before), stored(copy)];
    const kept = [...from].filter(([name]) => !changed.includes(name));
    expect(kept.length).toBeGreaterThan(10);
    for (const [name, bytes] of kept) expect([name, to.get(name)?.equals(bytes)]).toEqual([name, true]);
  });

  it('writes changed and added parts that parse as XML, and takes nothing away from a changed part', () => {
    for (const name of [...changed, ...added]) expect([name, parsesAsXml(copyParts.get(name)!.toString('utf8'))]).toEqual([name, true]);
    for (const name of changed) {
      const original = inputParts
        .get(name)!
        .toString('utf8')
        .replace(/<dxfs count="\d+">/, '<dxfs>');
      expect([name, withoutOurAdditions(copyParts.get(name)!.toString('utf8'), original, added)]).toEqual([name, original]);
    }
  });

  it("adds the finding below the user's note, which keeps its author; the user's other note is untouched", () => {
    const comments = changed.find((name) => /comment/.test(name))!;
    const xml = copyParts.get(comments)!.toString('utf8');
    const authors = [...xml.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
    const a6 = /<comment ref="A6" authorId="(\d+)"[^>]*>([\s\S]*?)<\/comment>/.exec(xml)!;
    expect(authors[Number(a6[1])]).toBe(noteAuthor);
    const text = [...a6[2].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join('');
    expect(text).toMatch(/^用户原有的批注：请核对\n\n\[警告\] J6（主要用途）提到“云龙区”/);
    const b12 = (x: string) => /<comment ref="B12"[\s\S]*?<\/comment>/.exec(x)![0];
    expect(b12(xml)).toBe(b12(inputParts.get(comments)!.toString('utf8')));
  });

  it('gives a copy the check reads exactly as the input', async () => {
    const findings = async (file: string) => (await checkJson(file)).report.findings;
    expect(await findings(temp.file(out))).toEqual(await findings(fixture(input)));
  });

  it('highlights after the sheet’s own conditional formats, without renumbering them', () => {
    const priorities = (xml: string) => [...xml.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
    const sheet = copyParts.get('xl/worksheets/sheet3.xml')!.toString('utf8');
    const before = priorities(inputParts.get('xl/worksheets/sheet3.xml')!.toString('utf8'));
    expect(before.length).toBe(1);
    expect(priorities(sheet)).toEqual([...before, before[0] + 1]);
    expect(sheet).toMatch(new RegExp(`<conditionalFormatting sqref="A6:J6"><cfRule type="expression" dxfId="\\d+" priority="${before[0] + 1}">`));
    expect(copyParts.get('xl/worksheets/sheet2.xml')!.toString('utf8')).toMatch(/<conditionalFormatting sqref="A10:B10">/);
  });
});

/** Where the sheet has notes already: a new note on C9 joins its comments part and its VML drawing. */
function withNewNoteBesideTheUsers(input: string): { bytes: Buffer; changedParts: readonly string[] } {
  return annotatePackage(readFileSync(fixture(input)), [{ sheet: '项目支出', layers: [], notes: new Map([['C9', '[错误] 新批注 C9']]) }], '预算绩效核对');
}

describe.each(CASES)('a new note on a sheet that has notes ($input)', ({ input }) => {
  it('is added to its comments part and VML drawing, which keep everything they had', async () => {
    const { bytes, changedParts } = withNewNoteBesideTheUsers(input);
    const [before, after] = [await partsOf(readFileSync(fixture(input))), await partsOf(bytes)];
    const vml = changedParts.find((name) => name.endsWith('.vml'))!;
    expect(before.has(vml)).toBe(true);
    const [old, patched] = [before.get(vml)!.toString('utf8'), after.get(vml)!.toString('utf8')];
    expect(parsesAsXml(patched)).toBe(true);
    const shapes = [...patched.matchAll(/<v:shape id="(_x0000_s\d+)"[\s\S]*?<\/v:shape>/g)].filter((m) => !old.includes(`"${m[1]}"`));
    expect(shapes).toHaveLength(1);
    expect(shapes[0][0]).toContain('<x:Row>8</x:Row><x:Column>2</x:Column>');
    const ids = [...patched.matchAll(/\bid="(_x0000_s\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // the drawing without our shape (and the namespace declarations it needed) is the user's
    const ours = patched.replace(shapes[0][0], '').replace(/ xmlns:[vox]="urn:schemas-microsoft-com:[^"]*"(?=[^<]*>)/g, '');
    expect(ours).toBe(old.replace(/ xmlns:[vox]="urn:schemas-microsoft-com:[^"]*"(?=[^<]*>)/g, ''));
    const shapetypes = (vmlText: string) => [...vmlText.matchAll(/shapetype\b[^>]*id="_x0000_t202"/g)].length;
    expect(shapetypes(patched)).toBe(shapetypes(old));
    expect(changedParts.filter((name) => !/styles|Content_Types/.test(name)).length).toBe(2);
  });
});

describe('a package in the ZIP64 format', () => {
  it('is patched into the same parts as the same package in the plain format', async () => {
    const plain = readFileSync(fixture(CASES[0].input));
    const change = [{ sheet: '项目支出', layers: [], notes: new Map([['C9', '[错误] 新批注 C9']]) }];
    const fromPlain = annotatePackage(plain, change, '预算绩效核对');
    const fromZip64 = annotatePackage(asZip64(plain), change, '预算绩效核对');
    expect(fromZip64.changedParts).toEqual(fromPlain.changedParts);
    expect(await partsOf(fromZip64.bytes)).toEqual(await partsOf(fromPlain.bytes));
  });
});

describe('--out and macros', () => {
  it('keeps the VBA project byte for byte and the workbook macro-enabled', async () => {
    const target = temp.file('macros.xlsm');
    await runCli([fixture('rich-xlsxwriter.xlsm'), '--out', target]);
    const parts = await partsOf(readFileSync(target));
    expect(parts.get('xl/vbaProject.bin')!.equals(readFileSync(fixture('vbaProject.bin')))).toBe(true);
    expect(parts.get('[Content_Types].xml')!.toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });

  it('refuses to copy a macro workbook to .xlsx, in one line naming .xlsm, writing nothing', async () => {
    const result = await runCli([fixture('rich-xlsxwriter.xlsm'), '--out', temp.file('copy.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('.xlsm')]);
    expect(readdirSync(temp.path)).not.toContain('copy.xlsx');
  });

  it('refuses it also when the name hides the macros (an .xlsm renamed .xlsx)', async () => {
    const input = temp.file('renamed.xlsx', readFileSync(fixture('rich-xlsxwriter.xlsm')));
    const result = await runCli([input, '--out', temp.file('renamed-copy.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('.xlsm')]);
    expect(readdirSync(temp.path)).not.toContain('renamed-copy.xlsx');
  });

  it('copies a workbook without macros to .xlsm as a macro-enabled workbook, which Excel accepts under that name', async () => {
    const target = temp.file('plain.xlsm');
    expect((await runCli([fixture('rich-libreoffice.xlsx'), '--out', target])).code).toBe(1);
    const types = (await partsOf(readFileSync(target))).get('[Content_Types].xml')!.toString();
    expect(types).toContain('PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  });
});

describe('text XML 1.0 forbids', () => {
  it('is dropped from notes, and _xHHHH_ in a finding is kept literally', async () => {
    const nasty = 'A\u0001B\uFFFEC\uD800D\u0008 <&> "q" _x0041_ =SUM(A1)';
    const { bytes } = annotatePackage(
      readFileSync(fixture('rich-xlsxwriter.xlsm')),
      [{ sheet: '收支总表', layers: [], notes: new Map([['B5', nasty]]) }],
      'author\u0000',
    );
    const parts = await partsOf(bytes);
    const xml = parts.get('xl/comments2.xml')!.toString('utf8');
    expect(parsesAsXml(xml)).toBe(true);
    expect(xml).toContain('<t xml:space="preserve">ABCD &lt;&amp;&gt; &quot;q&quot; _x005F_x0041_ =SUM(A1)</t>');
    expect(xml).toContain('<author>author</author>');
    // a note, never a cell: the sheet gains no formula
    expect(parts.get('xl/worksheets/sheet2.xml')!.toString()).not.toContain('<f>');
  });
});

describe('--out of a workbook in another format', () => {
  /** LibreOffice cannot write .xlsb: SheetJS makes one from the .xlsx. */
  async function inputFile(input: string): Promise<string> {
    if (!input.endsWith('.xlsb')) return fixture(input);
    const XLSX = await import('@e965/xlsx');
    return temp.file(
      input,
      Buffer.from(XLSX.write(XLSX.read(readFileSync(fixture('rich-libreoffice.xlsx'))), { type: 'buffer', bookType: 'xlsb' }) as Uint8Array),
    );
  }

  it.each(['rich-openpyxl.xls', 'rich-openpyxl.ods', 'rich.xlsb'])('%s becomes an annotated .xlsx and says the format changed', async (input) => {
    const target = temp.file(`${input}.xlsx`);
    const result = await runCli([await inputFile(input), '--out', target]);
    expect([result.code, result.stderr]).toEqual([1, expect.stringContaining('2 行标色')]);
    expect(result.stderr).toContain(`注意：输入为 ${input.slice(input.lastIndexOf('.'))} 格式，批注副本已转换为 .xlsx 写出（格式已改变`);
    const parts = await partsOf(readFileSync(target));
    const notes = [...parts]
      .filter(([name]) => /comments?\d*\.xml$/.test(name))
      .map(([, bytes]) => bytes.toString('utf8'))
      .join('');
    expect(notes).toContain('[错误] 各项目实际支出之和为1964.4万元');
    expect([...parts.values()].map(String).join('')).toContain('budget-check-highlight:error');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const describeWithOffice = soffice.status === 0 ? describe : describe.skip;
if (soffice.status !== 0) {
  // CI installs libreoffice-calc-nogui; a machine without it skips this part only
  console.warn('soffice (LibreOffice) not found: skipping "the annotated copies open in LibreOffice"');
}

describeWithOffice('the annotated copies open in LibreOffice', () => {
  it('converts each copy (and one converted from .xls) to CSV and to ODS, with our notes and highlight in the ODS', async () => {
    const folder = tempFolder();
    try {
      const copies = CASES.map(({ input }, i) => {
        const target = folder.file(`copy${i}${input.slice(input.lastIndexOf('.'))}`);
        return { input, target };
      });
      for (const { input, target } of copies) expect((await runCli([fixture(input), '--out', target])).code).toBe(1);
      const merged = CASES.map(({ input }, i) => folder.file(`merged${i}${input.slice(input.lastIndexOf('.'))}`, withNewNoteBesideTheUsers(input).bytes));
      const office = ['--headless', `-env:UserInstallation=file://${folder.path}/profile`];
      const converted = folder.file('converted.xlsx');
      expect((await runCli([fixture('rich-openpyxl.xls'), '--out', converted])).code).toBe(1);
      const targets = [...copies.map((c) => c.target), ...merged, converted];
      execFileSync('soffice', [...office, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', join(folder.path, 'csv'), ...targets], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      execFileSync('soffice', [...office, '--convert-to', 'ods', '--outdir', join(folder.path, 'ods'), ...targets], { stdio: 'pipe', timeout: 120_000 });
      for (let i = 0; i < copies.length; i++) {
        const csv = readFileSync(join(folder.path, 'csv', `copy${i}.csv`), 'utf8');
        expect(csv).toContain('石峰区网格化管理服务中心');
        const ods = await JSZip.loadAsync(readFileSync(join(folder.path, 'ods', `copy${i}.ods`)));
        const content = await ods.file('content.xml')!.async('string');
        expect(content).toContain('budget-check-highlight:error');
        expect(content).toContain('项目支出.A6:项目支出.J6');
        expect(content).toContain('各项目实际支出之和为1964.4万元');
        expect(content).toContain('用户原有的批注：请核对');
        const mergedContent = await (await JSZip.loadAsync(readFileSync(join(folder.path, 'ods', `merged${i}.ods`)))).file('content.xml')!.async('string');
        expect(mergedContent).toContain('新批注 C9');
        expect(mergedContent).toContain('保留这条批注');
      }
      expect(readFileSync(join(folder.path, 'csv', 'converted.csv'), 'utf8')).toContain('石峰区网格化管理服务中心');
      const convertedContent = await (await JSZip.loadAsync(readFileSync(join(folder.path, 'ods', 'converted.ods')))).file('content.xml')!.async('string');
      expect(convertedContent).toContain('各项目实际支出之和为1964.4万元');
    } finally {
      folder.cleanup();
    }
  }, 180_000);
});
