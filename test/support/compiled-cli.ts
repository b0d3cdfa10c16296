/**
 * The CLI bundled as `npm run prepare` bundles it (webpack --env cli), but into a fresh folder
 * under test-output/ (the real dist/ is left alone), and a way to run it as a user runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface CompiledCli {
  /** The folder the CLI was compiled into. */
  readonly outDir: string;
  /** The bundled bin, `<outDir>/budget-check.js`. */
  readonly bin: string;
  /** Runs `node <outDir>/budget-check.js ...args` without colours. */
  run(...args: string[]): { code: number | null; stdout: string; stderr: string };
  remove(): void;
}

export function compileCli(prefix: string): CompiledCli {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, 'test-output', prefix));
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--env', 'cli', '--output-path', outDir], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`webpack --env cli failed: ${String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 2000)}`);
  }
  const bin = join(outDir, 'budget-check.js');
  return {
    outDir,
    bin,
    run(...args) {
      const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
