/**
 * Passage-level reuse: which sentences of one article come from another (shared wire copy,
 * verbatim or lightly edited). Unlike near-duplicate detection, two articles may share a few
 * paragraphs and differ everywhere else.
 *
 * Method: each sentence's narration (its text with quotations blanked out) is cut into k-word
 * shingles; a sentence is reused when most of its shingles occur in the other article
 * (containment, so a sentence split or merged differently still matches). Quotations are
 * blanked because two outlets quoting the same speaker verbatim is shared sourcing, not copy.
 *
 *   sentence a of A ──shingles──▶ {s1 … sn}   containment = |{si ∈ shingles(B)}| / n
 *   reused when (containment ≥ minContainment or a run of ≥ minRunWords consecutive words
 *   occurs in B) and at least minSharedShingles match
 *
 * The run test catches lightly edited copy where a clause was added around a long verbatim
 * stretch ("…, Ms Philips said in a letter to the local council").
 */
import type { CleanArticle, ReuseLink } from '../types.js';
import { words } from '../util/tokens.js';

export interface ReuseOptions {
  /** Words per shingle. Default: `DEFAULT_REUSE_SHINGLE_SIZE` (3). */
  shingleSize?: number;
  /** Share of a sentence's shingles that must occur in the other article. Default: `DEFAULT_MIN_CONTAINMENT` (0.6). */
  minContainment?: number;
  /** Shingles a sentence must share, so short sentences never count. Default: `DEFAULT_MIN_SHARED_SHINGLES` (5). */
  minSharedShingles?: number;
  /** Words of one verbatim run that make a sentence reused whatever its containment. Default: `DEFAULT_MIN_RUN_WORDS` (10). */
  minRunWords?: number;
  /** Reused sentences needed before two articles are linked. Default: `DEFAULT_MIN_PASSAGES` (2). */
  minPassages?: number;
}

export const DEFAULT_REUSE_SHINGLE_SIZE = 3;
export const DEFAULT_MIN_CONTAINMENT = 0.6;
export const DEFAULT_MIN_SHARED_SHINGLES = 5;
export const DEFAULT_MIN_PASSAGES = 2;
export const DEFAULT_MIN_RUN_WORDS = 12;
/** `isMostlyReused`: half of an article's sentences taken from one other article. */
export const DEFAULT_MOSTLY_REUSED_SHARE = 0.5;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The text with everything inside quotation marks replaced by spaces (offsets kept). A quote
 * left open at the end of a paragraph closes there: news copy reopens a continuing quotation on
 * each paragraph without closing the previous one.
 */
export function maskQuotations(text: string): string {
  const out = text.split('');
  let closing: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      closing = null;
      continue;
    }
    if (closing === null) {
      if (char === '“') closing = '”';
      else if (char === '"') closing = '"';
      // ‘ opens only at a word start; ’ inside a word is an apostrophe.
      else if (char === '‘' && !LETTER_OR_DIGIT.test(text[i - 1] ?? ' ')) closing = '’';
      else continue;
    } else if (char === closing && (closing !== '’' || !LETTER_OR_DIGIT.test(text[i + 1] ?? ' '))) {
      closing = null;
    }
    out[i] = ' ';
  }
  return out.join('');
}

interface SentenceShingles {
  index: number;
  /** Shingles in reading order (repeats kept, for runs). */
  sequence: string[];
  shingles: Set<string>;
}

function sentenceShingles(clean: CleanArticle, size: number): SentenceShingles[] {
  const masked = maskQuotations(clean.article.text);
  return clean.sentences.map((sentence) => {
    const tokens = words(masked.slice(sentence.span[0], sentence.span[1]));
    const sequence: string[] = [];
    for (let i = 0; i + size <= tokens.length; i++)
      sequence.push(tokens.slice(i, i + size).join(' '));
    return { index: sentence.index, sequence, shingles: new Set(sequence) };
  });
}

type Passage = ReuseLink['passages'][number];

