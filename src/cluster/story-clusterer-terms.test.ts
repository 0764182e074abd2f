import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { StoryClusterer, type ClusterInput } from './story-clusterer.js';
import { loadEcbPlus, loadNeusPool } from '../eval/clustering-data.js';

const DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';
const hasData =
  existsSync(join(DATA_DIR, 'clustering', 'ecbplus.jsonl.gz')) &&
  existsSync(join(DATA_DIR, 'clustering', 'neus-allsides-trainval.jsonl.gz'));

describe('StoryClusterer.terms (the order-free half of add)', () => {
  it.skipIf(!hasData)(
    'add(input, terms computed elsewhere) gives the results and state of add(input)',
    () => {
      // ECB+ (untitled) and NeuS (titled) articles interleaved, so headline terms take part.
      const ecb = loadEcbPlus(DATA_DIR).slice(0, 150);
      const neus = loadNeusPool(DATA_DIR).slice(0, 150);
      const inputs: ClusterInput[] = ecb.flatMap((article, i) =>
        [article, neus[i]!].map((a) => ({
          id: a.id,
          title: a.title,
          text: a.text,
          published: null,
        })),
      );
      expect(inputs.some((input) => input.title !== null)).toBe(true);
      const straight = new StoryClusterer({ refineEvery: 7 });
      const split = new StoryClusterer({ refineEvery: 7 });
      // Terms from a third instance: what a worker thread holds.
      const worker = new StoryClusterer();
      const terms = inputs.map((input) => worker.terms(input));
      const expected = inputs.map((input) => straight.add(input));
      const actual = inputs.map((input, i) => split.add(input, terms[i]));
      expect(actual).toEqual(expected);
      expect(new Set(expected.map((result) => result.story)).size).toBeGreaterThan(20);
      expect(split.snapshot()).toEqual(straight.snapshot());
    },
  );
});
