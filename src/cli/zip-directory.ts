import { inflateRawSync } from 'node:zlib';

/**
 * Reads the table of contents at the end of a zip (.xlsx is one) without unpacking anything, so a
 * workbook holding more sheet data than fits in memory (formats over whole rows, a zip bomb) can
 * be refused with a reason before exceljs runs out of memory on it. PKWARE APPNOTE 4.3.16, 4.3.12.
 */

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const LONGEST_COMMENT = 0xffff;

/**
 * The entries listed in the zip's central directory, or null when it cannot be read here (cut
 * short, or a ZIP64 archive): exceljs then decides, and says what is wrong.
 */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + ENTRY_HEADER_SIZE > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      name: bytes.toString('utf8', offset + ENTRY_HEADER_SIZE, offset + ENTRY_HEADER_SIZE + nameLength),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      method: bytes.readUInt16LE(offset + 10),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndRecord(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - END_RECORD_SIZE - LONGEST_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;

/** The unpacked bytes of one small entry (stored or deflated), or null when it is not there or cannot be read here. */
export function readZipEntry(bytes: Buffer, entries: readonly ZipEntry[], name: string): Buffer | null {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry || (entry.method !== 0 && entry.method !== 8)) return null;
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + LOCAL_HEADER_SIZE + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  try {
    return entry.method === 0 ? packed : inflateRawSync(packed);
  } catch {
    return null;
  }
}
