/**
 * Worker of bench/cluster-stream.ts: the order-free half of each article (dedup fingerprint:
 * tokens, digest, MinHash; clustering terms: tokens, stems, weights), computed ahead of the
 * ordered half that the main thread runs. When the request carries ids (one worker), dedup's
 * ordered half runs here too, in stream order, and only the links go back. Both are the
 * library's own functions with default options, so the links and stories are those of
 * `add(text)`.
 */
import { Deduplicator, type Fingerprint } from '../src/dedup/index.js';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import { TermDictionary } from '../src/cluster/term-dictionary.js';
import { serveBatches } from '../src/util/worker-batches.js';
import type { PreparedBatch, PrepareRequest } from './cluster-stream-batch.js';

const dedup = new Deduplicator();
const clusterer = new StoryClusterer();
const dictionary = new TermDictionary();

serveBatches<PrepareRequest, PreparedBatch>(({ titles, texts, ids }) => {
  const dedupShare = dedupBatch(texts, ids);
  const articleTerms: Map<string, number>[] = [];
  for (let i = 0; i < texts.length; i++) {
    articleTerms.push(
      clusterer.terms({ id: '', title: titles[i]!, text: texts[i]!, published: null }),
    );
  }
  // Terms as dictionary ids (typed arrays, moved not copied); strings only for new terms.
  const terms = dictionary.encode(articleTerms);
  return {
    result: { ...dedupShare, terms },
    transfer: [
      dedupShare.signatures.buffer,
      terms.ids.buffer,
      terms.weights.buffer,
      terms.counts.buffer,
    ],
  };
});

/** Dedup's share of a batch: fingerprints for the main thread, or (given ids) the links. */
function dedupBatch(
  texts: string[],
  ids: string[] | null,
): Pick<PreparedBatch, 'digests' | 'links' | 'dedupMs' | 'dedupWindow'> & {
  signatures: Uint32Array<ArrayBuffer>;
} {
  const digests: (string | null)[] = [];
  let signatures = new Uint32Array(0);
  const links: (string | null)[] | null = ids === null ? null : [];
  let dedupMs = 0;
  for (let i = 0; i < texts.length; i++) {
    const print: Fingerprint | null = dedup.fingerprint(texts[i]!);
    if (links !== null) {
      const time = performance.now();
      links.push(dedup.addFingerprint(ids![i]!, print)?.duplicateOf ?? null);
      dedupMs += performance.now() - time;
      // No fingerprint crosses threads; the digests stay one per article for `unpack`.
      digests.push(null);
      continue;
    }
    digests.push(print?.digest ?? null);
    if (print !== null) {
      if (signatures.length === 0)
        signatures = new Uint32Array(texts.length * print.signature.length);
      signatures.set(print.signature, i * print.signature.length);
    }
  }
  return { digests, signatures, links, dedupMs, dedupWindow: links === null ? 0 : dedup.size };
}
