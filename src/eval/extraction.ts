/**
 * Extraction quality on the labelled sets, scored by each benchmark's own metric
 * (extraction-metrics.ts), with the peers' published outputs scored by the same code.
 *
 *   zyte               shingle F1 (precision/recall means over pages, F1 from the means)
 *   wcxb-articles-dev  word bag-of-words F1 per page, averaged; title/author/date accuracy
 */
import { loadWcxb, loadZyte, loadZytePeers } from './extraction-data.js';
import {
  bagOfWordsF1,
  shingleMatching,
  zyteMetrics,
  type PrecisionRecallF1,
} from './extraction-metrics.js';
import { decodeBytes } from '../ingest/encoding/decode.js';
import { extractHtml, type ExtractedPage } from '../ingest/html/extract.js';

export interface EvalExtractionOptions {
  /** Folder holding `extraction/zyte` and `extraction/wcxb-articles-dev`. */
  dataDir: string;
  /** The extractor under test. Default: our extractHtml. */
  extract?: (
    html: string,
    url: string,
  ) => Pick<ExtractedPage, 'text' | 'title' | 'byline' | 'published'>;
}

export interface ExtractionReport {
  zyte: PrecisionRecallF1 & { pages: number; peers: Record<string, PrecisionRecallF1> };
  wcxb: PrecisionRecallF1 & {
    pages: number;
    /** Share of pages whose title matches the gold title after case/punctuation folding. */
    titleAccuracy: number;
    authorAccuracy: number;
    /** Same calendar day (same month when the gold has only a month) as the gold publish date, over pages that have one. */
    publishDateAccuracy: number;
    /** How many gold labels each accuracy is over. */
    counts: { title: number; author: number; publishDate: number };
  };
}

const round = (x: number): number => Number(x.toFixed(4));

function rounded(m: PrecisionRecallF1): PrecisionRecallF1 {
  return { precision: round(m.precision), recall: round(m.recall), f1: round(m.f1) };
}

/** Case, punctuation and spacing folded: "Héllo,  World!" ≡ "héllo world". */
export function foldForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const defaultExtract = (html: string, url: string): ExtractedPage => extractHtml(html, { url });

/**
 * Score an extractor on both sets.
 * @example
 * const report = await evalExtraction({ dataDir: '../shared/data' });
 * report.zyte.f1 // 0.96…
 */
export async function evalExtraction(options: EvalExtractionOptions): Promise<ExtractionReport> {
  const extract = options.extract ?? defaultExtract;
  // Zyte
  const zyte = loadZyte(options.dataDir);
  const ours = zyte.map((page) =>
    shingleMatching(page.truth, extract(decodeBytes(page.html()).text, page.url).text),
  );
  const peers: Record<string, PrecisionRecallF1> = {};
  for (const [name, bodies] of loadZytePeers(options.dataDir)) {
    peers[name] = rounded(
      zyteMetrics(zyte.map((page) => shingleMatching(page.truth, bodies.get(page.id) ?? ''))),
    );
  }
  // WCXB: pages without gold text cannot score text, but still score metadata.
  let precision = 0,
    recall = 0,
    f1 = 0,
    scored = 0;
  const hits = { title: 0, author: 0, publishDate: 0 };
  const counts = { title: 0, author: 0, publishDate: 0 };
  for (const page of loadWcxb(options.dataDir)) {
    const out = extract(decodeBytes(page.html()).text, page.url);
    if (page.truth) {
      const m = bagOfWordsF1(page.truth, out.text);
      precision += m.precision;
      recall += m.recall;
      f1 += m.f1;
      scored++;
    }
    if (page.title) {
      counts.title++;
      if (out.title && foldForCompare(out.title) === foldForCompare(page.title)) hits.title++;
    }
    if (page.author) {
      counts.author++;
      if (out.byline && foldForCompare(out.byline) === foldForCompare(page.author)) hits.author++;
    }
    if (page.publishDate) {
      counts.publishDate++;
      // Compared at the gold's own precision: a few gold dates are a month ("2015-11"), and
      // any day of that month is right (the old 10-character slice could never match them).
      if (out.published?.slice(0, page.publishDate.length) === page.publishDate) hits.publishDate++;
    }
  }
  const ratio = (a: number, b: number): number => (b > 0 ? round(a / b) : 0);
  return {
    zyte: { ...rounded(zyteMetrics(ours)), pages: zyte.length, peers },
    wcxb: {
      precision: ratio(precision, scored),
      recall: ratio(recall, scored),
      f1: ratio(f1, scored),
      pages: scored,
      titleAccuracy: ratio(hits.title, counts.title),
      authorAccuracy: ratio(hits.author, counts.author),
      publishDateAccuracy: ratio(hits.publishDate, counts.publishDate),
      counts,
    },
  };
}
