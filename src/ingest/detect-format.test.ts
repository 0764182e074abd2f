import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe('detectFormat', () => {
  it('reads content before names', () => {
    expect(detectFormat('a.txt', bytes('{"text":"x"}\n'))).toBe('jsonl');
    expect(detectFormat('page', bytes('<!doctype html><html></html>'))).toBe('html');
    expect(detectFormat('in.html', bytes('date 2025-01-03\nPlain text.'))).toBe('text');
    expect(detectFormat('x', bytes('WARC/1.1\r\n'))).toBe('warc');
    expect(detectFormat('x', Uint8Array.from([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(detectFormat('x', Uint8Array.from([0, 1, 2, 3, 0]))).toBe('binary');
  });

  it('finds feeds behind an XML declaration, comments and a DOCTYPE with an internal subset', () => {
    expect(
      detectFormat('f', bytes('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')),
    ).toBe('feed');
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol">]>\n<rss><channel/></rss>';
    expect(detectFormat('f', bytes(laughs))).toBe('feed');
    expect(detectFormat('f', bytes('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'))).toBe(
      'feed',
    );
  });
});
