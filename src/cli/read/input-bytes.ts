import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { InputError, shortReason } from '../input-error';

/** The largest input read: a budget workbook of 100k rows is some 10 MB; a rulebook is text. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
export const MAX_RULEBOOK_BYTES = 4 * 1024 * 1024;

/**
 * Reads an input file whole. Only a regular file is read: a FIFO named `.xlsx` is opened without
 * blocking and refused, a link to /dev/zero is refused before a byte is read, and a file larger than
 * `maxBytes` (or one that grows past it while being read) is refused with its size.
 */
export async function readInputBytes(path: string, maxBytes = MAX_INPUT_BYTES): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(path, 'is-folder');
    if (!info.isFile()) throw new InputError(path, 'not-a-file');
    if (info.size > maxBytes) throw tooBig(path, info.size, maxBytes);
    const bytes = Buffer.alloc(Math.min(info.size + 1, maxBytes + 1));
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) {
      read = (await handle.read(bytes, length, bytes.length - length, null)).bytesRead;
    }
    if (length > maxBytes) throw tooBig(path, length, maxBytes);
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(path, 'not-found');
    if (code === 'EISDIR') throw new InputError(path, 'is-folder');
    throw new InputError(path, 'not-readable', { reason: code ?? shortReason(error) });
  } finally {
    await handle?.close();
  }
}

function tooBig(path: string, size: number, maxBytes: number): InputError {
  const mb = (n: number) => Math.ceil(n / 1024 / 1024);
  return new InputError(path, 'file-too-large', { size: mb(size), limit: mb(maxBytes) });
}
