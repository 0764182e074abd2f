import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Deduplicator } from '../dedup/index.js';
import { loadEcbPlus } from '../eval/clustering-data.js';
import { decodeFingerprint, encodeFingerprint, fingerprint } from './fingerprint-dedup.js';

const DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';
const hasEcb = existsSync(join(DATA_DIR, 'clustering', 'ecbplus.jsonl.gz'));

/** Real texts plus planted copies: exact (re-cased), near (a few words changed), empty. */
function texts(): { id: string; text: string }[] {
  const real = loadEcbPlus(DATA_DIR).slice(0, 400);
  const out = real.map(({ id, text }) => ({ id, text }));
  real.forEach(({ id, text }, index) => {
    if (index % 7 === 0) out.push({ id: `${id}/upper`, text: text.toUpperCase() });
    if (index % 5 === 0) {
      const words = text.split(' ');
      for (let i = 3; i < words.length; i += 40) words[i] = 'changed';
      out.push({ id: `${id}/edit`, text: words.join(' ') });
    }
  });
  out.push({ id: 'empty', text: '  ' }, { id: 'again', text: out[0]!.text });
  // Interleave copies with originals (a copy may come before its original's other copies).
  return out.sort(
    (a, b) => ((a.id.length * 31 + a.text.length) % 97) - ((b.id.length * 31 + b.text.length) % 97),
  );
}

describe('Deduplicator.addFingerprint over stored fingerprints', () => {
  it.skipIf(!hasEcb)(
    'gives the links Deduplicator gives, in the same order, through the stored form',
    () => {
      // The default window, and a small one that evicts (copies outlive their originals).
      for (const [maxDocuments, planted] of [
        [500_000, 100],
        [50, 20],
      ] as const) {
        const oracle = new Deduplicator({ maxDocuments });
        const split = new Deduplicator({ maxDocuments });
        let links = 0;
        for (const { id, text } of texts()) {
          const expected = oracle.add(id, text);
          const stored = encodeFingerprint(fingerprint(text));
          expect(split.addFingerprint(id, decodeFingerprint(stored)!)).toEqual(expected);
          if (expected) links++;
        }
        expect(links).toBeGreaterThan(planted); // the planted copies were found
      }
    },
  );

  it('decodes a stored fingerprint only under the scheme it was made with', () => {
    const text =
      'Health Secretary Wes Streeting said the criticisms were misjudged and misinformed.';
    const old = { scheme: 'k-permutations' as const };
    const storedOld = encodeFingerprint(fingerprint(text, old), old)!;
    const storedNew = encodeFingerprint(fingerprint(text))!;
    // Rows stored before the tag existed carry no tag: k-permutation signatures.
    expect(storedOld).not.toMatch(/^op:/);
    expect(storedNew).toMatch(/^op:/);
    expect(decodeFingerprint(storedOld)).toBeUndefined();
    expect(decodeFingerprint(storedNew, old)).toBeUndefined();
    expect(decodeFingerprint(storedOld, old)!.signature).toEqual(fingerprint(text, old)!.signature);
    expect(decodeFingerprint(storedNew)!.signature).toEqual(fingerprint(text)!.signature);
    expect(decodeFingerprint(storedNew)!.digest).toBe(decodeFingerprint(storedOld, old)!.digest);
  });

  it('has no fingerprint for a text without words', () => {
    expect(fingerprint(' … ')).toBeNull();
    expect(encodeFingerprint(null)).toBeNull();
  });
});
