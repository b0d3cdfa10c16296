/**
 * --help and --version load no reader, no core, no writer: only the few modules that print them.
 * A check loads the reader it needs (SheetJS only for the formats it reads) and never exceljs unless
 * an annotated copy is asked for. Checked on the bundled CLI by listing the files Node loaded: the
 * core is in the chunk a check loads (chunks/check.js), never in the bin itself.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCli, type CompiledCli } from '../support/compiled-cli';

const ROOT = join(__dirname, '..', '..');
let cli: CompiledCli;
beforeAll(() => {
  cli = compileCli('lazy-');
}, 180_000);
afterAll(() => cli.remove());

/** The files and packages Node loaded while the bundled CLI ran `args` (a preloaded probe lists them). */
function modulesLoaded(...args: string[]): string[] {
  const probe = join(cli.outDir, 'probe.js');
  writeFileSync(
    probe,
    `const Module = require('node:module');
    const load = Module._load;
    const seen = new Set();
    Module._load = function (request, parent) { seen.add(Module._resolveFilename(request, parent)); return load.apply(this, arguments); };
    process.on('exit', (code) => process.stderr.write('@exit ' + code + '\\n@@' + JSON.stringify([...seen])));`,
  );
  const result = spawnSync(process.execPath, ['--require', probe, cli.bin, ...args], { cwd: ROOT, encoding: 'utf8' });
  const match = /@@(.*)$/.exec(result.stderr);
  if (!match || !/@exit [01]\n/.test(result.stderr)) throw new Error(`the CLI did not run as expected: ${result.stderr.slice(0, 500)}`);
  return JSON.parse(match[1]) as string[];
}

/** The bundle's chunks: check.js holds the readers and the core, annotate.js and draft.js the writers. */
const chunk = (name: string) => (file: string) => file.endsWith(`/chunks/${name}.js`);
const HEAVY = /node_modules\/(exceljs|@e965\/xlsx|docx|jszip)\/|\/chunks\//;

describe('what the CLI loads', () => {
  it.each([['--version'], ['--help']])('%s loads no reader, core or writer', (flag) => {
    expect(modulesLoaded(flag).filter((file) => HEAVY.test(file))).toEqual([]);
  });

  it('checking an .xlsx loads the core and the fast reader, not exceljs, SheetJS, docx or the progress bar', () => {
    const loaded = modulesLoaded(join(ROOT, 'examples/shifeng-grid-2023.xlsx'), '--json');
    expect(loaded.some(chunk('check'))).toBe(true);
    expect(loaded.filter((file) => chunk('annotate')(file) || chunk('draft')(file))).toEqual([]);
    expect(loaded.filter((file) => /node_modules\/(exceljs|@e965\/xlsx|docx|cli-progress)\//.test(file))).toEqual([]);
    // one workbook: not the batch runner nor its worker threads
    expect(loaded.filter((file) => chunk('batch')(file) || /batch-worker|worker_threads/.test(file))).toEqual([]);
  });

  it('checking an .xls loads SheetJS, not exceljs', () => {
    const loaded = modulesLoaded(join(ROOT, 'test/fixtures/formats/shifeng-grid-2023.xls'), '--json');
    expect(loaded.some((file) => /node_modules\/@e965\/xlsx\//.test(file))).toBe(true);
    expect(loaded.filter((file) => /node_modules\/exceljs\//.test(file))).toEqual([]);
  });
});
