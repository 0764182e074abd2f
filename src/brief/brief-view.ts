/**
 * What every renderer shows, computed once: labels for citations, the coverage matrix of
 * outlets against top facts and quotes, the dateline and the timeline split into anchored
 * and unanchored entries. Renderers only format.
 */
import type { Brief } from '../types.js';
import { timelineView, type TimelineView } from './timeline-view.js';

export interface MatrixRow {
  kind: 'fact' | 'quote';
  text: string;
  /** One cell per article, in story order: true when the article carries it. */
  cells: boolean[];
}

/** One line of the single-source list: a claim only one article reports. */
export interface SingleSourceClaim {
  articleId: string;
  text: string;
}

export interface BriefView {
  labelOf: (articleId: string) => string;
  cite: (sources: readonly string[]) => string[];
  dateline: string;
  matrix: MatrixRow[];
  outlets: number;
  /** Dated entries first; unanchored relative mentions apart, for folding. */
  timeline: TimelineView;
  /** Corroborated facts shown (the first DEFAULT_FACT_ROWS), in the brief's order. */
  facts: Brief['facts'];
  /** What one article alone reports: up to DEFAULT_SINGLE_SOURCE_CLAIMS per article. */
  singleSource: SingleSourceClaim[];
}

/** Corroborated facts listed. Default 12. */
export const DEFAULT_FACT_ROWS = 12;
/** Single-source claims listed per article. Default 2. */
export const DEFAULT_SINGLE_SOURCE_CLAIMS = 2;

/** A fact as a reader meets it: "Wes Streeting: “…”" when it is a quotation of a known speaker. */
export function factText(fact: Brief['facts'][number]): string {
  return fact.speaker ? `${fact.speaker}: ${fact.text}` : fact.text;
}

/** Rows of the coverage matrix. Default 8. */
export const DEFAULT_MATRIX_ROWS = 8;

export function briefView(brief: Brief, matrixRows = DEFAULT_MATRIX_ROWS): BriefView {
  const articles = brief.story.articles;
  const labels = new Map(articles.map((ref) => [ref.id, ref.label]));
  const order = new Map(articles.map((ref, index) => [ref.id, index]));
  const labelOf = (id: string): string => labels.get(id) ?? id.slice(0, 8);
  const cite = (sources: readonly string[]): string[] =>
    [...sources].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(labelOf);
  const dated = articles.filter((ref) => ref.published);
  const undated = articles.filter((ref) => !ref.published);
  const dateline = [
    dated.length > 0
      ? `dated: ${dated.map((ref) => `${ref.label} (${ref.published})`).join(', ')}`
      : '',
    undated.length > 0 ? `${undated.map((ref) => ref.label).join(', ')} undated` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const cells = (sources: readonly string[]): boolean[] =>
    articles.map((ref) => sources.includes(ref.id));
  const shorten = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
  const matrix: MatrixRow[] = [
    ...brief.facts.slice(0, Math.ceil(matrixRows / 2)).map((fact) => ({
      kind: 'fact' as const,
      text: shorten(factText(fact)),
      cells: cells(fact.sources),
    })),
    ...brief.quotes.slice(0, Math.floor(matrixRows / 2)).map((quote) => ({
      kind: 'quote' as const,
      text: shorten(`${quote.speaker ?? 'unattributed'}: “${quote.text}”`),
      cells: cells(quote.sources),
    })),
  ];
  const outlets = new Set(articles.map((ref) => ref.source ?? ref.id)).size;
  const singleSource = brief.coverage.flatMap((row) =>
    row.exclusive
      .slice(0, DEFAULT_SINGLE_SOURCE_CLAIMS)
      .map((text) => ({ articleId: row.articleId, text })),
  );
  return {
    labelOf,
    cite,
    dateline,
    matrix,
    outlets,
    timeline: timelineView(brief.timeline),
    facts: brief.facts.slice(0, DEFAULT_FACT_ROWS),
    singleSource,
  };
}
