/**
 * Worker of bench/cluster-stream.ts: the order-free half of each article (dedup fingerprint:
 * tokens, digest, MinHash; clustering terms: tokens, stems, weights), computed ahead of the
 * ordered half that the main thread runs. Both are the library's own functions with default
 * options, so the main thread's links and stories are those of `add(text)`.
 */
import { Deduplicator } from '../src/dedup/deduplicator.js';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import { serveBatches } from '../src/util/worker-batches.js';
import type { PreparedBatch, PrepareRequest } from './cluster-stream-batch.js';

const dedup = new Deduplicator();
const clusterer = new StoryClusterer();

serveBatches<PrepareRequest, PreparedBatch>(({ titles, texts }) => {
  const digests: (string | null)[] = [];
  let signatures = new Uint32Array(0);
  // Terms flattened (strings, weights, per-article counts): cheaper to copy across threads than Maps.
  const terms: string[] = [];
  const weights: number[] = [];
  const termCounts = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const print = dedup.fingerprint(texts[i]!);
    digests.push(print?.digest ?? null);
    if (print !== null) {
      if (signatures.length === 0)
        signatures = new Uint32Array(texts.length * print.signature.length);
      signatures.set(print.signature, i * print.signature.length);
    }
    const articleTerms = clusterer.terms({
      id: '',
      title: titles[i]!,
      text: texts[i]!,
      published: null,
    });
    termCounts[i] = articleTerms.size;
    for (const [term, weight] of articleTerms) {
      terms.push(term);
      weights.push(weight);
    }
  }
  const weightArray = Float64Array.from(weights);
  return {
    result: { digests, signatures, terms, weights: weightArray, termCounts },
    transfer: [signatures.buffer, weightArray.buffer, termCounts.buffer],
  };
});
