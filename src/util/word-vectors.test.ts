import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWordVectors, readWordVectors, WORD_VECTORS_ENV } from './word-vectors.js';

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

describe('word vectors', () => {
  let dir: string;
  const saved = { vectors: process.env[WORD_VECTORS_ENV], cache: process.env.STORYLINE_CACHE_DIR };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-wv-'));
    process.env.STORYLINE_CACHE_DIR = join(dir, 'cache');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const [key, value] of [
      [WORD_VECTORS_ENV, saved.vectors],
      ['STORYLINE_CACHE_DIR', saved.cache],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('keeps the top words as unit vectors and reads the same vectors back from its cache', () => {
    const source = join(dir, 'tiny.json');
    writeFileSync(
      source,
      JSON.stringify({
        dimensions: 2,
        words: ['the', 'zero', 'fire', 'blaze'],
        vectors: { the: [3, 4, 5, 0], zero: [0, 0, 0, 1], fire: [1, 0, 1, 2], blaze: [0, 2, 2, 3] },
      }),
    );
    const first = readWordVectors(source, { topWords: 2 });
    // "zero" has no direction and is skipped; "blaze" is past the top two words kept.
    expect(first.size).toBe(2);
    expect(Array.from(first.vector('The')!)).toEqual([
      expect.closeTo(0.6, 6),
      expect.closeTo(0.8, 6),
    ]);
    expect(first.vector('blaze')).toBeNull();
    expect(readdirSync(join(dir, 'cache')).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    const again = readWordVectors(source, { topWords: 2 });
    expect(Array.from(again.data)).toEqual(Array.from(first.data));
    expect([...again.rows.keys()]).toEqual(['the', 'fire']);
  });

  it('says how to go on when the source is not a vectors file, and can be turned off', () => {
    const source = join(dir, 'bad.json');
    writeFileSync(source, '{"hello": 1}');
    expect(() => readWordVectors(source)).toThrow(
      /not a wink-embeddings JSON.*STORYLINE_WORD_VECTORS/,
    );
    process.env[WORD_VECTORS_ENV] = 'none';
    expect(loadWordVectors()).toBeNull();
  });

  it('puts words of one meaning closer than words of another (the shipped GloVe vectors)', () => {
    delete process.env[WORD_VECTORS_ENV];
    // The user's cache, as in production: parsed once per machine, then read in milliseconds.
    if (saved.cache === undefined) delete process.env.STORYLINE_CACHE_DIR;
    else process.env.STORYLINE_CACHE_DIR = saved.cache;
    const vectors = loadWordVectors({ topWords: 60_000 })!;
    expect(vectors.dimensions).toBe(100);
    const v = (word: string) => vectors.vector(word)!;
    expect(cosine(v('wildfire'), v('blaze'))).toBeGreaterThan(
      cosine(v('wildfire'), v('election')) + 0.2,
    );
    expect(cosine(v('fired'), v('dismissed'))).toBeGreaterThan(
      cosine(v('fired'), v('banana')) + 0.2,
    );
  });
});
