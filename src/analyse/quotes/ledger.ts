/**
 * The quote ledger: the same quote across outlets is one entry.
 *
 *   1. split every direct quote into sentences (a long quote carries several short ones)
 *   2. link two pieces of different quotes when the shorter's words are contained in the
 *      longer (≥ DEFAULT_CONTAINMENT) and the speakers agree; union-find over the links
 *   3. pieces of one quote that matched nothing elsewhere regroup into that quote; pieces of
 *      one quote that landed in one entry read as one wording
 *   4. per entry: variants (distinct wordings and their sources); the text is the wording
 *      carried by most sources (the shorter on ties); entries by sources, then first seen
 */
import type { Quote, QuoteMention, QuoteVariant } from '../../types.js';
import { words } from '../../util/tokens.js';

export interface LedgerOptions {
  /** Share of the shorter piece's words found in the longer to call them one quote. Default 0.8. */
  containment?: number;
  /** Include indirect speech (no quotation marks). Default false: the ledger is of quotes. */
  includeIndirect?: boolean;
}

export const DEFAULT_CONTAINMENT = 0.8;
/** Pieces shorter than this need an exact phrase match, not a bag of words. */
const MIN_BAG_WORDS = 4;

interface Piece {
  quote: number;
  articleId: string;
  speaker: string | null;
  text: string;
  words: string[];
  order: number;
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[“‘"]?\p{Lu})|\n+/u)
    .map((part) => part.replace(/^[“‘"\s]+|[”’"\s]+$/g, '').trim())
    .filter((part) => words(part).length > 0);
}

function contained(short: string[], long: string[], threshold: number): boolean {
  if (short.length < MIN_BAG_WORDS) return ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);
  const bag = new Map<string, number>();
  for (const word of long) bag.set(word, (bag.get(word) ?? 0) + 1);
  let hits = 0;
  for (const word of short) {
    const left = bag.get(word) ?? 0;
    if (left > 0) {
      hits++;
      bag.set(word, left - 1);
    }
  }
  return hits / short.length >= threshold;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    while (this.parent[index] !== index)
      index = this.parent[index] = this.parent[this.parent[index]!]!;
    return index;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * @example
 * const ledger = buildQuoteLedger([...quotesOf000, ...quotesOf001]);
 * ledger[0]; // { speaker: 'Wes Streeting', text: 'misjudged and certainly misinformed', sources: [...] }
 */
export function buildQuoteLedger(
  quotes: readonly QuoteMention[],
  options: LedgerOptions = {},
): Quote[] {
  const threshold = options.containment ?? DEFAULT_CONTAINMENT;
  const kept = quotes.filter((quote) => quote.direct || options.includeIndirect);
  // 1. Pieces.
  const pieces: Piece[] = [];
  kept.forEach((quote, index) => {
    for (const text of splitSentences(quote.content)) {
      pieces.push({
        quote: index,
        articleId: quote.articleId,
        speaker: quote.speaker,
        text,
        words: words(text),
        order: pieces.length,
      });
    }
  });
  // 2. Links between pieces of different quotes.
  const sets = new UnionFind(pieces.length);
  const linked = new Set<number>();
  for (let a = 0; a < pieces.length; a++) {
    for (let b = a + 1; b < pieces.length; b++) {
      const left = pieces[a]!;
      const right = pieces[b]!;
      if (left.quote === right.quote || left.speaker !== right.speaker) continue;
      const [short, long] = left.words.length <= right.words.length ? [left, right] : [right, left];
      const same = short.words.join(' ') === long.words.join(' ');
      if (!same && (short.words.length < 2 || !contained(short.words, long.words, threshold)))
        continue;
      sets.union(a, b);
      linked.add(a).add(b);
    }
  }
  // 3. Unmatched pieces of one quote stay together.
  const firstFree = new Map<number, number>();
  pieces.forEach((piece, index) => {
    if (linked.has(index)) return;
    const anchor = firstFree.get(piece.quote);
    if (anchor === undefined) firstFree.set(piece.quote, index);
    else sets.union(index, anchor);
  });
  // 4. Entries.
  const groups = new Map<number, Piece[]>();
  pieces.forEach((piece, index) => {
    const root = sets.find(index);
    groups.set(root, [...(groups.get(root) ?? []), piece]);
  });
  const entries: (Quote & { order: number })[] = [];
  for (const group of groups.values()) entries.push(toEntry(group, kept));
  entries.sort((a, b) => b.sources.length - a.sources.length || a.order - b.order);
  return entries.map(({ order: _order, ...entry }) => entry);
}

function toEntry(group: Piece[], quotes: readonly QuoteMention[]): Quote & { order: number } {
  // Pieces of one unmatched quote render as the whole quote.
  const quoteIds = new Set(group.map((piece) => piece.quote));
  // Several pieces of one quote in an entry (“… misinformed. But we’re willing …” where
  // another outlet ran both as one sentence) are one wording, not one variant each.
  const piecesOf = new Map<number, Piece[]>();
  for (const piece of group)
    piecesOf.set(piece.quote, [...(piecesOf.get(piece.quote) ?? []), piece]);
  const wording = (piece: Piece): string => {
    if (quoteIds.size === 1 && group.length > 1) return quotes[piece.quote]!.content;
    const own = piecesOf.get(piece.quote)!;
    return own.length > 1 ? own.map((part) => part.text).join(' ') : piece.text;
  };
  const variants = new Map<string, QuoteVariant>();
  for (const piece of group) {
    const text = wording(piece);
    const key = words(text).join(' ');
    const variant = variants.get(key) ?? { text, sources: [] };
    if (!variant.sources.includes(piece.articleId)) variant.sources.push(piece.articleId);
    variants.set(key, variant);
  }
  const ranked = [...variants.values()].sort(
    (a, b) => b.sources.length - a.sources.length || a.text.length - b.text.length,
  );
  const sources = [...new Set(group.map((piece) => piece.articleId))];
  return {
    speaker: group[0]!.speaker,
    text: ranked[0]!.text,
    sources,
    variants: ranked,
    order: Math.min(...group.map((piece) => piece.order)),
  };
}
