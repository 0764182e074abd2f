/**
 * Clustering terms that cross threads as numbers (issue 4). A worker computing the order-free
 * half of `StoryClusterer.add` (`terms(input)`) numbers each term in its own dictionary and
 * sends typed arrays of ids and weights, plus the text of the terms new to its dictionary
 * only; the clusterer's thread mirrors each worker's dictionary and translates ids through a
 * typed array instead of interning every term string again:
 *
 *   worker:  TermDictionary.encode(terms[]) ─► { ids, weights, counts, newTerms, epoch }
 *   main:    TermMirror.receive(batch) ─► per article { mirror, ids, weights }
 *            StoryClusterer.add(input, those) ─► mirror.resolve(id) ─► clusterer term id
 *
 * Per article, the raw vector is the one `add(input)` would build (same terms, weights and
 * order), so the results are the same. The worker's dictionary is bounded: past `maxTerms`
 * it starts a new epoch (empty dictionary, ids from 0) and the mirror follows.
 */
import { threadId } from 'node:worker_threads';
import { StorylineError } from '../errors.js';
import { DEFAULT_MAX_TERMS } from './document-frequencies.js';

/** One batch of articles' terms, flattened (all arrays can be transferred, not copied). */
export interface EncodedTerms {
  /** Dictionary ids of all articles' terms, concatenated; `counts[i]` of them are article i's. */
  ids: Int32Array<ArrayBuffer>;
  weights: Float64Array<ArrayBuffer>;
  counts: Int32Array<ArrayBuffer>;
  /** Terms new to the dictionary in this batch, in id order (ids `firstNewId`, …). */
  newTerms: string[];
  firstNewId: number;
  /** Bumped each time the dictionary starts afresh. */
  epoch: number;
  /** Which dictionary numbered the terms (one mirror per dictionary). */
  dictionary: number;
}

/** Worker side: numbers terms in first-seen order. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private epoch = 0;

  /**
   * @param maxTerms terms after which the dictionary starts afresh. Default: DEFAULT_MAX_TERMS
   *   (the clusterer's vocabulary bound).
   * @param id names the dictionary in its batches. Default: the thread id (one per worker).
   */
  constructor(
    private readonly maxTerms = DEFAULT_MAX_TERMS,
    readonly id: number = threadId,
  ) {}

  encode(articles: readonly Map<string, number>[]): EncodedTerms {
    if (this.ids.size > this.maxTerms) {
      this.ids.clear();
      this.epoch++;
    }
    let total = 0;
    for (const terms of articles) total += terms.size;
    const ids = new Int32Array(total);
    const weights = new Float64Array(total);
    const counts = new Int32Array(articles.length);
    const firstNewId = this.ids.size;
    const newTerms: string[] = [];
    let at = 0;
    articles.forEach((terms, i) => {
      counts[i] = terms.size;
      for (const [term, weight] of terms) {
        let id = this.ids.get(term);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(term, id);
          newTerms.push(term);
        }
        ids[at] = id;
        weights[at++] = weight;
      }
    });
    return { ids, weights, counts, newTerms, firstNewId, epoch: this.epoch, dictionary: this.id };
  }
}

/** One article's terms as a worker's dictionary ids: what `StoryClusterer.add` accepts. */
export interface MirroredTerms {
  mirror: TermMirror;
  ids: Int32Array<ArrayBuffer>;
  weights: Float64Array<ArrayBuffer>;
}

/**
 * Main side: the strings of one worker's dictionary, and their clusterer term ids once
 * resolved. A translation is valid for one vocabulary `generation` of the clusterer (its
 * compactions renumber terms); after that each term is resolved again, once, by its text.
 */
export class TermMirror {
  private terms: string[] = [];
  private epoch = 0;
  private translation = new Int32Array(1024);
  private generation = -1;

  /** Takes in a batch's new terms; returns its articles' terms (views into the batch). */
  receive(batch: EncodedTerms): MirroredTerms[] {
    if (batch.epoch !== this.epoch) {
      this.epoch = batch.epoch;
      this.terms = [];
      this.generation = -1;
    }
    if (batch.firstNewId !== this.terms.length) {
      throw new StorylineError(
        'BAD_OPTION',
        `term mirror out of step: the batch numbers its new terms from ${batch.firstNewId}, the mirror holds ${this.terms.length}; receive each dictionary's batches in the order encoded, one mirror per dictionary`,
        2,
      );
    }
    for (const term of batch.newTerms) this.terms.push(term);
    const out: MirroredTerms[] = [];
    let at = 0;
    for (let i = 0; i < batch.counts.length; i++) {
      const end = at + batch.counts[i]!;
      out.push({
        mirror: this,
        ids: batch.ids.subarray(at, end),
        weights: batch.weights.subarray(at, end),
      });
      at = end;
    }
    return out;
  }

  /**
   * The clusterer term id of dictionary id `id` under vocabulary `generation`, interning the
   * term's text through `intern` the first time it is asked for in that generation.
   */
  resolve(id: number, generation: number, intern: (term: string) => number): number {
    if (generation !== this.generation) {
      this.generation = generation;
      this.translation.fill(-1);
    }
    if (id >= this.translation.length) {
      let size = this.translation.length;
      while (size <= id) size *= 2;
      const grown = new Int32Array(size).fill(-1);
      grown.set(this.translation);
      this.translation = grown;
    }
    let resolved = this.translation[id]!;
    if (resolved < 0) {
      resolved = intern(this.terms[id]!);
      this.translation[id] = resolved;
    }
    return resolved;
  }
}
