import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const TEXT = 'Zoë said “déjà vu” costs €5 — naïve façade';
const page = (charset: string, body: string): string =>
  `<html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('reads UTF-8 declared as UTF-8', () => {
    const out = decodeBytes(Buffer.from(page('utf-8', TEXT), 'utf8'));
    expect(out).toMatchObject({ encoding: 'utf-8' });
    expect(out.text).toContain(TEXT);
  });

  it('reads valid UTF-8 mis-declared as latin-1 (meta and HTTP)', () => {
    const bytes = Buffer.from(page('iso-8859-1', TEXT), 'utf8');
    expect(decodeBytes(bytes).text).toContain(TEXT);
    expect(decodeBytes(bytes, { contentType: 'text/html; charset=ISO-8859-1' }).encoding).toBe(
      'utf-8',
    );
  });

  it('reads windows-1252 mis-declared as UTF-8', () => {
    const bytes = iconv.encode(page('utf-8', 'Zoë paid €5 for a naïve façade'), 'windows-1252');
    const out = decodeBytes(bytes);
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toContain('Zoë paid €5 for a naïve façade');
  });

  it('reads undeclared windows-1252 and undeclared UTF-8', () => {
    expect(decodeBytes(iconv.encode('<p>café crème</p>', 'windows-1252')).text).toContain(
      'café crème',
    );
    expect(decodeBytes(Buffer.from('<p>café crème</p>', 'utf8')).text).toContain('café crème');
  });

  it('honours the HTTP charset for non-Latin encodings', () => {
    const bytes = iconv.encode('<p>Привет, мир</p>', 'koi8-r');
    expect(decodeBytes(bytes, { contentType: 'text/html; charset=koi8-r' }).text).toContain(
      'Привет, мир',
    );
    const sjis = iconv.encode(page('shift_jis', '東京の天気'), 'shift_jis');
    expect(decodeBytes(sjis).text).toContain('東京の天気');
  });

  it('reads UTF-16 with and without BOM', () => {
    const le = iconv.encode(page('utf-16', TEXT), 'utf-16le');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toContain(TEXT);
    expect(decodeBytes(le)).toMatchObject({ encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(page('utf-16', TEXT), 'utf-16be')).text).toContain(TEXT);
  });

  it('keeps UTF-8 when a few bytes are broken, and never throws on garbage', () => {
    const bytes = Buffer.concat([
      Buffer.from(page('utf-8', TEXT.repeat(5)), 'utf8'),
      Buffer.from([0xff, 0xc3]),
    ]);
    expect(decodeBytes(bytes).text).toContain(TEXT);
    const garbage = new Uint8Array(10_000).map((_, i) => (i * 7919) & 0xff);
    expect(() => decodeBytes(garbage)).not.toThrow();
    expect(decodeBytes(new Uint8Array(0)).text).toBe('');
    expect(decodeBytes(Buffer.from(page('x-no-such-charset', 'plain'))).text).toContain('plain');
  });
});
