/**
 * The CLI compiled as `npm run prepare` compiles it, but into a fresh folder under test-output/
 * (the real dist/ is left alone), and a way to run it as a user runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface CompiledCli {
  /** The folder the CLI was compiled into. */
  readonly outDir: string;
  /** The compiled entry, `<outDir>/cli/main.js`. */
  readonly bin: string;
  /** Runs `node <outDir>/cli/main.js ...args` without colours. */
  run(...args: string[]): { code: number | null; stdout: string; stderr: string };
  remove(): void;
}

export function compileCli(prefix: string): CompiledCli {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, 'test-output', prefix));
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'src/cli/tsconfig.json', '--outDir', outDir], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // type errors are tsc --noEmit's business; what matters here is that the CLI was emitted
  }
  const bin = join(outDir, 'cli', 'main.js');
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
