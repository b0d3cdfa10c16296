/**
 * A part's bytes, chunk by chunk, as flat strings that each end on a whole UTF-8 character, the
 * unread tail of one chunk carried into the next as bytes. Joining the tail and the next chunk as
 * strings (`tail + text`) gives V8 a two-piece string, and scanning such strings character by
 * character was a third slower at 100k rows (measured); one decode of the joined bytes is flat.
 */
import { Buffer } from 'node:buffer';

const NOTHING = Buffer.alloc(0);

export class FlatChunks {
  private tail: Buffer = NOTHING;
  private bytes: Buffer = NOTHING;
  private cut = 0;

  /** The carried tail and `chunk` as text, up to the last whole character. */
  text(chunk: Buffer): string {
    this.bytes = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    this.cut = wholeCharacters(this.bytes);
    return this.bytes.toString('utf8', 0, this.cut);
  }

  /** Keeps `text` from `from` on (and any character split at the chunk's end) for the next chunk. */
  keep(text: string, from: number): void {
    const chars = text.length - from;
    // each byte is one character when the text is as long as its bytes (ASCII); else measure the tail
    const tailBytes = chars === 0 ? 0 : text.length === this.cut ? chars : Buffer.byteLength(text.slice(from), 'utf8');
    this.tail = this.bytes.subarray(this.cut - tailBytes);
  }

  /** What is left at the end of the part (a split character becomes U+FFFD, as a decoder ends). */
  rest(): string {
    const text = this.tail.toString('utf8');
    this.tail = this.bytes = NOTHING;
    return text;
  }
}

/** The length of `bytes` without a UTF-8 character cut off at its end. */
function wholeCharacters(bytes: Buffer): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? end - back : end;
  }
  return end;
}
