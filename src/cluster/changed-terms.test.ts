import { describe, it, expect } from 'vitest';
import { ChangedTerms } from './changed-terms.js';

function entries(changed: ChangedTerms, term: number): [number, number][] {
  const out: [number, number][] = [];
  for (let entry = changed.first(term); entry >= 0; entry = changed.nextOf(entry))
    out.push([changed.slotOf(entry), changed.orderOf(entry)]);
  return out.sort((a, b) => a[1] - b[1]);
}

describe('ChangedTerms', () => {
  it('lists the stories noted under a term in this pass only, one entry per note', () => {
    const changed = new ChangedTerms();
    changed.begin();
    changed.note(3, 30, [7, 5000]);
    changed.note(4, 41, [7]);
    changed.note(3, 30, [7]); // changed again during the pass: a second entry
    expect(entries(changed, 7)).toEqual([
      [3, 30],
      [3, 30],
      [4, 41],
    ]);
    expect(entries(changed, 5000)).toEqual([[3, 30]]);
    expect(entries(changed, 8)).toEqual([]);
    expect(entries(changed, 1_000_000)).toEqual([]);
    // A new pass starts empty, however many entries the last one had.
    changed.begin();
    expect(entries(changed, 7)).toEqual([]);
    for (let i = 0; i < 3000; i++) changed.note(i, i, [i % 3]);
    expect(entries(changed, 2)).toHaveLength(1000);
  });
});
