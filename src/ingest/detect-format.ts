/**
 * Input format detection by content first, extension second: a `.txt` that holds JSON Lines
 * is read as JSON Lines, an extensionless HTML page as HTML, a binary file is skipped.
 */
export type DetectedFormat =
  'text' | 'jsonl' | 'json' | 'html' | 'feed' | 'warc' | 'gzip' | 'binary';

const SNIFF_BYTES = 8192;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Binary when the head has NUL bytes or mostly control characters (UTF-16 is handled by BOM). */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    return false;
  }
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat {
  if (isGzip(bytes)) return 'gzip';
  if (looksBinary(bytes)) return 'binary';
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('WARC/')) return 'warc';
  if (
    /^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)*<(rss|feed|rdf:RDF)\b/i.test(
      head,
    ) ||
    /^<(rss|feed)\b/i.test(head)
  ) {
    return 'feed';
  }
  if (/^(<!doctype html|<html|<head|<body)\b/i.test(head)) return 'html';
  // An .html name only counts when the bytes hold markup at all.
  if (/\.x?html?$/i.test(name) && /<[a-z!][^>]*>/i.test(head)) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  if (/\.jsonl$|\.ndjson$/i.test(name)) return 'jsonl';
  return 'text';
}
