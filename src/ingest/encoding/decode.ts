/**
 * Bytes → text for web pages, trusting declarations only as far as the bytes agree.
 *
 * Order of evidence (WHATWG "encoding sniffing", then verification):
 *   1. byte order mark            (authoritative)
 *   2. HTTP Content-Type charset  (hint.contentType)
 *   3. <meta charset> / http-equiv in the first bytes
 *   4. byte heuristics: UTF-16 without BOM, valid UTF-8, else windows-1252
 * A declaration is overruled when the bytes contradict it: pages declared latin-1 that are
 * valid multi-byte UTF-8 (a very common CMS mistake), and pages declared UTF-8 that are not.
 */
import iconv from 'iconv-lite';

export interface DecodeHint {
  /** The HTTP Content-Type header, if the bytes came over HTTP. Default: none. */
  contentType?: string;
}

export interface Decoded {
  text: string;
  /** Canonical lower-case name of the encoding used ("utf-8", "windows-1252", …). */
  encoding: string;
}

/** How far into the document to look for a `<meta charset>` (the HTML spec says 1024; pages lie). */
export const META_SNIFF_BYTES = 4096;

/** Single-byte labels that WHATWG maps to windows-1252 anyway. */
const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'latin1',
  'latin-1',
  'us-ascii',
  'ascii',
  'l1',
  'cp1252',
  'windows-1252',
  'iso8859-1',
  'iso_8859-1',
]);

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Normalise a charset label; null when iconv-lite cannot decode it. */
export function normaliseCharset(label: string | undefined | null): string | null {
  if (!label) return null;
  const name = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (name === '') return null;
  if (LATIN1_LABELS.has(name)) return 'windows-1252';
  if (name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  if (name === 'gb2312' || name === 'gbk' || name === 'x-gbk') return 'gb18030';
  if (name === 'shift-jis' || name === 'sjis' || name === 'x-sjis') return 'shift_jis';
  return iconv.encodingExists(name) ? name : null;
}

function charsetFromContentType(contentType: string | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return normaliseCharset(match?.[1]);
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  // latin1 maps bytes 1:1, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, META_SNIFF_BYTES),
  ).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (direct) return normaliseCharset(direct[1]);
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return normaliseCharset(xml?.[1]);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** ASCII-heavy text in UTF-16 has a zero in every other byte; which half tells the order. */
function sniffUtf16(bytes: Uint8Array): string | null {
  const sample = Math.min(bytes.length, 1024) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Mostly-UTF-8: more well-formed multi-byte sequences than stray high bytes. A page with a
 * few broken bytes (a bad paste, a cut-off tail) must not be re-read as windows-1252 whole.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const length =
      byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += length - 1;
    } else stray++;
  }
  return sequences > stray * 4;
}

/** True when iconv would read this label one byte per character (so UTF-8 bytes come out as mojibake). */
function isSingleByte(encoding: string): boolean {
  return (
    encoding === 'windows-1252' || /^(iso-?8859|windows-125|cp125|koi8|macintosh)/.test(encoding)
  );
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

/**
 * Decode a page's bytes into text.
 *
 * @example
 * decodeBytes(bytes, { contentType: 'text/html; charset=iso-8859-1' }).encoding // 'utf-8' when the bytes are UTF-8
 */
export function decodeBytes(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  // 1. BOM
  const bom = bomEncoding(bytes);
  if (bom)
    return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  // 2-3. declarations
  const declared = charsetFromContentType(hint.contentType) ?? charsetFromMeta(bytes);
  const utf16 = sniffUtf16(bytes);
  if (utf16 && (!declared || !declared.startsWith('utf-16'))) {
    return { text: decodeWith(bytes, utf16), encoding: utf16 };
  }
  if (declared?.startsWith('utf-16')) {
    // A UTF-16 label on bytes that are not UTF-16 (the meta was readable as ASCII) is a lie.
    const real = utf16 ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
    return { text: decodeWith(bytes, real), encoding: real };
  }
  if (isAscii(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: declared ?? 'utf-8' };
  // 4. verify against the bytes
  const validUtf8 = isValidUtf8(bytes);
  let encoding: string;
  if (declared === 'utf-8') encoding = validUtf8 || isMostlyUtf8(bytes) ? 'utf-8' : 'windows-1252';
  else if (declared && isSingleByte(declared)) encoding = validUtf8 ? 'utf-8' : declared;
  else if (declared) encoding = declared;
  else encoding = validUtf8 || isMostlyUtf8(bytes) ? 'utf-8' : 'windows-1252';
  return { text: decodeWith(bytes, encoding), encoding };
}
