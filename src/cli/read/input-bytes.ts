import { readFile, stat } from 'node:fs/promises';
import { InputError, shortReason } from '../input-error';

/** The bytes of an input file; a missing file, a folder or an unreadable one is an InputError. */
export async function readInputBytes(path: string): Promise<Buffer> {
  try {
    if ((await stat(path)).isDirectory()) throw new InputError(path, 'is-folder');
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(path, 'not-found');
    throw new InputError(path, 'not-readable', { reason: code ?? shortReason(error) });
  }
}
