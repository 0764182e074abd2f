/**
 * The data model: one typed record flows through the pipeline.
 *
 *   ingest → Article → clean → CleanArticle → dedup → DuplicateLink
 *          → cluster → StoryAssignment → analyse → StoryAnalysis → brief → Brief
 *
 * Keep in sync with DESIGN.md ("Data model") and docs/brief-schema.md.
 */

/** Where an Article came from: enough to find the bytes again. */
export interface Provenance {
  /** Input path as the user gave it, or null for stdin/HTTP. */
  file: string | null;
  /** Byte offset of the record in `file` (JSON Lines, WARC), when meaningful. */
  offset?: number;
  /** 1-based line number of the record in `file` (JSON Lines), when meaningful. */
  line?: number;
  /** Detected input format. */
  format: InputFormat;
}

export type InputFormat = 'text' | 'jsonl' | 'json' | 'html' | 'stdin' | 'feed' | 'warc';

/** One news article, as ingested. `text` is raw article text before cleaning. */
export interface Article {
  /** Stable id: a hash of the article's normalised content (see ingest/article-id.ts). */
  id: string;
  url: string | null;
  /** Outlet name ("BBC News"), null when unknown. */
  source: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 (date or date-time) or null: never invented. */
  published: string | null;
  /** ISO 639-1 code ("en"), null when undetermined. */
  language: string | null;
  text: string;
  provenance: Provenance;
}

/** A character span [start, end) into a text. */
export type Span = [number, number];

export interface Sentence {
  /** Index of the sentence in the article. */
  index: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
  text: string;
  /** Offsets into the cleaned article text. */
  span: Span;
}

/** Why a line of the input is not part of the article text. */
export type BoilerplateReason =
  | 'consent'
  | 'link-list'
  | 'read-more'
  | 'caption'
  | 'heading'
  | 'header'
  | 'duplicate-line'
  | 'social'
  | 'unrelated';

export interface RemovedLine {
  text: string;
  reason: BoilerplateReason;
}

/** An Article after the clean stage: `article.text` is the cleaned text. */
export interface CleanArticle {
  article: Article;
  sentences: Sentence[];
  /** Lines removed from the raw text, kept so that nothing accepted is ever lost. */
  removed: RemovedLine[];
}

export type DuplicateKind = 'exact' | 'near';

export interface DuplicateLink {
  id: string;
  duplicateOf: string;
  /** Estimated Jaccard similarity of word shingles (1 for exact). */
  similarity: number;
  kind: DuplicateKind;
}

export interface StoryAssignment {
  id: string;
  story: string;
}

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

/** One canonical entity of a story with every surface form it was written as. */
export interface Entity {
  /** Canonical name: the longest full form seen ("Keir Starmer"). */
  name: string;
  type: EntityType;
  /** Other surface forms ("Sir Keir", "Starmer", "the PM"). */
  aliases: string[];
  /** Roles/titles seen with the entity ("Health Secretary"). */
  roles: string[];
  /** Articles mentioning it. */
  sources: string[];
  mentions: number;
}

/** An entity mention inside one article. */
export interface EntityMention {
  text: string;
  span: Span;
  type: EntityType;
  canonical: string;
}

/** One attributed quote inside one article. */
export interface QuoteMention {
  articleId: string;
  /** Canonical speaker name, or null when it could not be resolved. */
  speaker: string | null;
  /** The speaker as written ("He", "Mr Streeting"). */
  speakerText: string | null;
  speakerSpan: Span | null;
  cue: string | null;
  content: string;
  contentSpan: Span;
  /** true when the content is in quotation marks. */
  direct: boolean;
  sentenceIndex: number;
}

/** One outlet's wording of a ledger quote. */
export interface QuoteVariant {
  text: string;
  sources: string[];
}

/** A quote ledger entry: the same quote across outlets. */
export interface Quote {
  speaker: string | null;
  text: string;
  sources: string[];
  variants?: QuoteVariant[];
}

export interface DateMention {
  text: string;
  span: Span;
  /** TimeML-style value ("2025-01-02", "2024-11", "2025"), null when unresolved. */
  value: string | null;
  /** false when the expression is relative and the article has no publish date. */
  resolved: boolean;
  sentenceIndex: number;
}

