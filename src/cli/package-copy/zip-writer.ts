/**
 * Writes the annotated copy's zip. The input is read by the reader's ZipArchive (read/zip-archive.ts:
 * ZIP64, bounds, capped inflation); an entry we do not change is copied as its stored (compressed)
 * bytes, never inflated and deflated again, so every part the annotation does not need stays
 * byte-identical. Zip64 archives (over 4 GB or 65,535 entries) are not written.
 */
import { crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';
import { UTF8_NAMES, type ZipArchive, type ZipPart } from '../read/zip-archive';

/** A part to write: an entry of `from` kept as it was, or new content. */
export type ZipOutput = { readonly kept: ZipPart; readonly from: ZipArchive } | { readonly name: string; readonly data: Buffer };

/** The copy would need the ZIP64 format: more entries, or more bytes, than a plain zip holds. */
export class ZipTooLarge extends Error {
  constructor(
    /** What passes the limit: the number of parts, or an offset or size in bytes. */
    readonly what: 'parts' | 'bytes',
  ) {
    super(`the copy needs ZIP64 (over ${what === 'parts' ? '65,535 parts' : '4 GB'}), which is not written`);
    this.name = 'ZipTooLarge';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DATA_DESCRIPTOR = 0x0008;
const MOST_ENTRIES = 0xffff;
const LARGEST = 0xffffffff;

/** The header fields a written entry takes from the input's (kept) or from its new content. */
type EntryFields = Pick<ZipPart, 'name' | 'method' | 'flags' | 'time' | 'date' | 'crc' | 'uncompressedSize'>;

/** A new archive: kept entries copied as stored bytes, new ones deflated. */
export function writeZip(outputs: readonly ZipOutput[]): Buffer {
  if (outputs.length > MOST_ENTRIES) throw new ZipTooLarge('parts');
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const output of outputs) {
    const entry: EntryFields = 'kept' in output ? output.kept : newEntry(output.name, output.data);
    const data = 'kept' in output ? output.from.storedBytes(output.kept) : deflated(output.data);
    if (entry.uncompressedSize > LARGEST) throw new ZipTooLarge('bytes');
    // a kept name is written in the encoding it was read in (UTF-8 when flagged, else byte for byte)
    const utf8 = !('kept' in output) || (entry.flags & UTF8_NAMES) !== 0;
    const name = Buffer.from(entry.name, utf8 ? 'utf8' : 'latin1');
    // sizes and CRC go in the header itself, so no data descriptor follows the data
    const flags = (entry.flags & ~DATA_DESCRIPTOR) | (utf8 ? UTF8_NAMES : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    writeCommon(local, 6, flags, entry, data.length);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(CENTRAL, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    writeCommon(record, 8, flags, entry, data.length);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, data);
    central.push(record, name);
    offset += local.length + name.length + data.length;
    if (offset > LARGEST) throw new ZipTooLarge('bytes');
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(outputs.length, 8);
  end.writeUInt16LE(outputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/**
 * A big changed sheet is deflated at the fastest level: for a 60 MB sheet (100k rows) level 1
 * took 0.75 s and 13.0 MB, level 6 2.6 s and 10.8 MB.
 */
function deflated(data: Buffer): Buffer {
  return deflateRawSync(data, { level: data.length > 8_000_000 ? 1 : 6 });
}

function newEntry(name: string, data: Buffer): EntryFields {
  // 1980-01-01 00:00: a fixed stamp keeps the copy of the same input the same bytes
  return { name, method: 8, flags: 0, time: 0, date: 0x21, crc: crc32(data), uncompressedSize: data.length };
}

/** Flags, method, time, date, CRC and sizes: the same run of fields in local and central headers. */
function writeCommon(header: Buffer, at: number, flags: number, entry: EntryFields, compressedSize: number): void {
  header.writeUInt16LE(flags, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(entry.time, at + 4);
  header.writeUInt16LE(entry.date, at + 6);
  header.writeUInt32LE(entry.crc >>> 0, at + 8);
  header.writeUInt32LE(compressedSize, at + 12);
  header.writeUInt32LE(entry.uncompressedSize, at + 16);
}

let crcTable: Uint32Array | undefined;

/** Node's zlib.crc32 (Node ≥ 20.15), else a table. */
export function crc32(data: Buffer): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(data) >>> 0;
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
