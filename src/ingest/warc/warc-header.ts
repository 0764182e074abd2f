/**
 * One WARC record header block ("WARC/1.1" line, named fields, blank line), ISO 28500 §4.
 * Lenient about bare LF line ends, which hand-made and some older tools' files use.
 */
export interface WarcHeader {
  version: string;
  /** Field names lower-cased; the last value wins for repeated fields. */
  fields: Map<string, string>;
  /** Bytes from the record start to the first byte of the block. */
  headerLength: number;
  /** The block's declared length (Content-Length). */
  contentLength: number;
}

/** No real WARC header is this long; a longer one means we are not looking at a header. */
export const MAX_HEADER_BYTES = 64 * 1024;

export type HeaderResult = WarcHeader | 'need-more' | { error: string };

function headerEnd(bytes: Buffer): { at: number; length: number } | null {
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return null;
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { at: crlf, length: 4 };
  return { at: lf, length: 2 };
}

/** Parse the header at the start of `bytes`. */
export function parseWarcHeader(bytes: Buffer): HeaderResult {
  const head = bytes.subarray(0, Math.min(bytes.length, 16)).toString('latin1');
  if (head.length >= 5 && !head.startsWith('WARC/')) return { error: 'not a WARC record' };
  const end = headerEnd(bytes.subarray(0, MAX_HEADER_BYTES));
  if (!end)
    return bytes.length >= MAX_HEADER_BYTES ? { error: 'WARC header too long' } : 'need-more';
  const lines = bytes.subarray(0, end.at).toString('utf8').split(/\r?\n/);
  const version = lines[0]!.trim();
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const contentLength = Number(fields.get('content-length'));
  if (!Number.isSafeInteger(contentLength) || contentLength < 0)
    return { error: 'WARC record without a valid Content-Length' };
  return { version, fields, headerLength: end.at + end.length, contentLength };
}
