import { describe, it, expect } from 'vitest';
import { Deduplicator } from './deduplicator.js';
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
});
