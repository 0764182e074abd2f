import { describe, it, expect } from 'vitest';
import { WorkerBatches } from './worker-batches.js';
import { words } from './tokens.js';
import { readSeeds } from '../dedup/seeds.test-helper.js';

const WORKER = new URL('./worker-batches.test-worker.ts', import.meta.url);

describe('WorkerBatches', () => {
  it('returns each batch’s result, in submission order, across two workers', async () => {
    const sentences = readSeeds().flatMap((seed) => seed.text.split(/(?<=[.!?])\s+/));
    const batches = Array.from({ length: 12 }, (_, i) => sentences.slice(i * 5, i * 5 + 5));
    const pool = new WorkerBatches<string[], string[][]>(WORKER, { workers: 2 });
    try {
      const results = await Promise.all(batches.map((batch) => pool.run(batch)));
      expect(results).toEqual(batches.map((batch) => batch.map((text) => words(text))));
    } finally {
      await pool.close();
    }
  });

  it('rejects the batches of a failed worker instead of losing them', async () => {
    const pool = new WorkerBatches<string[], string[][]>(WORKER, { workers: 1 });
    try {
      await expect(pool.run(['fail'])).rejects.toThrow(/asked to fail/);
      await expect(pool.run(['after'])).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });

  it('rejects a worker count below one', () => {
    expect(() => new WorkerBatches(WORKER, { workers: 0 })).toThrow(/workers/);
  });
});
