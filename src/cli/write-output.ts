/**
 * Writing --out and --draft: an existing file is never replaced without --force (nor a read-only one
 * even with it), every target is checked before any work, and the bytes go to a temporary file beside
 * the target that is renamed into place — removed again if the write fails or the user presses
 * Ctrl-C (SIGINT) or the process is told to stop (SIGTERM).
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import { access, link, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError, shortReason } from './input-error';

/** Same path once resolved, or — when both exist — the same file on disk (links, case-folding). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [statA, statB] = await Promise.all([stat(a), stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false; // one of them does not exist: they cannot be the same file
  }
}

/** Refuses, before any work, a target that exists (unless `force`), is read-only, a folder, or in no folder. */
export async function assertWritableTarget(path: string, force: boolean): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new InputError(path, 'output-is-folder');
  if (existing) {
    if (!force) throw new InputError(path, 'output-exists');
    // by its mode bits, not access(): the owner's intent holds even for root, who may write anything
    const writable =
      (existing.mode & 0o222) !== 0 &&
      (await access(path, constants.W_OK).then(
        () => true,
        () => false,
      ));
    if (!writable) throw new InputError(path, 'output-read-only');
    return;
  }
  const folder = await stat(dirname(resolve(path))).catch(() => null);
  if (!folder?.isDirectory()) throw new InputError(path, 'output-no-folder');
}

/** Writes `bytes` to `path` through a temporary file; without `force` an existing file is never replaced. */
export async function writeOutputFile(path: string, bytes: Buffer | Uint8Array, force: boolean): Promise<void> {
  const temporary = temporaryBeside(path);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    if (force) await rename(temporary, path);
    else await linkIntoPlace(temporary, path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, 'output-failed', { reason: (error as NodeJS.ErrnoException).code ?? shortReason(error) });
  } finally {
    await unlink(temporary).catch(() => undefined);
    forgetTemporary(temporary);
  }
}

/** A hard link fails if the target appeared meanwhile; where links are not supported, a last look then a rename. */
async function linkIntoPlace(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(path, 'output-exists');
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      throw new InputError(path, 'output-exists');
    await rename(temporary, path);
  }
}

const temporaries = new Set<string>();
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

function removeTemporariesAndExit(signal: NodeJS.Signals): void {
  for (const temporary of temporaries) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
  }
  process.exit(SIGNAL_EXIT[signal] ?? 1);
}

/** A temporary file name beside `path`, removed on SIGINT/SIGTERM until forgotten. */
export function temporaryBeside(path: string): string {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  if (temporaries.size === 0) {
    process.on('SIGINT', removeTemporariesAndExit);
    process.on('SIGTERM', removeTemporariesAndExit);
  }
  temporaries.add(temporary);
  return temporary;
}

export function forgetTemporary(temporary: string): void {
  if (!temporaries.delete(temporary) || temporaries.size > 0) return;
  process.off('SIGINT', removeTemporariesAndExit);
  process.off('SIGTERM', removeTemporariesAndExit);
}
