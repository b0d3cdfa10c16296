/**
 * The zip writer's 4 GB limit: a plain zip has 32-bit sizes and offsets, and ZIP64 is not written.
 * Kept entries are copied as their stored bytes, so an archive that hands out one 64 MiB buffer for
 * many entries passes 4 GB of output without this process holding 4 GB: the writer must stop there,
 * before it joins anything.
 */
import { writeZip, ZipTooLarge, type ZipOutput } from '../../src/cli/package-copy/zip-writer';
import type { ZipArchive, ZipPart } from '../../src/cli/read/zip-archive';

const MIB = 1024 * 1024;

function keptEntry(name: string, stored: Buffer, uncompressedSize = stored.length): ZipOutput {
  const part = { name, method: 0, flags: 0, time: 0, date: 0x21, crc: 0, uncompressedSize } as ZipPart;
  // a stand-in for the input's archive: every entry's stored bytes are the same buffer
  const from = { storedBytes: () => stored } as unknown as ZipArchive;
  return { kept: part, from };
}

function writeError(outputs: readonly ZipOutput[]): unknown {
  try {
    writeZip(outputs);
  } catch (error) {
    return error;
  }
  return undefined;
}

test('an entry whose size is over 4 GB is refused as too large in bytes', () => {
  const error = writeError([keptEntry('xl/worksheets/sheet1.xml', Buffer.alloc(16), 2 ** 32)]);
  expect(error).toBeInstanceOf(ZipTooLarge);
  expect(error).toMatchObject({ what: 'bytes' });
});

test('entries that together pass 4 GB are refused as too large in bytes', () => {
  const stored = Buffer.alloc(64 * MIB);
  // 64 entries of 64 MiB are 4 GiB of data plus their headers: just past the 32-bit offsets
  const over = Array.from({ length: 64 }, (_, k) => keptEntry(`xl/media/part${k}.bin`, stored));
  const error = writeError(over);
  expect(error).toBeInstanceOf(ZipTooLarge);
  expect(error).toMatchObject({ what: 'bytes' });
});

test('65,536 entries are refused as too many parts before any is written', () => {
  const outputs = Array.from({ length: 65_536 }, (_, k) => keptEntry(`p${k}`, Buffer.alloc(0)));
  expect(writeError(outputs)).toMatchObject({ what: 'parts' });
});
