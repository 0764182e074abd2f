/**
 * Is this a WARC, plain or gzipped? Decided from the first bytes only, so that a crawl file of
 * many gigabytes is streamed record by record instead of being read into memory whole.
 */
import { open } from 'node:fs/promises';
import { constants, inflateRawSync } from 'node:zlib';
import { gzipHeaderLength } from './warc-records.js';

/** Enough compressed bytes to inflate a gzip member's first few hundred bytes. */
export const WARC_SNIFF_BYTES = 16 * 1024;

export function looksLikeWarc(head: Uint8Array): boolean {
  let bytes = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, WARC_SNIFF_BYTES));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const header = gzipHeaderLength(bytes);
    if (header === null) return false;
    try {
      // First member only (whatever follows it may be anything); SYNC_FLUSH returns what
      // inflated so far when the member runs past the sniffed bytes instead of failing.
      bytes = inflateRawSync(bytes.subarray(header), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: 64 * 1024,
      });
    } catch {
      return false;
    }
  }
  return bytes.subarray(0, 5).toString('latin1') === 'WARC/';
}

/** Whether the file at `path` is a WARC or WARC.gz (false for anything unreadable). */
export async function isWarcFile(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(WARC_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, WARC_SNIFF_BYTES, 0);
    return looksLikeWarc(buffer.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
