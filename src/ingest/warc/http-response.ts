/**
 * The HTTP response stored in a WARC `response` record → status, Content-Type and the page
 * bytes, undoing chunked transfer coding and gzip/deflate/br content coding when the crawler
 * kept them (some do, Common Crawl rewrites them away; either way is handled).
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpResponse {
  status: number;
  contentType: string | null;
  body: Buffer;
}

/** Decoded page bodies beyond this are cut rather than decompressed further (zip bombs). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  // Not chunked after all (a header that lies): keep the bytes as they are.
  return parts.length > 0 ? Buffer.concat(parts) : body;
}

function decode(body: Buffer, coding: string): Buffer {
  const options = { maxOutputLength: MAX_BODY_BYTES };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, options);
    if (coding === 'deflate') return inflateSync(body, options);
    if (coding === 'br') return brotliDecompressSync(body, options);
  } catch {
    // The header says compressed but the bytes are not (already decoded by the crawler).
  }
  return body;
}

/** Parse an HTTP/1.x response message; null when the block is not one. */
export function parseHttpResponse(block: Buffer): HttpResponse | null {
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(block.subarray(0, 32).toString('latin1'));
  if (!status) return null;
  let end = block.indexOf('\r\n\r\n');
  let separator = 4;
  if (end < 0) {
    end = block.indexOf('\n\n');
    separator = 2;
  }
  if (end < 0) return null;
  const headers = new Map<string, string>();
  for (const line of block.subarray(0, end).toString('latin1').split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = block.subarray(end + separator);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const coding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (coding !== '' && coding !== 'identity') body = decode(body, coding);
  return { status: Number(status[1]), contentType: headers.get('content-type') ?? null, body };
}