function reusedPassages(
  from: SentenceShingles[],
  into: SentenceShingles[],
  minContainment: number,
  minShared: number,
  minRunShingles: number,
): Passage[] {
  const where = new Map<string, number[]>();
  for (const sentence of into) {
    for (const shingle of sentence.shingles) {
      const list = where.get(shingle);
      if (list) list.push(sentence.index);
      else where.set(shingle, [sentence.index]);
    }
  }
  const out: Passage[] = [];
  for (const sentence of from) {
    if (sentence.shingles.size < minShared) continue;
    const hits = new Map<number, number>();
    let shared = 0;
    for (const shingle of sentence.shingles) {
      const found = where.get(shingle);
      if (!found) continue;
      shared++;
      for (const index of new Set(found)) hits.set(index, (hits.get(index) ?? 0) + 1);
    }
    const containment = shared / sentence.shingles.size;
    let run = 0;
    let longestRun = 0;
    for (const shingle of sentence.sequence) {
      run = where.has(shingle) ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    if (shared < minShared || (containment < minContainment && longestRun < minRunShingles))
      continue;
    const fromSentence = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    out.push({
      sentence: sentence.index,
      fromSentence,
      similarity: Number(containment.toFixed(3)),
    });
  }
  return out;
}

function share(passages: Passage[], clean: CleanArticle): number {
  return clean.sentences.length === 0 ? 0 : passages.length / clean.sentences.length;
}

/**
 * Which article copied which. Reuse is symmetric in the text, so the direction is a rule:
 * 1. both articles dated and the dates differ: the later one reused the earlier;
 * 2. otherwise the article that the shared copy explains more of (the larger share of its
 *    sentences) is the reuser: wire copy is usually the bulk of a shorter rewrite;
 * 3. ties: the longer article is the source (a full wire story vs. a trimmed version).
 */
function isCopier(a: CleanArticle, b: CleanArticle, shareA: number, shareB: number): boolean {
  const dateA = a.article.published?.slice(0, 10);
  const dateB = b.article.published?.slice(0, 10);
  if (dateA && dateB && dateA !== dateB) return dateA > dateB;
  if (shareA !== shareB) return shareA > shareB;
  return a.article.text.length <= b.article.text.length;
}

/**
 * Shared copy between the articles of a story, one link per pair of articles that share at
 * least `minPassages` sentences, oriented from the reusing article to its source.
 *
 * @example
 * const links = findReuse([seed000, seed004]);
 * // → [{ articleId: '<000 id>', fromArticleId: '<004 id>', share: 0.17, passages: [...] }]
 */
export function findReuse(
  articles: readonly CleanArticle[],
  options: ReuseOptions = {},
): ReuseLink[] {
  const size = options.shingleSize ?? DEFAULT_REUSE_SHINGLE_SIZE;
  const minContainment = options.minContainment ?? DEFAULT_MIN_CONTAINMENT;
  const minShared = options.minSharedShingles ?? DEFAULT_MIN_SHARED_SHINGLES;
  const minPassages = options.minPassages ?? DEFAULT_MIN_PASSAGES;
  // A run of n consecutive shingles covers n + size - 1 words.
  const minRunShingles = Math.max(1, (options.minRunWords ?? DEFAULT_MIN_RUN_WORDS) - size + 1);
  const shingles = articles.map((clean) => sentenceShingles(clean, size));
  const links: ReuseLink[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const aFromB = reusedPassages(
        shingles[i]!,
        shingles[j]!,
        minContainment,
        minShared,
        minRunShingles,
      );
      const bFromA = reusedPassages(
        shingles[j]!,
        shingles[i]!,
        minContainment,
        minShared,
        minRunShingles,
      );
      if (Math.min(aFromB.length, bFromA.length) < minPassages) continue;
      const [shareA, shareB] = [share(aFromB, a), share(bFromA, b)];
      const aCopies = isCopier(a, b, shareA, shareB);
      const [copy, source, passages, copyShare] = aCopies
        ? [a, b, aFromB, shareA]
        : [b, a, bFromA, shareB];
      links.push({
        articleId: copy.article.id,
        fromArticleId: source.article.id,
        share: Number(copyShare.toFixed(3)),
        passages,
      });
    }
  }
  return links;
}

/**
 * true when at least `threshold` (default half) of the reusing article's sentences come from
 * its source: such an article adds little independent reporting.
 */
export function isMostlyReused(
  link: ReuseLink,
  threshold: number = DEFAULT_MOSTLY_REUSED_SHARE,
): boolean {
  return link.share >= threshold;
}
