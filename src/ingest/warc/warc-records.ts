/**
 * A streaming WARC reader: plain WARC, or WARC.gz where each record is its own gzip member
 * (Common Crawl) or the whole file is one member.
 *
 *   file  ─► [gzip member]─[gzip member]─…      each member inflated alone (inflateRawSync
 *             │ offset       │ offset            reports how many compressed bytes it used,
 *             ▼              ▼                   which is where the next member starts)
 *           WARC/1.1 header ␍␊␍␊ block(Content-Length) ␍␊␍␊
 *
 * A truncated last record (or member) is an error event; every record before it is kept.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { ByteWindow } from './byte-window.js';
import { parseWarcHeader } from './warc-header.js';

export interface WarcRecord {
  /** Byte offset in the file of the record, or of the gzip member holding it. */
  offset: number;
  /** Header fields, names lower-cased ("warc-type", "warc-target-uri"). */
  fields: Map<string, string>;
  block: Buffer;
}

export interface WarcError {
  offset: number;
  error: string;
}

export interface WarcReadOptions {
  /** Records (and decompressed gzip members) beyond this are skipped. Default 256 MiB. */
  maxRecordBytes?: number;
}

export const DEFAULT_MAX_RECORD_BYTES = 256 * 1024 * 1024;

/** Length of the gzip member header at the start of `bytes`; null until enough bytes are in. */
export function gzipHeaderLength(bytes: Buffer): number | null {
  if (bytes.length < 10) return null;
  const flags = bytes[3]!;
  let at = 10;
  if (flags & 4) {
    if (bytes.length < at + 2) return null;
    at += 2 + bytes.readUInt16LE(at);
  }
  for (const flag of [8, 16]) {
    if (!(flags & flag)) continue;
    const zero = bytes.indexOf(0, at);
    if (zero < 0) return null;
    at = zero + 1;
  }
  if (flags & 2) at += 2;
  return bytes.length >= at ? at : null;
}

/** Records of an uncompressed buffer; a cut last record becomes an error. */
function* recordsIn(data: Buffer, offset: number, cut: boolean): Generator<WarcRecord | WarcError> {
  let at = 0;
  while (at < data.length) {
    while (at < data.length && (data[at] === 0x0d || data[at] === 0x0a)) at++;
    if (at >= data.length) return;
    const header = parseWarcHeader(data.subarray(at));
    if (header === 'need-more') {
      yield { offset, error: cut ? 'truncated WARC record' : 'WARC header cut at end of member' };
      return;
    }
    if ('error' in header) {
      yield { offset, error: header.error };
      return;
    }
    const end = at + header.headerLength + header.contentLength;
    if (end > data.length) {
      yield { offset, error: 'truncated WARC record' };
      return;
    }
    yield { offset, fields: header.fields, block: data.subarray(at + header.headerLength, end) };
    at = end;
  }
}

async function* plainRecords(
  window: ByteWindow,
  maxRecordBytes: number,
): AsyncGenerator<WarcRecord | WarcError> {
  for (;;) {
    if (!(await window.fill(1))) return;
    // Records end with CRLF CRLF; tolerate more or fewer between records.
    let lead = 0;
    while (
      lead < window.bytes.length &&
      (window.bytes[lead] === 0x0d || window.bytes[lead] === 0x0a)
    )
      lead++;
    await window.consume(lead);
    if (window.bytes.length === 0) continue;
    const offset = window.offset;
    const header = parseWarcHeader(window.bytes);
    if (header === 'need-more') {
      if (await window.more()) continue;
      yield { offset, error: 'truncated WARC header' };
      return;
    }
    if ('error' in header) {
      yield { offset, error: header.error };
      return;
    }
    const total = header.headerLength + header.contentLength;
    if (header.contentLength > maxRecordBytes) {
      yield { offset, error: `WARC record larger than ${maxRecordBytes} bytes` };
      await window.consume(total);
      continue;
    }
    if (!(await window.fill(total))) {
      yield { offset, error: 'truncated WARC record' };
      return;
    }
    yield {
      offset,
      fields: header.fields,
      block: window.bytes.subarray(header.headerLength, total),
    };
    await window.consume(total);
  }
}

type Inflated = { data: Buffer; used: number; cut: boolean } | { error: string };

async function inflateMember(window: ByteWindow, maxRecordBytes: number): Promise<Inflated> {
  let headerLength = gzipHeaderLength(window.bytes);
  while (headerLength === null) {
    if (!(await window.more())) return { error: 'truncated gzip header' };
    headerLength = gzipHeaderLength(window.bytes);
  }
  for (;;) {
    const deflated = window.bytes.subarray(headerLength);
    try {
      // With `info` Node returns the engine too; its bytesWritten is the compressed length used.
      const result = inflateRawSync(deflated, {
        info: true,
        maxOutputLength: maxRecordBytes,
      } as never) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      // 8 trailer bytes (CRC32, ISIZE) follow the deflate stream.
      return {
        data: result.buffer,
        used: headerLength + result.engine.bytesWritten + 8,
        cut: false,
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        return { error: `gzip member larger than ${maxRecordBytes} bytes decompressed` };
      if (code !== 'Z_BUF_ERROR') return { error: 'corrupt gzip member' };
      // The member runs past the window: read as much again (doubling keeps retries few).
      const before = window.bytes.length;
      await window.fill(before * 2);
      if (window.bytes.length > before) continue;
      try {
        const data = inflateRawSync(deflated, {
          finishFlush: constants.Z_SYNC_FLUSH,
          maxOutputLength: maxRecordBytes,
        });
        return { data, used: window.bytes.length, cut: true };
      } catch {
        return { error: 'truncated gzip member' };
      }
    }
  }
}

async function* gzipRecords(
  window: ByteWindow,
  maxRecordBytes: number,
): AsyncGenerator<WarcRecord | WarcError> {
  while (await window.fill(1)) {
    const offset = window.offset;
    if (!(await window.fill(2)) || window.bytes[0] !== 0x1f || window.bytes[1] !== 0x8b) {
      yield { offset, error: 'bytes after the last gzip member are not gzip' };
      return;
    }
    const member = await inflateMember(window, maxRecordBytes);
    if ('error' in member) {
      yield { offset, error: member.error };
      return;
    }
    yield* recordsIn(member.data, offset, member.cut);
    if (member.cut) return;
    await window.consume(member.used);
  }
}

/**
 * Stream the records of a WARC or WARC.gz.
 *
 * @example
 * for await (const record of readWarcRecords(createReadStream('crawl.warc.gz'))) …
 */
export async function* readWarcRecords(
  chunks: AsyncIterable<Uint8Array>,
  options: WarcReadOptions = {},
): AsyncGenerator<WarcRecord | WarcError> {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const window = new ByteWindow(chunks);
  if (!(await window.fill(2))) return;
  const gzip = window.bytes[0] === 0x1f && window.bytes[1] === 0x8b;
  yield* gzip ? gzipRecords(window, maxRecordBytes) : plainRecords(window, maxRecordBytes);
}