export interface TimelineEntry {
  /** TimeML value or null when unresolved. */
  date: string | null;
  /** The date as written, for unresolved entries ("on Sunday"). */
  dateText: string;
  /** End of a stated range ("between 2011 and 2014": date 2011, until 2014). Absent otherwise. */
  until?: string;
  /**
   * The resolved date as a reader says it ("2010s", "Q3 2024", "2011–2014"), set by the brief so
   * every renderer (and the web app, which has no build step) shows the same words.
   */
  label?: string;
  resolved: boolean;
  text: string;
  sources: string[];
  /**
   * The same dated event as other articles word it, each with its own sources ("concluded in
   * 2022" / "published its final findings in 2022"). Absent when no other article dates it.
   */
  alsoReported?: { text: string; sources: string[] }[];
  /**
   * Set by the brief when one sentence carries several dates ("A 2022 report into Oldham
   * between 2011 and 2014 …"): the entry with the most precise date keeps the sentence and
   * lists the other dates' labels here; those entries get `alsoUnder`. Absent otherwise.
   */
  alsoDated?: string[];
  /** Set by the brief on an entry whose sentence a more precise entry shows: that entry's label. */
  alsoUnder?: string;
}

/** One sentence of one article. */
export interface SentenceRef {
  articleId: string;
  /** Index into CleanArticle.sentences. */
  sentence: number;
}

/**
 * Sentences of different articles that say the same thing (aligned across outlets).
 * Citations come from here: an article is cited for a statement only when one of its
 * sentences is a member, so every citation points at real text.
 */
export interface AlignedGroup {
  members: SentenceRef[];
  /** Distinct article ids among members. */
  sources: string[];
  /** Sources after collapsing articles that reuse each other's copy. */
  independentSources: number;
}

export interface Fact {
  text: string;
  sources: string[];
  /** Number of independent sources (reused copy counts once). */
  independentSources: number;
  /**
   * Who speaks, when the fact opens with a quotation that names nobody and the quote ledger
   * attributes it (analyse/facts/fact-speakers.ts). Absent otherwise.
   */
  speaker?: string;
}

export interface DiscrepancyVariant {
  text: string;
  sources: string[];
  /** The sentence the variant appears in, from the first source. */
  context: string;
}

export interface Discrepancy {
  about: string;
  kind: 'name' | 'number' | 'date' | 'other';
  variants: DiscrepancyVariant[];
}

/** Sentences of one article reused from another article of the story. */
export interface ReuseLink {
  articleId: string;
  fromArticleId: string;
  /** Share of `articleId`'s sentences reused from `fromArticleId`. */
  share: number;
  passages: { sentence: number; fromSentence: number; similarity: number }[];
}

export interface SummarySentence {
  text: string;
  sources: string[];
}

export interface CoverageRow {
  articleId: string;
  label: string;
  source: string | null;
  published: string | null;
  words: number;
  quotes: number;
  /** Facts only this article reports. */
  exclusive: string[];
  /** Articles whose copy this one reused (directional: this article is the copy). */
  reusedFrom: string[];
  /**
   * Articles this one shares copy with, either way round (what a reader compares). Absent in
   * briefs stored before it was added: renderers fall back to `reusedFrom`.
   */
  sharesCopyWith?: string[];
}

export interface StoryArticleRef {
  id: string;
  file: string | null;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  /** Short human label (outlet, else the file's stem). */
  label: string;
}

export interface Brief {
  schema: typeof BRIEF_SCHEMA;
  generated: string;
  story: { id: string; title: string; articles: StoryArticleRef[] };
  summary: SummarySentence[];
  quotes: Quote[];
  entities: Entity[];
  timeline: TimelineEntry[];
  facts: Fact[];
  discrepancies: Discrepancy[];
  reuse: ReuseLink[];
  coverage: CoverageRow[];
  duplicates: DuplicateLink[];
}

/** Version of the brief JSON schema; bump on any breaking change (docs/brief-schema.md). */
export const BRIEF_SCHEMA = 'storyline.brief/1' as const;

/** A skipped input: a value with a reason, counted and reported, never a swallowed exception. */
export interface Skipped {
  kind: 'skipped';
  file: string | null;
  line?: number;
  reason: string;
}

/** Everything the analyse stage finds in one story; the brief stage renders it. */
export interface StoryAnalysis {
  entities: Entity[];
  /** Per article id: entity mentions with story-level canonical names. */
  entityMentions: Map<string, EntityMention[]>;
  /** Per article id: attributed quotes. */
  quoteMentions: Map<string, QuoteMention[]>;
  /** The quote ledger: one entry per quote across outlets. */
  quotes: Quote[];
  /** Per article id: temporal expressions. */
  dateMentions: Map<string, DateMention[]>;
  timeline: TimelineEntry[];
  /** Every sentence in exactly one group (singletons included), best supported first. */
  groups: AlignedGroup[];
  /** Statements carried by two or more articles, most independently supported first. */
  facts: Fact[];
  discrepancies: Discrepancy[];
  reuse: ReuseLink[];
}
