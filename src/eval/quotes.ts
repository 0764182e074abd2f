/**
 * Quote attribution scored on PolNeAR: source, cue and content spans, exact and overlap
 * matching (one-to-one, greedy in text order), over all attributions and over direct quotes
 * (gold content opening with a quotation mark), plus speaker accuracy on direct quotes.
 */
import { extractEntityMentions } from '../analyse/entities/index.js';
import { extractQuotes, type QuoteDetail } from '../analyse/quotes/index.js';
import type { Span } from '../types.js';
import {
  loadPolnear,
  polnearCleanArticle,
  POLNEAR_DEV_PATH,
  type PolnearAttribution,
} from './polnear-data.js';

export const DEFAULT_DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';

export interface EvalQuotesOptions {
  /** Folder holding `quotes/`. Default: STORYLINE_DATA or ../shared/data. */
  dataDir?: string;
  /** Path of the set inside dataDir. Default: the dev split. */
  path?: string;
}

export interface SpanScores {
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
}

export interface QuotesReport {
  articles: number;
  gold: number;
  predicted: number;
  all: { source: SpanScores; cue: SpanScores; content: SpanScores };
  direct: {
    gold: number;
    predicted: number;
    source: SpanScores;
    cue: SpanScores;
    content: SpanScores;
  };
  /** Gold direct quotes with a source whose content we found: share with the right speaker. */
  directSpeakerAccuracy: number;
  directSpeakerMatched: number;
  msPerArticle: number;
  /** Which cue model the product path used: the committed one, another file, or `none`. */
  quoteModel: string;
}

type Part = 'source' | 'cue' | 'content';
const QUOTE_OPENERS = /^[“"‘']/;
const TRIM = /[\s.,;:“”"‘’']/;

/** The covering span of a part, trimmed of spaces, punctuation and quotation marks. */
function hull(spans: Span[], text: string): Span {
  let start = Math.min(...spans.map((s) => s[0]));
  let end = Math.max(...spans.map((s) => s[1]));
  while (start < end && TRIM.test(text[start]!)) start++;
  while (end > start && TRIM.test(text[end - 1]!)) end--;
  return [start, end];
}

interface Attribution {
  source: Span | null;
  cue: Span | null;
  content: Span | null;
  direct: boolean;
}

function goldAttributions(attributions: PolnearAttribution[], text: string): Attribution[] {
  return attributions.map((a) => ({
    source: a.source ? hull(a.source.spans, text) : null,
    cue: a.cue ? hull(a.cue.spans, text) : null,
    content: a.content ? hull(a.content.spans, text) : null,
    direct: QUOTE_OPENERS.test(a.content?.text.trim() ?? ''),
  }));
}

/** Quotes sharing a cue are one attribution ("X said Y “…” and “…”"): content is their hull. */
function predictedAttributions(quotes: QuoteDetail[], text: string): Attribution[] {
  const byCue = new Map<string, QuoteDetail[]>();
  quotes.forEach((quote, index) => {
    const key = quote.cueSpan ? `${quote.cueSpan[0]}` : `none-${index}`;
    byCue.set(key, [...(byCue.get(key) ?? []), quote]);
  });
  return [...byCue.values()].map((group) => ({
    source: group[0]!.speakerSpan,
    cue: group[0]!.cueSpan,
    content: hull(
      group.map((q) => q.contentSpan),
      text,
    ),
    direct: group.some((q) => q.direct),
  }));
}

interface Counts {
  exact: number;
  overlap: number;
  predicted: number;
  gold: number;
}

function match(gold: (Span | null)[], predicted: (Span | null)[], exact: boolean): number {
  const used = new Set<number>();
  let hits = 0;
  for (const g of gold) {
    if (!g) continue;
    const index = predicted.findIndex(
      (p, i) =>
        p && !used.has(i) && (exact ? p[0] === g[0] && p[1] === g[1] : p[0] < g[1] && g[0] < p[1]),
    );
    if (index >= 0) {
      used.add(index);
      hits++;
    }
  }
  return hits;
}

function count(counts: Counts, gold: Attribution[], predicted: Attribution[], part: Part): void {
  const g = gold.map((a) => a[part]);
  const p = predicted.map((a) => a[part]);
  counts.gold += g.filter(Boolean).length;
  counts.predicted += p.filter(Boolean).length;
  counts.exact += match(g, p, true);
  counts.overlap += match(g, p, false);
}

function prf(
  hits: number,
  predicted: number,
  gold: number,
): { precision: number; recall: number; f1: number } {
  const precision = predicted ? hits / predicted : 0;
  const recall = gold ? hits / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function scores(counts: Counts): SpanScores {
  return {
    exact: prf(counts.exact, counts.predicted, counts.gold),
    overlap: prf(counts.overlap, counts.predicted, counts.gold),
  };
}

const empty = (): Counts => ({ exact: 0, overlap: 0, predicted: 0, gold: 0 });

export async function evalQuotes(options: EvalQuotesOptions = {}): Promise<QuotesReport> {
  const articles = loadPolnear(
    options.dataDir ?? DEFAULT_DATA_DIR,
    options.path ?? POLNEAR_DEV_PATH,
  );
  const parts: Part[] = ['source', 'cue', 'content'];
  const all = Object.fromEntries(parts.map((p) => [p, empty()])) as Record<Part, Counts>;
  const direct = Object.fromEntries(parts.map((p) => [p, empty()])) as Record<Part, Counts>;
  let gold = 0;
  let predictedTotal = 0;
  let directGold = 0;
  let directPredicted = 0;
  let speakerRight = 0;
  let speakerMatched = 0;
  let elapsed = 0;
  for (const item of articles) {
    const clean = polnearCleanArticle(item);
    const started = performance.now();
    const quotes = extractQuotes(clean, extractEntityMentions(clean));
    elapsed += performance.now() - started;
    const goldSet = goldAttributions(item.attributions, item.text);
    const predicted = predictedAttributions(quotes, item.text);
    gold += goldSet.length;
    predictedTotal += predicted.length;
    const goldDirect = goldSet.filter((a) => a.direct);
    const predictedDirect = predicted.filter((a) => a.direct);
    directGold += goldDirect.length;
    directPredicted += predictedDirect.length;
    for (const part of parts) {
      count(all[part], goldSet, predicted, part);
      count(direct[part], goldDirect, predictedDirect, part);
    }
    for (const g of goldDirect) {
      if (!g.source || !g.content) continue;
      const found = predicted.find(
        (p) => p.content && p.content[0] < g.content![1] && g.content![0] < p.content[1],
      );
      if (!found) continue;
      speakerMatched++;
      if (found.source && found.source[0] < g.source[1] && g.source[0] < found.source[1])
        speakerRight++;
    }
  }
  return {
    articles: articles.length,
    gold,
    predicted: predictedTotal,
    all: { source: scores(all.source), cue: scores(all.cue), content: scores(all.content) },
    direct: {
      gold: directGold,
      predicted: directPredicted,
      source: scores(direct.source),
      cue: scores(direct.cue),
      content: scores(direct.content),
    },
    directSpeakerAccuracy: speakerMatched
      ? Math.round((speakerRight / speakerMatched) * 1000) / 1000
      : 0,
    directSpeakerMatched: speakerMatched,
    msPerArticle: Math.round((elapsed / Math.max(1, articles.length)) * 10) / 10,
    quoteModel: process.env.STORYLINE_QUOTE_MODEL ?? 'models/quote-cues.json.gz',
  };
}
