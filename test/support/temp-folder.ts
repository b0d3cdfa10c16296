/**
 * Test helper: a temporary folder for the files of one test file. Every suite that makes one
 * removes it in afterAll, so test runs leave nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempFolder {
  readonly path: string;
  /** The path of `name` in the folder; writes `bytes` there when given. */
  file(name: string, bytes?: Buffer | string): string;
  /** Removes the folder and everything in it; for afterAll. */
  cleanup(): void;
}

export function tempFolder(prefix = 'budget-check-'): TempFolder {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file(name, bytes) {
      const target = join(path, name);
      if (bytes !== undefined) writeFileSync(target, bytes);
      return target;
    },
    cleanup: () => rmSync(path, { recursive: true, force: true }),
  };
}
