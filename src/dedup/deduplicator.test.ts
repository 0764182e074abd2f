import { describe, it, expect } from 'vitest';
import type { DuplicateLink } from '../types.js';
import { Deduplicator } from './deduplicator.js';
import { MinHashLsh } from './lsh.js';
import { agreement } from './minhash.js';
import { readSeeds } from './seeds.test-helper.js';

describe('Deduplicator', () => {
  const seeds = readSeeds();

  it('links an exact copy (case and punctuation ignored) to the original', () => {
    const dedup = new Deduplicator();
    expect(dedup.add('a', seeds[0]!.text)).toBeNull();
    const link = dedup.add('b', seeds[0]!.text.toUpperCase().replace(/[.,]/g, ' ; '));
    expect(link).toEqual({ id: 'b', duplicateOf: 'a', similarity: 1, kind: 'exact' });
  });

  it('links a lightly edited copy as near, to the earliest original', () => {
    const dedup = new Deduplicator();
    const text = seeds[4]!.text;
    dedup.add('original', text);
    const edited = text.replace(/Musk/g, 'Elon Musk').replace(/said/g, 'stated');
    const first = dedup.add('edited', edited);
    expect(first?.kind).toBe('near');
    expect(first?.duplicateOf).toBe('original');
    // A copy of the copy still points at the earliest original.
    const again = dedup.add('edited-again', edited.replace(/Starmer/g, 'Keir Starmer'));
    expect(again?.duplicateOf).toBe('original');
  });

  it('does not link different articles of the same story', () => {
    const dedup = new Deduplicator();
    const links = seeds.map((seed) => dedup.add(seed.id, seed.text));
    expect(links.every((link) => link === null)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const run = (seed: number) => {
      const dedup = new Deduplicator({ seed });
      dedup.add('a', seeds[1]!.text);
      return dedup.add('b', seeds[1]!.text.split('\n').slice(0, -1).join('\n'));
    };
    expect(run(5)).toEqual(run(5));
  });

  it('forgets texts beyond maxDocuments', () => {
    const dedup = new Deduplicator({ maxDocuments: 2 });
    dedup.add('a', seeds[0]!.text);
    dedup.add('b', seeds[1]!.text);
    dedup.add('c', seeds[2]!.text);
    expect(dedup.size).toBe(2);
    expect(dedup.add('d', seeds[0]!.text)).toBeNull();
  });

  it('rejects bands × rows that do not fit numPerm', () => {
    expect(() => new Deduplicator({ numPerm: 50 })).toThrow(/numPerm/);
  });

  it('links as a naive oracle does (Map of texts, MinHashLsh, full signatures), window included', () => {
    // Variants of the seed articles: copies with words replaced, sentences dropped, and re-cased
    // exact copies, so that near and exact links, roots of roots and eviction all occur.
    let state = 12345;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const texts: string[] = [];
    for (let i = 0; i < 160; i++) {
      const base = seeds[Math.floor(random() * seeds.length)]!.text.split(' ');
      const rate = random() * 0.1;
      const text = base.map((word) => (random() < rate ? `w${Math.floor(random() * 50)}` : word));
      texts.push(random() < 0.1 ? (texts[texts.length - 1]?.toUpperCase() ?? '') : text.join(' '));
    }
    for (const maxDocuments of [7, 40, 1000]) {
      const dedup = new Deduplicator({ maxDocuments });
      const oracle = naiveDedup(maxDocuments);
      const links = texts.map((text, i) => dedup.add(`t${i}`, text));
      const expected = texts.map((text, i) => oracle(`t${i}`, dedup.fingerprint(text)));
      expect(links).toEqual(expected);
      if (maxDocuments === 1000) {
        expect(links.filter((link) => link?.kind === 'near').length).toBeGreaterThan(50);
        expect(links.filter((link) => link?.kind === 'exact').length).toBeGreaterThan(5);
      }
    }
  });
});

/** The straightforward Deduplicator: every kept text an object in a Map, oldest evicted first. */
function naiveDedup(maxDocuments: number) {
  interface Kept {
    rootId: string;
    rootOrder: number;
    digest: string;
    signature: Uint32Array;
    keys: Uint32Array;
  }
  const kept = new Map<number, Kept>();
  const byDigest = new Map<string, number>();
  const lsh = new MinHashLsh({ seed: 1 });
  let order = 0;
  return (id: string, print: ReturnType<Deduplicator['fingerprint']>): DuplicateLink | null => {
    if (print === null) return null;
    const exact = kept.get(byDigest.get(print.digest) ?? -1);
    if (exact)
      return exact.rootId === id
        ? null
        : { id, duplicateOf: exact.rootId, similarity: 1, kind: 'exact' };
    const keys = lsh.bandKeys(print.signature);
    let best: { rootId: string; rootOrder: number; similarity: number } | null = null;
    for (const candidate of lsh.query(keys)) {
      const other = kept.get(candidate)!;
      const similarity = agreement(print.signature, other.signature);
      if (similarity < 0.7) continue;
      if (
        !best ||
        other.rootOrder < best.rootOrder ||
        (other.rootOrder === best.rootOrder && similarity > best.similarity)
      )
        best = { rootId: other.rootId, rootOrder: other.rootOrder, similarity };
    }
    const mine = order++;
    kept.set(mine, {
      rootId: best?.rootId ?? id,
      rootOrder: best?.rootOrder ?? mine,
      digest: print.digest,
      signature: print.signature,
      keys,
    });
    byDigest.set(print.digest, mine);
    lsh.insert(mine, keys);
    if (kept.size > maxDocuments) {
      const [oldest, entry] = kept.entries().next().value as [number, Kept];
      kept.delete(oldest);
      lsh.remove(oldest, entry.keys);
      if (byDigest.get(entry.digest) === oldest) byDigest.delete(entry.digest);
    }
    return best === null || best.rootId === id
      ? null
      : { id, duplicateOf: best.rootId, similarity: best.similarity, kind: 'near' };
  };
}
