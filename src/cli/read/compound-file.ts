/**
 * What an OLE compound file holds: a BIFF workbook (.xls, .et), an encrypted OOXML package (Excel
 * wraps a password-protected .xlsx in one: MS-OFFCRYPTO 2.3.4), a BIFF workbook with an opening
 * password (a FILEPASS record in its globals, MS-XLS 2.4.117), or a Word or PowerPoint file.
 */
import { loadSheetJs } from './sheetjs-read';

export type CompoundKind = 'biff' | 'encrypted' | 'doc' | 'ppt' | 'compound-other' | 'damaged';

const BOF = 0x0809;
const EOF_RECORD = 0x000a;
const FILEPASS = 0x002f;

export async function compoundFileKind(bytes: Buffer): Promise<CompoundKind> {
  const { CFB } = await loadSheetJs();
  let container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    return 'damaged';
  }
  const names = new Set(container.FileIndex.map((entry: { name: string }) => entry.name));
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted';
  const stream = CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book');
  if (stream?.content) return hasFilePass(Buffer.from(stream.content as Uint8Array)) ? 'encrypted' : 'biff';
  if (names.has('WordDocument')) return 'doc';
  if (names.has('PowerPoint Document')) return 'ppt';
  return 'compound-other';
}

/** Whether the workbook globals (from the first BOF to its EOF) hold a FILEPASS record. */
function hasFilePass(stream: Buffer): boolean {
  for (let at = 0; at + 4 <= stream.length;) {
    const type = stream.readUInt16LE(at);
    const size = stream.readUInt16LE(at + 2);
    if (type === FILEPASS) return true;
    if (type === EOF_RECORD || (at > 0 && type === BOF)) return false;
    at += 4 + size;
  }
  return false;
}
