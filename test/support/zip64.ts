/** Test helper: rewrites a small zip in the ZIP64 format, as some zip tools write any archive. */

/** The same zip with ZIP64 directory entries (sizes and offsets in the extra field) and ZIP64 end records. */
export function asZip64(bytes: Buffer): Buffer {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const offset = bytes.readUInt32LE(eocd + 16);
  const entries: Buffer[] = [];
  let count = 0;
  for (let at = offset; at < eocd; count++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const length = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const head = Buffer.from(bytes.subarray(at, at + 46 + nameLength));
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(42)), 20);
    for (const field of [20, 24, 42]) head.writeUInt32LE(0xffffffff, field);
    head.writeUInt16LE(extra.length, 30);
    head.writeUInt16LE(0, 32);
    entries.push(head, extra);
    at += length;
  }
  const directory = Buffer.concat(entries);
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeBigUInt64LE(BigInt(count), 24);
  zip64End.writeBigUInt64LE(BigInt(count), 32);
  zip64End.writeBigUInt64LE(BigInt(directory.length), 40);
  zip64End.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(0xffff, 8);
  record.writeUInt16LE(0xffff, 10);
  record.writeUInt32LE(0xffffffff, 12);
  record.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([bytes.subarray(0, offset), directory, zip64End, locator, record]);
}
