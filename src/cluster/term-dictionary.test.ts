import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { StoryClusterer, type ClusterInput } from './story-clusterer.js';
import { TermDictionary, TermMirror } from './term-dictionary.js';
import { loadEcbPlus, loadNeusPool } from '../eval/clustering-data.js';

const DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';
const hasData =
  existsSync(join(DATA_DIR, 'clustering', 'ecbplus.jsonl.gz')) &&
  existsSync(join(DATA_DIR, 'clustering', 'neus-allsides-trainval.jsonl.gz'));

/** ECB+ (untitled) and NeuS (titled) articles interleaved. */
function inputs(count: number): ClusterInput[] {
  const ecb = loadEcbPlus(DATA_DIR).slice(0, count);
  const neus = loadNeusPool(DATA_DIR).slice(0, count);
  return ecb.flatMap((article, i) =>
    [article, neus[i]!].map((a) => ({ id: a.id, title: a.title, text: a.text, published: null })),
  );
}

describe('TermDictionary and TermMirror (terms across threads as ids)', () => {
  it('sends each term text once per epoch and numbers terms in first-seen order', () => {
    const dictionary = new TermDictionary(3, 7);
    const first = dictionary.encode([
      new Map([
        ['quak', 1],
        ['aceh', 2],
      ]),
      new Map([
        ['aceh', 1.5],
        ['tsunami', 1],
      ]),
    ]);
    expect(first).toMatchObject({ newTerms: ['quak', 'aceh', 'tsunami'], firstNewId: 0 });
    expect(Array.from(first.ids)).toEqual([0, 1, 1, 2]);
    expect(Array.from(first.counts)).toEqual([2, 2]);
    expect(first.dictionary).toBe(7);
    const second = dictionary.encode([new Map([['lohan', 1]])]);
    expect(second).toMatchObject({ newTerms: ['lohan'], firstNewId: 3, epoch: 0 });
    // Past maxTerms (3) the dictionary starts afresh, and says so.
    const third = dictionary.encode([new Map([['aceh', 1]])]);
    expect(third).toMatchObject({ newTerms: ['aceh'], firstNewId: 0, epoch: 1 });

    const mirror = new TermMirror();
    const interned: string[] = [];
    const intern = (term: string) => interned.push(term) - 1;
    const [a, b] = mirror.receive(first);
    expect([...a!.ids].map((id) => mirror.resolve(id, 1, intern))).toEqual([0, 1]);
    expect([...b!.ids].map((id) => mirror.resolve(id, 1, intern))).toEqual([1, 2]);
    expect(interned).toEqual(['quak', 'aceh', 'tsunami']);
    // A batch skipped (out of step) is refused rather than misread.
    expect(() => new TermMirror().receive(second)).toThrow(/out of step/);
  });

  it.skipIf(!hasData)(
    'add(input, mirrored ids) gives the results and state of add(input), across dictionary epochs and vocabulary compactions',
    () => {
      const articles = inputs(150);
      // A small vocabulary bound and window: the clusterer compacts (forgets and renumbers
      // terms) several times, and the worker's dictionary starts afresh every few batches.
      const options = { refineEvery: 7, refineWindow: 30, centroidTerms: 60, maxTerms: 2_000 };
      const straight = new StoryClusterer(options);
      const mirrored = new StoryClusterer(options);
      const dictionary = new TermDictionary(5_000);
      const mirror = new TermMirror();
      const worker = new StoryClusterer();
      const expected = articles.map((input) => straight.add(input));
      const actual: unknown[] = [];
      const BATCH = 16;
      let epochs = 0;
      for (let at = 0; at < articles.length; at += BATCH) {
        const batch = articles.slice(at, at + BATCH);
        const encoded = dictionary.encode(batch.map((input) => worker.terms(input)));
        epochs = Math.max(epochs, encoded.epoch);
        const terms = mirror.receive(encoded);
        batch.forEach((input, i) => actual.push(mirrored.add(input, terms[i])));
      }
      expect(epochs).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
      expect(mirrored.snapshot()).toEqual(straight.snapshot());
    },
  );
});
