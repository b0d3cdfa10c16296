/**
 * A careful reader of a zip's central directory (PKWARE APPNOTE 4.3.12–4.3.16, ZIP64 4.3.14/4.5.3)
 * and of single parts, inflated with node zlib and a hard output cap. Every entry is counted by
 * walking the directory itself (the 16-bit count of the end record lies in ZIP64 archives and in
 * hostile ones), and nothing is inflated until the caller asks for that part: charts, drawings,
 * pictures and pivot caches of a workbook are never unpacked. The annotated copy
 * (package-copy/zip-writer.ts) reads through it too, and copies a part it keeps as its stored bytes.
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  /** MS-DOS time and date, and the CRC-32, as the directory gives them: a copy of the part keeps them. */
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** As declared by the directory: inflating past it means the part is damaged. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why a zip cannot be read: `part` names the entry when one is at fault. */
export class ZipDamage extends Error {
  constructor(
    readonly what: string,
    readonly part?: string,
  ) {
    super(part ? `${part}: ${what}` : what);
    this.name = 'ZipDamage';
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const LONGEST_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
export const UTF8_NAMES = 0x800;
const ENCRYPTED = 0x1;
export const STORED = 0;
export const DEFLATED = 8;

export class ZipArchive {
  private readonly byName = new Map<string, ZipPart>();

  constructor(
    private readonly bytes: Buffer,
    readonly parts: readonly ZipPart[],
  ) {
    // part names are case-insensitive in OPC (ECMA-376 part 2, 9.1.1.1)
    for (const part of parts) this.byName.set(part.name.toLowerCase(), part);
  }

  static open(bytes: Buffer): ZipArchive {
    return new ZipArchive(bytes, readDirectory(bytes));
  }

  part(name: string): ZipPart | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  /** The part's bytes, inflated at once (the small parts: workbook, relationships, styles), checked against its declared size. */
  read(part: ZipPart): Buffer {
    const data = this.compressedData(part);
    let inflated: Buffer;
    if (part.method === STORED) inflated = data;
    else {
      try {
        // one byte over the declared size is enough to know the directory lies
        inflated = inflateRawSync(data, { maxOutputLength: part.uncompressedSize + 1 });
      } catch (error) {
        const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        throw new ZipDamage(tooLarge ? 'inflates past its declared size' : 'cannot be inflated', part.name);
      }
    }
    if (inflated.length > part.uncompressedSize) throw new ZipDamage('inflates past its declared size', part.name);
    if (inflated.length < part.uncompressedSize) throw new ZipDamage('is cut short', part.name);
    return inflated;
  }

  /** The part in chunks as it inflates, stopped as soon as it passes its declared size. */
  async *stream(part: ZipPart, chunkSize = 1 << 18): AsyncGenerator<Buffer> {
    const data = this.compressedData(part);
    if (part.method === STORED) {
      for (let at = 0; at < data.length; at += chunkSize) yield data.subarray(at, at + chunkSize);
      return;
    }
    const inflate = createInflateRaw({ chunkSize });
    inflate.end(data);
    let total = 0;
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > part.uncompressedSize) throw new ZipDamage('inflates past its declared size', part.name);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipDamage) throw error;
      throw new ZipDamage('cannot be inflated', part.name);
    } finally {
      inflate.destroy();
    }
    if (total !== part.uncompressedSize) throw new ZipDamage('is cut short', part.name);
  }

  private compressedData(part: ZipPart): Buffer {
    if (part.flags & ENCRYPTED) throw new ZipDamage('is encrypted', part.name);
    if (part.method !== STORED && part.method !== DEFLATED) throw new ZipDamage(`uses compression method ${part.method}`, part.name);
    return this.storedBytes(part);
  }

  /** The part's bytes as stored in the archive (compressed, never inflated), bounds checked. */
  storedBytes(part: ZipPart): Buffer {
    const at = part.localHeaderOffset;
    if (at + LOCAL_HEADER_SIZE > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipDamage('has no local header', part.name);
    const start = at + LOCAL_HEADER_SIZE + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const end = start + part.compressedSize;
    if (end > this.bytes.length) throw new ZipDamage('is cut short', part.name);
    return this.bytes.subarray(start, end);
  }
}

/** Every entry of the central directory, walked from its start to its declared end. */
function readDirectory(bytes: Buffer): ZipPart[] {
  const end = findEndRecord(bytes);
  if (end < 0) throw new ZipDamage('the zip directory is missing (the file is cut short)');
  let directoryOffset = bytes.readUInt32LE(end + 16);
  let directorySize = bytes.readUInt32LE(end + 12);
  const zip64 = readZip64End(bytes, end);
  if (zip64) ({ directoryOffset, directorySize } = zip64);
  const directoryEnd = directoryOffset + directorySize;
  if (directoryEnd > bytes.length) throw new ZipDamage('the zip directory points past the end of the file');
  const parts: ZipPart[] = [];
  for (let at = directoryOffset; at + ENTRY_HEADER_SIZE <= directoryEnd;) {
    if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipDamage('the zip directory is damaged');
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameStart = at + ENTRY_HEADER_SIZE;
    if (nameStart + nameLength + extraLength > directoryEnd) throw new ZipDamage('the zip directory is damaged');
    const sizes = {
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64Extra(bytes, nameStart + nameLength, extraLength, sizes);
    parts.push({
      name: bytes.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1', nameStart, nameStart + nameLength),
      method: bytes.readUInt16LE(at + 10),
      flags,
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
      crc: bytes.readUInt32LE(at + 16),
      ...sizes,
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return parts;
}

function findEndRecord(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - END_RECORD_SIZE - LONGEST_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The ZIP64 end record, when a locator sits right before the end record. */
function readZip64End(bytes: Buffer, end: number): { directoryOffset: number; directorySize: number } | null {
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) return null;
  const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END) throw new ZipDamage('the ZIP64 directory record is damaged');
  return { directorySize: safeNumber(bytes.readBigUInt64LE(record + 40)), directoryOffset: safeNumber(bytes.readBigUInt64LE(record + 48)) };
}

/** ZIP64 extended information: 8-byte values for exactly the fields that read 0xFFFFFFFF, in order. */
function applyZip64Extra(
  bytes: Buffer,
  start: number,
  length: number,
  sizes: { uncompressedSize: number; compressedSize: number; localHeaderOffset: number },
): void {
  const FULL = 0xffffffff;
  for (let at = start; at + 4 <= start + length;) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new ZipDamage('a ZIP64 entry is damaged');
        const value = safeNumber(bytes.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (sizes.uncompressedSize === FULL) sizes.uncompressedSize = next();
      if (sizes.compressedSize === FULL) sizes.compressedSize = next();
      if (sizes.localHeaderOffset === FULL) sizes.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipDamage('a zip size is out of range');
  return Number(value);
}
