/**
 * Worker of bench/cluster-stream.ts: the order-free half of each article (dedup fingerprint:
 * tokens, digest, MinHash; clustering terms: tokens, stems, weights), computed ahead of the
 * ordered half that the main thread runs. Both are the library's own functions with default
 * options, so the main thread's links and stories are those of `add(text)`.
 */
import { Deduplicator } from '../src/dedup/deduplicator.js';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import { TermDictionary } from '../src/cluster/term-dictionary.js';
import { serveBatches } from '../src/util/worker-batches.js';
import type { PreparedBatch, PrepareRequest } from './cluster-stream-batch.js';

const dedup = new Deduplicator();
const clusterer = new StoryClusterer();
const dictionary = new TermDictionary();

serveBatches<PrepareRequest, PreparedBatch>(({ titles, texts }) => {
  const digests: (string | null)[] = [];
  let signatures = new Uint32Array(0);
  const articleTerms: Map<string, number>[] = [];
  for (let i = 0; i < texts.length; i++) {
    const print = dedup.fingerprint(texts[i]!);
    digests.push(print?.digest ?? null);
    if (print !== null) {
      if (signatures.length === 0)
        signatures = new Uint32Array(texts.length * print.signature.length);
      signatures.set(print.signature, i * print.signature.length);
    }
    articleTerms.push(
      clusterer.terms({ id: '', title: titles[i]!, text: texts[i]!, published: null }),
    );
  }
  // Terms as dictionary ids (typed arrays, moved not copied); strings only for new terms.
  const terms = dictionary.encode(articleTerms);
  return {
    result: { digests, signatures, terms },
    transfer: [signatures.buffer, terms.ids.buffer, terms.weights.buffer, terms.counts.buffer],
  };
});
